"""Quantities on unseen news: dev-10kgnad (German) and story-dev (German and English), component alone.

The pipeline is segmenter + timexes + quantities (timexes only to drop parts of dates), so the numbers
measure the quantity rules and nothing downstream. A predicted figure matches a gold one when the spans
overlap and the numbers agree (lagebild.evaluation.gold.same_number, as ``lagebild eval claims``); unit,
qualifier and kind are accuracies over the matched pairs (unit compared case-insensitively).

dev-10kgnad (30 DER STANDARD articles, 193 figures) is development data: the rules were improved while
watching its errors, by classes of cases, never by sentence. story-dev (58 excerpts, 35 German and 23
English) is the story corpus's development split, scored per language. Both are non-commercial data,
read from ../shared at run time. ``python -m benchmarks.quantities_dev10kgnad --errors`` prints every
miss, false hit and wrong field with its sentence; the saved result keeps only their counts.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import SHARED, report
from lagebild.engine import Pipeline
from lagebild.evaluation.gold import load_gold, locate, same_number
from lagebild.io.readers import DEFAULT_FIELDS, ReadError, read_paths
from lagebild.quantities.rules import rules, tag_word

DEV = SHARED / "gold" / "dev-10kgnad"
STORY = SHARED / "corpus" / "story-dev"
FIELDS = ("unit", "qualifier", "kind")
COMPONENTS = ["segmenter", "timexes", "quantities"]


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    def metrics(self, prefix: str = "") -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        out = {f"{prefix}precision": round(p, 4), f"{prefix}recall": round(r, 4),
               f"{prefix}f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
        out.update({f"{prefix}accuracy.{name}": round(self.right[name] / self.tp, 4) if self.tp else 0.0
                    for name in FIELDS})
        return out


def _same(name: str, pred: dict, gold: dict) -> bool:
    if name == "unit":
        return (pred.get("unit") or "").lower() == (gold.get("unit") or "").lower()
    return pred.get(name) == gold.get(name)


def score(docs: Path, gold_path: Path, lang_of, pipelines: dict[str, Pipeline], scores: dict[str, Score]) -> int:
    """Add the comparison of every gold document of ``docs`` to ``scores`` (keyed by language); tokens read."""
    gold = load_gold(gold_path)
    tokens = 0
    for doc in read_paths([docs], DEFAULT_FIELDS):
        if isinstance(doc, ReadError) or doc.doc_id not in gold:
            continue
        doc.lang = lang_of(doc.doc_id)
        doc = pipelines[doc.lang](doc)
        tokens += len(doc.tokens)
        result = scores[doc.lang]
        preds = [qty.to_dict(doc) for qty in doc.quantities]
        golds = gold[doc.doc_id]["quantities"]
        result.pred += len(preds)
        result.gold += len(golds)
        used: set[int] = set()
        for g in golds:
            span = locate(doc.text, g.get("sentence"), g.get("text"))
            match = next((i for i, p in enumerate(preds) if span and i not in used and p["start"] < span[1]
                          and p["end"] > span[0] and same_number(p, g)), None)
            where = f"{doc.doc_id}: {g.get('sentence', '')[:160]!r}"
            if match is None:
                near = [p["text"] for p in preds if span and p["start"] < span[1] and p["end"] > span[0]]
                result.errors.append(f"missed {g['text']!r} (value {g['value']}, {g['kind']}, "
                                     f"{g['unit']}) near {near} in {where}")
                continue
            used.add(match)
            result.tp += 1
            for name in FIELDS:
                if _same(name, preds[match], g):
                    result.right[name] += 1
                else:
                    result.errors.append(f"{name}: {preds[match][name]!r} for gold {g[name]!r} "
                                         f"({g['text']!r}) in {where}")
        for i, p in enumerate(preds):
            if i not in used:
                context = (p.get("sentence") or "")[:160]
                result.errors.append(f"false {p['text']!r} (value {p['value']}) in {doc.doc_id}: {context!r}")
    return tokens


def _counts(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        kind = line.split(" ", 1)[0].rstrip(":")
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def run(quick: bool = False) -> dict:
    pipelines = {lang: Pipeline.from_config(lang, COMPONENTS) for lang in ("de", "en")}
    for lang in ("de", "en"):
        rules(lang)
        tag_word("Soldaten" if lang == "de" else "soldiers", lang)  # load the taggers before the clock runs
    dev = {"de": Score()}
    story = {"de": Score(), "en": Score()}
    tokens = score(DEV / "docs", DEV / "gold.jsonl", lambda _: "de", pipelines, dev)
    tokens += score(STORY / "docs", STORY / "gold.jsonl", lambda doc_id: doc_id.split("-")[1], pipelines, story)
    seconds = sum(p.timings.get("quantities", 0.0) for p in pipelines.values())
    metrics = dev["de"].metrics()
    for lang in ("de", "en"):
        sub = story[lang].metrics(f"story_{lang}.")
        metrics.update({key: sub[key] for key in (f"story_{lang}.f1", f"story_{lang}.accuracy.unit",
                                                  f"story_{lang}.accuracy.qualifier", f"story_{lang}.accuracy.kind")})
    metrics["tokens_per_second"] = round(tokens / seconds) if seconds else 0  # the quantities component alone
    errors = {"dev-10kgnad": dev["de"].errors, "story-dev de": story["de"].errors, "story-dev en": story["en"].errors}
    if "--errors" in sys.argv:
        for name, lines in errors.items():
            print(f"-- {name}")
            print("\n".join(lines))
    return report("quantities_dev10kgnad",
                  f"{DEV} ({dev['de'].gold} German figures in 30 articles; dev data) and {STORY} "
                  f"({story['de'].gold} German, {story['en'].gold} English figures; dev data)", metrics,
                  "targets (issue 11): dev-10kgnad quantity F1 >= 0.90, unit accuracy >= 0.90; no published German "
                  "quantity extractor to compare with; English: CQE 92.0 value F1 on NewsQuant "
                  "(see quantities_english_news)",
                  # counts only: the sentences are non-commercial text, never copied into the repository
                  extra={"error_counts": {name: _counts(lines) for name, lines in errors.items()}},
                  headline=["f1", "accuracy.unit", "accuracy.qualifier", "accuracy.kind", "story_de.f1",
                            "story_de.accuracy.unit", "story_en.f1", "story_en.accuracy.unit"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
