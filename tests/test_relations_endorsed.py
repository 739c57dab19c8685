"""Support voiced for a matter, not for an actor (relations/endorsed.py)."""

from __future__ import annotations

from tests.relations_text import edges


def test_welcoming_an_idea_is_support_without_recipient():
    assert edges("Friedrich Merz begrüßte die Idee einer neuen Steuer.", "de") == {("SUPPORT", "Friedrich Merz", None)}


def test_defending_a_pact_does_not_address_its_partner():
    # the partner after "mit" belongs to the pact, not to the support
    assert edges("Olaf Scholz verteidigte das Abkommen mit Ungarn.", "de") == {("SUPPORT", "Olaf Scholz", None)}


def test_defending_a_town_a_title_or_oneself_is_no_support():
    assert edges("Die Truppen verteidigten die Stadt gegen Russland.", "de") == set()
    assert edges("Olaf Scholz verteidigte sich gegen die Vorwürfe aus Polen.", "de") == set()
    assert edges("Olaf Scholz verteidigte den Titel gegen Polen.", "de") == set()


def test_praise_of_an_actor_keeps_its_recipient():
    assert edges("Polen lobte Deutschland für seinen Kurs.", "de") == {("SUPPORT", "Polen", "Deutschland")}


def test_welcoming_without_a_matter_stays_as_before():
    # no matter named: SUPPORT still needs a recipient
    assert edges("Friedrich Merz begrüßte die Gäste.", "de") == set()


def test_welcoming_a_guest_is_a_greeting_not_support():
    # a state or a person welcomed with no matter named: greeted, not supported
    assert edges("Die Bürgermeisterin von Wien begrüßte den Präsidenten Finnlands im Rathaus.", "de") == set()
    assert edges("Olaf Scholz begrüßte Emmanuel Macron am Flughafen.", "de") == set()
    # a step welcomed is support, with the state that took it
    assert edges("Schweden begrüßte den Schritt Finnlands.", "de") == {("SUPPORT", "Schweden", "Finnland")}


def test_a_name_in_the_infinitive_clause_of_a_matter_is_not_the_supported():
    # the proposal is about Serbia; whom Austria backs is the proposal (no one) or its owner
    got = edges("Österreich stellte sich hinter den Vorschlag, Serbien zu bestrafen.", "de")
    assert ("SUPPORT", "Österreich", "Serbien") not in got
    assert ("SUPPORT", "Österreich", None) in got
    got = edges("Österreich stellte sich hinter den Plan Italiens, Serbien Hilfen zu streichen.", "de")
    assert ("SUPPORT", "Österreich", "Italien") in got
    assert ("SUPPORT", "Österreich", "Serbien") not in got
    got = edges("Kroatien begrüßte den Vorschlag, die Konten Serbiens einzufrieren.", "de")
    assert ("SUPPORT", "Kroatien", "Serbien") not in got


def test_a_supported_named_before_a_purpose_clause_stays():
    got = edges("Österreich stellte sich hinter Italien, um Serbien zu bestrafen.", "de")
    assert ("SUPPORT", "Österreich", "Italien") in got
