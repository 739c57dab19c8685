"""Event detection, German story reporting (issue 10, m2): mutual help, foreign troops in use, conquest,
attributive promises."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_mutual_help_is_cooperation_between_the_pair_not_aid_to_a_third():
    got = edges("Die Ukraine erhält Waffen aus Polen. Russland hat einen Vertrag mit Nordkorea zur "
                "gegenseitigen Hilfe ratifiziert.")
    assert not {e for e in got if e[0] == 1 and e[1] == "AID"}
    assert (1, "SUPPORT", "Russland", "Nordkorea") in got


def test_mutual_help_with_a_word_between():
    got = edges("Im Fall eines Angriffs wollen sich Nordkorea und Russland gegenseitig militärisch unterstützen.")
    assert {t for _, t, a, r in got if {a, r} == {"Nordkorea", "Russland"}} == {"COOPERATE"}
