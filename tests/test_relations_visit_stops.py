"""relations/visit_stops.py: the stops a German sentence names for a trip become visits of its traveller."""

from __future__ import annotations

from tests import relations_text


def consults(text: str) -> set[tuple[str, str | None]]:
    return {(r.actor, r.recipient) for r in relations_text.relations_of(text, "de") if r.type == "CONSULT"}


def test_the_states_before_the_stop_noun_are_stops_of_the_trip():
    got = consults("Lettland, Litauen und Polen waren die Etappen der Baltikum-Reise von Emmanuel Macron.")
    assert {("Emmanuel Macron", "Polen"), ("Emmanuel Macron", "Litauen"), ("Emmanuel Macron", "Lettland")} <= got
    # a later stop named in a clause of its own stays beside the first
    got = consults("Polen war die erste Etappe von Wladimir Putins Europa-Reise, von der er anschließend nach Ungarn "
                   "weiterfliegt.")
    assert {("Wladimir Putin", "Polen"), ("Wladimir Putin", "Ungarn")} <= got


def test_the_states_after_the_copula_behind_the_trip():
    assert ("Emmanuel Macron", "Polen") in consults("Erste Station von Macrons Reise ist Polen.")


def test_no_stop_without_a_copula_or_a_trip_next_to_the_stop_noun():
    # "Station" of a bus, a space station: no trip of a traveller the relations know
    assert consults("Der Bus erreicht seine letzte Station in Polen.") == set()
    # the stop noun far from the visit noun, in another clause
    assert ("Emmanuel Macron", "Polen") not in consults(
        "Polen ist eine wichtige Station, sagte der Sprecher nach Macrons Reise.")
