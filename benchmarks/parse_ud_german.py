"""The shipped German parser (models/parse-de) on the held-out UD German GSD test set.

Scored on surface tokens with gold tokenization (multiword tokens like "zum" kept whole, as our
tokenizer keeps them; see lagebild.evaluation.ud): UAS, LAS (relations without subtypes, punctuation
included), Case accuracy over tokens whose gold features carry Case, UPOS accuracy, and parse speed
(tokens/s, one sentence at a time as relations/parse_de.py parses them).
"""

from __future__ import annotations

import time

from benchmarks.common import DATA, report
from lagebild.evaluation import ud
from lagebild.relations import parse_de


def run(quick: bool = False) -> dict:
    sents = ud.read(DATA / "ud-german" / "de_gsd-ud-test.conllu")
    if quick:
        sents = sents[:200]
    parse_de.parse(("Start", "."))  # loads the model outside the timed part
    scores = ud.Scores()
    started = time.perf_counter()
    n_tokens = 0
    parsed = []
    for sent in sents:
        parsed.append(parse_de.parse.__wrapped__(tuple(sent.words)))  # uncached: each sentence parsed once
        n_tokens += len(sent.words)
    seconds = time.perf_counter() - started
    model = ""
    for sent, p in zip(sents, parsed, strict=True):
        if p is None:
            raise SystemExit("parse_ud_german: no parser model in src/lagebild/models/parse-de")
        scores.add(sent, list(p.heads), list(p.deps), list(p.pos), list(p.case))
        model = p.model
    metrics: dict = scores.result()
    metrics["sentences"] = len(sents)
    metrics["tokens"] = n_tokens
    metrics["tokens_per_s"] = round(n_tokens / seconds, 1) if seconds else 0.0
    return report(
        "parse_ud_german",
        f"UD German GSD test (held out): {len(sents)} sentences, {n_tokens} surface tokens, gold tokens; model {model}",
        metrics,
        "UDPipe 2 and Stanza on UD German GSD test: UAS ~0.85-0.88, LAS ~0.80-0.84, trained on the full "
        "13,814-sentence GSD training split with pretrained embeddings; ours learns from 1,620 sentences "
        "(GSD dev + PUD) with no vectors, so the numbers are not comparable in data size",
        headline=["uas", "las", "case_acc", "upos_acc", "tokens_per_s"],
    )


if __name__ == "__main__":
    run()
