"""A cheap test of whether any of a set of word patterns can match a word in full, read from the literal text
the patterns require (issue 10: the cost of the relations).

Every new word form of a text is asked whether a trigger can start at it (extract.py): one joined pattern of all
first words of triggers.txt and frames.txt (``lexicon.any_of``) costs ~4 µs a word, and 98 % of the word forms
start none. Most patterns begin with literal letters ("liefer\\w*", "(ent)?sand(t|te|ten)?"), so a match starts
with one of a few known strings; the others begin with a class ("\\w*hilfe") and need a known string somewhere
("hilfe"). A word that starts with none of the first and holds none of the second cannot match: only the
others go on to the patterns. The test is sound by construction (it never turns down a word a pattern
matches); a pattern it cannot read (a global flag, an unknown construct) lets every word through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import event_nouns, frames
from .lexicon import RelationLexicon, Trigger

try:  # the parser of the re module (private, but stable since Python 3.11; any failure lets every word through)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parse = None  # type: ignore[assignment]

HEAD = 6  # characters of a pattern's literal start kept: a word is tested by its first 1..HEAD characters
INNER = 12  # characters kept of a literal a pattern needs inside the word
BUDGET = 4096  # strings a set of patterns may expand to (optional groups, alternatives); beyond: every word
START_WORDS = 200_000  # word forms RelationLexicon.start_words remembers (~20 MB) before it starts anew


class _Unreadable(Exception):
    """A pattern the analysis does not follow: every word passes."""


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Which words a set of patterns may match in full: those starting with one of ``heads`` (by length) or
    holding one of ``inner``; every word when ``always``."""

    heads: tuple[tuple[int, frozenset[str]], ...]  # (length, literal starts of that length), longest first
    inner: tuple[str, ...]  # literals one of which a class-led pattern needs inside the word
    always: bool = False

    def may_match(self, word: str) -> bool:
        """False only when no pattern can match ``word`` in full."""
        if self.always:
            return True
        for n, heads in self.heads:
            if word[:n] in heads:
                return True
        for literal in self.inner:
            if literal in word:
                return True
        return False


def prefilter(patterns: Iterable[re.Pattern]) -> Prefilter:
    """The test for ``patterns`` (each to be matched in full against a word)."""
    found: set[tuple[bool, str]] = set()
    budget = [BUDGET]
    try:
        if _sre_parse is None:
            raise _Unreadable
        for pattern in patterns:
            if pattern.flags & ~re.UNICODE:  # a global flag (ignore case, ...): literals are no longer literal
                raise _Unreadable
            _expand(list(_sre_parse.parse(pattern.pattern, pattern.flags)), True, "", found, budget)
    except (_Unreadable, re.error, RecursionError, TypeError, ValueError):
        return Prefilter((), (), always=True)
    if any(not text for _, text in found):  # a pattern that needs no literal at all (or matches "")
        return Prefilter((), (), always=True)
    lengths: dict[int, set[str]] = {}
    for anchored, text in found:
        if anchored:
            lengths.setdefault(len(text), set()).add(text)
    inner = sorted({text for anchored, text in found if not anchored}, key=lambda t: (-len(t), t))
    # an inner literal that holds another is redundant: the shorter one is found whenever the longer is
    inner = [t for t in inner if not any(o != t and o in t for o in inner)]
    return Prefilter(tuple((n, frozenset(heads)) for n, heads in sorted(lengths.items(), reverse=True)),
                     tuple(inner))


def _expand(items: list, anchored: bool, text: str, found: set[tuple[bool, str]], budget: list[int]) -> None:
    """Add to ``found`` (anchored, literal) pairs such that every string ``items`` match (from the word's start
    when ``anchored``, else anywhere after something unknown) starts with one of the literals: followed through
    literal characters, groups, alternatives and optional parts, up to the first construct of unknown text."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unreadable
    cap = HEAD if anchored else INNER
    i = 0
    while i < len(items) and len(text) < cap:
        op, av = items[i]
        if op is _sre.LITERAL:
            text += chr(av)
            i += 1
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a plain group: its items in place
            items = list(av[3]) + items[i + 1:]
            i = 0
        elif op is _sre.BRANCH:  # each alternative in place
            for alternative in av[1]:
                _expand(list(alternative) + items[i + 1:], anchored, text, found, budget)
            return
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:  # "x?": without and with
            _expand(items[i + 1:], anchored, text, found, budget)
            _expand(list(av[2]) + items[i + 1:], anchored, text, found, budget)
            return
        elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):  # "[ae]", "(ß|s)": each letter
            for _, char in av:
                _expand([(_sre.LITERAL, char)] + items[i + 1:], anchored, text, found, budget)
            return
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            i += 1  # zero-width: leaving it out matches more, never less
        elif text:  # unknown text from here: what is known so far must be there
            found.add((anchored, text))
            return
        else:  # unknown text before any literal: a later literal must be somewhere in the word
            _expand(items[i + 1:], False, "", found, budget)
            return
    found.add((anchored, text))


# the test of the last trigger lexicon asked for, per language: (lexicon, its number of triggers, the test)
_TRIGGER_STARTS: dict[str, tuple[object, int, Prefilter]] = {}


def trigger_starts(lex: RelationLexicon) -> Prefilter:
    """The test for the first words of ``lex``'s triggers and of its language's frames (frames.txt), built on
    first use and again when the lexicon or its number of triggers changes (as ``RelationLexicon.any_first``)."""
    kept = _TRIGGER_STARTS.get(lex.lang)
    if kept is None or kept[0] is not lex or kept[1] != len(lex.triggers):
        patterns = [t.words[0] for t in lex.triggers] + list(frames.first_patterns(lex.lang))
        kept = _TRIGGER_STARTS[lex.lang] = (lex, len(lex.triggers), prefilter(patterns))
    return kept[2]


def may_start(known: dict[str, bool], word: str, lex: RelationLexicon) -> bool:
    """Whether a trigger of triggers.txt, frames.txt or a visit compound (event_nouns.py) can start at the
    lower-case ``word``, remembered in ``known`` (``lex.start_words``; extract.py asks once per word form)."""
    if len(known) > START_WORDS:  # bounded: a new dict, not this one cleared (another thread may be reading it)
        lex.start_words = {}
    known[word] = trigger_starts(lex).may_match(word) and (
        bool(lex.starting(word)) or frames.may_start(lex.lang, word)) or event_nouns.may_start(lex.lang, word)
    return known[word]


def firing(words: list[str], low: list[str], starting: list[int], lex: RelationLexicon,
           found: dict[int, Trigger | None] | None = None) -> list[int]:
    """The word indices of ``starting`` (ascending) where extract.py's loop can find a trigger, whatever the
    sentence's mentions: a line of triggers.txt matching all its words there (the particle of "sagte ... zu" at
    the end of the clause, "zur Verfügung gestellt"), a frame of frames.txt (which asks the mentions: kept), or a
    visit compound (event_nouns.py). The loop finds none at the others ("sagte" without "zu", "in" without
    "Kämpfe verwickelt": more than half of the sentences with a start word in news text), so a sentence left
    with none is read as one without a start: its mentions are looked for only when a description asks.
    ``found``, when given, gets ``lex.triggers_at(low, k)`` of every start ``k``: the loop reads it there instead
    of matching the trigger lines (and their particles' clauses) a second time."""
    if found is None:
        found = {}
    for k in starting:
        found[k] = lex.triggers_at(low, k)
    return [k for k in starting if found[k] is not None or frames.may_start(lex.lang, low[k])
            or event_nouns.head_trigger(words, low, k, lex) is not None]
