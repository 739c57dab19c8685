"""English sources and hedges decided by the dependency parse (lagebild.attribution.syntax_en)."""

from __future__ import annotations

import dataclasses

import pytest

from lagebild.attribution import syntax_en
from lagebild.attribution.lexicon import load
from lagebild.model import Doc
from lagebild.pipeline.attribution import analyze_text
from lagebild.pipeline.segmenter import segment

pytestmark = pytest.mark.skipif(syntax_en._parser() is None, reason="the English spaCy pipeline is not installed")


def parsed(text: str):
    doc = Doc(doc_id="t", text=text, lang="en")
    doc.tokens, doc.sents = segment(text, "en")
    return doc, syntax_en.parse(doc)


@pytest.mark.parametrize("text, source, rule", [
    ("The defence ministry said on Monday that 300 soldiers had been killed.", "defence ministry", "subject"),
    ("The agency, which stated on Friday that 40 tanks were lost, declined to comment.", "agency", "relative"),
    ("Two villages were retaken, as reported by the regional governor.", "regional governor", "agent"),
    ("According to the city council, 12 houses burned down.", "city council", "according-to"),
    ("The mayor thanked the firemen, noting that 20 people were rescued.", "mayor", "shared-subject"),
    ("The Institute for the Study of Ports (ISP) reported that 9 ships left.", "ISP", "subject:acronym"),
    ("The ferry stopped in May, according to interviews with harbour workers.", "harbour workers", "according-to"),
])
def test_the_source_is_the_syntactic_agent_of_the_cue(text, source, rule):
    doc, sdocs = parsed(text)
    found = syntax_en.choices(sdocs[0], load("en"), 0)
    assert found, "no cue found"
    choice = found[0]
    words = sdocs[0][choice.source[0]:choice.source[1]].text
    assert words.removeprefix("The ").removeprefix("the ") == source
    assert choice.rule == rule


def test_an_inanimate_document_without_owner_is_no_source():
    doc, sdocs = parsed("A report showed that 40 firms closed.")
    assert syntax_en.choices(sdocs[0], load("en"), 0) == []


def test_document_and_interview_nouns_come_from_the_english_data_file():
    """The nouns are language data (lang/en/attribution/document_nouns.txt), not lists in the module: a noun
    added to the lexicon frames a source, German has none, and the module keeps no copy of its own."""
    lex = load("en")
    assert {"report", "briefing", "interview"} <= lex.document_nouns
    assert lex.interview_nouns == frozenset({"interview", "conversation", "talk"})
    assert load("de").document_nouns == frozenset()
    assert not hasattr(syntax_en, "DOCUMENT_NOUNS") and not hasattr(syntax_en, "INTERVIEW_NOUNS")
    doc, sdocs = parsed("In a memo, the mayor thanked the volunteers for their help.")
    assert syntax_en.choices(sdocs[0], lex, 0) == []  # "memo" is no document noun of the file
    wider = dataclasses.replace(lex, document_nouns=lex.document_nouns | {"memo"})
    found = syntax_en.choices(sdocs[0], wider, 0)
    assert [(sdocs[0][c.source[0]:c.source[1]].text, c.rule) for c in found] == [("the mayor", "frame-subject")]


def test_citing_names_the_originator_and_keeps_the_outlet_in_the_chain():
    doc = analyze_text("The Daily Planet, citing the coast guard, reported that 12 sailors were rescued.", "en")
    attr = doc.attributions[0]
    assert attr.source == "coast guard"
    assert attr.chain == ["Daily Planet"]


@pytest.mark.parametrize("text, hedge", [
    ("Some 40 sailors are believed to have drowned.", "uncertain"),  # on the whole clause
    ("The unit of 12,000 soldiers could be withdrawn soon.", "asserted"),  # "could" bears on the verb, not its subject
    ("Russia may have lost 50,000 soldiers.", "uncertain"),
    ("The ship carried 300 containers, likely to Russia.", "asserted"),  # "likely" modifies the destination
])
def test_a_hedge_counts_where_it_governs_the_figure(text, hedge):
    doc = analyze_text(text, "en", figures=True)
    assert doc.quantities[0].hedge == hedge
