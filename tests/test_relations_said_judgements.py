"""Judgements a speaker states without a verb of criticism (relations/said_judgements.py): speaking of a wrong
("sprach von einem Skandal") and blame ("für die Krise sei X verantwortlich") are ACCUSE by the speaker."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_speaking_of_a_wrong_accuses_no_one_or_the_wrongs_owner():
    assert ("ACCUSE", "Olaf Scholz", None) in edges("Olaf Scholz sprach von einem handfesten Skandal.", "de")
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Olaf Scholz sprach von einer gezielten Provokation Polens.", "de")
    # the wrong further on in a phrase chained with "von"
    assert ("ACCUSE", "Olaf Scholz", None) in edges(
        "Olaf Scholz sprach von einem schalen Beigeschmack von Willkür und Zensur.", "de")


def test_speaking_of_a_wrong_is_the_speakers_own_act_said_by_the_author():
    rels = [r for r in relations_of("Olaf Scholz sprach von einem Skandal.", "de") if r.type == "ACCUSE"]
    assert [(r.source, r.hedge, r.mode, r.predicate) for r in rels] == [("AUTHOR", "asserted", "disapprove", "sprach")]


def test_speaking_of_other_things_or_of_a_wrong_fought_is_none():
    assert not edges("Olaf Scholz sprach von einem großen Erfolg für die Stadt.", "de")
    # the wrong stands in a phrase of its own preposition: what is fought, not what is charged
    assert not edges("Olaf Scholz sprach von Fortschritten im Kampf gegen Korruption.", "de")
    assert not edges("Olaf Scholz sprach von keinem Skandal.", "de")


def test_two_owners_of_the_wrong_name_no_one():
    assert not any(e[1] == "Olaf Scholz" for e in edges(
        "Olaf Scholz sprach von einer Provokation Polens und Litauens.", "de"))


def test_blame_for_a_misfortune_accuses_the_subject():
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Scholz sagte, für die Misere an der Grenze sei Polen verantwortlich.", "de")
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Für Scholz ist allein Polen für das Desaster verantwortlich.", "de")
    rels = [r for r in relations_of("Scholz sagte, Polen sei schuld an der Krise.", "de") if r.type == "ACCUSE"]
    assert [(r.actor, r.recipient, r.mode) for r in rels] == [("Olaf Scholz", "Polen", "allege")]


def test_responsibility_for_a_task_or_a_name_inside_the_misfortune_is_no_blame():
    assert not edges("Scholz sagte, Polen sei ab Mai für die Planung der Messe verantwortlich.", "de")
    # the name inside the phrase of the misfortune is whom it hit, and then no one else is named
    assert not edges("Scholz sagte, für die Krise Polens seien viele verantwortlich.", "de")
    assert not edges("Scholz sagte, Polen sei nicht für die Krise verantwortlich.", "de")


def test_a_crime_named_by_the_police_or_a_prosecutor_classes_the_case_and_accuses_no_one():
    assert not edges("Die Polizei sprach von einem heimtückischen Raubverbrechen.", "de")
    assert not edges("Die Staatsanwaltschaft spricht von einem groß angelegten Anlagebetrug.", "de")
    # the same crime named by anyone else is a wrong they charge, and a scandal the police speaks of stays one
    assert ("ACCUSE", "Olaf Scholz", None) in edges("Olaf Scholz sprach von einem dreisten Anlagebetrug.", "de")
    assert ("ACCUSE", "Polizei", None) in edges("Die Polizei sprach von einem handfesten Skandal.", "de")


def test_blame_in_an_indirect_question_is_asked_not_stated():
    assert not edges("Scholz sagte, wer für das Chaos an den Grenzen verantwortlich sei, solle Polen ermitteln.", "de")
    assert not edges("Scholz sagte, unklar sei, ob Polen an der Misere schuld sei.", "de")
    assert not edges("Scholz sagte, man prüfe, inwieweit Polen für den Stillstand verantwortlich sei.", "de")
    # the same blame stated stays one
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Scholz sagte, an der Misere sei Polen schuld.", "de")
