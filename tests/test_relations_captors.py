"""Captives and casualties whose captor or killer the sentence leaves out, told by a source of the other side
(relations/captors.py); sentences written for these tests."""

from __future__ import annotations

from tests.relations_text import relations_of

WAR_DE = " Belarus kämpft seit Monaten gegen Litauen."
WAR_EN = " Belarus has been fighting Lithuania for months."


def _found(text: str, lang: str) -> set[tuple[int, str, str, str | None]]:
    return {(r.sentence, r.type, r.actor, r.recipient) for r in relations_of(text, lang)}


def test_german_passive_capture_takes_the_sources_state_as_captor():
    text = "Drei belarussische Soldaten sind laut der litauischen Armee als Kriegsgefangene genommen worden." + WAR_DE
    rel = next(r for r in relations_of(text, "de") if r.sentence == 0)
    assert (rel.type, rel.mode, rel.actor, rel.recipient) == ("COERCE", "arrest", "Litauen", "Belarus")
    assert "the state of the sentence's source, Litauen" in rel.provenance


def test_english_passive_capture_and_killing_in_an_attack():
    got = _found("Vilnius said on Friday that five Belarusian soldiers were captured at a river crossing." + WAR_EN,
                 "en")
    assert (0, "ASSAULT", "Litauen", "Belarus") in got
    got = _found("Vilnius reported that two Belarusian officers were reportedly killed in a drone strike." + WAR_EN,
                 "en")
    assert (0, "ASSAULT", "Litauen", "Belarus") in got


def test_a_source_of_the_captives_own_side_or_of_a_third_state_names_no_captor():
    # the captives' side reports its own losses; a state at war with no one here reports them
    assert not [e for e in _found("Minsk said that five Belarusian soldiers were captured near a bridge." + WAR_EN,
                                  "en") if e[0] == 0]
    assert not [e for e in _found("Laut der polnischen Regierung sind drei belarussische Soldaten gefangen "
                                  "genommen worden." + WAR_DE, "de") if e[0] == 0]


def test_no_captor_without_a_war_or_a_source_in_the_sentence():
    assert not _found("Laut der litauischen Armee sind drei belarussische Soldaten gefangen genommen worden.", "de")
    text = "Drei belarussische Soldaten sind gefangen genommen worden. Das teilte Vilnius mit." + WAR_DE
    assert not [e for e in _found(text, "de") if e[0] in (0, 1)]


def test_a_tally_of_the_dead_is_no_killing_and_civilians_are_no_forces():
    # no attack named: a count of losses, not an act (the gold codes none)
    text = "Vilnius said that 300 Belarusian soldiers have been killed since spring." + WAR_EN
    assert not [e for e in _found(text, "en") if e[0] == 0]
    text = "Laut der litauischen Armee wurden zwei belarussische Lehrer bei einem Angriff getötet." + WAR_DE
    assert not [e for e in _found(text, "de") if e[0] == 0]


def test_a_named_agent_is_left_to_the_clause():
    # "by Latvian forces": the clause names its agent; extract.py reads it, the source's state does not replace it
    text = "Vilnius said that two Belarusian soldiers were captured by Latvian forces." + WAR_EN
    assert (0, "ASSAULT", "Litauen", "Belarus") not in _found(text, "en")


def test_belongings_seized_from_those_taken_before_in_the_sentence():
    rels = relations_of("Lithuanian troops captured two Belarusian soldiers and confiscated their rifles.", "en")
    seized = [r for r in rels if r.type == "COERCE"]
    assert [(r.mode, r.actor, r.recipient, r.predicate) for r in seized] == [
        ("seize", "Litauen", "Belarus", "confiscated")]
    rels = relations_of("Litauische Soldaten nahmen zwei belarussische Soldaten gefangen und beschlagnahmten ihre "
                        "Gewehre.", "de")
    assert ("seize", "Litauen", "Belarus") in {(r.mode, r.actor, r.recipient) for r in rels}


def test_no_seizure_from_captives_of_another_clause_or_of_no_side():
    # a clause of its own with its own subject: not the captor's act
    rels = relations_of("Lithuanian troops captured two Belarusian soldiers, while police confiscated their rifles.",
                        "en")
    assert not [r for r in rels if r.type == "COERCE"]
    assert not relations_of("Die Polizei nahm zwei Männer fest und beschlagnahmte ihre Handys.", "de")
