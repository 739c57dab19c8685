"""WikiANN German test split (PER/ORG/LOC, silver labels from Wikipedia links), and the speed of
the entities component on news text.

F1 is strict span micro F1 over PER/ORG/LOC; MISC predictions are dropped (WikiANN has no MISC).
Speed: tokens per second on one core, over German news articles from 10kGNAD (segmented first,
only the entities step timed): the statistical model alone and the whole component.
"""

from __future__ import annotations

import csv
import os
import time

from benchmarks.common import DATA, report
from benchmarks.nerbench import Scorer, component_spans, model_spans
from lagebild.entities import corpora
from lagebild.model import Doc
from lagebild.pipeline.entities import Entities
from lagebild.pipeline.segmenter import segment

POL = ("PER", "ORG", "LOC")


def speed(comp: Entities, n_docs: int) -> dict[str, float]:
    """Tokens/s of the model alone and of the whole component, single-threaded."""
    docs = []
    with open(DATA / "10kGNAD" / "test.csv", encoding="utf-8") as handle:
        for i, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if i >= n_docs:
                break
            doc = Doc(doc_id=str(i), text=row[1], lang="de", published="2018-01")
            doc.tokens, doc.sents = segment(doc.text, "de")
            docs.append(doc)
    n_tokens = sum(len(d.tokens) for d in docs)
    comp(docs[0])  # warm-up: caches, HanTa
    comp.model.memo.clear()  # each timing runs the model (spans are kept per token sequence)
    started = time.process_time()
    from lagebild.entities.ner import token_lists
    for doc in docs:
        comp.model.spans(*token_lists(doc))
    model_s = time.process_time() - started
    comp.model.memo.clear()
    started = time.process_time()
    for doc in docs:
        comp(doc)
    comp_s = time.process_time() - started
    return {"speed_docs": len(docs), "speed_tokens": n_tokens,
            "model_tokens_per_s": round(n_tokens / model_s), "component_tokens_per_s": round(n_tokens / comp_s)}


def run(quick: bool = False) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    comp = Entities("de")
    sents = list(corpora.wikiann(DATA / "wikiann-de" / "test.tsv", clean=False))
    if quick:
        sents = sents[:2000]
    model, component = Scorer(POL), Scorer(POL)
    for words, tags in sents:
        gold = set(corpora.bio_spans(tags))
        model.add(model_spans(comp, words), gold)
        component.add(component_spans(comp, words), gold)
    metrics = {**model.result("model_per_org_loc"), **component.result("component_per_org_loc")}
    metrics.update(component.label_f1("component"))
    metrics.update(speed(comp, 100 if quick else 300))
    return report(
        "ner_wikipedia",
        f"WikiANN de test ({len(sents)} sentences, all of it incl. redirects/markup); speed on 10kGNAD test "
        f"articles (one core, CPU time); model {comp.model.name}",
        metrics,
        "spaCy de_core_news_sm: 0.82 F1 on WikiNER (a different, larger Wikipedia NER set); "
        "XLM-R-style transformers ~0.85-0.90 on PAN-X.de; speed target >= 10k tokens/s per core",
        headline=["component_per_org_loc_f1", "component_f1_PER", "component_f1_ORG", "component_f1_LOC",
                  "model_tokens_per_s", "component_tokens_per_s"],
    )


if __name__ == "__main__":
    run()
