"""claims.parties.mentions and the lookup it reads each token through (ClaimKnowledge.may_name)."""

from __future__ import annotations

import pytest

from lagebild.claims.knowledge import knowledge
from lagebild.claims.parties import mentions
from lagebild.pipeline.segmenter import segment


@pytest.mark.parametrize("word, may", [
    ("Russland", True),  # a name
    ("Kreml-Chef", True),  # a compound whose first part is one
    ("Vereinigten", True),  # the first word of a name of several words
    ("russischen", True),  # a demonym
    ("Kartoffel", False),
    ("und", False),
])
def test_may_name_says_where_a_name_can_start(word, may):
    assert knowledge("de").may_name(word) is may


def test_mentions_skip_words_no_name_starts_at():
    tokens, _ = segment("Die Vereinigten Staaten und der Kreml-Chef sprachen über die Kartoffel-Ernte.", "de")
    found = [(m.actor, m.text) for m in mentions(tokens, knowledge("de"))]
    assert [text for _, text in found] == ["Vereinigten Staaten", "Kreml-Chef"]
