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


def english_part() -> dict[str, float]:
    """Edge and typed F1 of the English excerpts alone (story-en-*: 23 of 58, 150 gold relations), scored from
    a temporary gold file and a folder of links to their documents (nothing is copied into the repository)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for path in sorted((STORY / "docs").glob("story-en-*")):
            (folder / path.name).symlink_to(path)
        lines = [line for line in (STORY / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["doc_id"].startswith("story-en-")]
        (Path(tmp) / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = evaluate_relations_folder(Path(tmp) / "gold.jsonl", folder, Lagebild()).summary()
    return {"english.edges.f1": summary["edges"]["f1"], "english.typed.f1": summary["typed"]["f1"]}


def german_part() -> dict[str, float]:
    """Edge and typed F1 of the German excerpts alone (story-de-*: 35 of 58, 180 gold relations), scored as
    ``english_part`` does (links and a temporary gold file, nothing copied)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for path in sorted((STORY / "docs").glob("story-de-*")):
            (folder / path.name).symlink_to(path)
        lines = [line for line in (STORY / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["doc_id"].startswith("story-de-")]
        (Path(tmp) / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = evaluate_relations_folder(Path(tmp) / "gold.jsonl", folder, Lagebild()).summary()
    return {"german.edges.f1": summary["edges"]["f1"], "german.typed.f1": summary["typed"]["f1"]}


def run(quick: bool = False) -> dict:
    return score("relations_story", STORY / "gold.jsonl", STORY / "docs",
                 f"{STORY} (58 excerpts, 330 gold relations; english.*: its 23 English excerpts, german.*: its 35 German ones)",
                 ">= 0.70, typed F1 >= 0.55", more={**english_part(), **german_part()})


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
