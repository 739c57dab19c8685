"""The batch job: the per-document pipeline as a Dask distributed job writing Parquet layers.

The driver streams the inputs in partitions and keeps at most two partitions per worker thread in
flight, so neither the driver nor a worker holds the corpus. A worker analyzes a partition with
``Lagebild.analyze_safe`` (one Lagebild per worker process, built on first use) and writes one Parquet
file per dataset, ``OUT/<dataset>/part-<partition>.parquet``, each first under a hidden temporary name
and then renamed (atomic); the marker ``OUT/_done/<partition>.json`` is written last. A rerun skips
partitions with a marker; a partition killed half-way is written again under the same names, so no
document is ever stored twice. Hidden and ``_``-prefixed names are ignored by Parquet dataset readers.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..core import Lagebild, Options
from ..io.readers import ReadError
from ..model import Doc
from .inputs import partitions
from .layers import DATASETS, tables_for

DONE = "_done"


@dataclass
class BatchReport:
    partitions: int = 0
    skipped: int = 0  # partitions finished by an earlier run
    documents: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # partitions that could not be processed at all
    seconds: float = 0.0
    workers: dict[str, dict[str, Any]] = field(default_factory=dict)  # per worker: pid, peak RSS, documents
    dashboard: str | None = None

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def done_partitions(out: Path) -> set[str]:
    folder = out / DONE
    return {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()


# -- in the worker ----------------------------------------------------------------------------

_APP: Lagebild | None = None


def _app(options: Options) -> Lagebild:
    global _APP
    if _APP is None or _APP.options != options:
        _APP = Lagebild(options)
    return _APP


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _write_atomic(table: Any, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.parent / f".{final.name}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, final)


def run_partition(partition: str, items: list[Doc | ReadError], options: Options, out: str) -> dict[str, Any]:
    """Analyze one partition and write its datasets; returns counts and this worker's peak RSS."""
    started, cpu = time.perf_counter(), time.process_time()
    cold = _APP is None or _APP.options != options  # this partition pays for loading the pipeline
    app = _app(options)
    docs: list[Doc] = []
    failures: list[tuple[str, int | None, str | None, str]] = []
    for item in items:
        result = item if isinstance(item, ReadError) else app.analyze_safe(item)
        if isinstance(result, ReadError):
            failures.append((result.path, result.line, result.doc_id, result.message))
        else:
            result.user_data.clear()
            docs.append(result)
    tables = tables_for(partition, docs, failures, app.signature)
    root = Path(out)
    for name in DATASETS:
        _write_atomic(tables[name], root / name / f"part-{partition}.parquet")
    stats = {"partition": partition, "documents": len(docs), "failed": len(failures),
             "seconds": round(time.perf_counter() - started, 3),
             "cpu_seconds": round(time.process_time() - cpu, 3), "pid": os.getpid(), "cold": cold,
             "peak_rss_mb": round(peak_rss_mb(), 1), "errors": [f[3] for f in failures[:5]]}
    marker = root / DONE / f"{partition}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.parent / f".{marker.name}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(stats), encoding="utf-8")
    os.replace(tmp, marker)
    return stats


# -- in the driver ----------------------------------------------------------------------------

def _client(workers: int | None, scheduler: str | None, processes: bool = True) -> tuple[Any, Any]:
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=processes,
                           dashboard_address=":0", silence_logs=logging.ERROR)  # any free port
    return Client(cluster), cluster


def run_batch(paths: Iterable[str | Path], out: str | Path, options: Options | None = None,
              workers: int | None = None, scheduler: str | None = None, partition_size: int = 100,
              processes: bool = True, progress: Callable[[int], None] | None = None,
              note: Callable[[str], None] | None = None) -> BatchReport:
    """Analyze every input on a Dask cluster (local processes unless ``scheduler`` is given).

    ``processes=False`` runs the local workers as threads of this process (tests, debugging).
    """
    from distributed import as_completed

    options = options or Options()
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    finished = done_partitions(root)
    report = BatchReport()
    started = time.perf_counter()
    client, cluster = _client(workers, scheduler, processes)
    try:
        # the dashboard pages need bokeh (not a dependency); a cluster's own dashboard may have it
        has_bokeh = importlib.util.find_spec("bokeh") is not None
        report.dashboard = getattr(client, "dashboard_link", None) if scheduler or has_bokeh else None
        slots = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        if note:
            note(f"batch: {slots} worker threads" + (f", dashboard {report.dashboard}" if report.dashboard else ""))
        run_id = uuid.uuid4().hex[:8]  # task keys of two runs on one cluster never collide
        pending = as_completed()
        in_flight = 0

        def collect() -> None:
            nonlocal in_flight
            future = next(pending)
            in_flight -= 1
            try:
                stats = future.result()
            except Exception as err:  # a lost worker or a bug outside the per-document guard
                report.errors.append(f"partition {future.key}: {type(err).__name__}: {err}")
                return
            report.documents += stats["documents"]
            report.failed += stats["failed"]
            worker = report.workers.setdefault(str(stats["pid"]), {"documents": 0, "peak_rss_mb": 0.0})
            worker["documents"] += stats["documents"] + stats["failed"]
            worker["peak_rss_mb"] = max(worker["peak_rss_mb"], stats["peak_rss_mb"])
            if progress:
                progress(stats["documents"] + stats["failed"])

        for partition, items in partitions(paths, partition_size, options.fields, options.max_bytes):
            report.partitions += 1
            if partition in finished:
                report.skipped += 1
                continue
            pending.add(client.submit(run_partition, partition, items, options, str(root),
                                      key=f"lagebild-{partition}-{run_id}", pure=False))
            in_flight += 1
            while in_flight >= 2 * slots:
                collect()
        while in_flight:
            collect()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - started
    return report
