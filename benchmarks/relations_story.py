"""Relations on the story corpus, development split (58 excerpts, 35 German and 23 English, 330 gold relations).

The third-party text is read from ../shared at run time and never copied.
"""

from __future__ import annotations

import sys

from benchmarks.common import SHARED
from benchmarks.relations_common import score

STORY = SHARED / "corpus" / "story-dev"


def run(quick: bool = False) -> dict:
    return score("relations_story", STORY / "gold.jsonl", STORY / "docs",
                 f"{STORY} (58 excerpts, 330 gold relations)", ">= 0.70, typed F1 >= 0.55")


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
