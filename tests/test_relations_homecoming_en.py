"""English forces with no side of their own that come home or set out (relations/homecoming_en.py): the
document's one sender of forces acts; sentences written for these tests."""

from __future__ import annotations

from lagebild.relations import homecoming_en
from lagebild.relations.lexicon import load
from tests.relations_text import relations_of

SENT = "Belarus had sent 300 sappers to Russia."


def _found(text: str) -> set[tuple[int, str, str, str | None]]:
    return {(r.sentence, r.type, r.actor, r.recipient) for r in relations_of(text)}


def test_bare_forces_coming_home_are_the_senders_without_a_recipient():
    got = _found("Belarus honoured combat troops who returned home from Russia. " + SENT)
    assert (0, "RETREAT", "Belarus", None) in got
    assert (1, "AID", "Belarus", "Russland") in got


def test_the_return_of_bare_forces_and_their_setting_out_for_a_place_abroad():
    got = _found("Belarus hailed the return of troops from the 7th Brigade, who departed for Russia in June. " + SENT)
    assert {(0, "RETREAT", "Belarus", None), (0, "AID", "Belarus", "Russland")} <= got


def test_the_added_event_notes_the_sender_in_its_provenance():
    rel = next(r for r in relations_of("Belarus honoured combat troops who returned home from Russia. " + SENT)
               if r.type == "RETREAT")
    assert rel.provenance.endswith(homecoming_en.NOTE.format("Belarus"))


def test_no_sender_or_two_senders_add_nothing():
    assert not any(r.type == "RETREAT" for r in relations_of("Combat troops returned home from Russia. Iran and Belarus had sent 300 sappers to Russia."))
    assert not relations_of("Combat troops returned home from Russia on Monday.")


def test_forces_given_a_side_or_a_possessor_are_left_to_the_sentence():
    assert not any(r.type == "RETREAT" and r.actor == "Belarus" for r in
                   relations_of("Belarus saw Iranian troops who returned home from Russia. " + SENT))
    assert not any(r.type == "RETREAT" for r in relations_of("Its troops returned home from Russia. " + SENT))


def test_setting_out_for_no_place_and_returning_to_duty_are_no_events():
    assert not any(r.sentence == 0 for r in relations_of("Combat troops departed for the front in June. " + SENT))
    assert not any(r.sentence == 0 for r in relations_of("Combat troops will return to duty in Russia. " + SENT))


def test_the_sender_is_the_one_country_of_the_flows_of_forces():
    lex = load("en")
    from lagebild.entities.gazetteer import gazetteer

    rels = relations_of(SENT + " Belarus also sent a letter to Russia.")
    assert homecoming_en.sender(rels, lex, gazetteer("en")) == "Belarus"
    assert homecoming_en.sender(relations_of("Belarus sent a letter to Russia."), lex, gazetteer("en")) is None
