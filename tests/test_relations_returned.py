"""A flow given back for another goes to the giver of that flow (relations/returned.py)."""

from __future__ import annotations

from lagebild.model import Doc
from lagebild.relations import returned
from tests.relations_text import attributed, edges, relations_of


def test_a_flow_given_in_return_goes_back_to_the_giver_the_document_names():
    text = "Kuba schickte Soldaten nach Venezuela. Venezuela hat im Gegenzug Raketentechnik weitergegeben."
    assert edges(text, "de") == {("AID", "Kuba", "Venezuela"), ("AID", "Venezuela", "Kuba")}


def test_the_return_phrase_may_name_the_flow_it_answers():
    text = ("Kuba schickte Soldaten nach Venezuela. Beobachter fürchten, dass Venezuela als Gegenleistung neue "
            "Technologien weitergegeben haben könnte.")
    got = {(r.type, r.actor, r.recipient, r.status) for r in relations_of(text, "de")}
    assert ("AID", "Venezuela", "Kuba", "hypothetical") in got


def test_without_a_giver_in_the_document_the_flow_stays_without_recipient_and_is_dropped():
    assert edges("Venezuela hat im Gegenzug Raketentechnik weitergegeben.", "de") == set()


def test_without_a_return_phrase_no_flow_goes_back():
    text = "Kuba schickte Soldaten nach Venezuela. Venezuela hat zudem Raketentechnik weitergegeben."
    assert edges(text, "de") == {("AID", "Kuba", "Venezuela")}


def test_a_person_answers_the_flow_to_his_state():
    text = "Kuba schickte Soldaten nach Russland. Putin soll im Gegenzug Raketentechnik weitergegeben haben."
    assert ("AID", "Wladimir Putin", "Kuba") in edges(text, "de")


def test_a_carried_recipient_of_the_actors_own_side_is_no_recipient_where_the_flow_is_given_back():
    doc = attributed("Kuba schickte Soldaten nach Russland. Russland gab im Gegenzug Raketentechnik weiter.", "de")
    assert returned.returns_to_giver(doc, 1, "Russland", "Russland", "de")
    assert returned.returns_to_giver(doc, 1, "Russland", "Wladimir Putin", "de")
    assert not returned.returns_to_giver(doc, 1, "Kuba", "Russland", "de")
    assert not returned.returns_to_giver(doc, 0, "Russland", "Russland", "de")  # no return phrase: carried as before


def test_return_phrases_are_german_only():
    assert ("im", "gegenzug") in returned.phrases("de")
    assert returned.phrases("en") == ()
    assert not returned.gives_back(Doc(doc_id="t", text="", lang="en"), 0)
