"""Word clusters for the CRF German NER model (model card, experiment 12): k-means over an SVD of a PPMI matrix.

A CRF without embeddings knows a word only by its own strings; a cluster id tells it which words occur in the
same contexts ("Moskau" near "Kiew", "Scholz" near "Macron"), so what it learned for one word carries over to
words it saw rarely or never. The recipe (Lin & Wu 2009; Turian et al. 2010 used Brown clusters, which need a
C implementation; this is numpy only):

1. Raw text from openly licensed German corpora in ../shared/data (only the words, never the labels; never
   10kGNAD or any non-commercial set, never the benchmark parts: GermEval's held-out quarter, WikiANN test).
2. Words (lower-cased) seen >= --min-count times; contexts: the --contexts most frequent words, at -1, +1
   and (as one bag) +-2, so a word's row says what stands directly left, directly right and near it.
3. Positive PMI of the counts, a randomized SVD to --dims dimensions, rows L2-normalized.
4. k-means (k-means++ seeds, fixed seed) at three granularities (--k, e.g. 64,256,1024): coarse ids
   generalize, fine ids discriminate, as Brown clusters' bit-string prefixes do.

    .venv/bin/python scripts/build_ner_clusters.py   # writes src/lagebild/models/ner-de-crf/clusters.tsv

Seeded (--seed: the SVD's random projection and the k-means++ draws); about two minutes. That two runs give the
same bytes was not checked (floating-point sums of the BLAS in use may move a word across a boundary).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.entities import corpora  # noqa: E402
from lagebild.entities.crf_features import CLUSTER_FILE, cluster_key  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "lagebild" / "models" / "ner-de-crf"
_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]", re.UNICODE)


def conllu_words(path: Path) -> list[list[str]]:
    """The word forms of a CoNLL-U file, one list per sentence (multi-word token lines skipped)."""
    sents, words = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sents.append(words)
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        sents.append(words)
    return sents


def sgm_words(path: Path) -> list[list[str]]:
    """The paragraphs of a WikiWarsDE SGML document, tokenized by a simple regex."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", text.split("<TEXT>", 1)[-1])
    return [_TOKEN.findall(par) for par in text.split("\n") if par.strip()]


def corpus() -> dict[str, list[list[str]]]:
    """Raw sentences (words only) per source; see the model card for each license."""
    germeval = DATA / "germeval2014-ner" / "NER-de-dev.tsv"
    smart = DATA / "smartdata-corpus"
    return {
        "germeval-train": [w for (w, _), _ in corpora.germeval(germeval, "train")],  # CC BY 4.0
        "wikiann-train-dev": [w for p in ("train.tsv", "dev.tsv")  # Wikipedia text, CC BY-SA
                              for w, _ in corpora.wikiann(DATA / "wikiann-de" / p, clean=False)],
        "europarl-train": [w for w, _ in corpora.europarl(DATA / "europarl-ner-de" / "train.tsv")],
        "europeana": [w for w, _ in itertools.chain(*(corpora.europeana(p) for p in  # CC0
                                                      sorted((DATA / "europeana-ner-de").glob("*.bio"))))],
        "mobie": [w for w, _ in corpora.mobie(DATA / "mobie-ner-de" / "ner_conll03_formatted.zip",
                                              ("train", "dev", "test"))],  # CC BY 4.0
        "smartdata": [w for p in ("v3_dev.json.gz", "v3_test.json.gz")  # text CC BY 4.0
                      for w, _ in corpora.smartdata(smart / p)],
        "ud-german": [w for p in sorted((DATA / "ud-german").glob("*.conllu"))  # CC BY-SA
                      for w in conllu_words(p)],
        "wikiwarsde": [w for p in sorted((DATA / "wikiwarsde").glob("*/in/*.sgm"))  # CC BY-SA 3.0
                       for w in sgm_words(p)],
    }


def ppmi_svd(sents: list[list[str]], min_count: int, n_ctx: int, dims: int, seed: int) -> tuple[list[str], np.ndarray]:
    counts = Counter(cluster_key(w) for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_ctx])}
    # columns: left neighbour, right neighbour, bag of words at distance 2
    matrix = np.zeros((len(vocab), 3 * n_ctx), dtype=np.float32)
    for s in sents:
        keys = [cluster_key(w) for w in s]
        rows = [index.get(k, -1) for k in keys]
        cols = [ctx.get(k, -1) for k in keys]
        n = len(keys)
        for i, r in enumerate(rows):
            if r < 0:
                continue
            if i > 0 and cols[i - 1] >= 0:
                matrix[r, cols[i - 1]] += 1
            if i + 1 < n and cols[i + 1] >= 0:
                matrix[r, n_ctx + cols[i + 1]] += 1
            for j in (i - 2, i + 2):
                if 0 <= j < n and cols[j] >= 0:
                    matrix[r, 2 * n_ctx + cols[j]] += 1
    total = matrix.sum()
    row = matrix.sum(axis=1, keepdims=True)
    col = matrix.sum(axis=0, keepdims=True) ** 0.75  # context distribution smoothing (Levy et al. 2015)
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (row * col + 1e-12) + 1e-12)
    matrix = np.where(matrix > 0, np.maximum(pmi, 0), 0).astype(np.float32)
    # randomized SVD (Halko et al. 2011): a range finder with two power iterations
    rng = np.random.default_rng(seed)
    q = matrix @ rng.standard_normal((matrix.shape[1], dims + 20)).astype(np.float32)
    for _ in range(2):
        q, _r = np.linalg.qr(q)
        q = matrix @ (matrix.T @ q)
    q, _r = np.linalg.qr(q)
    u, sigma, _vt = np.linalg.svd(q.T @ matrix, full_matrices=False)
    vectors = (q @ u[:, :dims]) * np.sqrt(sigma[:dims])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vocab, vectors


def kmeans(x: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Cluster ids of the rows of ``x`` (k-means++ seeding, Lloyd iterations, cosine on unit rows)."""
    rng = np.random.default_rng(seed)
    centers = [x[rng.integers(len(x))]]
    dist = 1 - x @ centers[0]
    for _ in range(1, k):
        p = np.maximum(dist, 0) ** 2
        centers.append(x[rng.choice(len(x), p=p / p.sum())])
        dist = np.minimum(dist, 1 - x @ centers[-1])
    c = np.stack(centers)
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                m = members.mean(axis=0)
                c[j] = m / (np.linalg.norm(m) + 1e-9)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT / CLUSTER_FILE)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--contexts", type=int, default=2000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--k", default="64,256,1024")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.time()
    sources = corpus()
    sents = [s for v in sources.values() for s in v]
    print("sources", {k: (len(v), sum(map(len, v))) for k, v in sources.items()}, flush=True)
    vocab, vectors = ppmi_svd(sents, args.min_count, args.contexts, args.dims, args.seed)
    print(f"{len(vocab)} words, {vectors.shape[1]} dims, {time.time() - started:.0f} s", flush=True)
    ks = [int(k) for k in args.k.split(",")]
    columns = [kmeans(vectors, k, args.seed) for k in ks]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if args.out.suffix == ".gz" else open
    with opener(args.out, "wt", encoding="utf-8") as out:
        out.write(f"# word\t{chr(9).join(f'k{k}' for k in ks)}\t(scripts/build_ner_clusters.py; model card, experiment 12)\n")
        for i, word in enumerate(vocab):
            out.write(word + "\t" + "\t".join(str(col[i]) for col in columns) + "\n")
    print("wrote", args.out, f"in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
