"""Ingest drills at full size (tests/test_drills.py runs them bounded): the default pipeline in real
processes, SIGKILLed at 20 random points (each followed by a rerun), two and four concurrent ingests
into one store, and a store on a full 3 MB tmpfs (skipped with the reason where mounting is not
allowed). Each ends with zero lost and zero duplicated documents and a passing integrity check."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import report
from tests.drills import concurrent_drill, full_disk_drill, kill_drill


def run(quick: bool = False) -> dict:
    kills, docs = (5, 40) if quick else (20, 100)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        killed = kill_drill(root, kills=kills, docs=docs, pipeline="")
        two = concurrent_drill(root, 2, docs, pipeline="")
        four = concurrent_drill(root, 4, docs, pipeline="")
        disk = full_disk_drill(root, 300, pipeline="")
    drills = {"sigkill": killed, "concurrent_2": two, "concurrent_4": four, "full_disk": disk}
    metrics = {
        "kills": kills,
        "problems_after_kills": len(killed["problems"]),
        "problems_concurrent_2": len(two["problems"]) + len(two["failed_processes"]),
        "problems_concurrent_4": len(four["problems"]) + len(four["failed_processes"]),
        "problems_full_disk": -1 if "skipped" in disk else len(disk["problems"]) + (disk["second_exit"] != 0),
    }
    for name, result in drills.items():
        print(f"  {name}: {result}")
    return report("drills", f"{docs} generated German documents (tests/drills.py), default pipeline", metrics,
                  "target: 0 problems in every drill (no document lost or duplicated, integrity_check ok); "
                  "-1 = drill skipped (see the result file for the reason)", extra={"drills": drills})


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
