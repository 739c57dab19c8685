"""Clauses and quote marks: the surface structure the attribution rules work on."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Doc, Token

# Clause boundaries inside a sentence (tokens).
BOUNDARIES = frozenset({",", ";", ":", "–", "—", "-"})
TERMINAL = frozenset({".", "!", "?", "…", "..."})
QUOTE_CHARS = frozenset("„“”\"»«‚‘’'")
# Pairs of opening and closing quote marks; double marks first, single ones only where no double mark applies.
# Guillemets in either order, the leftmost pair first: German »X«, Swiss and French «X» (read as »...« instead,
# "«A» sagte sie, «B»" would make the words between the two quotations a quotation).
_DOUBLE = re.compile(r"„[^„“”\n]*[“”]|»[^»«\n]*«|«[^«»\n]*»|“[^“”\n]*”|\"[^\"\n]*\"")
_SINGLE = re.compile(r"(?<![\w])'[^'\n]{3,}?'(?![\w])|‚[^‚‘\n]*‘")


@dataclass(slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    single: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotes(text: str, start: int = 0) -> list[Quote]:
    """Quotations in ``text`` from ``start`` on: balanced pairs of quote marks on one line."""
    quotes = [Quote(m.start(), m.end()) for m in _DOUBLE.finditer(text, start)]
    # the double quotations do not overlap and come in order: the one a single mark may be inside is the
    # last that starts before it (a binary search, not a scan of all for every single mark)
    starts = [q.start for q in quotes]
    for m in _SINGLE.finditer(text, start):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= quotes[k].end:
            quotes.append(Quote(m.start(), m.end(), single=True))
    quotes.sort(key=lambda q: q.start)
    return quotes


def words_in(quote: Quote, text: str) -> int:
    return len(re.findall(r"\w+", text[quote.start:quote.end]))


def clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """Clause segments of a sentence as (first, after-last) indices into ``tokens``, split at , ; : and dashes;
    commas inside brackets do not split ("Kristina Schröder (CDU, Berlin) sagte")."""
    segs = []
    first = 0
    texts = [tok.text for tok in tokens]
    n = len(texts)
    while n > 0 and (texts[n - 1] in TERMINAL or texts[n - 1] in QUOTE_CHARS):
        n -= 1
    if "(" in texts or ")" in texts:  # brackets: the depth is counted word by word
        depth = 0
        candidates = []
        for k in range(n):
            depth += (texts[k] == "(") - (texts[k] == ")")
            if depth <= 0 and texts[k] in BOUNDARIES:
                candidates.append(k)
    else:  # most sentences: only the boundaries are visited
        candidates = [k for k in range(n) if texts[k] in BOUNDARIES]
    for k in candidates:
        if k < first:
            continue
        if k > first:
            segs.append((first, k))
        first = k + 1
        # a closing quote mark right after the comma belongs to the boundary: '"We will not stop," said X'
        if k + 1 < n and texts[k + 1] in "“”\"«'" and tokens[k + 1].start == tokens[k].end:
            first = k + 2
    if first < n:
        segs.append((first, n))
    return segs


def segment_of(segs: list[tuple[int, int]], k: int) -> int:
    """Index of the segment holding word ``k`` (-1 when ``k`` is a boundary or closing mark)."""
    for n, (a, b) in enumerate(segs):
        if a <= k < b:
            return n
    return -1


def segment_at(segs: list[tuple[int, int]], k: int, n: int) -> tuple[int, int]:
    """The segment holding word ``k``, or the whole sentence of ``n`` words when none does."""
    i = segment_of(segs, k)
    return segs[i] if i >= 0 else (0, n)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, commas, terminal punctuation and quote marks at either end."""
    junk = set(" \n\t,;:–-") | QUOTE_CHARS | set(".!?")
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    # a closing quote mark whose opening mark is inside the span stays ("… einem „neuen Weltkrieg“")
    if end < len(text) and text[end] in "“”«\"'‘" and text.count(_opening(text[end]), start, end) > text.count(text[end], start, end):
        end += 1
    return start, end


def _opening(close: str) -> str:
    return {"“": "„", "”": "“", "«": "»", "\"": "\"", "'": "'", "‘": "‚"}.get(close, close)


def sentence_tokens(doc: Doc, i: int) -> list[Token]:
    return doc.sent_tokens(i)
