"""``ingest --from-parquet``: load the Parquet layers of a batch run into a store, one partition at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from ..errors import E141, E142, LagebildError
from ..store.sqlite import Store
from .job import done_partitions
from .layers import DATASETS, docs_from_tables


@dataclass
class LoadReport:
    partitions: int = 0
    documents: int = 0
    failed: int = 0


def _read(path: Path):
    try:
        return pq.read_table(path)
    except (OSError, ValueError) as err:
        raise LagebildError(E142, path=path, reason=str(err).splitlines()[0]) from None


def load_parquet(root: str | Path, store: Store, progress: Callable[[int], None] | None = None) -> LoadReport:
    """Write every finished partition of a batch output into ``store`` (one transaction per partition)."""
    root = Path(root)
    if not (root / "documents").is_dir():
        raise LagebildError(E141, path=root)
    report = LoadReport()
    for partition in sorted(done_partitions(root)):
        tables = {}
        for name in DATASETS:
            path = root / name / f"part-{partition}.parquet"
            if path.exists():
                tables[name] = _read(path)
        if "documents" not in tables:
            continue
        pairs = docs_from_tables(tables)
        failures = []
        if "failures" in tables:
            failures = [(r["path"], r["line"], r["doc_id"], r["error"]) for r in tables["failures"].to_pylist()]
        by_signature: dict[str, list] = {}
        for doc, signature in pairs:
            by_signature.setdefault(signature, []).append(doc)
        if not by_signature:
            store.write_batch([], failures)
        for n, (signature, docs) in enumerate(by_signature.items()):
            store.write_batch(docs, failures if n == 0 else [], signature)
        report.partitions += 1
        report.documents += len(pairs)
        report.failed += len(failures)
        if progress:
            progress(len(pairs) + len(failures))
    return report
