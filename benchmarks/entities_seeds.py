"""Canonical names on the five seed articles: is every mention of the key actors resolved to one entity?

The mentions to check are found by hand-written surface patterns (below, evaluation data, not used by
the component): names with genitive -s, demonym adjectives, and the role nouns these articles use for
Kim Jong-un and Wladimir Putin. Hyphen compounds ("Ukraine-Krieg", "Pentagon-Sprecher") are parts,
not mentions. A mention counts as resolved when an entity overlapping it has the target's canonical
name; "canonicals" counts the distinct canonical names the mentions of one target received (1 = ideal).
"""

from __future__ import annotations

import re
import time

from benchmarks.common import SEEDS, report
from lagebild.core import Lagebild, Options

NOT_PART = r"(?![\w-])"  # "Ukraine-Krieg", "russisch-ukrainisch" are parts, not mentions
B = r"(?<![\w-])"
KIM = r"(?:\sKim\sJong-un)?"  # a role directly before the name is one mention with it
PUTIN = r"(?:\sWladimir\sPutin)?"
TARGETS: dict[str, list[str]] = {
    "Kim Jong-un": [B + r"Kim\sJong-un\b", B + r"Kims?" + NOT_PART + r"(?!\sHong)",  # "Kim Hong Kyun" is someone else
                    B + r"nordkoreanischen?\s(?:Diktators?|Führers?|Machthabers?)" + KIM,
                    B + r"Nordkoreas\s(?:Diktator|Führer|Machthaber)s?" + KIM],
    "Wladimir Putin": [B + r"(?:Wladimir\s)?Putins?" + NOT_PART, B + r"Kreml-Chefs?\b",
                       B + r"russischen?\s(?:Präsident(?:en)?|Machthabers?)" + PUTIN],
    "Nordkorea": [B + r"Nordkoreas?" + NOT_PART, B + r"nordkoreanisch\w*" + NOT_PART],
    "Russland": [B + r"Russlands?" + NOT_PART, B + r"russisch\w*" + NOT_PART],
    "Ukraine": [B + r"Ukraine" + NOT_PART, B + r"ukrainisch\w*" + NOT_PART],
    "Südkorea": [B + r"Südkoreas?" + NOT_PART, B + r"südkoreanisch\w*" + NOT_PART],
    "USA": [B + r"USA" + NOT_PART, B + r"Vereinigten\sStaaten\b"],
    "Pentagon": [B + r"Pentagons?" + NOT_PART],
}


def mentions(text: str) -> list[tuple[int, int, str]]:
    """Target mentions, longest first where two overlap (a role beats the adjective inside it)."""
    found = [(m.start(), m.end(), target) for target, pats in TARGETS.items() for p in pats
             for m in re.finditer(p, text)]
    found.sort(key=lambda x: (x[0] - x[1], x[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, target in found:
        if not any(start < e and s < end for s, e, _ in kept):
            kept.append((start, end, target))
    return sorted(kept)


def run(quick: bool = False) -> dict:
    lb = Lagebild(Options(pipeline=("segmenter", "entities")))
    total = resolved = 0
    per_target: dict[str, list[int]] = {t: [0, 0] for t in TARGETS}
    canonicals: dict[str, set[str]] = {t: set() for t in TARGETS}
    misses: list[str] = []
    started = time.perf_counter()
    for doc in lb.analyze_paths(sorted(SEEDS.glob("*.txt"))):
        name = doc.doc_id
        for start, end, target in mentions(doc.text):
            ents = [e for e in doc.ents if e.start < end and start < e.end]
            got = {e.canonical for e in ents}
            total += 1
            per_target[target][0] += 1
            canonicals[target] |= got or {"(none)"}
            if target in got:
                resolved += 1
                per_target[target][1] += 1
            else:
                misses.append(f"{name[:3]} {doc.text[start:end]!r} -> {sorted(map(str, got)) or 'no entity'}")
    metrics: dict = {"mentions": total, "resolved": resolved, "accuracy": round(resolved / total, 4)}
    for target, (n, ok) in per_target.items():
        metrics[f"{target}_resolved"] = f"{ok}/{n}"
        metrics[f"{target}_canonicals"] = len(canonicals[target])
    metrics["seconds"] = round(time.perf_counter() - started, 2)
    for miss in misses:
        print("  miss:", miss)
    return report("entities_seeds", f"{SEEDS.name}: 5 seed articles, {total} hand-patterned mentions of 8 actors",
                  metrics, "target: every mention resolved, one canonical per actor (accuracy 1.0)",
                  {"misses": misses}, headline=["mentions", "resolved", "accuracy"])


if __name__ == "__main__":
    run()
