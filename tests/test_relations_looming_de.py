"""Penalties that loom over someone (relations/looming_de.py): a SANCTION of the penalty's named owner against
the one it looms over, status hypothetical; none without an owner."""

from __future__ import annotations

from tests.relations_text import relations_of


def sanctions(text: str) -> list[tuple[str, str | None, str]]:
    return [(r.actor, r.recipient, r.status) for r in relations_of(text, "de") if r.type == "SANCTION"]


def test_a_compound_or_a_phrase_after_the_penalty_names_its_owner():
    assert sanctions("Wegen der Pensionen droht Spanien auch eine EU-Strafe.") == [
        ("Europäische Union", "Spanien", "hypothetical")]
    assert sanctions("Polen droht eine Geldbuße durch die EU-Kommission.") == [
        ("EU-Kommission", "Polen", "hypothetical")]
    assert sanctions("Nun drohen Polen hohe Strafzahlungen der EU.") == [
        ("Europäische Union", "Polen", "hypothetical")]


def test_the_threat_read_at_the_same_verb_is_dropped():
    types = {r.type for r in relations_of("Nun drohen Polen hohe Strafzahlungen der EU.", "de")}
    assert types == {"SANCTION"}


def test_a_penalty_without_owner_or_threatened_with_mit_is_no_looming_sanction():
    assert not sanctions("Den Verdächtigen drohen bis zu zehn Jahre Haft.")
    assert not sanctions("Polen droht eine hohe Geldstrafe.")
    # "droht X mit einer Strafe": the subject threatens (threats.py)
    rels = relations_of("Spanien droht Portugal mit einer EU-Strafe.", "de")
    assert [(r.type, r.actor, r.recipient) for r in rels] == [("THREATEN", "Spanien", "Portugal")]


def test_a_hedge_by_the_verb_makes_the_looming_sanction_uncertain():
    rels = [r for r in relations_of("Spanien droht nun vielleicht eine EU-Strafe.", "de") if r.type == "SANCTION"]
    assert [(r.actor, r.recipient, r.hedge) for r in rels] == [("Europäische Union", "Spanien", "uncertain")]
    rels = [r for r in relations_of("Spanien droht auch eine EU-Strafe.", "de") if r.type == "SANCTION"]
    assert [(r.hedge, r.source) for r in rels] == [("asserted", "AUTHOR")]


def test_a_penalty_a_preposition_governs_or_a_threat_with_mit_or_an_is_no_looming_sanction():
    # "mit" after the verb anywhere in the clause: the subject threatens, the penalty is what it opposes
    got = relations_of("Serbien droht mit einem Boykott gegen EU-Strafzölle.", "de")
    assert not [r for r in got if r.type == "SANCTION"]
    assert [(r.type, r.actor) for r in got if r.type == "THREATEN"] == [("THREATEN", "Serbien")]
    assert sanctions("Serbien droht seit den EU-Sanktionen mit Gegenzöllen.") == []
    # "androhen": the subject threatens; a penalty after a preposition is in place, no subject of "drohen"
    assert sanctions("Serbien droht wegen der EU-Sanktionen harte Gegenzölle an.") == []
    assert sanctions("Serbien droht trotz der EU-Sanktionen eine tiefe Rezession.") == []
    # an adverb before the penalty's article keeps it the subject
    assert sanctions("Serbien droht nun wohl eine EU-Strafe.") == [("Europäische Union", "Serbien", "hypothetical")]
