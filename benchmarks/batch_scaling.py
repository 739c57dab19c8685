"""Scale-out: `lagebild batch` (Dask distributed, local worker processes) on 10kGNAD.

Three runs over the first SAMPLE articles of 10kGNAD's test split (the whole split, 1,028 articles, with
``--full``), each into a fresh output folder: 1 worker and 2 workers over the CSV (documents/s and the
parallel efficiency: the 2-worker rate over twice the 1-worker rate; the machine has 2 cores), then 2
workers over the sample repeated 4 times with new ids (JSONL) for the peak RSS per worker at 1x and 4x
(memory must not grow with the corpus). SAMPLE is 200 because the three runs analyze the sample 6 times
over, on 2 cores shared with other work; the per-document figures do not depend on it.
Per-document figures for the paper plan in the README: core-seconds per document (CPU time of the
partitions that did not load the pipeline, so they hold on a busy machine), Parquet bytes per document,
pipeline start-up CPU seconds per worker. Documents/s are wall-clock and depend on what else runs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import DATA, report
from lagebild.batch.job import DONE, run_batch
from lagebild.core import Options
from lagebild.io.readers import DEFAULT_FIELDS, read_file

SOURCE = DATA / "10kGNAD" / "test.csv"
PARTITION = 25
SAMPLE = 200


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.parquet"))


def _markers(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in (folder / DONE).glob("*.json")]


def _run(inputs: list[Path], out: Path, workers: int) -> dict:
    started = time.perf_counter()
    result = run_batch(inputs, out, Options(fields=dict(DEFAULT_FIELDS)), workers=workers,
                       partition_size=PARTITION)
    wall = time.perf_counter() - started
    assert not result.errors, result.errors
    markers = _markers(out)
    warm = [m for m in markers if not m.get("cold")]
    cold = [m for m in markers if m.get("cold")]
    warm_docs = sum(m["documents"] + m["failed"] for m in warm)
    # CPU seconds in the worker: what a document costs a core, whatever else runs on the machine
    per_doc = sum(m["cpu_seconds"] for m in warm) / warm_docs if warm_docs else 0.0
    startup = (sum(m["cpu_seconds"] for m in cold) - per_doc * sum(m["documents"] + m["failed"] for m in cold)) / max(
        1, len(cold))
    return {"documents": result.documents, "failed": result.failed, "seconds": wall,
            "docs_per_s": result.documents / wall, "core_s_per_doc": per_doc, "startup_s": startup,
            "peak_rss_mb": max(w["peak_rss_mb"] for w in result.workers.values()),
            "workers_seen": len(result.workers), "bytes": _folder_bytes(out)}


def _repeat_as_jsonl(target: Path, times: int, limit: int | None) -> int:
    """The corpus ``times`` over as JSONL, every copy with new ids (streamed, never held in memory)."""
    count = 0
    with open(target, "w", encoding="utf-8") as handle:
        for copy in range(times):
            for n, item in enumerate(read_file(SOURCE)):
                if limit is not None and n >= limit:
                    break
                if not hasattr(item, "text"):
                    continue
                handle.write(json.dumps({"id": f"r{copy}-{item.doc_id}", "text": item.text, **item.meta},
                                        ensure_ascii=False) + "\n")
                count += 1
    return count


def _subset_csv(target: Path, limit: int) -> None:
    with open(SOURCE, encoding="utf-8", newline="") as src, open(target, "w", encoding="utf-8", newline="") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)


def run(quick: bool = False, full: bool = False) -> dict:
    limit = 60 if quick else None if full else SAMPLE
    with tempfile.TemporaryDirectory(prefix="lagebild-batch-bench-") as tmp:
        root = Path(tmp)
        source = SOURCE
        if limit:
            source = root / "subset.csv"
            _subset_csv(source, limit)
        one = _run([source], root / "one", workers=1)
        two = _run([source], root / "two", workers=2)
        four_input = root / "x4.jsonl"
        four_docs = _repeat_as_jsonl(four_input, 4, limit)
        four = _run([four_input], root / "four", workers=2)
    efficiency = two["docs_per_s"] / (2 * one["docs_per_s"]) if one["docs_per_s"] else 0.0
    metrics = {
        "documents": one["documents"],
        "failed": one["failed"],
        "docs_per_s_1_worker": round(one["docs_per_s"], 2),
        "docs_per_s_2_workers": round(two["docs_per_s"], 2),
        "efficiency_2_workers": round(efficiency, 3),
        "peak_rss_mb_per_worker_1x": round(two["peak_rss_mb"]),
        "peak_rss_mb_per_worker_4x": round(four["peak_rss_mb"]),
        "documents_4x": four["documents"],
        "docs_per_s_2_workers_4x": round(four["docs_per_s"], 2),
        "docs_per_core_s": round(1 / one["core_s_per_doc"], 2) if one["core_s_per_doc"] else 0.0,
        "core_s_per_doc": round(one["core_s_per_doc"], 4),
        "startup_s_per_worker": round(one["startup_s"], 1),
        "parquet_bytes_per_doc": round(one["bytes"] / max(1, one["documents"])),
        "driver_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    return report("batch_scaling", f"{SOURCE} ({metrics['documents']:,} articles; 4x: {four_docs:,} as JSONL with new "
                  f"ids), partitions of {PARTITION}", metrics,
                  "no external anchor; targets: efficiency near 1.0 on 2 cores, peak RSS per worker flat from 1x to 4x",
                  extra={"runs": {"one": one, "two": two, "four": four}, "load_average_at_end": os.getloadavg()},
                  headline=["docs_per_s_1_worker", "docs_per_s_2_workers", "efficiency_2_workers",
                            "peak_rss_mb_per_worker_1x", "peak_rss_mb_per_worker_4x", "core_s_per_doc",
                            "parquet_bytes_per_doc"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv, full="--full" in sys.argv)
