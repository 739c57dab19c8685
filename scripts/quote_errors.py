"""Dump the errors of benchmarks/attribution_quotes.py one per line, grouped by kind, for error analysis.

Usage: .venv/bin/python scripts/quote_errors.py [--limit N] > /tmp/quote-errors.txt

Reads the WikiNews quotation set at run time (CC BY-NC-SA: the output is for reading, never for the repository).
Kinds: speaker (matched quote, speaker span disjoint or missing), cue (the same for the cue), missed (gold
quotation no prediction overlaps, with its type), spurious (a prediction that overlaps no gold quotation).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_quotes import PATH, _overlap, _spans, match_quotes, predict  # noqa: E402


def _show(text: str, spans: list[tuple[int, int]], width: int = 90) -> str:
    if not spans:
        return "-"
    shown = " | ".join(text[s:e] for s, e in spans).replace("\n", " ")
    return shown if len(shown) <= width else shown[:width - 3] + "..."


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    lines = PATH.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[:args.limit]
    counts: Counter[str] = Counter()
    rows: dict[str, list[str]] = {"speaker": [], "cue": [], "missed": [], "spurious": []}
    for line in lines:
        record = json.loads(line)
        text = record["originalText"]
        doc_id = record["documentName"].split(" ")[0]
        gold = [{"quote": _spans(a["quote"]), "speaker": _spans(a["speaker"]), "cue": _spans(a["cue"]),
                 "type": a["type"]} for a in record["annotations"] if not a["isNested"]]
        gold = [g for g in gold if g["quote"]]
        pred = predict(text)
        matched = match_quotes(pred, gold)
        used_p = {pi for pi, _ in matched}
        used_g = {gi for _, gi in matched}
        for pi, gi in matched:
            p, g = pred[pi], gold[gi]
            head = f"{doc_id} {g['type']:<20} {p['mode']:<12} q={_show(text, g['quote'], 60)}"
            for role in ("speaker", "cue"):
                if p[role] and g[role] and _overlap(p[role], g[role]) > 0:
                    continue
                if not p[role] and not g[role]:
                    continue
                kind = "wrong" if p[role] and g[role] else ("none" if g[role] else "extra")
                counts[f"{role}.{kind}"] += 1
                rows[role].append(f"{kind:<5} {head}\n      gold={_show(text, g[role])!r} pred={_show(text, p[role])!r}")
        for gi, g in enumerate(gold):
            if gi not in used_g:
                counts[f"missed.{g['type']}"] += 1
                rows["missed"].append(f"{doc_id} {g['type']:<20} sp={_show(text, g['speaker'], 30)!r} "
                                      f"cue={_show(text, g['cue'], 30)!r}\n      q={_show(text, g['quote'], 160)}")
        for pi, p in enumerate(pred):
            if pi not in used_p:
                counts[f"spurious.{p['mode']}"] += 1
                rows["spurious"].append(f"{doc_id} {p['mode']:<12} sp={_show(text, p['speaker'], 30)!r} "
                                        f"cue={_show(text, p['cue'], 30)!r}\n      q={_show(text, p['quote'], 160)}")
    for kind, items in rows.items():
        print(f"==== {kind} ({len(items)})")
        for item in items:
            print(item)
    print("==== counts")
    for key, value in sorted(counts.items()):
        print(f"{key:<32} {value}")


if __name__ == "__main__":
    main()
