"""relations/partner_first.py: a meeting's partner after "mit" before its place after "in" (issue 10). Sentences
made up, actors countries the gazetteer knows."""

from __future__ import annotations

from lagebild.relations.mentions import Mention
from lagebild.relations.partner_first import before_place
from tests.relations_text import edges


def _mention(name: str, first: int) -> Mention:
    return Mention(name, name, 0, 0, first, first + 1, "LOC")


def test_partner_after_mit_is_the_recipient_not_the_place():
    assert edges("Dänemark verhandelte in Finnland mit Schweden.", "de") == {("CONSULT", "Dänemark", "Schweden")}
    place, partner = _mention("Finnland", 3), _mention("Schweden", 5)
    low = "dänemark verhandelte in finnland mit schweden .".split()
    preps = {id(place): "in", id(partner): "mit"}
    assert before_place([place, partner], preps, "CONSULT", low, 1, 0, 7, "de") == [partner]


def test_arrival_keeps_the_place():
    # "traf ... ein": an arrival, "mit" names a companion; the place is the one visited
    assert edges("Dänemark traf in Finnland mit Schweden ein.", "de") == {("CONSULT", "Dänemark", "Finnland")}
    place, partner = _mention("Finnland", 3), _mention("Schweden", 5)
    low = "dänemark traf in finnland mit schweden ein .".split()
    preps = {id(place): "in", id(partner): "mit"}
    assert before_place([place, partner], preps, "CONSULT", low, 1, 0, 8, "de") == [place, partner]


def test_other_types_and_a_lone_partner_stay():
    place, partner = _mention("Finnland", 3), _mention("Schweden", 5)
    preps = {id(place): "in", id(partner): "mit"}
    low = "dänemark kooperiert in finnland mit schweden .".split()
    assert before_place([place, partner], preps, "COOPERATE", low, 1, 0, 7, "de") == [place, partner]
    assert before_place([partner], {id(partner): "mit"}, "CONSULT", low, 1, 0, 7, "de") == [partner]
