"""Nouns of an act done to someone (relations/patients.py); the English noun of capturing soldiers as ASSAULT abduct."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_genitive_of_a_capture_noun_is_the_captive_not_the_actor():
    # the genitive names the captives; the subject that reports it is the captor
    assert ("COERCE", "Litauen", "Belarus") in edges(
        "Litauen meldete am Morgen die Gefangennahme zweier belarussischer Soldaten.", "de")
    # "von" after the noun names the captives, "durch" the captor: not the other way round
    got = edges("Die Festnahme von drei belarussischen Soldaten durch Polen wurde gestern bekannt.", "de")
    assert ("COERCE", "Polen", "Belarus") in got
    assert ("COERCE", "Belarus", "Polen") not in got


def test_a_bare_genitive_plural_names_the_captives():
    # no article, no figure: the adjective in "-er" right after the noun
    assert ("COERCE", "Lettland", "Belarus") in edges("Lettland meldete die Festnahme belarussischer Soldaten.", "de")


def test_agent_after_by_acts_also_under_a_verb_with_its_own_subject():
    got = edges("Japan condemned the killing of two Japanese sailors by North Korean troops.")
    assert ("ASSAULT", "Nordkorea", "Japan") in got
    # the one who denounces the killing did not kill
    rels = relations_of("Kremlin chief Vladimir Putin denounced the killing of two Russian pilots by Ukrainian drones.")
    assert any(r.type == "ASSAULT" and r.actor == "Ukraine" for r in rels)
    assert not any(r.type == "ASSAULT" and r.actor == "Wladimir Putin" for r in rels)


def test_a_country_word_before_a_reporting_person_makes_no_captor():
    # "Chinese" describes the border, not the person: China captured no one
    rels = relations_of("At the Chinese border Vladimir Putin reported the capture of two French soldiers.")
    assert not any(r.actor == "China" for r in rels)
    # a title right after the country word: the office holder stands for the state (meetings.titled_country)
    rel = next(r for r in relations_of("The Belarusian president Alexander Lukashenko reported the capture of two "
                                       "French soldiers.") if r.type == "ASSAULT")
    assert (rel.actor, rel.recipient) == ("Belarus", "Frankreich")
    assert "stands for Belarus" in rel.provenance


def test_a_demanded_release_by_another_side_makes_no_release_to_the_demander():
    # "durch Belarus" after a release noun: Belarus is asked to release, it has released no one to Lettland
    assert ("RETREAT", "Belarus", "Lettland") not in edges(
        "Lettland forderte die Freilassung der Soldaten durch Belarus.", "de")


def test_nouns_of_other_acts_keep_their_genitive_actor():
    # "die Unterstützung Nordkoreas": no noun of patients.txt, the genitive still acts
    assert ("AID", "Nordkorea", "Russland") in edges("Die Unterstützung Nordkoreas für Russland wächst.", "de")


def test_english_noun_and_verb_of_capture_are_assaults_an_arrest_stays_coerce():
    assert ("ASSAULT", "Belarus", "Frankreich") in edges(
        "Belarus reported the capture of two French soldiers at a ferry crossing.")
    rel = next(r for r in relations_of("Belarusian troops captured two French soldiers at a ferry crossing.")
               if r.actor == "Belarus")
    assert (rel.type, rel.mode, rel.recipient) == ("ASSAULT", "abduct", "Frankreich")
    assert ("COERCE", "Belarus", "Frankreich") in edges(
        "Belarusian troops detained two French soldiers at a ferry crossing.")


def test_a_captured_town_is_taken_ground_not_an_abduction():
    rel = next(r for r in relations_of("Russia announced the capture of Kharkiv.") if r.type == "ASSAULT")
    assert (rel.actor, rel.recipient, rel.mode) == ("Russland", "Ukraine", None)
    rel = next(r for r in relations_of("Belarus reported the capture of two French soldiers at a ferry crossing.")
               if r.type == "ASSAULT")
    assert rel.mode == "abduct"


def test_the_captives_ally_is_no_ally_of_the_captor():
    # "serving beside Ukrainian units" is said of the captives: the captor's later offensive in a Ukrainian city is
    # against Ukraine, not against the captives' country
    text = ("Belarus reported the capture of two French soldiers serving beside Ukrainian units near the border. "
            "The capture came after Belarus launched a fresh offensive in Kharkiv.")
    assert ("ASSAULT", "Belarus", "Ukraine") in edges(text)


def test_a_verb_of_capture_taking_a_place_takes_ground_not_prisoners():
    rels = relations_of("Belarusian troops captured Kharkiv after a long siege.")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("ASSAULT", None, "Belarus", "Ukraine")]
    people = relations_of("Belarusian troops captured three Ukrainian soldiers.")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in people] == [("ASSAULT", "abduct", "Belarus", "Ukraine")]
