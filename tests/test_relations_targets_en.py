"""The attacked side named by a country adjective before a target, in English (relations/targets_en.py)."""

from __future__ import annotations

import pytest

from tests.relations_text import edges


@pytest.mark.parametrize("text, actor, recipient", [
    ("Belarusian gunners shelled Polish positions near the lake.", "Belarus", "Polen"),
    ("An Israeli drone strike killed three Iranian commanders in a flat.", "Israel", "Iran"),
    ("Russian jets bombed at least two Ukrainian airfields overnight.", "Russland", "Ukraine"),
    ("Israeli planes struck Iranian air defences at dawn.", "Israel", "Iran"),
])
def test_the_state_of_the_targets_is_the_attacked_side(text, actor, recipient):
    assert ("ASSAULT", actor, recipient) in edges(text)


def test_the_targets_state_wins_over_the_place_of_the_attack():
    # the positions are Ukraine's, the region is Russia's: the place is where it happened, not whom it hit
    got = edges("North Korean gunners shelled Ukrainian positions in the Kursk region.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in got
    assert ("ASSAULT", "Nordkorea", "Russland") not in got


@pytest.mark.parametrize("text", [
    "Belarusian gunners shelled the lake from Polish positions.",  # a preposition: where from, not whom
    "Russian jets bombed the bridge and then flew over Ukrainian positions.",  # another verb's object
    "Russian jets bombed the town, and two Polish generals watched.",
    "Belarusian gunners shelled Belarusian positions by mistake.",  # one's own side is no recipient
    "Belarusian gunners shelled Polish rebel positions near the lake.",  # the rebels', not the state's
])
def test_an_adjective_not_on_the_attacked_side_gives_no_recipient(text):
    got = edges(text)
    assert not any(t == "ASSAULT" and r in ("Polen", "Ukraine", "Belarus") for t, _, r in got), got


def test_an_adjective_before_another_noun_stays_an_attribute():
    got = edges("Belarusian gunners shelled Polish farmland near the lake.")
    assert ("ASSAULT", "Belarus", "Polen") not in got
