"""Goods handed over: the receiver stands in the clause of the verb (relations/handed.py) and the verbs of
handing over in lang/de/relations/triggers.txt ("AID$")."""

from __future__ import annotations

import pytest

from lagebild.relations import handed
from tests.relations_text import edges, relations_of


@pytest.mark.parametrize("text", [
    "Kuba stellt Venezuela zwanzig Haubitzen zur Verfügung.",
    "Kuba stellte Venezuela im Mai neue Raketentechnik bereit.",
    "Kuba hat Venezuela zwei Kampfflugzeuge überlassen.",
    "Kuba soll Venezuela moderne Raketentechnik weitergegeben haben.",
    "Kuba gibt die Raketentechnik an Venezuela weiter.",
    "Kuba verleiht Venezuela zwei Kampfflugzeuge.",  # lent, leased, rented out: handed over for a time
    "Kuba hat zwanzig Panzer an Venezuela vermietet.",
    "Kuba verpachtete im Mai Bauarbeiter an Venezuela.",
])
def test_verbs_of_handing_over_goods_are_aid_to_the_dative_or_an_x(text):
    assert edges(text, "de") == {("AID", "Kuba", "Venezuela")}


@pytest.mark.parametrize("text", [
    "Der Konzern gab die Kosten an die Kunden in Venezuela weiter.",  # costs handed on: no goods that flow
    "Die Entscheidung bleibt Kuba und Venezuela überlassen.",  # a decision left to someone
    "Kuba stellte die Daten der Behörde in Venezuela zur Verfügung.",  # data
    "Der Bürgermeister verleiht der Sängerin Gerda Novak den Ehrenring der Stadt Graz.",  # an honour
    "Die Stadt Graz vermietet Wohnungen an Studenten aus Spanien.",  # flats
    "Der Streik soll der Forderung von Kuba mehr Nachdruck verleihen.",  # an idiom
])
def test_handing_over_no_goods_or_forces_is_no_aid(text):
    assert edges(text, "de") == set()


def test_the_separated_particle_bereit_is_no_promise():
    got = relations_of("Kuba stellt Venezuela zwanzig Haubitzen bereit.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in got] == [("AID", "Kuba", "Venezuela", "factual")]


def test_a_name_in_a_relative_clause_after_the_verb_receives_nothing():
    text = "Kuba stellte eine Liste der Raketen zur Verfügung, die Japan und Chile kauften."
    assert edges(text, "de") == set()


def test_the_check_keeps_a_recipient_inside_the_clause_and_other_verbs():
    rels = relations_of("Kuba stellt Venezuela zwanzig Haubitzen zur Verfügung, sagte der Minister.", "de")
    assert [(r.actor, r.recipient) for r in rels if r.type == "AID"] == [("Kuba", "Venezuela")]
    # "liefert" is no verb of handing over ("AID$"): its recipient past the comma is extract.py's as before
    assert handed.HANDING == "AID$"
