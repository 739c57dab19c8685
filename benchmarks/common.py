"""What every benchmark shares: where the data lives, and how a result is reported."""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository; LAGEBILD_SHARED overrides it.
SHARED = Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "corpus" / "seeds"  # the five demo articles, read from ../shared
RESULTS = ROOT / "benchmarks" / "results"
CACHE = ROOT / "benchmarks" / ".cache"
SAVE_RESULTS = True  # the floor check runs benchmarks without rewriting the committed results  # stores built by one benchmark and reused by another (git-ignored)


def report(name: str, data: str, metrics: dict[str, float], anchor: str, extra: dict | None = None,
           headline: list[str] | None = None) -> dict:
    """Print a benchmark's command, data, numbers and anchor, and save them to results/NAME.json.

    ``headline`` names the metrics the README table shows (all when not given)."""
    command = "python -m benchmarks.run " + name
    print(f"== {name}\ncommand: {command}\ndata:    {data}")
    for key, value in metrics.items():
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        print(f"  {key:<28} {shown}")
    print(f"anchor:  {anchor}\n")
    result = {"name": name, "command": command, "data": data, "metrics": metrics, "anchor": anchor,
              "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"}
    if extra:
        result.update(extra)
    if headline:
        result["headline"] = [key for key in headline if key in metrics]
    if SAVE_RESULTS:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    return result


def forget_caches(pipeline) -> None:
    """Forget what the pipeline keeps of texts it has seen (the segmenter's short pieces, the time scanner's
    matches, the NER model's spans per token sequence), so that timing a text again measures the work."""
    from lagebild.pipeline.segmenter import forget_short_pieces
    from lagebild.timex.tagger import forget_matches

    forget_short_pieces()
    forget_matches()
    for comp in pipeline.components:
        memo = getattr(getattr(comp, "model", None), "memo", None)
        if memo is not None:
            memo.clear()


def without_words(rows: list[dict], *keys: str) -> list[dict]:
    """``rows`` (errors a benchmark keeps in its committed result) without the ``keys`` that hold words of the
    evaluation data: the story corpus and 10kGNAD are for measuring only, never copied into the repository. The
    document id and offsets still point back; `lagebild eval ... --errors` prints the words locally."""
    return [{k: v for k, v in row.items() if k not in keys} for row in rows]

