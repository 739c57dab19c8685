"""Per-document look-ups of the relation rules (relations/index.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.model import Doc, Relation
from lagebild.pipeline.segmenter import segment
from lagebild.relations.index import trigger_word

TEXT = "Lisbon sent trucks to Oslo."


def _toks() -> list:
    doc = Doc(doc_id="i", text=TEXT, lang="en")
    doc.tokens, doc.sents = segment(TEXT, "en")
    return doc.sent_tokens(0)


def _rel(start: int) -> Relation:
    rel = Relation("AID", None, [], "Lisbon", "Lisbon", "Oslo", "Oslo", "sent", sentence=0)
    rel.predicate_start = start
    return rel


def test_the_trigger_word_is_the_token_its_predicate_starts_at():
    toks = _toks()
    assert toks[trigger_word(toks, _rel(TEXT.index("sent")))].text == "sent"
    assert trigger_word(toks, _rel(TEXT.index("ent"))) is None  # inside a word: no word starts there
