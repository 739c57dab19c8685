"""A pact signed or ratified by one party: the other party is the actor's partner in the document (pacts.py)."""

from __future__ import annotations

from lagebild.relations import pacts
from tests.relations_text import edges, relations_of


def test_ratified_by_one_party_takes_its_partner():
    text = "Belarus schickt Serbien Traktoren. Serbien hat den Handelsvertrag im Mai ratifiziert."
    assert ("SUPPORT", "Serbien", "Belarus") in edges(text, "de")


def test_partner_named_later_in_the_document():
    rels = relations_of("Finnland unterzeichnete das Abkommen am Montag. Schweden liefert Finnland dafür Holz.", "de")
    pact = [r for r in rels if r.type == "SUPPORT"]
    assert [(r.actor, r.recipient) for r in pact] == [("Finnland", "Schweden")]
    assert pacts.PENDING in pact[0].provenance


def test_no_partner_in_the_document_no_relation():
    assert not [r for r in relations_of("Portugal hat das Abkommen am Freitag ratifiziert.", "de")
                if r.type == "SUPPORT"]


def test_a_contract_signed_by_a_player_is_no_pact():
    text = "Belarus schickt Serbien Traktoren. Der Verteidiger unterschrieb am Montag beim Aufsteiger."
    assert {e for e in edges(text, "de") if e[0] == "SUPPORT"} == set()


def test_only_signing_words_wait_for_a_partner():
    assert pacts.pending("SUPPORT", "ratifiziert", "de")
    assert not pacts.pending("SUPPORT", "lobte", "de")
    assert not pacts.pending("AID", "unterzeichnet", "de")
    assert not pacts.pending("SUPPORT", "ratified", "en")
