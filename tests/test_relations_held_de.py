"""The side holding the ground a German attack or recapture is about (relations/held_de.py)."""

from __future__ import annotations

from lagebild.relations.held_de import holders
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def test_the_holder_named_in_an_attribute_is_attacked_not_the_attacker():
    got = edges("Die russischen Truppen haben mehrere von der Ukraine kontrollierte Dörfer zurückerobert.", "de")
    assert ("ASSAULT", "Russland", "Ukraine") in got
    assert not [e for e in got if e[1] == "Ukraine"]


def test_an_attack_on_a_town_held_by_a_group_is_against_the_group():
    got = edges("Die syrischen Truppen griffen am Morgen die von Rebellen gehaltene Kleinstadt an.", "de")
    assert ("ASSAULT", "Syrien", "Rebellen") in got


def test_the_side_a_place_is_taken_back_from_in_the_active():
    got = edges("Die Armee Syriens hat das Dorf im Winter von den Rebellen zurückerobert.", "de")
    assert got == {("ASSAULT", "Syrien", "Rebellen")}


def test_in_the_passive_von_names_the_attacker():
    got = edges("Das Dorf wurde im Winter von der syrischen Armee zurückerobert.", "de")
    assert got == {("ASSAULT", "Syrien", None)}


def test_help_named_before_von_is_no_holder():
    got = edges("Die Armee Syriens hat das Dorf mit Hilfe von Russland zurückerobert.", "de")
    assert ("ASSAULT", "Syrien", "Russland") not in got and ("ASSAULT", "Russland", "Syrien") not in got


def test_other_types_keep_their_roles():
    words = "Polen kritisierte die von Russland kontrollierten Medien .".split()
    found = [Mention("Polen", "Polen", 0, 5, 0, 1, "LOC"), Mention("Russland", "Russland", 30, 38, 4, 5, "LOC")]
    roles = [None, "origin"]
    assert holders(words, 1, 1, found, roles, "ACCUSE") == [None, "origin"]
    assert holders(words, 1, 1, found, roles, "ASSAULT") == [None, "recipient"]
