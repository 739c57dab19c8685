"""Ingest drills with real processes: SIGKILL mid-ingest, concurrent ingests, a full disk.

tests/test_drills.py runs them bounded in `make test` (a small pipeline, few kills);
benchmarks/drills.py runs them at full size (the default pipeline through the CLI, 20 kills).
Every drill ends with the same check: no document lost, none duplicated, integrity check ok.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

# The documents: sentences we wrote for these drills, varied so that every document differs.
_PARTS = ["Laut Pentagon schickte Kim {n}.000 Soldaten nach Russland.",
          "Die Ukraine meldete am Montag {n} Gefangene.",
          "Moskau dementierte den Bericht vom {n}. Oktober.",
          "Rund {n} Prozent der Befragten zweifeln daran, sagte ein Sprecher."]

# Runs one ingest in a fresh process: python -c INGEST DB FOLDER PIPELINE(comma-separated, "" = default).
INGEST = """
import sys
from lagebild.core import Lagebild, Options
from lagebild.registry import DEFAULT_PIPELINE
names = tuple(sys.argv[3].split(",")) if sys.argv[3] else DEFAULT_PIPELINE
from lagebild.errors import LagebildError
try:
    report = Lagebild(Options(pipeline=names, batch_size=int(sys.argv[4]), lang="de"), db=sys.argv[1]).ingest([sys.argv[2]])
except LagebildError as err:
    sys.exit(f"error: {err}")
print(report.stored, report.skipped, report.failed)
"""
QUICK_PIPELINE = "segmenter,timexes"


def write_corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for n in range(count):
        text = " ".join(part.format(n=n + k) for k, part in enumerate(_PARTS))
        (folder / f"doc{n:04d}.txt").write_text(f" date 2024-10-{1 + n % 28:02d} " + text * (1 + n % 3),
                                                 encoding="utf-8")
        ids.append(f"doc{n:04d}")
    return ids


def ingest_cmd(db: Path, folder: Path, pipeline: str = QUICK_PIPELINE, batch_size: int = 5) -> list[str]:
    return [sys.executable, "-c", INGEST, str(db), str(folder), pipeline, str(batch_size)]


def run_ingest(db: Path, folder: Path, pipeline: str = QUICK_PIPELINE, batch_size: int = 5,
               timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_cmd(db, folder, pipeline, batch_size), capture_output=True, text=True,
                          timeout=timeout, env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def store_check(db: Path, expected: list[str]) -> list[str]:
    """What is wrong with the store: lost or duplicated documents, failed integrity checks."""
    problems = []
    conn = sqlite3.connect(db, timeout=30)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check failed")
        ids = [row[0] for row in conn.execute("SELECT doc_id FROM documents")]
        lost = sorted(set(expected) - set(ids))
        if lost:
            problems.append(f"{len(lost)} lost: {lost[:5]}")
        if len(ids) != len(set(ids)):
            problems.append("duplicated documents")
        empty = conn.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                             "(SELECT 1 FROM sentences s WHERE s.doc = d.id)").fetchone()[0]
        if empty:
            problems.append(f"{empty} documents without sentences (a half-written batch)")
    finally:
        conn.close()
    return problems


def kill_drill(tmp: Path, kills: int, docs: int, pipeline: str = QUICK_PIPELINE, seed: int = 12) -> dict:
    """SIGKILL an ingest at ``kills`` random points, rerunning after each; then one rerun to the end."""
    rng = random.Random(seed)
    folder, db = tmp / "kill-docs", tmp / "kill.db"
    expected = write_corpus(folder, docs)
    started = time.monotonic()
    full = run_ingest(tmp / "timing.db", folder, pipeline)  # how long one whole ingest takes here
    span = time.monotonic() - started
    assert full.returncode == 0, full.stderr[-2000:]
    killed_stored = []
    for _ in range(kills):
        proc = subprocess.Popen(ingest_cmd(db, folder, pipeline), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=_env())
        time.sleep(rng.uniform(0.1, span))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            conn = sqlite3.connect(db, timeout=30)
            # killed before its schema was written, the store is an empty file: nothing stored, and the rerun
            # must create the schema itself
            schema = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
            killed_stored.append(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] if schema else 0)
            conn.close()
    final = run_ingest(db, folder, pipeline)
    assert final.returncode == 0, final.stderr[-2000:]
    return {"kills": kills, "documents": docs, "stored_after_each_kill": killed_stored,
            "seconds_per_ingest": round(span, 1), "problems": store_check(db, expected)}


def concurrent_drill(tmp: Path, processes: int, docs: int, pipeline: str = QUICK_PIPELINE) -> dict:
    """``processes`` ingests of overlapping folders into one store at the same time."""
    db = tmp / f"concurrent-{processes}.db"
    folder = tmp / f"concurrent-{processes}"
    expected = write_corpus(folder / "all", docs)
    # each process ingests the whole folder: every document is contended by all of them
    procs = [subprocess.Popen(ingest_cmd(db, folder, pipeline, batch_size=3), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for _ in range(processes)]
    outputs = [proc.communicate(timeout=900) for proc in procs]
    failed = [err[-1500:] for proc, (_, err) in zip(procs, outputs, strict=True) if proc.returncode != 0]
    return {"processes": processes, "documents": docs, "failed_processes": failed,
            "problems": store_check(db, expected)}


def mount_tmpfs(where: Path, size: str) -> str | None:
    """Mount a small tmpfs at ``where``; the reason when the environment forbids it."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    return None if done.returncode == 0 else f"mount -t tmpfs failed: {done.stderr.strip()}"


def full_disk_drill(tmp: Path, docs: int, pipeline: str = QUICK_PIPELINE) -> dict:
    """An ingest into a store on a full disk fails cleanly; after space is freed a rerun completes."""
    where = tmp / "small-disk"
    reason = mount_tmpfs(where, "16m")  # room for the whole store (with its full-text index) once the filler is gone
    if reason:
        return {"skipped": reason}
    try:
        folder, db = tmp / "disk-docs", where / "full.db"
        expected = write_corpus(folder, docs)
        filler = where / "filler"
        # leave about 300 KB: enough to create the store, not enough for every document
        with filler.open("wb") as handle:
            handle.write(b"\0" * (os.statvfs(where).f_bavail * os.statvfs(where).f_frsize - 300_000))
        first = run_ingest(db, folder, pipeline)
        conn = sqlite3.connect(db, timeout=30)
        stored_when_full = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        conn.close()
        filler.unlink()
        second = run_ingest(db, folder, pipeline)
        return {"documents": docs, "first_exit": first.returncode, "first_error": first.stderr.strip()[-300:],
                "stored_when_full": stored_when_full, "second_exit": second.returncode,
                "second_error": second.stderr.strip()[-300:] if second.returncode else "",
                "problems": store_check(db, expected)}
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)
