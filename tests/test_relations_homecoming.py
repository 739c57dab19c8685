"""Forces with no side of their own that come home or set out (relations/homecoming.py): the
document's one sender of forces acts; sentences written for these tests."""

from __future__ import annotations

from lagebild.relations import homecoming
from lagebild.relations.lexicon import load
from tests.relations_text import relations_of

SENT = "Belarus had sent 300 sappers to Russia."


def _found(text: str) -> set[tuple[int, str, str, str | None]]:
    return {(r.sentence, r.type, r.actor, r.recipient) for r in relations_of(text)}


def test_bare_forces_coming_home_are_the_senders_without_a_recipient():
    got = _found("Belarus honoured combat troops, which had returned home after a year in Russia. " + SENT)
    assert (0, "RETREAT", "Belarus", None) in got
    assert (1, "AID", "Belarus", "Russland") in got


def test_the_return_of_bare_forces_of_a_unit():
    got = _found("Belarus hailed the return of the troops of the 7th Brigade. " + SENT)
    assert (0, "RETREAT", "Belarus", None) in got


def test_bare_forces_arriving_elsewhere_than_the_senders_flows_go_add_no_flow():
    # an arrival or a departure is as often a visit or a move (review rv12 finding 6): only to where the sender's
    # forces already go
    for text in ("Troops arrived in Kyiv on Monday. ", "A battalion of sappers departed for Ukraine in June. "):
        assert not any(r.sentence == 0 for r in relations_of(text + SENT)), text
    assert (0, "AID", "Belarus", "Russland") in _found("A battalion of sappers departed for Russia in June. " + SENT)


def test_the_added_event_notes_the_sender_in_its_provenance():
    rel = next(r for r in relations_of("Belarus honoured combat troops, which had returned home after a year in Russia. " + SENT)
               if r.type == "RETREAT")
    assert rel.provenance.endswith(homecoming.NOTE.format("Belarus"))


def test_no_sender_or_two_senders_add_nothing():
    assert not any(r.type == "RETREAT" for r in relations_of("Combat troops returned home from Russia. Iran and Belarus had sent 300 sappers to Russia."))
    assert not relations_of("Combat troops returned home from Russia on Monday.")


def test_forces_given_a_side_or_a_possessor_are_left_to_the_sentence():
    assert not any(r.type == "RETREAT" and r.actor == "Belarus" for r in
                   relations_of("Belarus saw Iranian soldiers that had returned home from Russia. " + SENT))
    assert not any(r.type == "RETREAT" for r in relations_of("Its troops returned home from Russia. " + SENT))


def test_returning_to_duty_is_no_event():
    assert not any(r.sentence == 0 for r in relations_of("Combat troops will return to duty in Russia. " + SENT))


def test_the_sender_is_the_one_country_of_the_flows_of_forces():
    lex = load("en")
    from lagebild.entities.gazetteer import gazetteer

    rels = relations_of(SENT + " Belarus also sent a letter to Russia.")
    assert homecoming.sender(rels, lex, gazetteer("en")) == "Belarus"
    assert homecoming.sender(relations_of("Belarus sent a letter to Russia."), lex, gazetteer("en")) is None


SENT_DE = "Belarus hatte 300 Pioniere nach Russland geschickt."


def _found_de(text: str) -> set[tuple[int, str, str, str | None]]:
    return {(r.sentence, r.type, r.actor, r.recipient) for r in relations_of(text, "de")}


def test_german_bare_forces_coming_home_after_a_participle_a_noun_or_in_a_relative_clause():
    assert (0, "RETREAT", "Belarus", None) in _found_de("Minsk feierte die heimgekehrten Soldaten. " + SENT_DE)
    assert (0, "RETREAT", "Belarus", None) in _found_de("Gefeiert wurde die Rückkehr der Soldaten. " + SENT_DE)
    assert (0, "RETREAT", "Belarus", None) in _found_de(
        "Lukaschenko lobte Einheiten, die aus Russland zurückgekehrt sind. " + SENT_DE)


def test_german_forces_with_a_side_or_a_possessive_and_people_who_are_no_forces_add_nothing():
    for text in ("Die Rückkehr seiner Soldaten wurde gefeiert. ", "Die Rückkehr der Soldaten aus Kuba wurde gefeiert. ",
                 "Die Sportler feierten ihre Rückkehr. "):
        assert not any(r.sentence == 0 for r in relations_of(text + SENT_DE, "de")), text


def test_german_men_are_no_noun_of_force():
    # a return of "Männer" is any people's (review rv12 finding 5): only nouns of force and units count
    text = "Viele Männer sind nach Polen zurückgekehrt. " + SENT_DE
    assert not any(r.type == "RETREAT" for r in relations_of(text, "de"))
