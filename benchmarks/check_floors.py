"""Fail when a pinned score drops below its floor (run by `make test`).

Runs every benchmark named in benchmarks/floors.json and compares each pinned metric.
Speed is reported by the benchmarks but not pinned: it depends on the machine.
"""

from __future__ import annotations

import sys

from benchmarks import common
from benchmarks.run import load_floors, run_one


def main() -> int:
    common.SAVE_RESULTS = False
    floors = load_floors()
    drops = []
    for name, metrics in sorted(floors.items()):
        got = run_one(name)["metrics"]
        for key, floor in sorted(metrics.items()):
            value = got.get(key)
            if not isinstance(value, int | float) or value + 1e-9 < floor:
                drops.append(f"{name}.{key}: {value} < floor {floor}")
    for line in drops:
        print(f"FLOOR DROPPED: {line}")
    checked = sum(len(m) for m in floors.values())
    print(f"floors: {checked - len(drops)} passed, {len(drops)} failed")
    return 1 if drops else 0


if __name__ == "__main__":
    sys.exit(main())
