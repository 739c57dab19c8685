"""Dating the undated excerpts of the story corpus from their text and from the dated excerpts beside them.

All 58 excerpts of ../shared/corpus/story-dev are ingested into a fresh store (the 31 undated ones carry no
date; their gold months are in gold.jsonl and never read by the pipeline); ingest re-estimates the undated ones
from the dated ones and from those whose own text names the writing day (a byline: shared figures, quotes,
relations, subject). Scored: share of undated excerpts whose estimated month
is the gold month (exact) or within one month of it; "text_only" is the same score without the store.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.common import SHARED, report
from lagebild.core import Lagebild

STORY = SHARED / "corpus" / "story-dev"


def months_apart(a: str, b: str) -> int:
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))


def score(pairs: list[tuple[str | None, str]]) -> tuple[float, float]:
    exact = sum(bool(p) and len(p) >= 7 and p[:7] == g[:7] for p, g in pairs)
    near = sum(bool(p) and len(p) >= 7 and months_apart(p, g) <= 1 for p, g in pairs)
    return exact / len(pairs), near / len(pairs)


def run(quick: bool = False) -> dict:
    gold = {}
    for line in (STORY / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["doc_id"]] = record["published_estimate"]
    with tempfile.TemporaryDirectory() as tmp:
        app = Lagebild(db=Path(tmp) / "story.db")
        ingest = app.ingest([STORY / "docs"])
        with app.store() as store:
            rows = store.query("SELECT doc_id, published_estimate, dating FROM documents WHERE published IS NULL")
            corpus = [(r["published_estimate"], gold[r["doc_id"]]) for r in rows]
        text = []
        for doc in app.read(sorted((STORY / "docs").glob("*.txt"))):  # the text alone, without the store
            if not doc.published:
                doc = app.analyze_doc(doc)
                text.append(((doc.dating or {}).get("estimate"), gold[doc.doc_id]))
    exact, near = score(corpus)
    text_exact, text_near = score(text)
    metrics = {"undated": len(corpus), "redated": len(ingest.redated), "month_exact": round(exact, 4),
               "month_within_1": round(near, 4), "text_only.month_exact": round(text_exact, 4),
               "text_only.month_within_1": round(text_near, 4)}
    return report("dating_story", f"{STORY} (31 undated of 58 excerpts, ingested with the 27 dated ones)", metrics,
                  "target: month within one >= 0.70; published document dating is English and year-level "
                  "(NeuralDater: 64% of years right)",
                  headline=["month_within_1", "month_exact", "text_only.month_within_1"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
