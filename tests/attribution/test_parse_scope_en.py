"""The English parse reads only the sentences that can hold an attribution or a figure (syntax_en.needs_parse)."""

from __future__ import annotations

import pytest

from lagebild.attribution import syntax_en
from lagebild.attribution.lexicon import load
from lagebild.model import Doc
from lagebild.pipeline.segmenter import segment


def sentences(text: str) -> Doc:
    doc = Doc(doc_id="t", text=text, lang="en")
    doc.tokens, doc.sents = segment(text, "en")
    return doc


@pytest.mark.parametrize("text, wanted", [
    ("The harbour was quiet. The mayor said the ferry would return.", [False, True]),
    ("The mayor thanked the crew, noting the calm sea. Gulls circled.", [True, False]),  # an -ing form
    ("According to the coast guard, the sea is calm.", [True]),
    ("In a speech, the mayor praised the crew.", [True]),  # a frame noun
    ("Officials were admitting defeat.", [True]),  # a doubled consonant before -ing
])
def test_only_sentences_with_a_possible_cue_are_parsed(text, wanted):
    assert syntax_en.needs_parse(sentences(text), load("en")) == wanted


@pytest.mark.skipif(syntax_en._parser() is None, reason="the English spaCy pipeline is not installed")
def test_unparsed_sentences_are_none_and_yield_nothing():
    doc = sentences("The harbour was quiet. The mayor said the ferry would return.")
    parsed = syntax_en.parse(doc, load("en"))
    assert parsed[0] is None and parsed[1] is not None
    assert syntax_en.choices(parsed[0], load("en"), 0) == []
