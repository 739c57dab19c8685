"""relations/asked.py: help asked for, negotiated or hoped for is no help given (issue 10). Sentences made up,
actors countries the gazetteer knows."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_help_from_a_named_giver_that_is_asked_for_is_a_request_only():
    got = edges("Tschechien bat um italienische Hilfe beim Bau der Schleusen.", "de")
    assert got == {("REQUEST", "Tschechien", "Italien")}


def test_help_negotiated_makes_its_giver_the_partner_and_gives_no_aid():
    rels = relations_of("Man befürchtet in Tokio, dass Kuba künftig russische Hilfe beim Bau der Dämme "
                        "aushandeln könnte.", "de")
    assert {(r.type, r.actor, r.recipient) for r in rels} == {("CONSULT", "Kuba", "Russland")}
    assert rels[0].status == "hypothetical"
    assert "giver of the help negotiated" in rels[0].provenance


def test_a_partner_named_with_mit_stays_the_partner_of_the_negotiation():
    got = edges("Kuba will mit Mexiko chinesische Hilfe beim Bau der Dämme aushandeln.", "de")
    assert got == {("CONSULT", "Kuba", "Mexiko")}


def test_help_hoped_for_is_no_aid():
    assert edges("Kuba hofft auf chinesische Hilfe beim Bau der Bahn.", "de") == set()
    assert edges("Die Regierung von Kuba erhofft sich Unterstützung aus China.", "de") == set()


def test_help_given_beside_a_request_in_another_clause_stays():
    got = edges("Die Ukraine dankte für die Hilfe Kanadas und forderte weitere Waffen.", "de")
    assert ("SUPPORT", "Ukraine", "Kanada") in got or ("AID", "Kanada", "Ukraine") in got
    assert edges("Chile leistete den Philippinen nach dem Sturm schnelle Hilfe.", "de") == {
        ("AID", "Chile", "Philippinen")}


def test_help_asked_for_before_the_verb_gives_the_request_back():
    # the help noun comes first and wins by its trigger line; dropped as asked for, the request takes its place
    assert edges("Tschechien hat Italien um Hilfe gebeten.", "de") == {("REQUEST", "Tschechien", "Italien")}
    assert edges("Tschechien ersucht Italien um Hilfe bei der Flutabwehr.", "de") == {("REQUEST", "Tschechien", "Italien")}


def test_help_sought_is_no_aid():
    assert edges("Ungarn bemüht sich um russische Hilfe beim Bau des Kraftwerks.", "de") == set()
    assert not any(t == "AID" for t, _, _ in edges("Die Regierung Polens sucht die Unterstützung Frankreichs.", "de"))


def test_the_giver_of_help_asked_for_is_the_one_asked():
    assert edges("Finnland hat Unterstützung aus Schweden angefordert.", "de") == {
        ("REQUEST", "Finnland", "Schweden")}
    assert ("REQUEST", "Litauen", "NATO") in edges("Litauen forderte mehr Hilfe von der Nato an.", "de")
    # a giver named in another clause is not the one asked
    assert ("REQUEST", "Kuba", None) in edges("Russland sagte, Kuba habe Hilfe angefordert.", "de")
