"""Score analyzed documents against a gold file in the contract of gold/SCHEMA.md.

Gold quantities and attributions carry their sentence and text but no offsets;
we locate them in the document text, then match predictions one to one:
- a quantity matches when the spans overlap and the numbers agree (value, or the
  bounds of a vague plural); unit, qualifier, kind, source, hedge and time are then
  scored as accuracies over the matched pairs;
- an attribution matches when it lies in the same sentence and names the same source.
A claim is "full" right when its quantity matches with the right unit and source.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import E028, LagebildError
from ..model import Doc

ACCURACY_FIELDS = ("unit", "qualifier", "kind", "source", "hedge", "time")
_ARTICLES = {"der", "die", "das", "des", "dem", "den", "the", "ein", "eine", "einer", "eines"}


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold records keyed by doc_id; a line that is no JSON object with a doc_id raises E028 naming it."""
    gold = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold[record["doc_id"]] = record
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            reason = "no doc_id" if isinstance(err, (KeyError, TypeError)) else err.msg
            raise LagebildError(E028, path=path, line=number, reason=reason) from None
    return gold


def locate(text: str, sentence: str | None, span: str | None) -> tuple[int, int] | None:
    """Offsets of ``span`` inside ``sentence`` inside ``text`` (whitespace-tolerant)."""
    if not span:
        return None
    base = 0
    if sentence:
        found = _find(text, sentence)
        if found is not None:
            base, sent_end = found
            inner = _find(text[base:sent_end], span)
            if inner is not None:
                return base + inner[0], base + inner[1]
    return _find(text, span)


def _find(text: str, needle: str) -> tuple[int, int] | None:
    idx = text.find(needle)
    if idx >= 0:
        return idx, idx + len(needle)
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def norm_name(name: str | None) -> frozenset[str]:
    """A source name as a set of lower-case words without articles, punctuation or inflection endings
    ("des britischen Guardian" and "britische Guardian" give the same set)."""
    if not name:
        return frozenset()
    words = re.findall(r"[\w-]+", name.lower())
    return frozenset(re.sub(r"(?<=\w{4})(?:e[nrsm]?|s)$", "", w) for w in words if w not in _ARTICLES)


def same_source(pred: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    """True when the predicted source names the gold source (or one of its aliases), in words or as the same
    gazetteer entity ("Wolodymyr Selenskyj", the canonical name an English text's "Zelenskyy" gets, is "Zelensky")."""
    pred_words = norm_name(pred)
    if not pred_words:
        return False
    for name in (gold, *aliases):
        gold_words = norm_name(name)
        if gold_words and (pred_words <= gold_words or gold_words <= pred_words):
            return True
    pred_entities = entity_names(pred)
    return bool(pred_entities) and any(name and pred_entities & entity_names(name) for name in (gold, *aliases))


@lru_cache(maxsize=4096)
def entity_names(name: str) -> frozenset[str]:
    """The canonical names of the gazetteer entities (either language) that ``name`` names in full, else none."""
    from ..entities.gazetteer import gazetteer

    words = tuple(re.findall(r"[\w.'’-]+", name))
    found = set()
    for lang in ("de", "en"):
        gaz = gazetteer(lang)
        entry = gaz.names.get(words) or gaz.by_canonical.get(name)
        if entry is not None and entry.kind in ("name", "metonym"):
            found.add(entry.canonical)
    return frozenset(found)


def same_number(pred: dict, gold: dict) -> bool:
    if gold.get("value") is None:
        return pred.get("value") is None and pred.get("low") == gold.get("low") and pred.get("high") == gold.get("high")
    value = pred.get("value")
    return value is not None and abs(float(value) - float(gold["value"])) <= 1e-6 * max(1.0, abs(float(gold["value"])))


def _field_right(name: str, pred: dict, gold: dict) -> bool:
    if name == "source":
        return same_source(pred.get("source"), gold.get("source"), gold.get("source_aliases", ()))
    if name == "unit":
        return (pred.get("unit") or "").lower() == (gold.get("unit") or "").lower()
    return pred.get(name) == gold.get(name)


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass
class Evaluation:
    quantities: Counts = field(default_factory=Counts)
    claims_full: Counts = field(default_factory=Counts)
    attributions: Counts = field(default_factory=Counts)
    right: dict[str, int] = field(default_factory=lambda: {name: 0 for name in ACCURACY_FIELDS})
    dating: list[tuple[str, str | None, str]] = field(default_factory=list)  # (doc_id, predicted, gold)
    errors: list[dict[str, Any]] = field(default_factory=list)  # misses, false hits and wrong fields

    def summary(self) -> dict[str, Any]:
        matched = self.quantities.tp
        acc = {f"{name}_accuracy": round(self.right[name] / matched, 4) if matched else 0.0
               for name in ACCURACY_FIELDS}
        dated = sum(1 for _, pred, gold in self.dating if pred and pred[:7] == gold[:7])
        return {
            "quantities": self.quantities.prf(),
            "accuracy": acc,
            "claims_full": self.claims_full.prf(),
            "attributions": self.attributions.prf(),
            "dating": {"accuracy": round(dated / len(self.dating), 4) if self.dating else None,
                       "documents": [{"doc_id": d, "predicted": p, "gold": g} for d, p, g in self.dating]},
        }


def evaluate_doc(doc: Doc, gold: dict, result: Evaluation) -> None:
    """Add the comparison of one analyzed document with its gold record to ``result``."""
    data = doc.to_dict()
    text = doc.text
    _match_quantities(doc.doc_id, text, data["quantities"], gold.get("quantities", []), result)
    _match_attributions(doc, gold.get("attributions", []), result)
    if gold.get("published") is None and gold.get("published_estimate"):
        result.dating.append((doc.doc_id, data.get("published_estimate"), gold["published_estimate"]))


def _match_quantities(doc_id: str, text: str, preds: list[dict], golds: list[dict], result: Evaluation) -> None:
    result.quantities.pred += len(preds)
    result.quantities.gold += len(golds)
    result.claims_full.pred += len(preds)
    result.claims_full.gold += len(golds)
    used: set[int] = set()
    for gold in golds:
        span = locate(text, gold.get("sentence"), gold.get("text"))
        match = None
        if span:
            for i, pred in enumerate(preds):
                if i in used or pred["end"] <= span[0] or pred["start"] >= span[1]:
                    continue
                if same_number(pred, gold):
                    match = i
                    break
        if match is None:
            result.errors.append({"doc_id": doc_id, "kind": "missed quantity", "gold": gold.get("text"),
                                  "located": span is not None})
            continue
        used.add(match)
        pred = preds[match]
        result.quantities.tp += 1
        for name in ACCURACY_FIELDS:
            if _field_right(name, pred, gold):
                result.right[name] += 1
            else:
                result.errors.append({"doc_id": doc_id, "kind": f"wrong {name}", "gold_text": gold.get("text"),
                                      "gold": gold.get(name), "predicted": pred.get(name)})
        if _field_right("unit", pred, gold) and _field_right("source", pred, gold):
            result.claims_full.tp += 1
    for i, pred in enumerate(preds):
        if i not in used:
            result.errors.append({"doc_id": doc_id, "kind": "false quantity", "predicted": pred.get("text"),
                                  "value": pred.get("value")})


def _match_attributions(doc: Doc, golds: list[dict], result: Evaluation) -> None:
    preds = doc.attributions
    result.attributions.pred += len(preds)
    result.attributions.gold += len(golds)
    used: set[int] = set()
    for gold in golds:
        span = locate(doc.text, None, gold.get("sentence"))
        match = None
        if span:
            for i, attr in enumerate(preds):
                if i in used:
                    continue
                sent = doc.sents[attr.sentence] if 0 <= attr.sentence < len(doc.sents) else None
                if sent is None or sent.end <= span[0] or sent.start >= span[1]:
                    continue
                names = (gold.get("source"), gold.get("source_text"), *gold.get("source_aliases", ()))
                if any(same_source(pred, name) for pred in (attr.source, attr.source_text) for name in names):
                    match = i
                    break
        if match is None:
            result.errors.append({"doc_id": doc.doc_id, "kind": "missed attribution", "source": gold.get("source"),
                                  "cue": gold.get("cue")})
        else:
            used.add(match)
            result.attributions.tp += 1
    for i, attr in enumerate(preds):
        if i not in used:
            result.errors.append({"doc_id": doc.doc_id, "kind": "false attribution", "source": attr.source,
                                  "cue": attr.cue})
