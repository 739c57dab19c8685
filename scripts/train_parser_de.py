"""Train the small German dependency parser shipped in src/lagebild/models/parse-de/.

One command reproduces the shipped model (the defaults are its recipe: 2,000 updates, about 6.2 minutes
of CPU time on one core, which on the shared, loaded 2-core machine took about 35 minutes of wall-clock
time; training on CPU with a fixed seed is deterministic):

    .venv/bin/python scripts/train_parser_de.py --out src/lagebild/models/parse-de

Data (read at run time from ../shared/data/ud-german, never copied into the repo; CC BY-SA, see the
model card): UD German GSD dev and UD German PUD test are trained on, except every 10th sentence of
each, which only picks the best checkpoint; UD German GSD test is held out for
benchmarks/parse_ud_german.py. Sentences are read on surface tokens (multiword tokens like "zum"
stay one token, as our tokenizer keeps them; see lagebild.evaluation.ud).

The pipeline: a shared CNN tok2vec (hashed NORM/PREFIX/SUFFIX/SHAPE embeddings, no vectors), a
morphologizer (UPOS + Case/Number/VerbForm) and a transition-based parser (UD relations;
non-projective trees are projectivized in training by spaCy). The budget is the process's CPU time
(--minutes; on a machine shared with other jobs wall-clock time would say little) and updates (--max-steps),
whichever ends first; every 200 updates the checkpoint-selection sentences are parsed and the best
checkpoint (LAS) is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the machine is shared
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from thinc.api import Adam  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.evaluation import ud  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ud-german"
WORK = ROOT / "build" / "parser"  # the best checkpoint while training


def load(args: argparse.Namespace) -> tuple[list[ud.Sentence], list[ud.Sentence]]:
    """Training sentences and the checkpoint-selection sentences (every 10th of each training file)."""
    train, select = [], []
    for name in ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu"):
        for n, sent in enumerate(ud.read(DATA / name)):
            (select if n % 10 == 9 and not args.no_select else train).append(sent)
    return train, select


def make_doc(vocab, sent: ud.Sentence, gold: bool) -> Doc:
    if not gold:
        return Doc(vocab, words=sent.words)
    return Doc(vocab, words=sent.words, heads=sent.heads, deps=sent.deps, pos=sent.pos,
               morphs=[sent.morph(k) for k in range(len(sent.words))])


def build(args: argparse.Namespace) -> spacy.Language:
    nlp = spacy.blank("de")
    width = args.width
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                  "rows": [args.norm_rows, 1500, 3000, 500], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                   "window_size": 1, "maxout_pieces": 3, "depth": args.depth},
    }})
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}
    nlp.add_pipe("morphologizer", config={"model": {"@architectures": "spacy.Tagger.v2", "nO": None,
                                                    "normalize": False, "tok2vec": listener}})
    nlp.add_pipe("parser", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
        "extra_state_tokens": False, "hidden_width": args.hidden, "maxout_pieces": 2, "use_upper": True,
        "nO": None, "tok2vec": listener}, "learn_tokens": False, "min_action_freq": 5})
    return nlp


def evaluate(nlp: spacy.Language, sents: list[ud.Sentence]) -> dict[str, float]:
    scores = ud.Scores()
    docs = [make_doc(nlp.vocab, s, gold=False) for s in sents]
    for doc, gold in zip(nlp.pipe(docs, batch_size=128), sents, strict=True):
        scores.add(gold, [t.head.i for t in doc], [t.dep_ for t in doc], [t.pos_ for t in doc],
                   [(t.morph.get("Case") or [None])[0] for t in doc])
    return scores.result()


def prune_strings(folder: Path, nlp: spacy.Language) -> None:
    """Keep only the labels in vocab/strings.json: the model hashes each token's attributes at run time
    and never reads the training vocabulary spaCy saves, so predictions stay the same and no corpus
    word list ships (as scripts/train_ner.py does)."""
    labels: set[str] = set(nlp.get_pipe("parser").labels)
    for label in nlp.get_pipe("morphologizer").labels:
        labels.add(label)
        for part in label.split("|"):
            labels.add(part)
            labels.update(part.split("=", 1))
    path = folder / "vocab" / "strings.json"
    path.write_text(json.dumps(sorted(labels)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "lagebild" / "models" / "parse-de")
    parser.add_argument("--minutes", type=float, default=12.0, help="training budget in CPU minutes")
    parser.add_argument("--max-steps", type=int, default=2000,
                        help="stop after this many updates (0: the CPU budget only)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--width", type=int, default=96)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--hidden", type=int, default=128, help="parser hidden width")
    parser.add_argument("--norm-rows", type=int, default=6000)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--no-select", action="store_true", help="train on every sentence, keep the last step")
    parser.add_argument("--eval-every", type=int, default=300)
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args()

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    nlp = build(args)
    train, select = load(args)
    examples = [Example(make_doc(nlp.vocab, s, False), make_doc(nlp.vocab, s, True)) for s in train]
    print("training sentences", len(train), "selection", len(select), flush=True)
    optimizer = Adam(learn_rate=0.001, L2=0.01, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: examples, sgd=optimizer)

    started = time.process_time()
    budget = args.minutes * 60
    best, step, epoch_no, done = -1.0, 0, 0, False
    history = []
    WORK.mkdir(parents=True, exist_ok=True)
    tmp_best = WORK / f"{args.out.name}.best-{os.getpid()}"
    while not done:
        epoch_no += 1
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(examples, size=spacy.util.compounding(8.0, 32.0, 1.001)):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            step += 1
            stop = time.process_time() - started > budget or (args.max_steps and step >= args.max_steps)
            if step % args.eval_every == 0 or stop:
                with nlp.use_params(optimizer.averages):
                    score = evaluate(nlp, select) if select else {"las": float(step)}
                    history.append({"step": step, "epoch": epoch_no,
                                    "cpu_min": round((time.process_time() - started) / 60, 1),
                                    **{k: round(float(v), 1) for k, v in losses.items()}, **score})
                    print(json.dumps(history[-1]), flush=True)
                    if score["las"] > best:
                        best = score["las"]
                        nlp.to_disk(tmp_best)
                losses = {}
            if stop:
                done = True
                break
    finish(tmp_best, args, history, len(train), len(select), best)


def finish(best_folder: Path, args: argparse.Namespace, history: list[dict], n_train: int, n_select: int,
           best: float) -> None:
    """Save the best checkpoint as the shipped model: meta (arguments, sizes, learning curve), pruned strings."""
    best_nlp = spacy.load(best_folder)
    best_nlp.meta.update({
        "name": "parse_de", "version": args.version, "lang": "de",
        "description": "lagebild German dependency parser + morphologizer (UD), CNN tok2vec trained from scratch",
        "license": "CC BY-SA 4.0 (trained on UD German GSD and PUD); see MODEL_CARD.md",
        "lagebild": {"args": {k: str(v) for k, v in vars(args).items()}, "train_sentences": n_train,
                     "selection_sentences": n_select, "history": history, "best_selection_las": best},
    })
    args.out.mkdir(parents=True, exist_ok=True)
    best_nlp.to_disk(args.out)
    prune_strings(args.out, best_nlp)
    shutil.rmtree(best_folder, ignore_errors=True)
    print("saved", args.out, "best selection LAS", round(best, 4), flush=True)


if __name__ == "__main__":
    main()
