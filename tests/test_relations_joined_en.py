"""The side forces are readied to join (relations/joined_en.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.relations import joined_en
from tests.relations_text import edges


def test_the_forces_joined_name_the_side_the_troops_are_readied_for():
    assert edges("Officials said 3,000 soldiers from Iran have been readied to join Syrian forces.") == {
        ("MOBILIZE", "Iran", "Syrien")}


def test_forces_sent_to_a_state_stay_a_flow():
    assert edges("Officials said 3,000 soldiers from Iran were sent to Syria.") == {("AID", "Iran", "Syrien")}


def test_a_fight_joined_names_no_side():
    assert edges("Iranian soldiers have been readied to join the battle.") == {("MOBILIZE", "Iran", None)}


def test_only_mobilizations_read_the_side_joined():
    assert joined_en.sides(None, "ASSAULT") == []
