"""Run the analyzer over the gold documents and score it (``lagebild eval claims``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core import Lagebild
from ..errors import E021, LagebildError
from ..io.readers import ReadError
from .gold import Evaluation, evaluate_doc, load_gold


def evaluate_folder(gold_path: Path, docs: Path, app: Lagebild | None = None) -> Evaluation:
    """Analyze every document of ``docs`` that has a gold record and score it.

    Gold documents missing from the folder raise E021; documents without gold are ignored.
    """
    gold = load_gold(gold_path)
    app = app or Lagebild()
    result = Evaluation()
    seen = set()
    for item in app.analyze_paths([docs]):
        if isinstance(item, ReadError) or item.doc_id not in gold:
            continue
        seen.add(item.doc_id)
        evaluate_doc(item, gold[item.doc_id], result)
    missing = sorted(set(gold) - seen)
    if missing:
        raise LagebildError(E021, path=docs, doc=", ".join(missing))
    return result


def format_summary(summary: dict[str, Any]) -> str:
    """The scores as a few readable lines."""
    lines = []
    for name in ("quantities", "claims_full", "attributions"):
        s = summary[name]
        lines.append(f"{name:<14} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                     f"(tp {s['tp']}, predicted {s['pred']}, gold {s['gold']})")
    acc = "  ".join(f"{key.removesuffix('_accuracy')} {value:.3f}" for key, value in summary["accuracy"].items())
    lines.append(f"matched quantities, accuracy: {acc}")
    dating = summary["dating"]
    if dating["documents"]:
        docs = ", ".join(f"{d['doc_id']}: {d['predicted']} (gold {d['gold']})" for d in dating["documents"])
        lines.append(f"dating of undated documents: accuracy {dating['accuracy']:.3f} — {docs}")
    return "\n".join(lines)
