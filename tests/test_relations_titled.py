"""A country adjective before a title held by a named person (relations/titled.py); sentences written for these
tests."""

from __future__ import annotations

from lagebild.relations import titled
from tests.relations_text import edges


def test_the_person_holding_the_title_acts_not_the_state():
    assert edges("The Russian foreign minister, Sergei Lavrov, visited Minsk.") == {
        ("CONSULT", "Sergej Lawrow", "Belarus")}


def test_a_title_without_a_named_holder_names_the_state():
    assert edges("The Russian foreign minister visited Minsk.") == {("CONSULT", "Russland", "Belarus")}


def test_only_a_title_of_state_office_links_the_adjective_to_the_person():
    assert titled.held_by_person(["Minister", "of", "Culture"], "en")
    assert titled.held_by_person(["defence", "minister", ","], "en")
    assert not titled.held_by_person(["troops", ","], "en")  # "Russian troops, Putin said,"
    assert not titled.held_by_person(["minister", "met", "the", "envoy", "of"], "en")
    assert not titled.held_by_person(["minister", "of"], "en")
    assert not titled.held_by_person(["minister", "met"], "en")  # "the Russian minister met Putin"
