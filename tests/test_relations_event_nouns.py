"""relations/event_nouns.py: hyphenated compounds whose head is an event noun, and the possessor before a noun
trigger's adjectives (German general news, issue 10, q5)."""

from __future__ import annotations

from lagebild.relations import event_nouns, lexicon
from lagebild.relations.mentions import Mention
from tests import relations_text


def test_the_head_of_a_hyphenated_compound_is_the_trigger():
    lex = lexicon.load("de")
    words = ["die", "Nahost-Reise", "des", "Ministers"]
    trig = event_nouns.head_trigger(words, [w.lower() for w in words], 1, lex)
    assert trig is not None and trig.event_type(False) == "CONSULT"
    words = ["die", "Anti-Reise", "Stimmung", "pro-russisch"]
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 3, lex) is None  # lower-case head
    assert event_nouns.head_trigger(words, [w.lower() for w in words], 2, lex) is None  # no hyphen


def test_a_possessor_before_adjectives_acts():
    words = "Nach Macrons kurzer erster Reise".split()
    macron = Mention("Emmanuel Macron", "Macrons", 0, 0, 1, 2, "PER")
    assert event_nouns.possessor([macron], words, 4) is macron
    words = "Nach Macrons kurzer sehr erster Reise".split()  # more adjectives than a noun phrase's start holds
    assert event_nouns.possessor([macron], words, 5) is None
    words = "Nach Macron kommt Reise".split()
    assert event_nouns.possessor([macron], words, 3) is None


def test_a_compound_visit_of_a_possessor():
    got = relations_text.edges("Emmanuel Macrons dreitägige Nahost-Reise führte ihn auch nach Katar.", "de")
    assert ("CONSULT", "Emmanuel Macron", "Katar") in got


def test_the_possessor_of_an_agent_noun_receives():
    words = "Angola ist Chinas größter neuer Öllieferant".split()
    china = Mention("China", "Chinas", 0, 0, 2, 3, "LOC")
    assert event_nouns.possessor([china], words, 5) is None
