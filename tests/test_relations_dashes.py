"""Two statements joined by one dash (relations/dashes.py): a trigger's parties come from its own part."""

from __future__ import annotations

from lagebild.relations.dashes import cut
from tests.relations_text import relations_of


def edges(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text, "de")}


def test_a_party_of_the_other_statement_is_no_party_of_the_trigger():
    # the states of the first statement are not threatened by the one of the second
    got = edges("Litauen und Lettland verstärken die Grenze – Auch Polen droht mit Schließung.")
    assert not [e for e in got if e[2] in ("Litauen", "Lettland")]


def test_a_statement_naming_no_subject_of_its_own_continues_the_one_before():
    got = edges("Zuvor hatte sich Kanada herausgehalten; einzig Zelte wurden geschickt – Waffenlieferungen an "
                "Lettland blieben jedoch aus.")
    assert ("AID", "Kanada", "Lettland") in got


def test_an_aside_between_two_dashes_and_a_headline_stay_whole():
    assert ("THREATEN", "Polen", "Ungarn") in edges("Polen wird Ungarn – so heißt es in Warschau – mit Sanktionen drohen.")
    assert ("AID", "Kanada", "Lettland") in edges("Kanada liefert Waffen für den Krieg – Lettlands Armee jubelt über die Panzer")


def test_only_one_dash_before_a_capitalised_word_cuts_a_german_sentence():
    assert cut(["Soldat", "verletzt", "–", "Polizei", "ermittelt"], "de") == 2
    assert cut(["gelobt", "–", "vor", "allem", "Polen"], "de") is None  # the clause goes on
    assert cut(["A", "–", "B", "–", "C"], "de") is None  # an aside
    assert cut(["Soldier", "hurt", "–", "Police", "investigate"], "en") is None


def test_a_reaction_after_the_dash_takes_its_recipient_from_the_cause_before_it():
    # rv12 finding 11: base had these; the cut lost them
    assert ("THREATEN", "Algerien", "Spanien") in edges("Spanien liefert Raketen an Marokko – Algerien droht mit Konsequenzen.")
    assert ("PROTEST", "Algerien", "Spanien") in edges("Spanien schickt Raketen – Algerien protestiert.")
    # a reaction naming its own recipient keeps it; the same act by another party ("auch") takes none
    assert ("ACCUSE", "Algerien", "Frankreich") in edges("Spanien liefert Raketen an Marokko – Algerien kritisiert Frankreich.")
    assert not [e for e in edges("Portugal schließt die Grenze – Auch Algerien droht mit Schließung.") if e[2] == "Portugal"]
