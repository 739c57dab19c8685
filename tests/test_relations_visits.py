"""Visits named by a noun whose visitor is its own possessor or genitive (relations/visits.py)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_a_name_after_another_place_of_the_phrase_is_no_host_either():
    got = edges("Macron besuchte Algerien. Nach dem Besuch Macrons in Tunesien warnte Marokko vor Folgen.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Marokko") not in got


def test_the_host_the_nouns_own_phrase_names_stays():
    got = edges("Der Besuch Macrons in der algerischen Hauptstadt Algier war kurz.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Algerien") in got


def test_a_side_named_before_the_noun_stays():
    got = edges("Marokko und Frankreich vereinbarten im Rahmen von Macrons Besuch eine engere Zusammenarbeit.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Marokko") in got


def test_the_place_the_nouns_phrase_names_becomes_the_host_of_a_stray_meeting():
    text = "Macrons Reise mit Kanzler Olaf Scholz nach Peking war lang."
    got = edges(text, "de")
    assert ("CONSULT", "Emmanuel Macron", "China") in got
    assert ("CONSULT", "Emmanuel Macron", "Olaf Scholz") not in got
    rel = next(r for r in relations_of(text, "de") if r.recipient == "China")
    assert text[rel.recipient_start:rel.recipient_end] == "Peking"
    assert "the place the visit noun's phrase names" in rel.provenance


def test_a_destination_is_no_traveller():
    # the traveller is "wer", "er": word order took one of the places listed after "nach" for the actor
    assert edges("Wer ohne Visum nach Polen und Litauen reist, wird abgewiesen.", "de") == set()
    assert edges("Er sei über Ungarn, nach Polen, die Slowakei und Tschechien gereist.", "de") == set()
    assert edges("Der Präsident Polens reiste nach Litauen und Lettland.", "de") >= {("CONSULT", "Polen", "Litauen")}


def test_a_possessed_visit_before_the_verb_takes_the_place_of_its_own_phrase():
    # "in Peking" before the verb and the subject is dropped as a qualifier of the person (mentions.py): the
    # place comes from the noun's own phrase; a possessive with no place named makes no visit
    got = edges("Bei seinem Besuch in Peking sagte Olaf Scholz, die Lage sei ernst.", "de")
    assert ("CONSULT", "Olaf Scholz", "China") in got
    assert edges("Nach seinem Besuch sagte Olaf Scholz, die Lage sei ernst.", "de") == set()
