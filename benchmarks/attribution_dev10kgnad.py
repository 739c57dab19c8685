"""Sources and certainty on unseen German news: the claims scorer on dev-10kgnad (30 DER STANDARD articles).

Data: ../shared/gold/dev-10kgnad/ (10kGNAD, CC BY-NC-SA: read at run time, never copied), the same numbers as
`lagebild eval claims --gold ../shared/gold/dev-10kgnad/gold.jsonl --docs ../shared/gold/dev-10kgnad/docs`.
An attribution matches a gold one in the same sentence naming the same source; source and hedge (and unit and
time: the time a figure refers to) are accuracies over the matched figures; a claim is full when its figure matches with the right unit and source.
"""

from __future__ import annotations

import sys

from benchmarks.common import SHARED, report
from lagebild.evaluation.run import evaluate_folder

DEV = SHARED / "gold" / "dev-10kgnad"
ANCHOR = ("issue 11 targets: attribution F1 >= 0.80 (0.657 before), figure source >= 0.90 (0.820), "
          "hedge >= 0.90 (0.833), claim full F1 >= 0.75 (0.545); "
          "time: no target (0.775 before a figure's own clause came first and durations took no date)")


def run(quick: bool = False) -> dict:
    summary = evaluate_folder(DEV / "gold.jsonl", DEV / "docs").summary()
    metrics = {
        "attributions.f1": summary["attributions"]["f1"],
        "attributions.precision": summary["attributions"]["precision"],
        "attributions.recall": summary["attributions"]["recall"],
        "accuracy.source": summary["accuracy"]["source_accuracy"],
        "accuracy.hedge": summary["accuracy"]["hedge_accuracy"],
        "accuracy.time": summary["accuracy"]["time_accuracy"],
        "accuracy.unit": summary["accuracy"]["unit_accuracy"],
        "claims_full.f1": summary["claims_full"]["f1"],
        "quantities.f1": summary["quantities"]["f1"],
    }
    return report("attribution_dev10kgnad", f"{DEV} (30 German articles, 193 figures, 289 attributions)", metrics,
                  ANCHOR, headline=["attributions.f1", "accuracy.source", "accuracy.hedge", "accuracy.time",
                            "claims_full.f1"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
