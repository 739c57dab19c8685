"""The word-class feature of the NER model."""

from __future__ import annotations

import pytest

from lagebild.entities.features import word_class

LEXICON = {"Seoul": "L", "Korea": "c", "~seoul": "ne", "~regierung": "nn", "Nordkorea": "C"}


@pytest.mark.parametrize("word, expected", [
    ("Seoul", "Lne"),  # gazetteer class + lexicon class
    ("Regierung", "nn"),
    ("Korea", "c"),
    ("Nordkorea-Krise", "c"),  # the part before a hyphen, lower-cased class
    ("Unbekannt", ""),
])
def test_word_class(word: str, expected: str) -> None:
    assert word_class(word, LEXICON) == expected
