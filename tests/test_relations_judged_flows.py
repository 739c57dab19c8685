"""relations/judged_flows.py: a speaker who judges a flow named by a noun is not its giver. Sentences made up,
actors the gazetteer knows."""

from __future__ import annotations

from tests.relations_text import edges


def test_a_speaker_condemning_deliveries_is_not_their_giver():
    assert edges("Derartige Panzerlieferungen an Portugal seien ein grober Fehler, meinte Putin.", "de") == set()
    assert edges("Lieferungen von Panzern an Portugal wären eine Eskalation, warnte Lawrow.", "de") == set()
    assert edges("Die Hilfe für Portugal sei eine gefährliche Eskalation, erklärte Putin am Montag.", "de") == set()


def test_a_flow_whose_giver_the_speech_names_stays():
    got = edges("Spaniens Lieferungen an Portugal seien ein schwerer Fehler, sagte Macron.", "de")
    assert ("AID", "Spanien", "Portugal") in got
    assert ("ACCUSE", "Emmanuel Macron", "Spanien") in got  # the judgement is Macron's (judgements.py)
    assert ("AID", "Spanien", "Portugal") in edges(
        "Die Hilfe Spaniens für Portugal sei ein Fehler, sagte der Präsident Spaniens.", "de")


def test_a_flow_the_speaker_does_not_judge_stays():
    # no judgement word as the predicate: the speaker tells of deliveries going on
    assert ("AID", "Wladimir Putin", "Portugal") in edges("Die Lieferungen an Portugal gehen weiter, sagte Putin.", "de")
    assert ("AID", "Wladimir Putin", "Portugal") in edges(
        "Unsere Lieferungen an Portugal sind ein Zeichen der Freundschaft, sagte Putin.", "de")
