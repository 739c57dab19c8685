"""Growth of each component's time with the document's length (CPU seconds, 1x to 8x).

Series (each doubles the document: 1x, 2x, 4x, 8x):
- news: the first 10kGNAD test articles joined into one document (about 9 KB at 1x), repeated;
- list: one "sentence" without full stops (benchmarks/pathological.py), 8.6 KB at 1x.
Each component is timed by the engine in CPU seconds on the same document (best of two runs under 8x); the growth
exponent is the least-squares slope of log(seconds) over log(length): 1.0 is linear, 2.0 quadratic.
Target <= 1.2 for every component.

The pathological corpus is a benchmark of its own (``python -m benchmarks.run pathological``).
"""

from __future__ import annotations

import csv
import math
import sys

from benchmarks.common import DATA, forget_caches, report
from benchmarks.pathological import long_sentence
from lagebild.core import Lagebild, Options
from lagebild.model import Doc

GNAD = DATA / "10kGNAD" / "test.csv"
FACTORS = (1, 2, 4, 8)
TARGET = 1.2


def news_base(chars: int = 9_000) -> str:
    with GNAD.open(encoding="utf-8", newline="") as handle:
        texts = []
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            texts.append(row[1])
            if sum(map(len, texts)) >= chars:
                break
    return "\n\n".join(texts)


def exponent(sizes: list[int], seconds: list[float]) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-5)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def component_seconds(app: Lagebild, text: str, repeats: int) -> dict[str, float]:
    """CPU seconds per component on ``text`` (the best of ``repeats`` runs), no budget.

    CPU time, not wall time: on a machine shared with other work the wall time of a component grows with
    the others' load (a linear segmenter measured 1.98 in wall time)."""
    pipeline = app.pipeline("de")
    best: dict[str, float] = {}
    for _ in range(repeats):
        forget_caches(pipeline)  # what the pipeline keeps of a text would time a rerun at 0
        pipeline.cpu_timings.clear()
        pipeline(Doc(doc_id="growth", text=text, published="2016-05-01", lang="de"))
        for name, sec in pipeline.cpu_timings.items():
            best[name] = min(best.get(name, sec), sec)
    return best


def series(app: Lagebild, base: str, joiner: str) -> dict:
    runs = []
    for factor in FACTORS:
        text = joiner.join([base] * factor)
        runs.append((len(text), component_seconds(app, text, 1 if factor == 8 else 2)))
        print(f"  {factor}x {len(text):>8,} chars: " + ", ".join(f"{k} {v:.2f}" for k, v in runs[-1][1].items()),
              flush=True)
    sizes = [size for size, _ in runs]
    names = list(runs[0][1])
    out = {name: round(exponent(sizes, [secs[name] for _, secs in runs]), 2) for name in names}
    out["total"] = round(exponent(sizes, [sum(secs.values()) for _, secs in runs]), 2)
    return {"exponents": out, "chars": sizes,
            "seconds": {name: [round(secs[name], 3) for _, secs in runs] for name in names}}


def run(quick: bool = False) -> dict:
    app = Lagebild(Options(lang="de"))
    print("news series (10kGNAD articles joined, repeated):")
    news = series(app, news_base(), "\n\n")
    print("list series (one sentence without full stops):")
    listing = series(app, long_sentence(8_600), ", ")
    metrics: dict[str, float] = {}
    for label, result in (("news", news), ("list", listing)):
        for name, value in result["exponents"].items():
            metrics[f"{label}.{name}"] = value
    worst = {name: max(news["exponents"][name], listing["exponents"][name]) for name in news["exponents"]}
    metrics["components_over_target"] = sum(1 for name, value in worst.items() if name != "total" and value > TARGET)
    return report("growth", f"{GNAD} (first articles, joined) and benchmarks/pathological.py (generated list)",
                  metrics, f"target: growth exponent <= {TARGET} for every component between 1x and 8x "
                  "(CPU seconds); the pathological corpus is `python -m benchmarks.run pathological`",
                  extra={"news": news, "list": listing, "over_target": sorted(n for n, v in worst.items()
                                                                              if n != "total" and v > TARGET)},
                  headline=["news.total", "list.total", "components_over_target"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
