"""The bound on long-lived spaCy vocabularies (lagebild.vocabularies): past it the owner builds its pipeline anew,
and every answer stays the same."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lagebild import vocabularies
from lagebild.attribution import syntax_en
from lagebild.entities.ner import load_model, token_lists
from lagebild.model import Doc
from lagebild.pipeline import segmenter
from lagebild.relations import parse_de

GERMAN = "Die Genossenschaft Wiesengrund lieferte am Dienstag 4.200 Kisten Quittenmus nach Brandenburg."
ENGLISH = "The harbour board of Glenmoor said on Friday that 37 trawlers had left the Quillan docks."


def test_a_vocabulary_is_outgrown_only_past_the_bound(monkeypatch):
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 3)
    assert not vocabularies.outgrown(SimpleNamespace(strings=["a", "b", "c"]))
    assert vocabularies.outgrown(SimpleNamespace(strings=["a", "b", "c", "d"]))


def _tokens(text: str, lang: str):
    tokens, sents = segmenter.segment(text, lang)
    return [(t.start, t.end, t.text) for t in tokens], [(s.start, s.end) for s in sents]


@pytest.mark.parametrize("text, lang", [(GERMAN, "de"), (ENGLISH, "en")])
def test_the_segmenter_builds_a_new_tokenizer_with_the_same_tokens(monkeypatch, text, lang):
    before = _tokens(text, lang)
    _tokens("Ein Zwiebelturmkapellenverein tagte.", lang)  # a word only the old vocabulary has seen
    old = segmenter.tokenizer(lang)
    assert "Zwiebelturmkapellenverein" in old.vocab.strings
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", len(old.vocab.strings) - 1)
    assert _tokens(text, lang) == before
    new = segmenter.tokenizer(lang)
    assert new is not old
    assert "Zwiebelturmkapellenverein" not in new.vocab.strings  # the memory of earlier texts is given back
    # the abbreviation exceptions came back with it: "Dr." stays one token
    assert "Dr." in [t for _, _, t in _tokens("Dr. Weller kam.", "de")[0]]


def test_the_tokenizer_is_kept_while_within_the_bound(monkeypatch):
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 10**9)
    old = segmenter.tokenizer("de")
    _tokens(GERMAN, "de")
    assert segmenter.tokenizer("de") is old


@pytest.mark.skipif(load_model("en") is None, reason="the English spaCy pipeline is not installed")
def test_the_english_ner_loads_its_pipeline_again_with_the_same_entities(monkeypatch):
    model = load_model("en")
    doc = Doc(doc_id="v", text=ENGLISH, lang="en")
    doc.tokens, doc.sents = segmenter.segment(ENGLISH, "en")
    words, spaces, starts = token_lists(doc)
    before = model._predict(words, spaces, starts)
    old = model.nlp
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 0)
    assert model._predict(words, spaces, starts) == before
    assert model.nlp is not old


@pytest.mark.skipif(syntax_en._parser() is None, reason="the English spaCy pipeline is not installed")
def test_the_english_parser_loads_again_with_the_same_parse(monkeypatch):
    doc = Doc(doc_id="v", text=ENGLISH, lang="en")
    doc.tokens, doc.sents = segmenter.segment(ENGLISH, "en")

    def heads():
        return [[(t.head.i, t.dep_) for t in sdoc] for sdoc in syntax_en.parse(doc)]

    before = heads()
    old = syntax_en._parser()
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 0)
    assert heads() == before
    assert syntax_en._parser() is not old


@pytest.mark.skipif(not parse_de.available(), reason="the German parser is not shipped")
def test_the_german_parser_loads_again_with_the_same_parse(monkeypatch):
    words = tuple(GERMAN[:-1].split()) + (".",)
    before = parse_de.parse.__wrapped__(words)
    old = parse_de._model()[0]
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 0)
    assert parse_de.parse.__wrapped__(words) == before
    assert parse_de._model()[0] is not old


def test_kept_loads_again_only_past_the_bound(monkeypatch):
    from functools import lru_cache

    calls = []

    @lru_cache(maxsize=None)
    def load(tag: str):
        calls.append(tag)
        return SimpleNamespace(vocab=SimpleNamespace(strings=["a", "b"]))

    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 5)
    first = vocabularies.kept(load, lambda found: found.vocab, "x")
    assert vocabularies.kept(load, lambda found: found.vocab, "x") is first and calls == ["x"]
    assert vocabularies.kept(load, lambda found: None, "x") is first  # no vocabulary: nothing to bound
    monkeypatch.setattr(vocabularies, "VOCAB_STRINGS", 1)
    assert vocabularies.kept(load, lambda found: found.vocab, "x") is not first and calls == ["x", "x"]
