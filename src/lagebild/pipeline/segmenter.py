"""Sentences and tokens with character offsets, on spaCy's rule-based tokenizer.

spaCy's German and English tokenizer exceptions keep abbreviations ("u.", "Dr.",
"Okt.") and ordinals ("19.") whole, so a sentence ends only at a separate
terminal token. On top of that we add what news text needs: every line break
ends a segment (headlines, datelines, "+++ teaser +++" lines stand alone),
closing quote marks stay with their sentence, and a sentence never starts
with a lower-case word or punctuation.

A "sentence" longer than ``max_tokens`` (a list or table without full stops, a wall of quote
marks) is cut into parts of at most that many tokens, preferably after a comma or semicolon, so
that the components after the segmenter, whose work per sentence grows faster than its length,
see bounded sentences; each cut is named in ``doc.warnings`` (W002).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import repeat
from re import _constants, _parser  # what a regex's alternatives match (SuffixSearch, InfixFinder)

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.symbols import ORTH
from spacy.util import compile_suffix_regex

from .. import resources, vocabularies
from ..engine import Component, check_deadline
from ..errors import W002
from ..model import Doc, Sentence, Token

TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
# Closing marks that stay with the sentence they close when they touch its end.
CLOSERS = frozenset({"“", "”", "«", "»", "‘", "’", "'", '"', ")", "]"})
# News sentences have 17 tokens (median), 84 at the 99.9th percentile (10kGNAD); longer ones are lists.
MAX_TOKENS = 150
# A cut prefers the last of these in the second half of a part.
SOFT_BREAKS = frozenset({",", ";", ":", "–", "-", "|", "/", "•", "·"})
# spaCy's tokenizer splits affixes off a whitespace-free run one at a time, searching the rest each time:
# quadratic in the run's length (3,000 quote marks in a row take seconds). Longer runs (no word is
# this long; markup, symbol walls and pasted tables are) are split into words and single symbols.
LONG_RUN = 200
# How many whitespace-free chunks ("Regierung,", "(dpa)") the tokenizer keeps split: 1,028 news articles hold
# ~70,000 different ones; a kept one costs tens of bytes.
CHUNK_CACHE = 1_000_000
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_RUN_PIECES = re.compile(r"\w+|[^\w\s]")
YEAR_END = re.compile(r"^\d{4,}\.$|^\d{1,3}(?:\.\d{3})+\.$")  # "2024." / "10.000." at a sentence end
# An agency's editor signature glued to the last word ("geliefert./abc/DP/xyz", dpa-AFX): spaCy keeps
# "geliefert./abc" whole, and the word is lost to every later component. The word and the period are split off.
SIGNED_END = re.compile(r"^[^\W\d_]{2,}\.(?=/\w)")


@lru_cache(maxsize=None)
def tokenizer(lang: str):
    """spaCy's tokenizer for ``lang`` with our abbreviations added as exceptions."""
    nlp = spacy.blank(lang)
    nlp.tokenizer.suffix_search = SuffixSearch(nlp.Defaults.suffixes)  # before our special cases are added
    nlp.tokenizer.infix_finditer = InfixFinder(nlp.tokenizer.infix_finditer)
    # Every new word type gets a lexeme, and spaCy computes two dozen attributes for it (shape, like_num,
    # is_stop ...) in Python: over a quarter of the segmenter's time on news. The users of this tokenizer (the
    # segmenter, lexicon phrases of quantities and entities) read a token's text, offset and is_space only.
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {IS_SPACE: getters[IS_SPACE]} if IS_SPACE in getters else {}
    for abbr in resources.load(lang, "segmenter/abbreviations.txt").items():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # spaCy keeps the tokens of a whitespace-free chunk it split and stops keeping new ones after 10,000 chunks:
    # an ingest meets that many in its first hundred articles, and then splits the affixes of every chunk anew
    nlp.tokenizer.max_cache_size = CHUNK_CACHE
    return nlp.tokenizer


def bounded_tokenizer(lang: str):
    """``tokenizer(lang)``, built anew once its vocabulary has outgrown its bound (see vocabularies.py).

    Only the segmenter's tokenizer meets the words of every document; the other users tokenize lexicon phrases
    once, at load time, and may keep the tokenizer they got."""
    return vocabularies.kept(tokenizer, lambda tok: tok.vocab, lang)


class SuffixSearch:
    """spaCy's suffix search (``compile_suffix_regex(suffixes).search``), the same matches with less searching.

    Every alternative of the suffix pattern ends at the end of the word (``$``), and the regex module tries them
    at every position of a word not seen before (a tenth of the tokenizer's time on news). An alternative no wider
    than ``width`` characters can only start within the last ``width``, so those alternatives are searched from
    there (a lookbehind still reads the characters before that position); the few unbounded ones ("...") are
    searched over the whole word. The leftmost start of the two wins, as in the joined pattern, and both end at
    the end of the word, so the suffix is the same."""

    def __init__(self, suffixes: list[str] | tuple[str, ...]) -> None:
        bounded, unbounded = [], []
        for piece in suffixes:
            (bounded if _width(piece + "$") < UNBOUNDED else unbounded).append(piece)
        self.width = max((_width(piece + "$") for piece in bounded), default=0)
        self.bounded = compile_suffix_regex(bounded) if bounded else None
        self.unbounded = compile_suffix_regex(unbounded) if unbounded else None

    def __call__(self, word: str) -> re.Match | None:
        found = self.bounded.search(word, max(0, len(word) - self.width)) if self.bounded is not None else None
        if self.unbounded is not None:
            other = self.unbounded.search(word)
            if other is not None and (found is None or other.start() < found.start()):
                return other
        return found


class InfixFinder:
    """spaCy's infix search (``finditer`` of its joined infix pattern), without searching a word that holds no
    character an infix can begin with: most words spaCy asks about are letters alone, and no German or English
    infix begins with a letter or digit (hyphens, dots, slashes, symbols do). The characters are read from the
    pattern itself (``_first_chars``); a pattern they cannot be read from is searched in every word as before."""

    def __init__(self, finditer: Callable[[str], Iterator[re.Match]]) -> None:
        self.finditer = finditer
        pattern = getattr(finditer, "__self__", None)
        ranges = _first_chars(pattern) if isinstance(pattern, re.Pattern) else None
        self.begins = re.compile("[" + "".join(re.escape(chr(lo)) if lo == hi else
                                               f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                                               for lo, hi in ranges) + "]") if ranges else None

    def __call__(self, word: str) -> Iterator[re.Match]:
        if self.begins is not None and self.begins.search(word) is None:
            return iter(())
        return self.finditer(word)


def _first_chars(pattern: re.Pattern) -> list[tuple[int, int]] | None:
    """The characters (code point ranges) a match of ``pattern`` can begin with, or None when that cannot be
    read safely (case folding, a class by category or negation, an alternative that may match nothing)."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _first(parsed.data) if parsed.getwidth()[0] > 0 else None


def _first(items: list) -> list[tuple[int, int]] | None:
    for op, av in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _constants.LITERAL:
            return [(av, av)]
        if op is _constants.IN:
            ranges = []
            for kind, value in av:
                if kind is _constants.LITERAL:
                    ranges.append((value, value))
                elif kind is _constants.RANGE:
                    ranges.append(value)
                else:  # a negation or a category (\w, \d): not read
                    return None
            return ranges
        if op is _constants.BRANCH:
            found: list[tuple[int, int]] = []
            for branch in av[1]:
                first = _first(branch.data)
                if first is None:
                    return None
                found += first
            return found
        if op is _constants.SUBPATTERN:
            _, add_flags, _, sub = av
            return None if add_flags & re.IGNORECASE else _first(sub.data)
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, _, sub = av
            return _first(sub.data) if low >= 1 else None
        return None  # any other item (a dot, a back reference ...): not read
    return None


# The widest a regex can match is reported as this or more when it has no bound ("\.\.+").
UNBOUNDED = 1 << 16


def _width(pattern: str) -> int:
    """The most characters ``pattern`` can match (lookarounds match none)."""
    return _parser.parse(pattern).getwidth()[1]


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

    def __init__(self, lang: str, max_tokens: int = MAX_TOKENS, **config) -> None:
        super().__init__(lang, max_tokens=max_tokens, **config)
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        cuts: list[tuple[int, int]] = []
        doc.tokens, doc.sents = segment(doc.text, self.lang, doc.body_start, self.max_tokens, cuts)
        for start, length in cuts:
            doc.warnings.append(W002.format(tokens=length, start=start, limit=self.max_tokens))
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


def segment(text: str, lang: str, start: int = 0, max_tokens: int = MAX_TOKENS,
            cuts: list[tuple[int, int]] | None = None) -> tuple[list[Token], list[Sentence]]:
    """Tokens and sentences of ``text`` from offset ``start`` on (offsets into ``text``).

    Sentences over ``max_tokens`` tokens are cut; (offset, tokens) of each goes to ``cuts``."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    tok = bounded_tokenizer(lang)
    dateline = dateline_re(lang)
    pos = start
    for line in text[start:].split("\n"):
        check_deadline()
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
        _split_line(tokens, sents, tok, text, offset, line_start + len(line.rstrip()), max_tokens, cuts)
    return tokens, sents


def _add(tokens, sents, tok, text, start, end, kind, words=None) -> None:
    """Append one segment text[start:end] with its tokens (``words``: its (starts, ends, texts), else tokenized)."""
    first = len(tokens)
    starts, ends, texts = words if words is not None else _words(tok, text, start, end)
    sent = len(sents)
    # positional, by map (i, start, end, text, sent): a token per word of every document
    tokens.extend(map(Token, range(first, first + len(texts)), starts, ends, texts, repeat(sent, len(texts))))
    sents.append(Sentence(i=sent, start=start, end=end, kind=kind, token_start=first, token_end=len(tokens)))


def _split_line(tokens, sents, tok, text, start, end, max_tokens=MAX_TOKENS, cuts=None) -> None:
    """Split one line into sentences at terminal punctuation."""
    starts, ends, texts = _words(tok, text, start, end)
    # "2024." ends a sentence: split the period off (found among the few words ending in a period)
    years = [k for k, word in enumerate(texts) if word[-1] == "." and YEAR_END.match(word)]
    for k in reversed(years):
        word = texts[k]
        texts[k:k + 1] = [word[:-1], "."]
        starts[k:k + 1] = [starts[k], ends[k] - 1]
        ends[k:k + 1] = [ends[k] - 1, ends[k]]
    # "geliefert./abc": the word, its period and the signature (found among the few words holding "./")
    signed = [(k, match.end()) for k, word in enumerate(texts) if "./" in word
              for match in [SIGNED_END.match(word)] if match]
    for k, cut in reversed(signed):
        word, at = texts[k], starts[k]
        texts[k:k + 1] = [word[:cut - 1], ".", word[cut:]]
        starts[k:k + 1] = [at, at + cut - 1, at + cut]
        ends[k:k + 1] = [at + cut - 1, at + cut, ends[k]]
    n = len(texts)
    if not n:
        return
    cut_points = []
    # every terminal in order (the closing marks passed after one are no terminals: none is skipped)
    for i in [k for k, word in enumerate(texts) if word in TERMINALS]:
        j = i + 1
        # closing quotes and brackets touching the terminal belong to this sentence
        while j < n and texts[j] in CLOSERS and starts[j] == ends[j - 1]:
            j += 1
        if j < n and _starts_sentence(texts[j]):
            cut_points.append(j)
    bounds = _cap([0, *cut_points, n], texts, starts, max_tokens, cuts)
    # a line with no terminal punctuation and few words is a headline (or breadcrumb)
    single = len(bounds) == 2
    for a, b in zip(bounds, bounds[1:], strict=False):
        kind = "text"
        if single:
            last = next((w for w in reversed(texts[a:b]) if w not in CLOSERS), "")
            if last not in TERMINALS and last != ":":
                kind = "headline"
        _add(tokens, sents, tok, text, starts[a], ends[b - 1], kind, (starts[a:b], ends[a:b], texts[a:b]))


def _words(tok, text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """The tokens of text[start:end] as three lists, their starts, ends and texts: spaCy's, except inside runs of
    ``LONG_RUN`` characters without a space, which are split into words and single symbols (linear)."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    pos = start
    for run in _LONG_RUN.finditer(text, start, end):
        if run.start() > pos:
            _spacy_words(tok, text[pos:run.start()], pos, starts, ends, texts)
        for piece in _RUN_PIECES.finditer(text, run.start(), run.end()):
            starts.append(piece.start())
            ends.append(piece.end())
            texts.append(piece.group())
        pos = run.end()
    if pos < end:
        _spacy_words(tok, text[pos:end], pos, starts, ends, texts)
    return starts, ends, texts


# Pieces up to this long are tokenized once and kept: short lines repeat (datelines, bylines, bullets, one word
# or character per line in pasted lists), and for them the cost of a spaCy Doc per call outweighs the work.
SHORT_PIECE = 24


def _spacy_words(tok, piece: str, offset: int, starts: list[int], ends: list[int], texts: list[str]) -> None:
    """Append the starts, ends and texts of spaCy's tokens of ``piece``, which starts at ``offset`` of the text."""
    if len(piece) <= SHORT_PIECE:
        for idx, word in _short_words(tok, piece):
            starts.append(idx + offset)
            ends.append(idx + offset + len(word))
            texts.append(word)
        return
    # read as one array (offset, length, is_space) instead of one spaCy Token object per word: a token's text is
    # the piece's characters it spans (spaCy's tokens never change the text); the spaces are dropped in numpy
    rows = tok(piece).to_array(_WORD_ATTRS)
    rows = rows[rows[:, 2] == 0]
    first = rows[:, 0].tolist()
    last = (rows[:, 0] + rows[:, 1]).tolist()
    texts.extend([piece[a:b] for a, b in zip(first, last, strict=True)])
    if offset:
        starts.extend([a + offset for a in first])
        ends.extend([b + offset for b in last])
    else:
        starts.extend(first)
        ends.extend(last)


_WORD_ATTRS = [IDX, LENGTH, IS_SPACE]


@lru_cache(maxsize=8192)
def _short_words(tok, piece: str) -> tuple[tuple[int, str], ...]:
    return tuple((t.idx, t.text) for t in tok(piece) if not t.is_space)


def forget_short_pieces() -> None:
    """Drop the kept short pieces (a benchmark timing the same text twice measures the work each time)."""
    _short_words.cache_clear()


def _cap(bounds: list[int], texts: list[str], starts: list[int], max_tokens: int,
         cuts: list[tuple[int, int]] | None) -> list[int]:
    """Sentence bounds with every sentence over ``max_tokens`` cut into parts (linear)."""
    if max_tokens <= 0 or all(b - a <= max_tokens for a, b in zip(bounds, bounds[1:], strict=False)):
        return bounds
    capped = [0]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a > max_tokens and cuts is not None:
            cuts.append((starts[a], b - a))
        while b - a > max_tokens:
            cut = a + max_tokens
            for k in range(a + max_tokens - 1, a + max_tokens // 2, -1):
                if texts[k] in SOFT_BREAKS:
                    cut = k + 1
                    break
            capped.append(cut)
            a = cut
        capped.append(b)
    return capped


def _starts_sentence(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.isdigit() or first in "„“\"»«‚'(‘[–-"
