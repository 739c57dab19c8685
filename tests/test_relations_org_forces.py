"""An armed organization's fighters and positions named by a compound (relations/org_forces.py); sentences written
for these tests."""

from __future__ import annotations

from lagebild.relations import org_forces
from tests.relations_text import edges


def test_fighters_of_a_listed_organization_act_for_it_and_are_attacked_as_it():
    assert edges("Hisbollah-Kämpfer beschossen israelische Soldaten.", "de") == {("ASSAULT", "Hisbollah", "Israel")}
    assert edges("Syrische Truppen griffen Hisbollah-Milizen bei Homs an.", "de") == {("ASSAULT", "Syrien", "Hisbollah")}


def test_positions_of_an_organization_named_by_its_acronym_are_attacked():
    assert edges("Türkische Kampfjets bombardierten in der Nacht KDP-Stellungen.", "de") == {("ASSAULT", "Türkei", "KDP")}


def test_only_military_heads_and_acronyms_name_an_organization():
    assert org_forces.holder("PKK", "Kämpfer", None, "de") == "PKK"
    assert org_forces.holder("Hamas", "Stellungen", "Hamas", "de") == "Hamas"
    assert org_forces.holder("PKK", "Führung", None, "de") is None  # a party's leadership fights no one
    assert org_forces.holder("Kurden", "Kämpfer", None, "de") is None  # no organization's name or acronym
    assert org_forces.holder("pro", "Kämpfer", None, "de") is None
    assert org_forces.holder("PKK", "Kämpfer", None, "en") is None  # no such file for English
