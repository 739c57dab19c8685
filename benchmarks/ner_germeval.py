"""GermEval 2014 NER on the part of the dev split held out of training (every 4th sentence).

Outer layer; OTH -> MISC; *deriv and *part gold spans are ignored (predictions overlapping them
count neither way). Scored twice: the statistical model alone and the full entities component
(model + gazetteer corrections; role nouns and adjectives left out, they are no names here).
"""

from __future__ import annotations

import time

from benchmarks.common import DATA, report
from benchmarks.nerbench import Scorer, component_spans, model_spans
from lagebild.entities import corpora
from lagebild.pipeline.entities import Entities

ALL = ("PER", "ORG", "LOC", "MISC")
POL = ("PER", "ORG", "LOC")


def run(quick: bool = False) -> dict:
    path = DATA / "germeval2014-ner" / "NER-de-dev.tsv"
    sents = list(corpora.germeval(path, "heldout", raw=True))
    comp = Entities("de")
    scorers = {}
    for key in ("model", "component", "news"):
        scorers[key], scorers[key + "_pol"] = Scorer(ALL), Scorer(POL)
    started = time.perf_counter()
    n_tokens = 0
    for (words, raw), url in sents:
        ignore = [(s, e) for s, e, lab in corpora.bio_spans(raw) if lab.endswith(("deriv", "part"))]
        gold = set(corpora.bio_spans(corpora.germeval_map(raw)))
        pred_model = model_spans(comp, words)
        pred_comp = component_spans(comp, words)
        n_tokens += len(words)
        for key, pred in (("model", pred_model), ("component", pred_comp)):
            scorers[key].add(pred, gold, ignore)
            scorers[key + "_pol"].add(pred, gold, ignore)
        if "wikipedia" not in url:
            scorers["news"].add(pred_comp, gold, ignore)
            scorers["news_pol"].add(pred_comp, gold, ignore)
    seconds = time.perf_counter() - started
    metrics: dict = {}
    for key in ("model", "component", "news"):
        metrics.update(scorers[key + "_pol"].result(f"{key}_per_org_loc"))
        metrics.update(scorers[key].result(f"{key}_all4"))
    metrics.update(scorers["component"].label_f1("component"))
    metrics["sentences"] = len(sents)
    metrics["seconds"] = round(seconds, 2)
    return report(
        "ner_germeval",
        f"GermEval 2014 dev, held-out part (index % 4 == 3): {len(sents)} sentences, {n_tokens} tokens; "
        f"model {comp.model.name}",
        metrics,
        "GermEval 2014 best shared-task systems ~0.76-0.79 and GBERT-large 0.88 (full training split); "
        "our plain spaCy CNN recipe 0.53 (PER/ORG/LOC); target >= 0.70 on PER/ORG/LOC",
        headline=["model_per_org_loc_f1", "component_per_org_loc_f1", "component_all4_f1", "news_per_org_loc_f1",
                  "component_f1_PER", "component_f1_ORG", "component_f1_LOC", "component_f1_MISC"],
    )


if __name__ == "__main__":
    run()
