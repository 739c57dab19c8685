"""The status of an English trigger from the parse (relations/status_en.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.relations import status_en
from lagebild.relations.lexicon import load
from tests.relations_text import attributed, relations_of


@pytest.mark.parametrize("text, expected", [
    ("North Korea did not send troops to Russia.", ("negated", "not")),
    ("Two million rockets are to be shipped each year from Pyongyang to Moscow.", ("planned", "are to")),
    ("North Korea plans to send more troops to Russia.", ("planned", "plans")),
    ("North Korea could intensify its cooperation with Russia.", ("hypothetical", "could")),
    # the negation of another clause does not count
    ("Russia said it would not comment, but North Korea sent troops to Russia.", ("factual", None)),
    # the conjunction opening the verb's own clause: a condition is hypothetical, a time or a cause is not
    ("If North Korea sends shells to Russia, the front will change.", ("hypothetical", "If")),
    ("Seoul will answer if North Korea sends shells to Russia.", ("hypothetical", "if")),
    ("When North Korea sent shells to Russia, Seoul answered.", ("factual", None)),
    ("North Korea sent shells to Russia because the front held.", ("factual", None)),
    # a threat to act is no act
    ("North Korea threatened to send shells to Russia.", ("hypothetical", "threatened")),
])
def test_status_from_the_parse(text, expected):
    rel = next(r for r in relations_of(text) if r.actor == "Nordkorea")
    assert (rel.status, rel.status_cue) == expected


def test_a_bare_verb_joined_to_a_modal_verb_shares_its_status():
    found = {r.type: r.status for r in relations_of("Belgian troops could be sent to France and fight against Spain.")}
    assert found.get("ASSAULT") == "hypothetical"
    # a verb with its own tense does not share it
    found = {r.type: r.status for r in relations_of("Belgian troops were not sent to France but attacked Spain.")}
    assert found.get("ASSAULT") == "factual"


def test_no_parse_no_status():
    # a sentence without a trigger or a named actor is not parsed: the record keeps the word rules' status
    doc = attributed("It rained all day.")
    assert status_en.status(doc, 0, 0, 1, load("en")) is None
