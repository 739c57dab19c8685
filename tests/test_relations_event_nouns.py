"""relations/event_nouns.py: hyphenated compounds whose head is an event noun, and the possessor before a noun
trigger's adjectives (German general news, issue 10, q5)."""

from __future__ import annotations

from lagebild.relations import event_nouns, lexicon
from lagebild.relations.mentions import Mention
from tests import relations_text


def test_the_head_of_a_hyphenated_compound_is_the_trigger():
    lex = lexicon.load("de")
    words = ["die", "Asien-Reise", "des", "Ministers"]
    trig = event_nouns.head_trigger(words, [w.lower() for w in words], 1, lex)
    assert trig is not None and trig.event_type(False) == "CONSULT"
    words = ["die", "Anti-Reise", "Stimmung", "pro-russisch"]
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 3, lex) is None  # lower-case head
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 2, lex) is None  # no hyphen


def test_a_possessor_before_adjectives_acts():
    words = "Seit Lulas langer zweiter Reise".split()
    lula = Mention("Lula da Silva", "Lulas", 0, 0, 1, 2, "PER")
    assert event_nouns.possessor([lula], words, 4, []) is lula
    words = "Seit Lulas langer sehr zweiter Reise".split()  # more adjectives than a noun phrase's start holds
    assert event_nouns.possessor([lula], words, 5, []) is None
    words = "Seit Lula kommt Reise".split()
    assert event_nouns.possessor([lula], words, 3, []) is None


def test_a_compound_visit_of_a_possessor():  # head_trigger: no trigger without it
    got = relations_text.edges("Wladimir Putins lange Asien-Reise endet in Vietnam.", "de")
    assert ("CONSULT", "Wladimir Putin", "Vietnam") in got


def test_the_possessor_of_an_agent_noun_receives():
    words = "Angola ist Chinas größter neuer Öllieferant".split()
    china = Mention("China", "Chinas", 0, 0, 2, 3, "LOC")
    assert event_nouns.possessor([china], words, 5, [china]) is None
    # right before the noun too (one mechanism for both windows, review rv5): the subject supplies the possessor
    assert ("AID", "Serbien", "Ungarn") in relations_text.edges("Serbien ist Ungarns Waffenlieferant.", "de")
