"""Relations on the five seed articles (136 gold relations): a regression guard, not a development set."""

from __future__ import annotations

import sys

from benchmarks.common import GOLD, SEEDS
from benchmarks.relations_common import score


def run(quick: bool = False) -> dict:
    return score("relations_seeds", GOLD, SEEDS, f"{GOLD} with {SEEDS} (5 articles, 136 gold relations)", ">= 0.75")


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
