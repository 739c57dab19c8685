"""One-to-one matching of predicted and gold relations (evaluation/relations.py); text written for this test."""

from __future__ import annotations

from lagebild.evaluation.relations import RelationEvaluation, evaluate_doc
from lagebild.model import Doc, Relation
from lagebild.pipeline.segmenter import segment

SENTENCE = "Lisbon asked Oslo for fuel and met its envoys."


def _doc(*relations: Relation) -> Doc:
    doc = Doc(doc_id="m", text=SENTENCE, lang="en")
    doc.tokens, doc.sents = segment(SENTENCE, "en")
    doc.relations = list(relations)
    return doc


def _pred(type_: str, recipient: str = "Oslo") -> Relation:
    return Relation(type_, None, [], "Lisbon", "Lisbon", recipient, recipient, "asked", sentence=0)


def _gold(type_: str, recipient: str = "Oslo") -> dict:
    return {"type": type_, "actor": "Lisbon", "recipient": recipient, "sentence": SENTENCE}


def test_a_later_gold_of_the_predicted_type_gets_the_edge():
    result = RelationEvaluation()
    evaluate_doc(_doc(_pred("CONSULT")), [_gold("REQUEST"), _gold("CONSULT")], result)
    assert (result.edges.tp, result.typed.tp) == (1, 1)
    missed = [e for e in result.errors if e["kind"] == "missed relation"]
    assert [e["type"] for e in missed] == ["REQUEST"]
    assert not [e for e in result.errors if e["kind"] == "wrong type"]


def test_the_type_never_costs_an_edge():
    # the REQUEST gold can take only the Oslo prediction; the CONSULT gold (Norway, alias Oslo) either one
    result = RelationEvaluation()
    doc = _doc(_pred("CONSULT"), _pred("AID", recipient="Norway"))
    golds = [_gold("REQUEST"), {**_gold("CONSULT", recipient="Norway"), "recipient_aliases": ["Oslo"]}]
    evaluate_doc(doc, golds, result)
    assert (result.edges.tp, result.typed.tp) == (2, 0)
