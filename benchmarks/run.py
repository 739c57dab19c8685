"""Run benchmarks, refresh the README results table, and keep the floors.

    python -m benchmarks.run                 # every benchmark
    python -m benchmarks.run gold_seeds      # some of them
    python -m benchmarks.run --readme        # only rewrite the README table from benchmarks/results/
    python -m benchmarks.run --raise-floors  # after running: raise floors.json to the new numbers (never lowers)

A benchmark is any module in benchmarks/ with a ``run(quick)`` function.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys

from benchmarks.common import RESULTS, ROOT

FLOORS = ROOT / "benchmarks" / "floors.json"
README = ROOT / "README.md"
NOT_BENCHMARKS = {"common", "run", "check_floors", "timeml", "nerbench"}
START, END = "<!-- results:start -->", "<!-- results:end -->"


def names() -> list[str]:
    found = []
    for info in pkgutil.iter_modules([str(ROOT / "benchmarks")]):
        if info.name in NOT_BENCHMARKS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        if callable(getattr(module, "run", None)):
            found.append(info.name)
    return sorted(found)


def run_one(name: str, quick: bool = False) -> dict:
    return importlib.import_module(f"benchmarks.{name}").run(quick=quick)


def load_floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}


def raise_floors(results: dict[str, dict]) -> None:
    """Raise each pinned metric to its new value; never lowers one."""
    floors = load_floors()
    for name, metrics in floors.items():
        got = results.get(name, {}).get("metrics", {})
        for key, floor in metrics.items():
            if isinstance(got.get(key), int | float) and got[key] > floor:
                metrics[key] = got[key]
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def readme_table() -> str:
    rows = ["| benchmark | data | numbers | anchor / target |", "|---|---|---|---|"]
    for path in sorted(RESULTS.glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        keys = result.get("headline") or list(result["metrics"])
        numbers = "<br>".join(f"{k} {_fmt(result['metrics'][k])}" for k in keys)
        data = re.sub(r"\s*\(.*", "", result["data"]).replace(str(ROOT.parent), "..")
        rows.append(f"| `{result['command']}` | {data} | {numbers} | {result['anchor']} |")
    return "\n".join(rows)


def update_readme() -> None:
    text = README.read_text(encoding="utf-8")
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        README.write_text(f"{head}{START}\n{readme_table()}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller samples where a benchmark offers them")
    parser.add_argument("--readme", action="store_true", help="only rewrite the README table")
    parser.add_argument("--raise-floors", action="store_true", help="raise floors.json to the new numbers")
    args = parser.parse_args(argv)
    if not args.readme:
        results = {}
        for name in args.names or names():
            results[name] = run_one(name, quick=args.quick)
        if args.raise_floors:
            raise_floors(results)
    update_readme()
    return 0


if __name__ == "__main__":
    sys.exit(main())
