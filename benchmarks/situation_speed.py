"""Variables, timelines and conflicts over the 10kGNAD store (1,028 articles): seconds, not minutes.

Uses the store that `ingest_speed` leaves in benchmarks/.cache (ingesting it first when missing).
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import CACHE, report
from benchmarks.ingest_speed import STORE, ingest_10kgnad
from lagebild.situation.conflicts import conflicts
from lagebild.situation.report import render_report
from lagebild.situation.timeline import draw_chart, format_timeline
from lagebild.situation.variables import variables
from lagebild.store.sqlite import Store


def run(quick: bool = False) -> dict:
    if not STORE.exists():
        ingest_10kgnad()
    with Store(STORE) as store:
        started = time.perf_counter()
        found = variables(store)
        grouped = time.perf_counter()
        found_conflicts = sum(len(conflicts(var)) for var in found)
        compared = time.perf_counter()
        for var in found:
            format_timeline(var)
        timelines = time.perf_counter()
        for var in found[:5]:
            draw_chart(var, CACHE / "charts")
        charts = time.perf_counter()
        html = render_report(found, store.summary())
        done = time.perf_counter()
        claims = sum(len(v.claims) for v in found)
    metrics = {
        "claims": claims,
        "variables": len(found),
        "variables_2plus": sum(len(v.claims) >= 2 for v in found),
        "conflicts": found_conflicts,
        "seconds_variables": round(grouped - started, 2),
        "seconds_conflicts": round(compared - grouped, 2),
        "seconds_timelines": round(timelines - compared, 2),
        "seconds_5_charts": round(charts - timelines, 2),
        "seconds_report": round(done - charts, 2),
        "report_kb": round(len(html.encode()) / 1024),
    }
    return report("situation_speed", f"{STORE} (10kGNAD test.csv, 1,028 articles)", metrics,
                  "target: variables, timelines and conflicts for the 10kGNAD store in seconds, not minutes",
                  headline=["claims", "variables_2plus", "conflicts", "seconds_variables", "seconds_conflicts",
                            "seconds_timelines"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
