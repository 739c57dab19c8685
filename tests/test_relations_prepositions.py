"""Which preposition governs a mention (relations/prepositions.py)."""

from __future__ import annotations

from lagebild.relations.lexicon import load
from lagebild.relations.prepositions import governing
from tests.relations_text import edges


def test_a_relative_pronoun_after_a_preposition_takes_the_preposition():
    # "in die die ukrainische Armee": "in" governs the relative pronoun, the name after the article is the subject
    words = "Sie kämpfen in der Region Sumy , in die die ukrainische Armee vorgedrungen ist".split()
    low = [w.lower() for w in words]
    assert governing(words, low, words.index("ukrainische"), load("de")) is None
    assert governing(words, low, words.index("Region"), load("de")) == "in"


def test_the_subject_of_such_a_relative_clause_acts():
    got = edges("Die Nordkoreaner kämpfen in der russischen Region Kursk, in die die ukrainische Armee im Sommer "
                "vorgestoßen war.", "de")
    assert ("ASSAULT", "Ukraine", "Russland") in got
    assert ("ASSAULT", "Nordkorea", "Russland") not in got
