"""Relations on the story corpus, development split (58 excerpts, 35 German and 23 English, 330 gold relations).

The third-party text is read from ../shared at run time and never copied.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.common import SHARED
from benchmarks.relations_common import score
from lagebild.core import Lagebild
from lagebild.evaluation.relations import evaluate_relations_folder

STORY = SHARED / "corpus" / "story-dev"


def language_part(lang: str) -> dict[str, float]:
    """Edge and typed F1 of the excerpts of one language alone (story-en-*: 23 of 58, 150 gold relations;
    story-de-*: 35, 180), scored from a temporary gold file and a folder of links to their documents (nothing is
    copied into the repository)."""
    prefix, key = f"story-{lang}-", {"en": "english", "de": "german"}[lang]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for path in sorted((STORY / "docs").glob(prefix + "*")):
            (folder / path.name).symlink_to(path)
        lines = [line for line in (STORY / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["doc_id"].startswith(prefix)]
        (Path(tmp) / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = evaluate_relations_folder(Path(tmp) / "gold.jsonl", folder, Lagebild()).summary()
    return {f"{key}.edges.f1": summary["edges"]["f1"], f"{key}.typed.f1": summary["typed"]["f1"]}


def run(quick: bool = False) -> dict:
    return score("relations_story", STORY / "gold.jsonl", STORY / "docs",
                 f"{STORY} (58 excerpts, 330 gold relations; english.*: its 23 English excerpts, german.*: its 35 German ones)",
                 ">= 0.70, typed F1 >= 0.55", more={**language_part("en"), **language_part("de")})


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
