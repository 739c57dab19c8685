"""KRAUTS (German news, Dolomiten subsets): our timexes and HeidelTime's shipped output vs gold.

Both systems are scored by the same code (benchmarks/timeml.py, TempEval-3 conventions).
Our tagger reads the raw-text files (DCT, no in-text tags); HeidelTime's output files are scored
as they ship. Dolomiten-42 was the development set; Dolomiten-100 was not used for tuning.
Die Zeit is held out (not in ../shared).
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import DATA, report
from benchmarks.timeml import Counts, read_inline, score_ours

KRAUTS = DATA / "krauts" / "KRAUTS"
SUBSETS = ("Dolomiten-42", "Dolomiten-100")


def run(quick: bool = False, errors: bool = False) -> dict:
    metrics: dict[str, float] = {}
    started = time.perf_counter()
    for subset in SUBSETS:
        gold_dir = KRAUTS / f"KRAUTS_{subset}"
        files = sorted(gold_dir.glob("*.tml"))
        if quick:
            files = files[:10]
        gold = [read_inline(path) for path in files]
        raw = {doc.doc_id: doc for doc in (read_inline(KRAUTS / f"KRAUTS_{subset}_raw-text" / path.name)
                                           for path in files)}
        for doc in gold:  # tag the raw text (identical to the gold text without tags)
            assert raw[doc.doc_id].text.split() == doc.text.split(), doc.doc_id
        ours = score_ours(gold, "de", keep_errors=errors)
        heideltime = Counts()
        for doc, path in zip(gold, files, strict=True):
            system = read_inline(KRAUTS / f"KRAUTS_{subset}_Heideltime" / path.name)
            heideltime.add(doc, system.timexes, system.text)
        tag = subset.split("-")[1]
        metrics.update(ours.metrics(f"D{tag}_ours_"))
        metrics.update(heideltime.metrics(f"D{tag}_heideltime_"))
        metrics[f"D{tag}_gold_timexes"] = ours.gold
        if errors:
            print("\n".join(ours.errors))
    return report(
        "timex_dolomiten",
        f"KRAUTS Dolomiten-42 (dev) and Dolomiten-100 (TimeML, German news), {DATA / 'krauts'}",
        metrics,
        "HeidelTime (shipped output, same scorer): strict F1 ~0.71-0.79, relaxed 0.82-0.84, value F1 0.67-0.80; "
        "target: ahead on every metric, value F1 >= 0.85",
        {"seconds": round(time.perf_counter() - started, 2)},
        headline=[f"D{tag}_{system}_{key}" for tag in ("42", "100") for system in ("ours", "heideltime")
                  for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1")],
    )


if __name__ == "__main__":
    run(quick="--quick" in sys.argv, errors="--errors" in sys.argv)
