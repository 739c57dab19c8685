"""Weapons operated over a side: MOBILIZE of the operators against it (lang/<de|en>/relations/triggers.txt w1,
preps.txt "über"/"over"; relations/extract.py: "MOBILIZE@$!" needs the side after the preposition)."""

from __future__ import annotations

from tests.relations_text import edges


def test_german_drones_steered_over_a_country():
    assert edges("Die nordkoreanischen Soldaten steuerten Aufklärungsdrohnen über der Ukraine.", "de") == {
        ("MOBILIZE", "Nordkorea", "Ukraine")}


def test_without_the_side_or_without_weapons_no_event():
    assert edges("Die nordkoreanischen Soldaten betreiben Drohnen.", "de") == set()
    assert edges("Die Stadtwerke kontrollieren über die Hälfte der Kraftwerke.", "de") == set()


def test_the_origin_of_the_weapons_is_no_operator():
    # "Drohnen aus Russland ... über der Ukraine": the drones' origin does not mobilize against the operators
    got = edges("Die nordkoreanischen Soldaten betreiben Drohnen aus Russland für Flüge über der Ukraine.", "de")
    assert ("MOBILIZE", "Russland", "Nordkorea") not in got


def test_english_drones_flown_over_a_country():
    assert edges("North Korean crews flew Russian drones over Ukraine.") == {("MOBILIZE", "Nordkorea", "Ukraine")}
    assert edges("The company operates two plants in Ohio.") == set()
