"""Dating 10kGNAD articles from their text alone (no dated neighbours, no prior on when the corpus was made).

The 30 articles of ../shared/gold/dev-10kgnad carry no date; the annotators' month is in gold.jsonl. Scored:
the estimated month equals the gold month, lies within one month of it, and the estimated year is right.
"""

from __future__ import annotations

import json
import sys

from benchmarks.common import SHARED, report
from benchmarks.dating_story import months_apart
from lagebild.core import Lagebild

GNAD = SHARED / "gold" / "dev-10kgnad"


def run(quick: bool = False) -> dict:
    gold = {}
    for line in (GNAD / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["doc_id"]] = record["published_estimate"]
    app = Lagebild()
    pairs = []
    for doc in app.read(sorted((GNAD / "docs").glob("*.txt"))):
        doc = app.analyze_doc(doc)
        pairs.append(((doc.dating or {}).get("estimate") or "", gold[doc.doc_id]))
    n = len(pairs)
    metrics = {
        "documents": n,
        "estimated": round(sum(bool(p) for p, _ in pairs) / n, 4),
        "month_exact": round(sum(p[:7] == g[:7] for p, g in pairs if len(p) >= 7) / n, 4),
        "month_within_1": round(sum(months_apart(p, g) <= 1 for p, g in pairs if len(p) >= 7) / n, 4),
        "year_right": round(sum(p[:4] == g[:4] for p, g in pairs if p) / n, 4),
    }
    return report("dating_gnad", f"{GNAD} (30 undated DER STANDARD articles, 2015-2016; text alone)", metrics,
                  "targets: month >= 0.35, year >= 0.80; published document dating is English and year-level "
                  "(NeuralDater: 64% of years right)",
                  headline=["month_exact", "month_within_1", "year_right"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
