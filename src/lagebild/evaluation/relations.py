"""Score relations against gold (gold/SCHEMA.md, RELATION).

An edge matches when it lies in the gold relation's sentence and names the same actor and recipient (both
null, or the same entity: canonical names are compared through the gazetteers of both languages, so that
"North Korea" and "Nordkorea", "Putin" and "Wladimir Putin" agree; the gold aliases count too). Matching is one
to one and maximal per document: as many edges as possible, and among those as many of the gold type as possible
(a greedy pass in gold order let a gold REQUEST take the predicted CONSULT that a later gold CONSULT of the same
edge needed). Typed F1 also needs the PLOVER type; on matched edges the figure (number_text), status, hedge and
source are scored as accuracies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import networkx as nx

from ..model import Doc, Relation
from .gold import Counts, locate, norm_name, same_source

FIELDS = ("quantity", "status", "hedge", "source")


@lru_cache(maxsize=4096)
def name_keys(name: str) -> frozenset[str]:
    """Canonical names a written name stands for in either language's gazetteer (itself when none)."""
    from ..entities.gazetteer import gazetteer

    keys = {name}
    for lang in ("de", "en"):
        gaz = gazetteer(lang)
        words = tuple(re.findall(r"[\w.'’-]+", name))
        entry = gaz.names.get(words)
        if entry is not None:
            keys.add(entry.government or entry.canonical)
            keys.add(entry.canonical)
    return frozenset(keys)


def same_name(pred: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    pred_keys = name_keys(pred)
    for name in (gold, *aliases):
        # romanized names are hyphenated or not ("Choe Son-hui", "Choe Son Hui"): the same person
        if name and (pred_keys & name_keys(name) or same_source(pred, name)
                     or same_source(pred.replace("-", " "), name.replace("-", " "))):
            return True
    return False


def _number(text: str | None) -> str | None:
    return None if text is None else re.sub(r"[\s.,’']", "", text.lower())


@dataclass
class RelationEvaluation:
    edges: Counts = field(default_factory=Counts)
    typed: Counts = field(default_factory=Counts)
    right: dict[str, int] = field(default_factory=lambda: {name: 0 for name in FIELDS})
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        matched = self.edges.tp
        return {"edges": self.edges.prf(), "typed": self.typed.prf(),
                "accuracy": {f"{name}_accuracy": round(self.right[name] / matched, 4) if matched else 0.0
                             for name in FIELDS}}


def _field_right(name: str, pred: Relation, gold: dict) -> bool:
    if name == "quantity":
        return _number(pred.quantity) == _number(gold.get("quantity"))
    if name == "source":
        if (gold.get("source") or "AUTHOR") == "AUTHOR" or pred.source == "AUTHOR":
            return pred.source == (gold.get("source") or "AUTHOR")
        return same_source(pred.source, gold.get("source"), gold.get("source_aliases", ()))
    return getattr(pred, name) == gold.get(name)


def _occurrences(text: str, sentence: str | None) -> list[tuple[int, int]]:
    """Every place of the gold sentence in the text: a sentence a document repeats (a headline printed again
    above the body) is annotated once per copy, and each copy's relation may match there."""
    first = locate(text, None, sentence)
    if first is None or not sentence:
        return []
    pattern = r"\s+".join(re.escape(part) for part in sentence.split())
    spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans if first in spans else [first, *spans]


def _candidates(doc: Doc, gold: dict, preds: list[Relation]) -> list[int]:
    """Indexes of the predicted relations in the gold relation's sentence with its actor and recipient."""
    spans = _occurrences(doc.text, gold.get("sentence"))
    found = []
    for n, rel in enumerate(preds):
        if not spans or not 0 <= rel.sentence < len(doc.sents):
            continue
        sent = doc.sents[rel.sentence]
        if all(sent.end <= start or sent.start >= end for start, end in spans):
            continue
        if same_name(rel.actor, gold.get("actor"), gold.get("actor_aliases", ())) and \
                same_name(rel.recipient, gold.get("recipient"), gold.get("recipient_aliases", ())):
            found.append(n)
    return found


def _best_matching(golds: list[dict], preds: list[Relation], candidates: list[list[int]]) -> dict[int, int]:
    """gold index -> predicted index: the most edges, and among them the most of the gold's type."""
    graph = nx.Graph()
    for g, found in enumerate(candidates):
        for n in found:
            graph.add_edge(("gold", g), ("pred", n), weight=2 if preds[n].type == golds[g].get("type") else 1)
    chosen = {}
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        gold_end, pred_end = (a, b) if a[0] == "gold" else (b, a)
        chosen[gold_end[1]] = pred_end[1]
    return chosen


def evaluate_doc(doc: Doc, golds: list[dict], result: RelationEvaluation) -> None:
    """Add the comparison of one document's relations with its gold relations to ``result``."""
    preds = doc.relations
    result.edges.pred += len(preds)
    result.typed.pred += len(preds)
    result.edges.gold += len(golds)
    result.typed.gold += len(golds)
    candidates = [_candidates(doc, gold, preds) for gold in golds]
    chosen = _best_matching(golds, preds, candidates)
    for g, gold in enumerate(golds):
        if g not in chosen:
            result.errors.append({"doc_id": doc.doc_id, "kind": "missed relation", "type": gold.get("type"),
                                  "actor": gold.get("actor"), "recipient": gold.get("recipient"),
                                  "predicate": gold.get("predicate"), "sentence": gold.get("sentence")})
            continue
        n = chosen[g]
        pred = preds[n]
        result.edges.tp += 1
        if pred.type == gold.get("type"):
            result.typed.tp += 1
        else:
            result.errors.append({"doc_id": doc.doc_id, "kind": "wrong type", "gold": gold.get("type"),
                                  "predicted": pred.type, "predicate": pred.predicate, "sentence": gold.get("sentence")})
        for name in FIELDS:
            if _field_right(name, pred, gold):
                result.right[name] += 1
            else:
                result.errors.append({"doc_id": doc.doc_id, "kind": f"wrong {name}", "gold": gold.get(name),
                                      "predicted": getattr(pred, name), "type": pred.type, "actor": pred.actor,
                                      "predicate": pred.predicate, "rule": pred.provenance,
                                      "sentence": gold.get("sentence")})
    used = set(chosen.values())
    for n, rel in enumerate(preds):
        if n not in used:
            result.errors.append({"doc_id": doc.doc_id, "kind": "false relation", "type": rel.type,
                                  "actor": rel.actor, "recipient": rel.recipient, "predicate": rel.predicate,
                                  "sentence": doc.sentence_text(rel.sentence)})


def evaluate(docs: Iterable[Doc], gold: dict[str, dict]) -> RelationEvaluation:
    """Score every document that has a gold record (documents without one are skipped)."""
    result = RelationEvaluation()
    for doc in docs:
        record = gold.get(doc.doc_id)
        if record is not None:
            evaluate_doc(doc, record.get("relations", []), result)
    return result


__all__ = ["RelationEvaluation", "evaluate", "evaluate_doc", "name_keys", "norm_name", "same_name"]


def evaluate_relations_folder(gold_path: Any, docs: Any, app: Any = None) -> RelationEvaluation:
    """Analyze every document of ``docs`` that has a gold record and score its relations (E021 when one is
    missing from the folder)."""
    from pathlib import Path

    from ..core import Lagebild
    from ..errors import E021, LagebildError
    from ..io.readers import ReadError
    from .gold import load_gold

    gold = load_gold(gold_path)
    app = app or Lagebild()
    result = RelationEvaluation()
    seen = set()
    for item in app.analyze_paths([Path(docs)]):
        if isinstance(item, ReadError) or item.doc_id not in gold:
            continue
        seen.add(item.doc_id)
        evaluate_doc(item, gold[item.doc_id].get("relations", []), result)
    missing = sorted(set(gold) - seen)
    if missing:
        raise LagebildError(E021, path=docs, doc=", ".join(missing))
    return result


def format_relations(summary: dict[str, Any]) -> str:
    """The scores as a few readable lines."""
    lines = []
    for name in ("edges", "typed"):
        s = summary[name]
        lines.append(f"relations {name:<6} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                     f"(tp {s['tp']}, predicted {s['pred']}, gold {s['gold']})")
    acc = "  ".join(f"{key.removesuffix('_accuracy')} {value:.3f}" for key, value in summary["accuracy"].items())
    lines.append(f"matched edges, accuracy: {acc}")
    return "\n".join(lines)
