"""WikiWarsDE (German Wikipedia war narratives, TIMEX2): relaxed span F1 and value F1.

A narrative, not news: year-less dates refer to the last date the text mentioned, so the
component runs with ``narrative=True`` (HeidelTime likewise has a narratives mode). TIMEX2 spans
differ from TIMEX3 (they keep modifiers), so the relaxed and value scores are the fair ones.
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import DATA, report
from benchmarks.timeml import read_inline, score_ours

WIKIWARS = DATA / "wikiwarsde" / "WikiWarsDE_20110412" / "keyinline"


def run(quick: bool = False, errors: bool = False) -> dict:
    started = time.perf_counter()
    files = sorted(WIKIWARS.glob("*.key.xml"))[: 4 if quick else None]
    gold = [read_inline(path, tag="TIMEX2", value_attr="val", dct_tag="DATETIME") for path in files]
    ours = score_ours(gold, "de", keep_errors=errors, narrative=True)
    if errors:
        print("\n".join(ours.errors))
    metrics = {key: value for key, value in ours.metrics().items() if not key.startswith("type")}
    metrics["gold_timexes"] = ours.gold
    return report(
        "timex_wikiwars",
        f"WikiWarsDE 2011-04-12, {len(files)} documents (TIMEX2), {WIKIWARS}",
        metrics,
        "HeidelTime 1.8 (published, ACE TERN scorer): lenient extraction F1 93.3, strict 87.7, value 88.5",
        {"seconds": round(time.perf_counter() - started, 2)},
        headline=["strict_f1", "relaxed_f1", "value_f1", "value_acc_on_matches"],
    )


if __name__ == "__main__":
    run(quick="--quick" in sys.argv, errors="--errors" in sys.argv)
