"""The agent of a German noun trigger after "durch" (relations/noun_agents.py)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_the_agent_acts_and_the_genitive_receives():
    assert edges("Die Unterstützung Moldaus durch Rumänien hält an.", "de") == {("AID", "Rumänien", "Moldau")}
    assert edges("Die Verurteilung Serbiens durch Kroatien kam am Abend.", "de") >= {("ACCUSE", "Kroatien", "Serbien")}


def test_the_agent_after_an_attribute_of_the_noun():
    assert ("ASSAULT", "Russland", "Georgien") in edges("Der Angriff auf Georgien durch Russland begann im August.", "de")
    assert ("ACCUSE", "EU-Kommission", "Ungarn") in edges(
        "Die scharfe Kritik an Ungarn durch die EU-Kommission hält an.", "de")


def test_a_ratification_by_one_party_names_the_other_from_the_pact():
    text = ("Litauen und Polen unterzeichneten im Mai ein Abkommen. Die Ratifizierung des Abkommens durch Polen "
            "erfolgte im Herbst.")
    got = {(r.type, r.actor, r.recipient, r.predicate) for r in relations_of(text, "de")}
    assert ("SUPPORT", "Polen", "Litauen", "Ratifizierung") in got


def test_durch_after_a_verb_or_a_clause_end_is_no_agent_of_the_noun():
    assert not any(actor == "Rumänien" for _, actor, _ in edges(
        "Die Kritik an Moldau wurde durch Rumänien laut.", "de"))


def test_a_country_after_durch_is_the_way_of_a_journey():
    got = edges("Die Reise durch Polen führte die Kanzlerin Merkel nach Litauen.", "de")
    assert not any(actor == "Polen" or recipient == "Polen" for _, actor, recipient in got)
