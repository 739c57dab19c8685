"""German quantities, component alone (segmenter + quantities), against ../shared/gold/seeds.jsonl.

A predicted figure matches a gold one when their spans overlap and the numbers agree
(lagebild.evaluation.gold.same_number); every matched pair is then checked field by
field. The five seed articles are the data the German rules were written against (dev,
not held out): read the numbers as a regression guard, not as an estimate of quality on
unseen text. Speed: the quantities component alone (segmenter excluded, tagger loaded), same
articles.
"""

from __future__ import annotations

import sys

from benchmarks.common import GOLD, SEEDS, report
from lagebild.engine import Pipeline
from lagebild.evaluation.gold import load_gold, locate, same_number
from lagebild.io.readers import DEFAULT_FIELDS, ReadError, read_paths
from lagebild.quantities.rules import rules, tag_word

FIELDS = ("text", "number_text", "kind", "low", "high", "qualifier", "unit")


def run(quick: bool = False) -> dict:
    gold = load_gold(GOLD)
    pipeline = Pipeline.from_config("de", ["segmenter", "quantities"])
    rules("de")
    tag_word("Soldaten", "de")  # load the tagger before the clock runs: speed is per document, not start-up
    tp = n_pred = n_gold = tokens = 0
    right = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    for doc in read_paths([SEEDS], DEFAULT_FIELDS):
        if isinstance(doc, ReadError) or doc.doc_id not in gold:
            continue
        doc.lang = "de"
        doc = pipeline(doc)
        tokens += len(doc.tokens)
        preds = [qty.to_dict(doc) for qty in doc.quantities]
        golds = gold[doc.doc_id]["quantities"]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(golds)
        used: set[int] = set()
        for g in golds:
            span = locate(doc.text, g.get("sentence"), g.get("text"))
            match = next((i for i, p in enumerate(preds) if span and i not in used and p["start"] < span[1]
                          and p["end"] > span[0] and same_number(p, g)), None)
            if match is None:
                misses.append(f"missed {g['text']!r}")
                continue
            used.add(match)
            tp += 1
            for name in FIELDS:
                if preds[match][name] == g[name]:
                    right[name] += 1
                else:
                    misses.append(f"{name}: {preds[match][name]!r} for gold {g[name]!r}")
        misses += [f"false {p['text']!r}" for i, p in enumerate(preds) if i not in used]
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    metrics: dict[str, float] = {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        **{f"accuracy.{name}": round(right[name] / tp, 4) if tp else 0.0 for name in FIELDS},
        "tokens_per_second": round(tokens / pipeline.timings["quantities"]),  # the component alone
    }
    return report("quantities_seeds", f"{GOLD} ({n_gold} German figures in 5 articles; dev data: the rules "
                  "were written against it)", metrics,
                  "targets (DESIGN/gold_seeds): quantity F1 >= 0.95, unit/qualifier/kind accuracy >= 0.90; "
                  "no published German quantity extractor to compare with",
                  extra={"errors": misses},
                  headline=["f1", "accuracy.kind", "accuracy.qualifier", "accuracy.unit", "tokens_per_second"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
