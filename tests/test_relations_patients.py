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


def test_agent_of_a_capture_noun_after_by():
    got = edges("The capture of four Russian soldiers by Ukrainian forces was confirmed on Monday.")
    assert ("ASSAULT", "Ukraine", "Russland") in got
    assert ("ASSAULT", "Russland", "Ukraine") not in got


def test_a_qualified_person_reporting_a_capture_stands_for_the_state():
    rel = next(r for r in relations_of("The Ukrainian defence minister Rustem Umerov reported the capture of "
                                       "five Russian soldiers.") if r.predicate == "capture of")
    assert (rel.type, rel.actor, rel.recipient) == ("ASSAULT", "Ukraine", "Russland")
    assert "stands for Ukraine" in rel.provenance


def test_nouns_of_other_acts_keep_their_genitive_actor():
    # "die Unterstützung Nordkoreas": no noun of patients.txt, the genitive still acts
    assert ("AID", "Nordkorea", "Russland") in edges("Die Unterstützung Nordkoreas für Russland wächst.", "de")


def test_english_noun_of_capture_is_an_assault_the_verb_stays_an_arrest():
    assert ("ASSAULT", "Ukraine", "Russland") in edges("Kyiv reported the capture of six Russian soldiers in a raid.")
    assert ("COERCE", "Ukraine", "Russland") in edges("Ukrainian troops captured six Russian soldiers in a raid.")
    assert not edges("Ukrainian troops secured the capture of the village.")


def test_the_captives_ally_is_no_ally_of_the_captor():
    # "serving beside Russian units" is said of the captives: Ukraine's later offensive is still against
    # Russia, the country of the place it is fought in
    text = ("Kyiv reported the capture of three Iranian soldiers serving beside Russian units near Kursk. "
            "The capture came after Kyiv launched a fresh offensive in Kursk.")
    assert ("ASSAULT", "Ukraine", "Russland") in edges(text)
