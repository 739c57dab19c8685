"""Shared by the NER benchmarks: run the entities component over pre-tokenized sentences, score spans."""

from __future__ import annotations

from lagebild.model import Doc, Sentence, Token
from lagebild.pipeline.entities import Entities


def doc_from_words(words: list[str], lang: str = "de") -> Doc:
    """Our Doc for one tokenized sentence (tokens joined by single spaces)."""
    tokens, pos = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i=i, start=pos, end=pos + len(word), text=word, sent=0))
        pos += len(word) + 1
    text = " ".join(words)
    return Doc(doc_id="s", text=text, lang=lang, tokens=tokens,
               sents=[Sentence(i=0, start=0, end=len(text), token_start=0, token_end=len(tokens))])


def component_spans(comp: Entities, words: list[str], names_only: bool = True) -> set[tuple[int, int, str]]:
    """Token spans the component assigns; ``names_only`` leaves out role nouns and demonym adjectives,
    which are no names in the GermEval/WikiANN sense (GermEval tags adjectives *deriv, ignored here)."""
    doc = comp(doc_from_words(words, comp.lang))
    starts = {t.start: t.i for t in doc.tokens}
    ends = {t.end: t.i + 1 for t in doc.tokens}
    out = set()
    for ent in doc.ents:
        adjective = "countries.txt" in ent.provenance and ent.text[:1].islower()
        if names_only and ("roles.txt" in ent.provenance or adjective):
            continue
        out.add((starts[ent.start], ends[ent.end], ent.label))
    return out


def model_spans(comp: Entities, words: list[str]) -> set[tuple[int, int, str]]:
    """Token spans of the statistical model alone."""
    return set(comp.model.spans(words, [True] * len(words), [i == 0 for i in range(len(words))]))


class Scorer:
    """Strict span micro P/R/F1 per label set; predictions overlapping an ignored gold span are dropped."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels
        self.tp = self.fp = self.fn = 0
        self.per_label: dict[str, list[int]] = {lab: [0, 0, 0] for lab in labels}

    def add(self, pred: set, gold: set, ignore: list[tuple[int, int]] = ()) -> None:
        pred = {p for p in pred if p[2] in self.labels
                and not any(p[0] < e and s < p[1] for s, e in ignore)}
        gold = {g for g in gold if g[2] in self.labels}
        for lab in self.labels:
            p = {x for x in pred if x[2] == lab}
            g = {x for x in gold if x[2] == lab}
            self.per_label[lab][0] += len(p & g)
            self.per_label[lab][1] += len(p - g)
            self.per_label[lab][2] += len(g - p)
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def result(self, prefix: str) -> dict[str, float]:
        p, r, f = self._prf(self.tp, self.fp, self.fn)
        out = {f"{prefix}_p": round(p, 4), f"{prefix}_r": round(r, 4), f"{prefix}_f1": round(f, 4)}
        return out

    def label_f1(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}_f1_{lab}": round(self._prf(*v)[2], 4) for lab, v in self.per_label.items()}
