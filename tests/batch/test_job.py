"""The Dask batch job on a real local cluster: Parquet layers, failures, resume, load into a store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq

from lagebild.batch.job import DONE, run_batch
from lagebild.batch.load import load_parquet
from lagebild.situation.variables import load_claims
from lagebild.store import open_store


def write_jsonl(path, n, broken=()):
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            if i in broken:
                handle.write("{not json\n")
                continue
            handle.write(json.dumps({"id": f"n{i:04d}", "published": "2024-10-01",
                                     "text": f"Bericht {i}. Laut Pentagon kamen {i + 2} Soldaten nach Russland."},
                                    ensure_ascii=False) + "\n")


def test_batch_writes_layers_keeps_failures_resumes_and_loads(tmp_path, app):
    # worker threads in this process reuse the pipeline resources loaded here (the killed run below
    # uses real processes)
    corpus = tmp_path / "news.jsonl"
    write_jsonl(corpus, 12, broken={5})
    out = tmp_path / "out"
    report = run_batch([corpus], out, workers=1, partition_size=4, processes=False)
    assert (report.partitions, report.skipped, report.documents, report.failed) == (3, 0, 11, 1)
    assert not report.errors and report.workers
    docs = pq.read_table(out / "documents")
    assert sorted(docs.column("doc_id").to_pylist()) == [f"n{i:04d}" for i in range(12) if i != 5]
    (failure,) = pq.read_table(out / "failures").to_pylist()
    assert failure["line"] == 6 and failure["error"].startswith("E004")
    assert pq.read_table(out / "claims").num_rows >= 11
    assert len(list((out / DONE).glob("*.json"))) == 3

    # a rerun on an existing cluster (given by its scheduler address) finds every partition finished
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
        again = run_batch([corpus], out, scheduler=cluster.scheduler_address, partition_size=4)
    assert (again.skipped, again.documents, again.partitions) == (3, 0, 3)

    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        loaded = load_parquet(out, store)
        assert (loaded.documents, loaded.failed) == (11, 1)
        assert store.counts()["documents"] == 11 and len(store.failures()) == 1
        assert len(load_claims(store)) == pq.read_table(out / "claims").num_rows


def test_killed_batch_resumes_without_duplicates(tmp_path, app):
    corpus = tmp_path / "news.jsonl"
    n = 60
    write_jsonl(corpus, n)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "lagebild.cli", "batch", str(corpus), "--out", str(out), "--workers", "1",
           "--partition-size", "4", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300  # a loaded machine needs long for the first model load
    finished = 0
    while time.time() < deadline and proc.poll() is None:
        finished = len(list((out / DONE).glob("*.json"))) if (out / DONE).is_dir() else 0
        if finished >= 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "batch finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its Dask workers die at once
    proc.wait()
    finished = len(list((out / DONE).glob("*.json")))
    assert 0 < finished < n // 4

    # the rerun (here with worker threads, to spare a second model load) skips the finished partitions
    again = run_batch([corpus], out, workers=1, partition_size=4, processes=False)
    assert again.skipped == finished and not again.errors
    assert again.documents + 4 * again.skipped == n
    ids = pq.read_table(out / "documents").column("doc_id").to_pylist()
    assert len(ids) == n and len(set(ids)) == n
    sentences = pq.read_table(out / "sentences")
    assert sentences.num_rows == len({(d, i) for d, i in zip(sentences.column("doc_id").to_pylist(),
                                                             sentences.column("i").to_pylist(), strict=True)})


def test_cli_names_bad_batch_usage_and_a_folder_that_is_no_batch_output(tmp_path):
    from click.testing import CliRunner

    from lagebild.cli import main

    runner = CliRunner()
    both = runner.invoke(main, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--workers", "1",
                                "--scheduler", "tcp://nowhere:8786"])
    assert both.exit_code == 2 and "E143" in both.output
    missing = runner.invoke(main, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert missing.exit_code == 1 and "E141" in missing.output and str(tmp_path) in missing.output
    mixed = runner.invoke(main, ["ingest", "x.txt", "--from-parquet", str(tmp_path)])
    assert mixed.exit_code == 2 and "no PATHS" in mixed.output
    nothing = runner.invoke(main, ["ingest"])
    assert nothing.exit_code == 2 and "--from-parquet" in nothing.output
