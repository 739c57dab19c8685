"""Descriptions of countries (relations/anaphora.py): when a person named after "das Land" qualifies it."""

from __future__ import annotations

from lagebild.relations.anaphora import qualifies_person
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def _person(first: int, last: int) -> Mention:
    return Mention("X", "X", 0, 1, first, last, "PER")


def test_a_person_right_after_the_description_qualifies_it():
    # "the country's ruler Kim": the person, not the country, is the subject
    words = "the country 's ruler Kim spoke".split()
    assert qualifies_person(words, [_person(4, 5)], 2)


def test_a_name_in_the_genitive_before_its_own_noun_does_not():
    words = "soll das Land Putins Truppen helfen".split()
    assert not qualifies_person(words, [_person(3, 4)], 3)
    assert edges("Belarus ist ein Helfer des russischen Krieges. Das Land soll Putins Truppen mit Soldaten helfen.",
                 "de") & {("AID", "Belarus", "Wladimir Putin"), ("AID", "Belarus", "Russland")}


def test_a_name_ending_in_s_itself_is_no_genitive():
    # "das Land ... Alexis Tsipras Regierung": the canonical name ends in "s", so the "s" is no genitive ending
    words = "das Land Premier Tsipras Regierung".split()
    assert qualifies_person(words, [Mention("Alexis Tsipras", "Tsipras", 0, 1, 3, 4, "PER")], 2)
    assert not qualifies_person(words, [Mention("Alexis Tsipra", "Tsipras", 0, 1, 3, 4, "PER")], 2)
