"""The CRF German NER model (models/ner-de-crf, the default since model card experiment 13) side by side with the CNN.

Both in the same run: GermEval 2014 held-out PER/ORG/LOC F1 (model alone and entities component; *deriv/*part
ignored, as benchmarks/ner_germeval.py scores), WikiANN de test (component, PER/ORG/LOC), and the entities
component's tokens per CPU second on 200 10kGNAD test articles (300-499, segmented first; the two components
alternate twice, the best of each counts). Skipped (no numbers) when the CRF model (its meta.json and weights.npz)
is missing.
"""

from __future__ import annotations

import csv
import os
import time
from pathlib import Path

from benchmarks.common import DATA, ROOT, report
from benchmarks.nerbench import Scorer, component_spans, model_spans
from lagebild.entities import corpora
from lagebild.entities.ner import MODEL_DIR
from lagebild.model import Doc
from lagebild.pipeline.entities import Entities
from lagebild.pipeline.segmenter import segment

POL = ("PER", "ORG", "LOC")
# the shipped CRF when there is one, else the last one scripts/train_ner_crf.py wrote to build/ (LAGEBILD_CRF_MODEL
# names another folder)
CRF = Path(os.environ.get("LAGEBILD_CRF_MODEL") or next(
    (p for p in (MODEL_DIR / "ner-de-crf", ROOT / "build" / "ner-de-crf") if (p / "meta.json").is_file()),
    MODEL_DIR / "ner-de-crf"))


def germeval(comp: Entities) -> dict[str, float]:
    sents = list(corpora.germeval(DATA / "germeval2014-ner" / "NER-de-dev.tsv", "heldout", raw=True))
    model, component = Scorer(POL), Scorer(POL)
    for (words, raw), _ in sents:
        ignore = [(s, e) for s, e, lab in corpora.bio_spans(raw) if lab.endswith(("deriv", "part"))]
        gold = set(corpora.bio_spans(corpora.germeval_map(raw)))
        model.add(model_spans(comp, words), gold, ignore)
        component.add(component_spans(comp, words), gold, ignore)
    return {"germeval_model_f1": model.result("m")["m_f1"], "germeval_component_f1": component.result("c")["c_f1"]}


def wikiann(comp: Entities, limit: int | None) -> dict[str, float]:
    sents = list(corpora.wikiann(DATA / "wikiann-de" / "test.tsv", clean=False))[:limit]
    component = Scorer(POL)
    for words, tags in sents:
        component.add(component_spans(comp, words), set(corpora.bio_spans(tags)))
    return {"wikiann_component_f1": component.result("c")["c_f1"]}


def articles(first: int, n: int) -> list[Doc]:
    docs = []
    with open(DATA / "10kGNAD" / "test.csv", encoding="utf-8") as handle:
        for i, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if i < first:
                continue
            if i >= first + n:
                break
            doc = Doc(doc_id=str(i), text=row[1], lang="de", published="2018-01")
            doc.tokens, doc.sents = segment(doc.text, "de")
            docs.append(doc)
    return docs


def component_seconds(comp: Entities, docs: list[Doc]) -> float:
    comp.model.memo.clear()  # each timing runs the model (spans are kept per token sequence)
    started = time.process_time()
    for doc in docs:
        comp(doc)
    return time.process_time() - started


def run(quick: bool = False) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    shipped = Entities("de", model_path=str(MODEL_DIR / "ner-de"))
    try:
        crf = Entities("de", model_path=str(CRF))
    except FileNotFoundError:  # a folder without its weights file (scripts/export_ner_crf.py)
        crf = None
    if crf is None or crf.model is None:
        print(f"ner_crf: no CRF model in {CRF} (meta.json, weights.npz); skipped (scripts/train_ner_crf.py)")
        return {}
    metrics: dict = {}
    for key, comp in (("cnn", shipped), ("crf", crf)):
        for name, value in {**germeval(comp), **wikiann(comp, 2000 if quick else None)}.items():
            metrics[f"{key}_{name}"] = value
    docs = articles(300, 50 if quick else 200)
    n_tokens = sum(len(d.tokens) for d in docs)
    for comp in (shipped, crf):
        comp(docs[0])  # warm-up: caches, HanTa
    times: dict[str, list[float]] = {"cnn": [], "crf": []}
    for _ in range(2):
        times["cnn"].append(component_seconds(shipped, docs))
        times["crf"].append(component_seconds(crf, docs))
    metrics["speed_tokens"] = n_tokens
    metrics["cnn_component_tokens_per_s"] = round(n_tokens / min(times["cnn"]))
    metrics["crf_component_tokens_per_s"] = round(n_tokens / min(times["crf"]))
    metrics["crf_speed_ratio"] = round(min(times["cnn"]) / min(times["crf"]), 2)
    return report(
        "ner_crf",
        f"GermEval 2014 held-out part, WikiANN de test, {len(docs)} 10kGNAD test articles ({n_tokens} tokens); "
        f"models {shipped.model.name} and {crf.model.name} side by side",
        metrics,
        "model card experiments 11-13: the CRF ships only at >= 2x component speed with every floor held "
        "(the CNN's: ner_germeval 0.6641 component, 0.641 all four, ner_wikipedia 0.7286)",
        headline=["crf_germeval_component_f1", "cnn_germeval_component_f1", "crf_wikiann_component_f1",
                  "crf_speed_ratio"],
    )


if __name__ == "__main__":
    run()
