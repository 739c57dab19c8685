"""Train the German NER model shipped in src/lagebild/models/ner-de/.

One command reproduces the shipped model (the defaults are its recipe; 18 minutes of training on
one core of the shared 2-core machine, plus about a minute of data loading):

    .venv/bin/python scripts/train_ner.py --out src/lagebild/models/ner-de

Data (read at run time from ../shared/data, never copied into the repo; see each README and
the model card): WikiANN de train (cleaned), Europarl NER de train, Europeana newspapers
(40-token windows), MobIE train+dev, SmartData v3 dev and the training part of GermEval 2014 dev
(every sentence whose index % 4 != 3), re-weighted per source (--upsample). WikiANN dev only feeds
the name classes of the word-class lexicon (features.tsv, shipped with the model). The GermEval
held-out part (index % 4 == 3) only picks the best checkpoint and is reported by
benchmarks/ner_germeval.py. The budget is wall-clock time (--minutes) or updates (--max-steps).
Every experiment of the model card is a flag combination of this script.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example
from thinc.api import Adam

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.entities import architectures, corpora  # noqa: E402, F401 (registers our layer)
from lagebild.entities.features import FEATURE_ATTR, build_lexicon, save_lexicon, set_features  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WORK = ROOT / "build" / "ner"  # checkpoints, teachers and logs
LABELS = ("PER", "ORG", "LOC", "MISC")


def load_data(args: argparse.Namespace) -> tuple[dict[str, list], list]:
    """Training sentences per source and the held-out GermEval sentences."""
    germeval = DATA / "germeval2014-ner" / "NER-de-dev.tsv"
    sources = {
        "germeval": [s for s, _ in corpora.germeval(germeval, "train")],
        "wikiann": list(corpora.wikiann(DATA / "wikiann-de" / "train.tsv")),
        "europarl": list(corpora.europarl(DATA / "europarl-ner-de" / "train.tsv")),
        "europeana": list(itertools.chain(*(corpora.europeana(p) for p in
                                           sorted((DATA / "europeana-ner-de").glob("*.bio"))))),
        "mobie": list(corpora.mobie(DATA / "mobie-ner-de" / "ner_conll03_formatted.zip")),
        "smartdata": list(corpora.smartdata(DATA / "smartdata-corpus" / "v3_dev.json.gz")),
    }
    if args.wikiann_dev:
        sources["wikiann"] += list(corpora.wikiann(DATA / "wikiann-de" / "dev.tsv"))
    heldout = [s for s, _ in corpora.germeval(germeval, "heldout")]
    return sources, heldout


def raw_sentences() -> list[list[str]]:
    """Unlabelled German sentences with permissive licenses, for silver labels: WikiWarsDE (German
    Wikipedia, CC BY-SA; war narratives dense in names) and GePaDe (Bundestag speeches, CC0)."""
    import re

    from lagebild.pipeline.segmenter import segment

    sents = []
    for path in sorted((DATA / "wikiwarsde" / "WikiWarsDE_20110412" / "in").glob("*.sgm")):
        raw = path.read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", "", raw.split("<TEXT>", 1)[-1])
        tokens, sentences = segment(text, "de")
        for sent in sentences:
            words = [t.text for t in tokens[sent.token_start:sent.token_end]]
            if len(words) >= 5:
                sents.append(words)
    gepade = json.loads((DATA / "gepade-spkatt" / "dev.json").read_text(encoding="utf-8"))
    sents += [item["words"] for item in gepade.values() if len(item["words"]) >= 5]
    return sents


def silver(nlp: spacy.Language, teachers: list[Path], sents: list[list[str]], min_votes: int) -> list[Example]:
    """Sentences labelled by the teachers' vote: a span at least ``min_votes`` teachers predict is an
    entity; tokens of spans with fewer votes are left unannotated (no loss); the rest is O."""
    from collections import Counter

    from lagebild.entities.features import load_lexicon as load_lex

    votes: list[list[set]] = [[] for _ in sents]
    for folder in teachers:
        teacher = spacy.load(folder)
        lex = load_lex(folder) if '"TAG"' in (folder / "config.cfg").read_text() else None
        ner = teacher.get_pipe("ner")
        docs = []
        for words in sents:
            doc = Doc(teacher.vocab, words=words)
            if lex is not None:
                set_features(doc, lex)
            docs.append(doc)
        for i, doc in enumerate(ner.pipe(docs, batch_size=256)):
            votes[i].append({(e.start, e.end, e.label_) for e in doc.ents})
        print("silver: labelled by", folder, flush=True)
    examples = []
    for words, vote in zip(sents, votes, strict=True):
        counts = Counter(span for spans in vote for span in spans)
        agreed = {span for span, n in counts.items() if n >= min_votes}
        taken: set[int] = set()
        for span in sorted(agreed, key=lambda x: (-counts[x], x)):  # overlapping winners: most votes
            if taken & set(range(span[0], span[1])):
                agreed.discard(span)
            else:
                taken.update(range(span[0], span[1]))
        disputed = set(counts) - agreed
        ref = Doc(nlp.vocab, words=words)
        ents = [Span(ref, s, e, label=lab) for s, e, lab in sorted(agreed)]
        agreed_tokens = {i for s, e, _ in agreed for i in range(s, e)}
        missing = [Span(ref, i, i + 1) for s, e, _ in disputed for i in range(s, e) if i not in agreed_tokens]
        missing = list({m.start: m for m in missing}.values())
        ref.set_ents(ents, missing=missing, default="outside")
        examples.append(Example(Doc(nlp.vocab, words=words), ref))
    return examples


def make_doc(nlp: spacy.Language, words: list[str], tags: list[str] | None, lexicon: dict | None) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    if lexicon is not None:
        set_features(doc, lexicon)
    if tags is not None:
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in corpora.bio_spans(tags)]
    return doc


def model_config(args: argparse.Namespace) -> dict:
    attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    rows = [args.norm_rows, 2500, 5000, 1000]
    if args.features:
        attrs.append(FEATURE_ATTR)
        rows.append(500)
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner", "extra_state_tokens": False, "hidden_width": args.hidden_width,
        "maxout_pieces": args.maxout, "use_upper": True, "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "lagebild.HashCharEmbed.v1", "width": args.width,
                      "attrs": attrs, "rows": rows, "nM": 32, "nC": 8} if args.chars else
                     {"@architectures": "spacy.MultiHashEmbed.v2", "width": args.width,
                      "attrs": attrs, "rows": rows, "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": args.width,
                       "window_size": 1, "maxout_pieces": 3, "depth": args.depth},
        },
    }


def evaluate(nlp: spacy.Language, docs: list[Doc], golds: list[list[tuple[int, int, str]]],
             labels: tuple[str, ...] = LABELS) -> dict[str, float]:
    """Strict span micro P/R/F1 over ``labels``."""
    ner = nlp.get_pipe("ner")
    tp = fp = fn = 0
    for doc, gold in zip(ner.pipe([d.copy() for d in docs], batch_size=256), golds, strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in labels}
        ref = {g for g in gold if g[2] in labels}
        tp += len(pred & ref)
        fp += len(pred - ref)
        fn += len(ref - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


UPSAMPLE = "germeval=6,smartdata=2,wikiann=1,europarl=1,europeana=0.5,mobie=0.5"
PLAIN = "germeval=4,smartdata=2,wikiann=1,europarl=1,europeana=1,mobie=1"
TEACHERS = (  # the teacher configurations of --self-train: experiments 1-4 of the model card
    ["--no-features", "--no-name-lexicon", "--upsample", PLAIN],
    ["--no-name-lexicon", "--upsample", PLAIN],
    ["--upsample", PLAIN],
    ["--upsample", UPSAMPLE],
)


def train_teachers(args: argparse.Namespace) -> list[Path]:
    """Train the teachers, two processes at a time (one per core); their folders."""
    import subprocess

    folders = []
    for wave in range(0, len(TEACHERS), 2):
        procs = []
        for i in range(wave, min(wave + 2, len(TEACHERS))):
            folder = WORK / f"{args.out.name}.teacher{i + 1}"
            cmd = [sys.executable, __file__, "--out", str(folder), "--minutes", str(args.teacher_minutes),
                   "--seed", str(args.seed), *TEACHERS[i]]
            log = open(folder.with_suffix(".log"), "w")  # noqa: SIM115 (closed below)
            procs.append((subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log))
            folders.append(folder)
        for proc, log in procs:
            if proc.wait() != 0:
                raise SystemExit(f"teacher failed, see {log.name}")
            log.close()
    return folders


def prune_strings(folder: Path) -> None:
    """Keep only the labels in the saved vocab/strings.json. spaCy writes every string it saw in training
    (a vocabulary of the training corpora); the model never reads them (its embeddings hash each token's
    attributes at run time), so predictions stay the same and no corpus vocabulary ships."""
    path = folder / "vocab" / "strings.json"
    path.write_text(json.dumps(list(LABELS)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "lagebild" / "models" / "ner-de")
    parser.add_argument("--minutes", type=float, default=18.0, help="training time budget")
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many updates (0: time only)")
    parser.add_argument("--self-train", action="store_true",
                        help="first train the four teacher models (two at a time, --teacher-minutes "
                             "each), then this model on the data plus their majority labels on raw text")
    parser.add_argument("--teacher-minutes", type=float, default=12.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=128)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--hidden-width", type=int, default=64, help="the transition parser's hidden layer")
    parser.add_argument("--maxout", type=int, default=2, help="maxout pieces of the parser's hidden layer")
    parser.add_argument("--norm-rows", type=int, default=20000)
    parser.add_argument("--features", action=argparse.BooleanOptionalAction, default=True,
                        help="gazetteer/lexicon word-class feature")
    parser.add_argument("--chars", action="store_true", help="add character embeddings (first/last 8)")
    parser.add_argument("--wikiann-dev", action="store_true", help="also train on WikiANN dev")
    parser.add_argument("--name-lexicon", action=argparse.BooleanOptionalAction, default=True,
                        help="name classes from WikiANN dev in the feature lexicon (excludes --wikiann-dev)")
    parser.add_argument("--upsample", default=UPSAMPLE,
                        help="copies per source in each epoch (fractions sample)")
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--teachers", default="", help="comma-separated model folders whose agreed "
                        "predictions on raw text (WikiWarsDE, GePaDe) become a 'silver' source")
    parser.add_argument("--min-votes", type=int, default=0, help="teachers that must agree (0: all)")
    parser.add_argument("--eval-every", type=int, default=400)
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args()
    if args.self_train:
        args.teachers = ",".join(str(t) for t in train_teachers(args))
        args.min_votes = args.min_votes or 2
    if args.name_lexicon and args.wikiann_dev:
        parser.error("--name-lexicon reads WikiANN dev, so it cannot also be trained on")

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.blank("de")
    nlp.add_pipe("ner", config={"model": model_config(args)})

    # shipped with every model: name repair and resolution use it too. WikiANN dev is never trained
    # on when it feeds the lexicon's name classes (--name-lexicon).
    name_data = list(corpora.wikiann(DATA / "wikiann-de" / "dev.tsv")) if args.name_lexicon else None
    full_lexicon = build_lexicon(name_data)
    lexicon = full_lexicon if args.features else None
    sources, heldout = load_data(args)
    weights = {k: float(v) for k, v in (item.split("=") for item in args.upsample.split(","))}
    examples: dict[str, list[Example]] = {}
    for name, sents in sources.items():
        examples[name] = [Example(make_doc(nlp, w, None, lexicon), make_doc(nlp, w, t, None))
                          for w, t in sents]
    if args.teachers:
        teachers = [Path(t) for t in args.teachers.split(",")]
        silver_egs = silver(nlp, teachers, raw_sentences(), args.min_votes or len(teachers))
        if lexicon is not None:
            for eg in silver_egs:
                set_features(eg.predicted, lexicon)
        examples["silver"] = silver_egs
    dev_docs = [make_doc(nlp, w, None, lexicon) for w, _ in heldout]
    dev_gold = [corpora.bio_spans(t) for _, t in heldout]
    sizes = {k: len(v) for k, v in examples.items()}
    print("sources", json.dumps(sizes), "weights", json.dumps(weights), flush=True)

    all_examples = [eg for egs in examples.values() for eg in egs]
    optimizer = Adam(learn_rate=0.001, L2=0.01, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: all_examples, sgd=optimizer)

    def epoch() -> list[Example]:
        batch: list[Example] = []
        for name, egs in examples.items():
            w = weights.get(name, 1.0)
            batch += egs * int(w)
            frac = w - int(w)
            if frac:
                batch += random.sample(egs, int(len(egs) * frac))
        random.shuffle(batch)
        return batch

    started = time.time()
    budget = args.minutes * 60
    best = -1.0
    step = 0
    history = []
    done = False
    epoch_no = 0
    WORK.mkdir(parents=True, exist_ok=True)
    tmp_best = WORK / f"{args.out.name}.best-{os.getpid()}"  # best checkpoint so far, outside the package
    while not done:
        epoch_no += 1
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(epoch(), size=spacy.util.compounding(8.0, 32.0, 1.001)):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            step += 1
            if step % args.eval_every == 0:
                with nlp.use_params(optimizer.averages):
                    score = evaluate(nlp, dev_docs, dev_gold)
                    score3 = evaluate(nlp, dev_docs, dev_gold, ("PER", "ORG", "LOC"))
                    elapsed = time.time() - started
                    history.append({"step": step, "epoch": epoch_no, "min": round(elapsed / 60, 1),
                                    "loss": round(float(losses.get("ner", 0.0)), 1),
                                    "f_all": round(score["f"], 4), "f_pol": round(score3["f"], 4)})
                    print(json.dumps(history[-1]), flush=True)
                    if score3["f"] > best:
                        best = score3["f"]
                        nlp.to_disk(tmp_best)
                losses = {}
                if time.time() - started > budget or (args.max_steps and step >= args.max_steps):
                    done = True
                    break
    best_nlp = spacy.load(tmp_best)
    best_nlp.meta.update({
        "name": "ner_de", "version": args.version, "lang": "de",
        "description": "lagebild German NER (PER/ORG/LOC/MISC), CNN tok2vec trained from scratch",
        "license": "see MODEL_CARD.md", "lagebild": {"args": {k: str(v) for k, v in vars(args).items()},
                                                      "sources": sizes, "history": history,
                                                      "best_heldout_f_pol": best},
    })
    args.out.mkdir(parents=True, exist_ok=True)
    best_nlp.to_disk(args.out)
    prune_strings(args.out)
    save_lexicon(full_lexicon, args.out)
    shutil.rmtree(tmp_best, ignore_errors=True)
    print("saved", args.out, "best held-out F1 PER/ORG/LOC", round(best, 4), flush=True)


if __name__ == "__main__":
    main()
