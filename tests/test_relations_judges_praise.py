"""Praise of another side's aid or support named by its origin is SUPPORT to that side (relations/judges.praised)."""

from __future__ import annotations

from lagebild.relations import judges
from lagebild.relations.lexicon import load
from tests.relations_text import edges, relations_of


def test_praised_aid_from_a_state_goes_to_that_state():
    rels = [r for r in relations_of("Chile würdigte am Freitag die Hilfe von Argentinien bei den Löscharbeiten.", "de")
            if r.type == "SUPPORT"]
    assert [(r.actor, r.recipient) for r in rels] == [("Chile", "Argentinien")]
    assert judges.PRAISED in rels[0].provenance


def test_praise_of_a_thing_that_is_no_deed():
    assert not [e for e in edges("Chile lobte den Wein aus Argentinien.", "de") if e[0] == "SUPPORT"]


def test_only_judging_verbs_and_support():
    words = ["Quito", "kritisierte", "die", "Hilfe", "aus", "Lima"]
    low = [w.lower() for w in words]
    assert judges.praised([], {}, words, low, 1, 6, "ACCUSE", load("de")) is None
    assert judges.praised([], {}, words, low, 1, 6, "SUPPORT", load("en")) is None


def test_aid_in_another_clause_is_no_praised_deed():
    got = edges("Chile lobte den Plan, den die Hilfe aus Argentinien erst ermöglichte.", "de")
    assert ("SUPPORT", "Chile", "Argentinien") not in got


def test_praise_of_a_merit_goes_to_the_one_named_after_von():
    assert edges("Olaf Scholz lobte den Mut von Emmanuel Macron.", "de") == {("SUPPORT", "Olaf Scholz", "Emmanuel Macron")}
    assert edges("Chile würdigte die Verdienste von Argentinien.", "de") == {("SUPPORT", "Chile", "Argentinien")}


def test_merit_nouns_are_no_judging_verbs():
    # the "merit" rows of judges.txt are nouns: a lower-case "treue" is no verb that judges a noun event
    assert all(kind in judges.VERB_KINDS for _, kind in judges._verbs("de"))
    assert judges._merits("de").fullmatch("verdienste") and not judges._merits("de").fullmatch("wein")
