"""Scoring relations of a sentence a document repeats (evaluation/relations.py); text written for this test."""

from __future__ import annotations

from lagebild.evaluation.relations import RelationEvaluation, evaluate_doc
from lagebild.model import Doc, Relation
from lagebild.pipeline.segmenter import segment

HEADLINE = "North Korea sends troops to Russia"


def _doc() -> Doc:
    text = f"{HEADLINE}\n\nThe troops arrived in October.\n\n{HEADLINE}\n\nMore may follow."
    doc = Doc(doc_id="t", text=text, lang="en")
    doc.tokens, doc.sents = segment(text, "en")
    return doc


def _aid(sentence: int) -> Relation:
    return Relation("AID", None, ["military"], "Nordkorea", "North Korea", "Russland", "Russia", "sends",
                    sentence=sentence)


def test_each_copy_of_a_repeated_sentence_matches_its_own_relation():
    doc = _doc()
    copies = [s.i for s in doc.sents if doc.sentence_text(s.i).strip() == HEADLINE]
    assert len(copies) == 2
    doc.relations = [_aid(i) for i in copies]
    gold = {"type": "AID", "actor": "North Korea", "recipient": "Russia", "sentence": HEADLINE}
    result = RelationEvaluation()
    evaluate_doc(doc, [dict(gold), dict(gold)], result)
    assert (result.edges.tp, result.edges.pred, result.edges.gold) == (2, 2, 2)
    assert not [e for e in result.errors if "relation" in e["kind"]]


def test_one_gold_relation_still_matches_one_of_two_copies():
    doc = _doc()
    copies = [s.i for s in doc.sents if doc.sentence_text(s.i).strip() == HEADLINE]
    doc.relations = [_aid(copies[1])]
    result = RelationEvaluation()
    evaluate_doc(doc, [{"type": "AID", "actor": "North Korea", "recipient": "Russia", "sentence": HEADLINE}], result)
    assert result.edges.tp == 1
