"""TempEval-3 platinum (English news, TimeML): our English timexes vs gold, TempEval-3 conventions."""

from __future__ import annotations

import sys
import time

from benchmarks.common import DATA, report
from benchmarks.timeml import read_inline, score_ours

PLATINUM = DATA / "tempeval3-platinum-en" / "te3-platinum"


def run(quick: bool = False, errors: bool = False) -> dict:
    started = time.perf_counter()
    files = sorted(PLATINUM.glob("*.tml"))[: 5 if quick else None]
    gold = [read_inline(path) for path in files]
    ours = score_ours(gold, "en", keep_errors=errors)
    if errors:
        print("\n".join(ours.errors))
    metrics = ours.metrics()
    metrics["gold_timexes"] = ours.gold
    return report(
        "timex_tempeval",
        f"TempEval-3 platinum test set, {len(files)} English news documents, {PLATINUM}",
        metrics,
        "HeidelTime 1.8 (published, TempEval-3 scorer): strict F1 81.3, relaxed 90.3, value 77.6, type 82.1; "
        "target value F1 >= 0.80",
        {"seconds": round(time.perf_counter() - started, 2)},
        headline=["strict_f1", "relaxed_f1", "value_f1", "type_f1"],
    )


if __name__ == "__main__":
    run(quick="--quick" in sys.argv, errors="--errors" in sys.argv)
