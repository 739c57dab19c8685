"""Train the linear-chain CRF German NER model (model card, experiments 11 and 12).

The data recipe of scripts/train_ner.py (the same sources read from ../shared/data, the same re-weighting by
copies per source, the GermEval held-out part only for choosing the regularization), the same knowledge
(the word classes of models/ner-de/features.tsv and names.tsv), another model family: python-crfsuite,
L-BFGS with L1 (c1, prunes features) and L2 (c2), bounded by --max-iterations.

    .venv/bin/python scripts/train_ner_crf.py   # writes build/ner-de-crf

The folder gets crfsuite's model.crfsuite, its export weights.npz (scripts/export_ner_crf.py: the weights keyed
by hashes of the feature strings, no strings) and meta.json; the package ships only meta.json and weights.npz
(copy the two into src/lagebild/models/ner-de-crf): model.crfsuite's string table is a vocabulary of the
training corpora.

Each (c1, c2) of the grid trains once on the same data (one after the other, one core); the one with the
best PER/ORG/LOC F1 on the GermEval held-out part is kept.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from export_ner_crf import export  # noqa: E402
from train_ner import UPSAMPLE, WORK, load_data  # noqa: E402

from lagebild.entities import corpora  # noqa: E402
from lagebild.entities.crf import MODEL_FILE  # noqa: E402
from lagebild.entities.crf_features import CLUSTER_FILE, FEATURE_SETS, FeatureCache, load_clusters  # noqa: E402
from lagebild.entities.features import load_lexicon  # noqa: E402

LEXICON = ROOT / "src" / "lagebild" / "models" / "ner-de"
CLUSTERS = ROOT / "src" / "lagebild" / "models" / "ner-de-crf" / CLUSTER_FILE  # scripts/build_ner_clusters.py
POL = ("PER", "ORG", "LOC")


def score(tagger: pycrfsuite.Tagger, cache: FeatureCache, sents: list) -> dict[str, float]:
    """Strict span micro P/R/F1 over PER/ORG/LOC (the training-time number: *deriv/*part not ignored)."""
    tp = fp = fn = 0
    for words, tags in sents:
        pred = {s for s in corpora.bio_spans(tagger.tag(cache.sentence(words))) if s[2] in POL}
        gold = {s for s in corpora.bio_spans(tags) if s[2] in POL}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # build/, not the package: its model.crfsuite holds the training corpora's strings; the package ships the
    # export (weights.npz, meta.json); benchmarks/ner_crf.py reads build/ when the package has no CRF
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "ner-de-crf")
    parser.add_argument("--c1", default="0.1", help="L1 weights to try, comma-separated")
    parser.add_argument("--c2", default="0.01", help="L2 weights to try, comma-separated")
    parser.add_argument("--max-iterations", type=int, default=150)
    parser.add_argument("--min-freq", type=float, default=0, help="crfsuite feature.minfreq")
    parser.add_argument("--upsample", default=UPSAMPLE, help="copies per source (fractions sample)")
    parser.add_argument("--features", action=argparse.BooleanOptionalAction, default=True,
                        help="the word classes of models/ner-de (features.tsv, names.tsv)")
    parser.add_argument("--clusters", type=Path, default=CLUSTERS,
                        help="word cluster table (experiment 12); 'none' trains without clusters")
    parser.add_argument("--feature-set", type=int, default=12, choices=FEATURE_SETS,
                        help="the features of that experiment (entities/crf.py FEATURE_SETS; 12: experiment 12, 13: untried)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="crfsuite's log of every iteration")
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args()
    random.seed(args.seed)

    started = time.time()
    lexicon = load_lexicon(LEXICON) if args.features else None
    clusters = None if str(args.clusters) == "none" else load_clusters(args.clusters)
    cache = FeatureCache(lexicon, clusters, args.feature_set)
    sources, heldout = load_data(argparse.Namespace(wikiann_dev=False))
    weights = {k: float(v) for k, v in (item.split("=") for item in args.upsample.split(","))}
    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    sizes = {}
    for name, sents in sources.items():
        w = weights.get(name, 1.0)
        chosen = sents * int(w)
        if w - int(w):
            chosen += random.sample(sents, int(len(sents) * (w - int(w))))
        sizes[name] = len(sents)
        for words, tags in chosen:
            trainer.append(cache.sentence(words), tags)
    print("sources", json.dumps(sizes), "weights", json.dumps(weights),
          f"loaded in {time.time() - started:.0f} s", flush=True)

    WORK.mkdir(parents=True, exist_ok=True)
    runs = []
    best = None
    for c1 in (float(x) for x in args.c1.split(",")):
        for c2 in (float(x) for x in args.c2.split(",")):
            path = WORK / f"crf-c1={c1}-c2={c2}.crfsuite"
            t0 = time.time()
            trainer.set_params({"c1": c1, "c2": c2, "max_iterations": args.max_iterations,
                                "feature.possible_transitions": True, "feature.minfreq": args.min_freq})
            trainer.train(str(path))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            result = {"c1": c1, "c2": c2, "minutes": round((time.time() - t0) / 60, 1),
                      "features": len(tagger.info().state_features),
                      "size_mb": round(path.stat().st_size / 1e6, 1), **score(tagger, cache, heldout)}
            tagger.close()
            runs.append(result)
            print(json.dumps(result), flush=True)
            if best is None or result["f"] > best[0]["f"]:
                best = (result, path)
    assert best is not None
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copy(best[1], args.out / MODEL_FILE)
    if clusters is not None and args.clusters.resolve() != (args.out / CLUSTER_FILE).resolve():
        shutil.copy(args.clusters, args.out / CLUSTER_FILE)
    meta = {"name": "ner_de_crf", "kind": "crf", "version": args.version, "lang": "de",
            "description": "lagebild German NER (PER/ORG/LOC/MISC), linear-chain CRF (python-crfsuite)",
            "license": "see ../ner-de/MODEL_CARD.md", "lexicon": LEXICON.name, "features": args.features,
            "clusters": clusters is not None, "feature_set": args.feature_set,
            "lagebild": {"args": {k: str(v) for k, v in vars(args).items()}, "sources": sizes, "runs": runs,
                         "best_heldout_f_pol": best[0]["f"]}}
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    entry = export(args.out)  # weights.npz beside model.crfsuite, recorded in meta.json
    print("exported", args.out / entry["file"], f"{entry['size_bytes']} bytes, {entry['kept']} attributes", flush=True)
    print("saved", args.out, "best held-out F1 PER/ORG/LOC", best[0]["f"], flush=True)


if __name__ == "__main__":
    main()
