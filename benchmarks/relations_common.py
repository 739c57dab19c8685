"""Shared by the relations benchmarks: analyze a gold folder once, score its relations, time the component."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import report
from lagebild.core import Lagebild
from lagebild.evaluation.relations import evaluate_relations_folder

ANCHOR = ("target edge F1 {target}; anchors: GDELT's CAMEO coding was measured right on ~79-81 % per field in a "
          "50-event manual check; PLOVER and its coder NGEC have no field for figures, the reporting source or "
          "certainty; no German event coder exists. Speed: issue 10 allows relations 15 % of an ingest, measured by "
          "ingest_speed over 1,028 news articles; the share here is of these few relation-dense texts' component time.")


def score(name: str, gold: Path, docs: Path, data: str, target: str, more: dict[str, float] | None = None) -> dict:
    app = Lagebild()
    result = evaluate_relations_folder(gold, docs, app)
    summary = result.summary()
    metrics: dict[str, float] = {}
    for layer in ("edges", "typed"):
        for key in ("precision", "recall", "f1"):
            metrics[f"{layer}.{key}"] = summary[layer][key]
    metrics.update({f"accuracy.{k.removesuffix('_accuracy')}": v for k, v in summary["accuracy"].items()})
    metrics["gold"] = summary["edges"]["gold"]
    metrics["predicted"] = summary["edges"]["pred"]
    timings: dict[str, float] = {}
    for pipe in app.pipelines.values():
        for comp, seconds in pipe.timings.items():
            timings[comp] = timings.get(comp, 0.0) + seconds
    total = sum(timings.values())
    metrics.update(more or {})  # e.g. the scores of one language's part (relations_story)
    metrics["speed.relations_share_of_pipeline"] = round(timings.get("relations", 0.0) / total, 4) if total else 0.0
    return report(name, data, metrics, ANCHOR.format(target=target),
                  headline=["edges.f1", "typed.f1", "accuracy.quantity", "accuracy.status", "accuracy.hedge",
                            "accuracy.source", "speed.relations_share_of_pipeline"])
