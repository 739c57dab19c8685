"""Relations in general news: 30 articles of 10kGNAD with 71 gold relations (dev-10kgnad, read at run time)."""

from __future__ import annotations

import sys

from benchmarks.common import SHARED
from benchmarks.relations_common import score

DEV = SHARED / "gold" / "dev-10kgnad"


def run(quick: bool = False) -> dict:
    return score("relations_gnad", DEV / "gold.jsonl", DEV / "docs", f"{DEV} (30 articles, 71 gold relations)",
                 ">= 0.50")


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
