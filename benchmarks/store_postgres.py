"""Store write throughput: PostgreSQL beside SQLite, on analyzed 10kGNAD articles.

The first 100 articles of 10kGNAD's test split are analyzed once (in this process); then the same
documents are written into a fresh SQLite file and a fresh PostgreSQL schema, 50 documents per
transaction (as `lagebild ingest` does), and into PostgreSQL again by 2 processes at once (each writing
every document, in a different order: the concurrent-ingest case, where one writer's documents are
no-ops for the other). Only the writing is timed. The server is LAGEBILD_TEST_PG, else a throwaway one
started for the run (scripts/pg_throwaway.py), on this machine, so the numbers compare the two stores
side by side, not a tuned server.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager, nullcontext
from pathlib import Path

from benchmarks.common import DATA, ROOT, report
from lagebild.core import Lagebild
from lagebild.io.readers import read_file
from lagebild.store import open_store

SOURCE = DATA / "10kGNAD" / "test.csv"
BATCH = 50


def _server():
    if os.environ.get("LAGEBILD_TEST_PG"):
        return nullcontext(os.environ["LAGEBILD_TEST_PG"])
    spec = importlib.util.spec_from_file_location("pg_throwaway", ROOT / "scripts" / "pg_throwaway.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.throwaway_server()


@contextmanager
def _schema(base: str):
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


def _write(db: str, docs: list, signature: str) -> float:
    with open_store(db) as store:
        started = time.perf_counter()
        for start in range(0, len(docs), BATCH):
            store.write_batch(docs[start:start + BATCH], signature=signature)
        return time.perf_counter() - started


def _write_job(args) -> float:
    return _write(*args)


def run(quick: bool = False) -> dict:
    limit = 40 if quick else 100
    app = Lagebild()
    docs = []
    for item in read_file(SOURCE):
        if len(docs) >= limit:
            break
        if hasattr(item, "text"):
            docs.append(app.analyze_doc(item))
    for doc in docs:
        doc.user_data.clear()
    rows = sum(len(d.sents) + len(d.ents) + len(d.timexes) + len(d.quantities) + len(d.attributions) + len(d.claims)
               for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_s = _write(str(Path(tmp) / "bench.db"), docs, app.signature)
    with _server() as base:
        with _schema(base) as url:
            postgres_s = _write(url, docs, app.signature)
        with _schema(base) as url:
            open_store(url).close()
            jobs = [(url, docs, app.signature), (url, docs[::-1], app.signature)]
            started = time.perf_counter()
            with multiprocessing.get_context("fork").Pool(2) as pool:
                pool.map(_write_job, jobs)
            both_s = time.perf_counter() - started
            with open_store(url) as store:
                stored = store.counts()["documents"]
    assert stored == len(docs), (stored, len(docs))
    metrics = {
        "documents": len(docs),
        "rows_per_doc": round(rows / len(docs), 1),
        "sqlite_docs_per_s": round(len(docs) / sqlite_s, 1),
        "postgres_docs_per_s": round(len(docs) / postgres_s, 1),
        "postgres_vs_sqlite": round(sqlite_s / postgres_s, 3),
        "postgres_2_writers_docs_per_s": round(len(docs) / both_s, 1),
        "postgres_2_writers_stored": stored,
    }
    return report("store_postgres", f"{SOURCE}, first {len(docs)} articles analyzed once, written in batches of "
                  f"{BATCH}", metrics,
                  "SQLite run side by side (same documents, same machine); the 2-writer run must store each "
                  "document once", headline=["documents", "sqlite_docs_per_s", "postgres_docs_per_s",
                                              "postgres_vs_sqlite", "postgres_2_writers_docs_per_s"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
