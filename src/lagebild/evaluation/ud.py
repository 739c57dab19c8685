"""Universal Dependencies treebanks (CoNLL-U) on surface tokens, and attachment scores.

Used by scripts/train_parser_de.py (training data) and benchmarks/parse_ud_german.py (the held-out
score). Our tokenizer keeps contractions whole ("zum", "im", "beim"), so a multiword token is read as
ONE token: it takes the relation of the part whose head lies outside it (for "zum" = "zu dem" the
preposition's ``case``), the union of the parts' features (so "zum" carries dem's Case=Dat), and words
headed by any part point to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Morphological features the shipped model predicts: Case for nominative/dative/accusative roles,
# Number and VerbForm (participles, infinitives) for agreement and passives. Fewer features mean fewer,
# better-trained labels on a small treebank.
FEATURES = ("Case", "Number", "VerbForm")


@dataclass(slots=True)
class Sentence:
    sent_id: str
    words: list[str]
    heads: list[int]  # 0-based index of the head; the root points to itself
    deps: list[str]
    pos: list[str]
    feats: list[dict[str, str]] = field(default_factory=list)

    def morph(self, k: int, keep: tuple[str, ...] = FEATURES) -> str:
        """The token's features as a spaCy morph string, only ``keep``."""
        return "|".join(f"{f}={v}" for f, v in sorted(self.feats[k].items()) if f in keep)


def _feats(text: str) -> dict[str, str]:
    if text == "_":
        return {}
    return dict(item.split("=", 1) for item in text.split("|") if "=" in item)


def read(path: Path) -> list[Sentence]:
    """The sentences of a CoNLL-U file on surface tokens (see the module docstring)."""
    out: list[Sentence] = []
    rows: list[list[str]] = []
    sent_id = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line.strip():
            if rows:
                out.append(_sentence(sent_id or f"{path.name}#{len(out)}", rows))
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: not a CoNLL-U line (10 tab-separated columns expected): {line[:80]!r}")
            if "." not in cols[0]:  # empty nodes (enhanced graphs) are no tokens
                rows.append(cols)
    return out


def _sentence(sent_id: str, rows: list[list[str]]) -> Sentence:
    ranges: dict[int, tuple[int, int, str]] = {}
    words_by_id: dict[int, list[str]] = {}
    for cols in rows:
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            ranges[a] = (a, b, cols[1])
        else:
            words_by_id[int(cols[0])] = cols
    surface: dict[int, int] = {}  # syntactic word id -> surface index
    units: list[list[int]] = []
    wid = 1
    while wid <= len(words_by_id):
        if wid in ranges:
            a, b, _ = ranges[wid]
            units.append(list(range(a, b + 1)))
            wid = b + 1
        else:
            units.append([wid])
            wid += 1
    for n, ids in enumerate(units):
        for wid in ids:
            surface[wid] = n
    words, heads, deps, pos, feats = [], [], [], [], []
    for n, ids in enumerate(units):
        parts = [words_by_id[w] for w in ids]
        outside = [p for p in parts if int(p[6]) not in ids]
        main = outside[0] if outside else parts[0]
        words.append(ranges[ids[0]][2] if len(ids) > 1 else main[1])
        head = int(main[6])
        heads.append(n if head == 0 else surface[head])
        deps.append("ROOT" if head == 0 else main[7])
        pos.append(main[3])
        merged: dict[str, str] = {}
        for p in parts:
            for f, v in _feats(p[5]).items():
                merged.setdefault(f, v)
        feats.append(merged)
    return Sentence(sent_id, words, heads, deps, pos, feats)


@dataclass(slots=True)
class Scores:
    tokens: int = 0
    uas: int = 0
    las: int = 0
    case_tokens: int = 0  # tokens whose gold features carry Case
    case: int = 0
    pos: int = 0

    def add(self, gold: Sentence, heads: list[int], deps: list[str], pos: list[str], cases: list[str | None]) -> None:
        """Score one parsed sentence (punctuation included, labels compared without subtypes)."""
        for k in range(len(gold.words)):
            self.tokens += 1
            if heads[k] == gold.heads[k]:
                self.uas += 1
                if deps[k].split(":")[0].lower() == gold.deps[k].split(":")[0].lower():
                    self.las += 1
            if pos[k] == gold.pos[k]:
                self.pos += 1
            if "Case" in gold.feats[k]:
                self.case_tokens += 1
                if cases[k] == gold.feats[k]["Case"]:
                    self.case += 1

    def result(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0
        return {"uas": ratio(self.uas, self.tokens), "las": ratio(self.las, self.tokens),
                "case_acc": ratio(self.case, self.case_tokens), "upos_acc": ratio(self.pos, self.tokens)}
