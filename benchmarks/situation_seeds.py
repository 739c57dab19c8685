"""The North Korean troop variable of the demo corpus against the gold figures.

Expected: every gold figure of the five seed articles that counts North Korean forces (unit class Soldat:
Soldat, Kraft, Söldner ...; its gold "about" names them North Korean or Kim's, and is not the strength of the
whole army at home). The
variable lagebild builds for "Soldat · Nordkorea" should hold exactly these, each with a source and a date.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from benchmarks.common import GOLD, SEEDS, report
from lagebild.claims.knowledge import knowledge
from lagebild.core import Lagebild
from lagebild.evaluation.gold import load_gold, locate, same_source
from lagebild.situation.variables import find_variable, variables


def expected_figures() -> dict[tuple[str, int, int], dict]:
    """(doc_id, start, end) -> gold record of each gold troop figure, located in the seed texts."""
    kb = knowledge("de")
    wanted = {}
    for doc_id, record in load_gold(GOLD).items():
        text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
        for qty in record["quantities"]:
            about = qty.get("about") or ""
            # North Korean forces (named as such or as Kim's), not the strength of the whole army at home
            if kb.unit_class(qty["unit"]) == "Soldat" and re.search(r"nordkorean|\bKim\b", about) \
                    and "Truppenstärke" not in about:
                span = locate(text, qty["sentence"], qty["text"])
                wanted[(doc_id, *span)] = qty
    return wanted


def run(quick: bool = False) -> dict:
    wanted = expected_figures()
    with tempfile.TemporaryDirectory() as tmp:
        app = Lagebild(db=Path(tmp) / "seeds.db")
        app.ingest([SEEDS])
        with app.store() as store:
            var = find_variable(variables(store), "Soldat Nordkorea")
    claims = var.claims if var else []

    def gold_of(claim) -> dict | None:
        start = int(claim.key.rsplit(":", 1)[1])
        end = start + len(claim.text)
        return next((qty for (d, s, e), qty in wanted.items() if d == claim.doc_id and s < end and start < e), None)

    golds = [gold_of(c) for c in claims]
    tp = sum(g is not None for g in golds)
    sources_right = sum(same_source(c.source, g["source"], g.get("source_aliases", ()))
                        for c, g in zip(claims, golds, strict=True) if g)
    metrics = {
        "expected": len(wanted),
        "in_variable": len(claims),
        "precision": round(tp / len(claims), 4) if claims else 0.0,
        "recall": round(tp / len(wanted), 4) if wanted else 0.0,
        "source_accuracy": round(sources_right / tp, 4) if tp else 0.0,
        "with_time": round(sum(bool(c.when) for c in claims) / len(claims), 4) if claims else 0.0,
    }
    return report("situation_seeds", f"{SEEDS} with {GOLD}", metrics,
                  "target: the troop variable holds every troop figure (recall 1.0) and no unrelated one "
                  "(precision 1.0), with sources and dates",
                  extra={"variable": var.name if var else None,
                         "claims": [f"{c.shown()} {c.source} {c.when} {c.doc_id}" for c in claims]},
                  headline=["expected", "in_variable", "precision", "recall", "source_accuracy"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
