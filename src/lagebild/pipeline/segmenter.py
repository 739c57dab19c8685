"""Sentences and tokens with character offsets, on spaCy's rule-based tokenizer.

spaCy's German and English tokenizer exceptions keep abbreviations ("u.", "Dr.",
"Okt.") and ordinals ("19.") whole, so a sentence ends only at a separate
terminal token. On top of that we add what news text needs: every line break
ends a segment (headlines, datelines, "+++ teaser +++" lines stand alone),
closing quote marks stay with their sentence, and a sentence never starts
with a lower-case word or punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.symbols import ORTH

from .. import resources
from ..engine import Component
from ..model import Doc, Sentence, Token

TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
# Closing marks that stay with the sentence they close when they touch its end.
CLOSERS = frozenset({"“", "”", "«", "»", "‘", "’", "'", '"', ")", "]"})
YEAR_END = re.compile(r"^\d{4,}\.$|^\d{1,3}(?:\.\d{3})+\.$")  # "2024." / "10.000." at a sentence end


@lru_cache(maxsize=None)
def tokenizer(lang: str):
    """spaCy's tokenizer for ``lang`` with our abbreviations added as exceptions."""
    nlp = spacy.blank(lang)
    for abbr in resources.load(lang, "segmenter/abbreviations.txt").items():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp.tokenizer


@lru_cache(maxsize=None)
def dateline_re(lang: str) -> re.Pattern:
    patterns = resources.load(lang, "segmenter/datelines.txt").items()
    return re.compile("|".join(f"(?:{p})" for p in patterns))


TEASER = re.compile(r"^\s*\+\+\+.*\+\+\+\s*$")


class Segmenter(Component):
    name = "segmenter"
    requires = ("text",)
    assigns = ("tokens", "sents")
    resources = ("segmenter/abbreviations.txt", "segmenter/datelines.txt")

    def __call__(self, doc: Doc) -> Doc:
        doc.tokens, doc.sents = segment(doc.text, self.lang, doc.body_start)
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        # Expected: the sentences joined by " | ", a segment's kind in brackets when not "text".
        text = given.replace("\\n", "\n")
        _, sents = segment(text, lang)
        got = " | ".join(
            text[s.start:s.end] + (f" [{s.kind}]" if s.kind != "text" else "") for s in sents
        )
        return None if got == expected else f"got {got!r}"


def segment(text: str, lang: str, start: int = 0) -> tuple[list[Token], list[Sentence]]:
    """Tokens and sentences of ``text`` from offset ``start`` on (offsets into ``text``)."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    tok = tokenizer(lang)
    dateline = dateline_re(lang)
    pos = start
    for line in text[start:].split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            continue
        offset = line_start + len(line) - len(line.lstrip())
        if TEASER.match(line):
            _add(tokens, sents, tok, text, offset, line_start + len(line.rstrip()), "teaser")
            continue
        match = dateline.match(text, offset, line_end)
        rest = text[match.end():line_end].rstrip() if match else ""
        if match and rest and rest[-1] in ".!?…“”\"«»)":  # a dateline leads into a sentence
            place_end = match.end("place")
            _add(tokens, sents, tok, text, offset, place_end, "dateline")
            offset = match.end()
        _split_line(tokens, sents, tok, text, offset, line_start + len(line.rstrip()))
    return tokens, sents


def _add(tokens, sents, tok, text, start, end, kind, spacy_tokens=None) -> None:
    """Append one segment text[start:end] with its tokens."""
    first = len(tokens)
    if spacy_tokens is None:
        spacy_tokens = [(t.idx + start, t.text) for t in tok(text[start:end]) if not t.is_space]
    for idx, word in spacy_tokens:
        tokens.append(Token(i=len(tokens), start=idx, end=idx + len(word), text=word, sent=len(sents)))
    sents.append(Sentence(i=len(sents), start=start, end=end, kind=kind, token_start=first, token_end=len(tokens)))


def _split_line(tokens, sents, tok, text, start, end) -> None:
    """Split one line into sentences at terminal punctuation."""
    words: list[tuple[int, str]] = []
    for t in tok(text[start:end]):
        if t.is_space:
            continue
        idx = t.idx + start
        if YEAR_END.match(t.text):  # "2024." ends a sentence: split the period off
            words.extend([(idx, t.text[:-1]), (idx + len(t.text) - 1, ".")])
        else:
            words.append((idx, t.text))
    if not words:
        return
    cut_points = []
    n = len(words)
    i = 0
    while i < n:
        idx, word = words[i]
        if word in TERMINALS:
            j = i + 1
            # closing quotes and brackets touching the terminal belong to this sentence
            while j < n and words[j][1] in CLOSERS and words[j][0] == words[j - 1][0] + len(words[j - 1][1]):
                j += 1
            if j < n and _starts_sentence(words[j][1]):
                cut_points.append(j)
            i = j
            continue
        i += 1
    bounds = [0, *cut_points, n]
    # a line with no terminal punctuation and few words is a headline (or breadcrumb)
    single = len(bounds) == 2
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = words[a:b]
        seg_start, seg_end = seg[0][0], seg[-1][0] + len(seg[-1][1])
        kind = "text"
        last = next((w for _, w in reversed(seg) if w not in CLOSERS), "")
        if single and last not in TERMINALS and last != ":":
            kind = "headline"
        _add(tokens, sents, tok, text, seg_start, seg_end, kind, spacy_tokens=seg)


def _starts_sentence(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.isdigit() or first in "„“\"»«‚'(‘[–-"
