"""Sources and certainty of English figures: the English excerpts of the story corpus (story-dev).

Data: ../shared/corpus/story-dev/ (third-party news, read at run time, never copied); only the documents whose id
starts with "story-en-". Figures are matched to the gold as in `lagebild eval claims`; source and hedge are
accuracies over the matched figures (the corpus annotates no attributions).
"""

from __future__ import annotations

import sys

from benchmarks.common import SHARED, report, without_words
from lagebild.core import Lagebild
from lagebild.evaluation.gold import Evaluation, evaluate_doc, load_gold
from lagebild.io.readers import ReadError

STORY = SHARED / "corpus" / "story-dev"
ANCHOR = "issue 11 targets: source >= 0.85 (0.47 before), hedge >= 0.85 (0.51)"


def run(quick: bool = False) -> dict:
    gold = {doc_id: record for doc_id, record in load_gold(STORY / "gold.jsonl").items()
            if doc_id.startswith("story-en-")}
    paths = sorted(STORY / "docs" / f"{doc_id}.txt" for doc_id in gold)
    result = Evaluation()
    for item in Lagebild().analyze_paths(paths):
        if isinstance(item, ReadError) or item.doc_id not in gold:
            continue
        evaluate_doc(item, gold[item.doc_id], result)
    summary = result.summary()
    metrics = {
        "accuracy.source": summary["accuracy"]["source_accuracy"],
        "accuracy.hedge": summary["accuracy"]["hedge_accuracy"],
        "claims_full.f1": summary["claims_full"]["f1"],
        "quantities.f1": summary["quantities"]["f1"],
        "matched_figures": summary["quantities"]["tp"],
    }
    return report("attribution_story_english", f"{STORY} ({len(paths)} English excerpts)", metrics, ANCHOR,
                  extra={"errors": without_words([e for e in result.errors if e["kind"] in ("wrong source", "wrong hedge")], "gold_text")},
                  headline=["accuracy.source", "accuracy.hedge", "claims_full.f1"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
