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


def test_feature_hashes_are_what_set_features_writes() -> None:
    import spacy

    from lagebild.entities.features import feature_hashes, set_features

    lexicon = {"Berlin": "L", "~berlin": "ne", "^Olaf": "F", "~haus": "nn"}
    words = ["Olaf", "fährt", "nach", "Berlin", "ins", "Haus", "Berlin-Mitte", "."]
    nlp = spacy.blank("de")
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    set_features(doc, lexicon)
    hashes = feature_hashes(words, lexicon, nlp.vocab.strings)
    assert hashes.tolist() == [t.tag for t in doc]
    assert [nlp.vocab.strings[h] for h in hashes.tolist()][:4] == ["F", "", "", "Lne"]
