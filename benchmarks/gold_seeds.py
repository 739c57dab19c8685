"""The five demo articles against ../shared/gold/seeds.jsonl: quantities, claims, attributions, dating."""

from __future__ import annotations

import sys

from benchmarks.common import GOLD, SEEDS, report
from lagebild.evaluation.run import evaluate_folder


def run(quick: bool = False) -> dict:
    summary = evaluate_folder(GOLD, SEEDS).summary()
    metrics = {
        "quantities.f1": summary["quantities"]["f1"],
        "quantities.precision": summary["quantities"]["precision"],
        "quantities.recall": summary["quantities"]["recall"],
        **{f"accuracy.{k.removesuffix('_accuracy')}": v for k, v in summary["accuracy"].items()},
        "claims_full.f1": summary["claims_full"]["f1"],
        "attributions.f1": summary["attributions"]["f1"],
        "dating.accuracy": summary["dating"]["accuracy"] or 0.0,
    }
    return report("gold_seeds", f"{GOLD} (5 German articles, 27 figures, 72 attributions)", metrics,
                  "targets: quantity F1 >= 0.95, unit/qualifier/kind accuracy >= 0.90; attribution F1 >= 0.85; "
                  "source/hedge accuracy >= 0.90; claim full F1 >= 0.85; dating 2/2",
                  extra={"summary": summary},
                  headline=["quantities.f1", "accuracy.unit", "accuracy.qualifier", "accuracy.kind", "accuracy.source",
                            "accuracy.hedge", "accuracy.time", "claims_full.f1", "attributions.f1", "dating.accuracy"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
