"""An armed organization's fighters and positions named by a compound (relations/org_forces.py); sentences written
for these tests."""

from __future__ import annotations

from lagebild.relations import org_forces
from lagebild.relations.mentions import Mention
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


def test_the_genitive_of_positions_is_attacked_not_the_attacker():
    # the attacker unnamed ("die Armee"): the holder after the verb is no subject of it
    assert edges("Die Marine beschoss in der Nacht Stützpunkte der Hisbollah.", "de") == set()
    assert edges("Syrien beschoss in der Nacht Stellungen der radikalen Hisbollah.", "de") == {
        ("ASSAULT", "Syrien", "Hisbollah")}
    assert org_forces.held_ground(["Stellungen", "der", "Hisbollah"], ["stellungen", "der", "hisbollah"],
                                  [Mention("Hisbollah", "Hisbollah", 0, 9, 2, 3, "ORG")], [None], "de") == ["recipient"]
