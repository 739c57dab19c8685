"""Victims named by a common noun in a German passive attack (relations/victims.py)."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_a_passive_attack_on_victims_no_mention_names_is_no_relation():
    assert not edges("Die herbeigerufenen Einsatzkräfte wurden in der Nacht von vermummten Angreifern attackiert.")


def test_a_passive_attack_on_a_named_side_keeps_its_recipient():
    assert (0, "ASSAULT", "Ukraine", "Nordkorea") in edges("Nordkoreanische Soldaten wurden von der Ukraine angegriffen.")
    assert (0, "ASSAULT", "Polizei", "Demonstranten") in edges("Die Demonstranten wurden von der Polizei angegriffen.")
