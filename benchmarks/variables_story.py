"""Variables by meaning on the story corpus (development split): grouping against the gold variable tags.

The 58 excerpts of ../shared/corpus/story-dev (35 German, 23 English) are ingested into a temporary store;
the claims are grouped into variables as `lagebild variables` does, and scored as `lagebild eval variables`
does: B-cubed P/R/F1 over the tagged gold figures, and per gold variable the recall and purity of the
predicted variable holding most of its figures. The done-when check of issue 10 is measured too: the queries
"nordkoreanische Soldaten" and "North Korean troops" must find the same variable, holding troop figures of
both languages.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import SHARED, report, without_words
from lagebild.core import Lagebild
from lagebild.evaluation.gold import load_gold
from lagebild.evaluation.variables import score_variables
from lagebild.situation.query import find_variables
from lagebild.situation.variables import variables

STORY = SHARED / "corpus" / "story-dev"
QUERIES = ("nordkoreanische Soldaten", "North Korean troops", "Nordkorea Truppen")


def run(quick: bool = False) -> dict:
    gold = load_gold(STORY / "gold.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        app = Lagebild(db=Path(tmp) / "story.db")
        app.ingest([STORY / "docs"])
        with app.store() as store:
            texts = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
            langs = {r["doc_id"]: r["lang"] for r in store.query("SELECT doc_id, lang FROM documents")}
            found = variables(store)
    scores = score_variables(found, texts, gold)
    summary = scores.summary()
    per = summary["variables"]
    picked = [(find_variables(found, q) or [None])[0] for q in QUERIES]
    troops = picked[0]
    metrics = {
        "bcubed_precision": summary["bcubed"]["precision"],
        "bcubed_recall": summary["bcubed"]["recall"],
        "bcubed_f1": summary["bcubed"]["f1"],
        "nk_troops.recall": per["nk_troops"]["recall"],
        "nk_troops.purity": per["nk_troops"]["purity"],
        "queries_same_variable": float(troops is not None and all(v is troops for v in picked)),
        "troops_languages": len({langs.get(c.doc_id) for c in troops.claims}) if troops else 0,
    }
    for tag, row in per.items():
        if tag != "nk_troops":
            metrics[f"{tag}.recall"] = row["recall"]
            metrics[f"{tag}.purity"] = row["purity"]
    return report("variables_story", f"{STORY} ({len(gold)} excerpts, {summary['bcubed']['figures']} tagged figures)",
                  metrics,
                  "targets (issue 10): B-cubed F1 >= 0.80 (before concepts and measures: 0.36 on this split, 0.27 on the held-back part); the North Korean "
                  "troop variable holds >= 85 % of the nk_troops figures at purity >= 0.90; the German and English "
                  "queries find the same variable",
                  extra={"variables": per, "queries": {q: v.id if v else None for q, v in zip(QUERIES, picked,
                                                                                              strict=True)},
                         "misplaced": without_words(scores.errors, "gold")},
                  headline=["bcubed_precision", "bcubed_recall", "bcubed_f1", "nk_troops.recall", "nk_troops.purity",
                            "queries_same_variable"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
