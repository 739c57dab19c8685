"""Threats told by a verb of threatening (relations/threats.py): a threat that names what it threatens stands alone
with its subject, "drohen" with an infinitive in its own clause is no threat, and a name in what is threatened is
no addressee unless the act is against it."""

from __future__ import annotations

from lagebild.relations import threats
from lagebild.relations.mentions import Mention
from tests.relations_text import edges, relations_of


def _threats(text: str) -> set:
    return {e for e in edges(text, "de") if e[0] == "THREATEN"}


def test_a_threat_naming_its_content_stands_alone():
    assert ("THREATEN", "Lettland", None) in edges("Lettland drohte am Dienstag mit der Schließung der Grenze.", "de")
    assert ("THREATEN", "Litauen", None) in edges("Litauen hatte damit gedroht, die Fähren zu stoppen.", "de")
    assert ("THREATEN", "Lettland", None) in edges("Am Abend drohte auch Lettland, die Fähren zu stoppen.", "de")


def test_a_lone_threat_is_hypothetical_and_told_by_its_maker():
    found = [r for r in relations_of("Estland droht mit neuen Zöllen.", "de") if r.type == "THREATEN"]
    assert [(r.actor, r.recipient, r.status, r.source) for r in found] == [("Estland", None, "hypothetical", "Estland")]


def test_drohen_with_an_infinitive_of_its_own_means_about_to():
    assert not _threats("Die Gespräche zwischen Chile und Kanada drohen zu scheitern.")
    assert not _threats("Nun droht die Regierung Lettlands mit Kanada in der Krise zu zerfallen.")


def test_looming_and_background_threats_stand_not_alone():
    # "mit" before a verb in second place: something looms for the dative
    assert not _threats("Im Streit mit den Banken droht Lettland nun eine Strafe.")
    # the threat as the cause of its main clause threatens that clause's party, unnamed here
    assert not _threats("Sie hatte das abgelehnt, weil Litauen damit drohte, die Fähren zu stoppen.")
    # a "mit" far after the verb belongs to another phrase: the penalty looms for the dative
    assert not _threats("Lettland drohen im Fall einer Niederlage bis 2030 hohe Sanktionen wegen Betrugs mit Aktien.")
    # an infinitive after a far comma belongs to another phrase ("mit dem Ziel, ... zu")
    assert not _threats("Lettland drohen im Fall einer Niederlage bis 2030 hohe Sanktionen wegen Betrugs mit dem Ziel, "
                        "Geld aus Kanada zu erhalten.")
    # after a subject led by its article the name after the verb is the dative, the one threatened
    assert not _threats("Die Armee des kleinen Landes drohte Estland am Montag erneut mit Angriffen.")
    # no content named: no lone threat
    assert not _threats("Litauen drohte am Dienstag.")


def test_the_addressee_keeps_its_threat():
    assert ("THREATEN", "Chile", "Kanada") in edges("Chile drohte Kanada mit dem Abbruch der Beziehungen.", "de")
    # a "zu" inside a phrase is no infinitive closing the clause: still a threat
    assert ("THREATEN", "Chile", "Kanada") in edges("Chile drohte Kanada mit bis zu zehn neuen Zöllen.", "de")
    assert ("THREATEN", "Chile", None) in edges("Chile droht mit zu hohen Zöllen.", "de")


def test_a_name_in_what_is_threatened_is_no_addressee():
    found = edges("Lettland drohte damit, in diesem Fall Estland aufzurüsten.", "de")
    assert ("THREATEN", "Lettland", None) in found and ("THREATEN", "Lettland", "Estland") not in found


def test_stated_reads_the_verb_and_its_clause():
    words = "Lettland droht mit Zöllen".split()
    low = [w.lower() for w in words]
    assert threats.stated("THREATEN", words, low, 1, 1, 0, len(words), "de") is True
    assert threats.stated("ACCUSE", words, low, 1, 1, 0, len(words), "de") is False
    assert threats.stated("THREATEN", words, low, 1, 1, 0, len(words), "en") is False
    words = "Die Koalition droht zu zerbrechen".split()
    low = [w.lower() for w in words]
    assert threats.stated("THREATEN", words, low, 2, 1, 0, len(words), "de") is None


def test_addressee_drops_only_a_name_after_the_clause():
    after = Mention("Estland", "Estland", 0, 7, 5, 6, "LOC")
    before = Mention("Estland", "Estland", 0, 7, 1, 2, "LOC")
    assert threats.addressee(after, True, 4, False) is None
    assert threats.addressee(after, True, 4, True) is after
    assert threats.addressee(before, True, 4, False) is before
    assert threats.addressee(after, False, 4, False) is after


def test_a_lone_actor_stands_before_the_verb_or_after_an_opening_adverbial():
    words = "Am Abend drohte auch Lettland , die Fähren zu stoppen".split()
    latvia = Mention("Lettland", "Lettland", 0, 8, 4, 5, "LOC")
    assert threats.lone_actor(latvia, words, 0, 5, 2)
    words = "Die Armee drohte Lettland mit Angriffen".split()
    latvia = Mention("Lettland", "Lettland", 0, 8, 3, 4, "LOC")
    assert not threats.lone_actor(latvia, words, 0, len(words), 2)
