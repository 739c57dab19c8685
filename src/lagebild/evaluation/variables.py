"""Score the grouping of claims into variables against gold ``variable`` tags (``lagebild eval variables``).

Gold figures carry the story variable they measure (nk_troops, nk_killed ...) or null. Each gold figure is
matched to a predicted claim as quantities are matched (gold/SCHEMA.md offsets located in the text, spans
overlap, the numbers agree). Then:
- B-cubed precision, recall and F1 over the tagged gold figures: a figure's gold cluster is the figures with
  its tag; its predicted cluster the figures in the same predicted variable (an unmatched figure stands
  alone). A matched figure with a null tag in the same predicted variable counts against precision: a
  percentage or a day count mixed into the troop variable is an error even though it has no variable itself.
- per gold variable: the predicted variable holding most of its figures, with recall (share of the gold
  variable's figures it holds) and purity (share of the predicted variable's claims that carry this tag;
  claims matching no gold figure count as impure).
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import Lagebild
from ..errors import E021, LagebildError
from ..situation.variables import ClaimRow, Variable, variables
from .gold import load_gold, locate, same_number


@dataclass
class GoldFigure:
    doc_id: str
    text: str
    tag: str | None
    claim: str | None = None  # key of the matched predicted claim
    variable: str | None = None  # id of the predicted variable holding it


@dataclass
class VariableScores:
    figures: list[GoldFigure] = field(default_factory=list)
    predicted: dict[str, Variable] = field(default_factory=dict)

    def bcubed(self) -> dict[str, float]:
        tagged = [f for f in self.figures if f.tag]
        by_var: dict[str, list[GoldFigure]] = defaultdict(list)
        for fig in self.figures:
            if fig.variable:
                by_var[fig.variable].append(fig)
        precision = recall = 0.0
        for fig in tagged:
            gold_cluster = [g for g in tagged if g.tag == fig.tag]
            pred_cluster = [fig] if fig.variable is None else [g for g in by_var[fig.variable]
                                                               if g.tag or g is fig]
            both = sum(1 for g in pred_cluster if g.tag == fig.tag)
            precision += both / len(pred_cluster)
            recall += both / len(gold_cluster)
        p = precision / len(tagged) if tagged else 0.0
        r = recall / len(tagged) if tagged else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                "figures": len(tagged), "matched": sum(1 for f in tagged if f.claim)}

    def per_variable(self) -> dict[str, dict[str, Any]]:
        tag_of_claim = {f.claim: f.tag for f in self.figures if f.claim}
        out = {}
        for tag in sorted({f.tag for f in self.figures if f.tag}):
            members = [f for f in self.figures if f.tag == tag]
            held = Counter(f.variable for f in members if f.variable)
            if not held:
                out[tag] = {"figures": len(members), "variable": None, "recall": 0.0, "purity": 0.0}
                continue
            best, count = held.most_common(1)[0]
            var = self.predicted[best]
            right = sum(1 for c in var.claims if tag_of_claim.get(c.key) == tag)
            out[tag] = {"figures": len(members), "variable": best, "name": var.name, "held": count,
                        "recall": round(count / len(members), 4),
                        "purity": round(right / len(var.claims), 4) if var.claims else 0.0,
                        "size": len(var.claims)}
        return out

    def summary(self) -> dict[str, Any]:
        return {"bcubed": self.bcubed(), "variables": self.per_variable()}

    @property
    def errors(self) -> list[dict[str, Any]]:
        """Per tagged figure that is not in the predicted variable of its tag: where it went."""
        best = {tag: v["variable"] for tag, v in self.per_variable().items()}
        return [{"doc_id": f.doc_id, "gold": f.text, "tag": f.tag, "claim": f.claim, "variable": f.variable,
                 "expected": best.get(f.tag)}
                for f in self.figures if f.tag and f.variable != best.get(f.tag)]


def _overlaps(claim: ClaimRow, span: tuple[int, int]) -> bool:
    return claim.start < span[1] and span[0] < claim.end


def _spans(text: str, sentence: str | None, figure: str | None) -> list[tuple[int, int]]:
    """Every place of a gold figure: its sentence may occur more than once (a headline repeated)."""
    spans = []
    if sentence and figure:
        at = text.find(sentence)
        while at >= 0:
            inner = sentence.find(figure)
            if inner >= 0:
                spans.append((at + inner, at + inner + len(figure)))
            at = text.find(sentence, at + 1)
    if not spans:
        found = locate(text, sentence, figure)
        spans = [found] if found else []
    return spans


def score_variables(found: list[Variable], texts: dict[str, str], gold: dict[str, dict]) -> VariableScores:
    """Match every gold figure of ``gold`` to the claims of ``found`` and collect the scores.

    A gold figure matches the claim whose span overlaps it, one to one; a claim with the same number is
    preferred, but the number need not agree (the extractor's bounds are scored elsewhere: here the grouping
    counts)."""
    result = VariableScores(predicted={v.id: v for v in found})
    by_doc: dict[str, list[tuple[ClaimRow, str]]] = defaultdict(list)
    for var in found:
        for claim in var.claims:
            by_doc[claim.doc_id].append((claim, var.id))
    for doc_id, record in gold.items():
        used: set[str] = set()
        for qty in record.get("quantities", []):
            fig = GoldFigure(doc_id, qty.get("text") or "", qty.get("variable"))
            spans = _spans(texts.get(doc_id, ""), qty.get("sentence"), qty.get("text"))
            candidates = [(claim, var_id) for span in spans for claim, var_id in by_doc[doc_id]
                          if claim.key not in used and _overlaps(claim, span)]
            candidates.sort(key=lambda c: not same_number(
                {"value": c[0].value, "low": c[0].low, "high": c[0].high}, qty))
            if candidates:
                claim, var_id = candidates[0]
                used.add(claim.key)
                fig.claim, fig.variable = claim.key, var_id
            result.figures.append(fig)
    return result


def evaluate_variables(gold_path: Path, docs: Path, app: Lagebild | None = None) -> VariableScores:
    """Ingest ``docs`` into a temporary store, group its claims into variables and score them.

    Gold documents missing from the folder raise E021."""
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        app = app or Lagebild(db=Path(tmp) / "eval.db")
        app.ingest([docs])
        with app.store() as store:
            texts = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
            found = variables(store)
    missing = sorted(set(gold) - set(texts))
    if missing:
        raise LagebildError(E021, path=docs, doc=", ".join(missing))
    return score_variables(found, texts, gold)


def format_variable_scores(summary: dict[str, Any]) -> str:
    b = summary["bcubed"]
    lines = [f"B-cubed  P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}  "
             f"({b['matched']} of {b['figures']} tagged gold figures matched)"]
    for tag, v in summary["variables"].items():
        where = f"{v['variable']} ({v['held']} of {v['figures']}, size {v['size']})" if v["variable"] else "none"
        lines.append(f"  {tag:<16} recall {v['recall']:.3f}  purity {v['purity']:.3f}  in {where}")
    return "\n".join(lines)
