"""Compile a language's time resources into one scanner (HeidelTime-style rules, one combined regex).

Resources under ``lang/<code>/time/``:

- ``patterns.txt``: ``NAME<TAB>alternative``, one alternative per line; rules say ``%NAME``.
- ``normalization.txt``: ``TABLE<TAB>word<TAB>value``; every table is also a pattern ``%TABLE``
  (its words), and templates normalize a group through it with ``{group:TABLE}``.
- ``rules.txt``: ``ID<TAB>TYPE<TAB>EXTRACTION<TAB>VALUE[<TAB>MOD]``; the extraction is a regex
  over ``%patterns`` with named groups, the value a template (see ``fill``) the resolver finishes.
- ``tense.txt``, ``prepositions.txt`` and ``modifiers.txt``: cue words for past/future, the words
  a timex takes along on its left (with the mod they imply; left out of TimeML spans), and the
  modifiers that belong to the timex ("fast zwei Jahre", "more than a week").

All rules are compiled once into a single alternation, tried in file order at each word start of
the lower-cased text, so a text is scanned in one pass; the proposed rule's own regex then confirms
the match on the original text (case-sensitive parts) and gives its groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..errors import E013, LagebildError
from .starts import Starts

TYPES = ("DATE", "TIME", "DURATION", "SET")
FILES = ("time/patterns.txt", "time/normalization.txt", "time/rules.txt", "time/tense.txt",
         "time/prepositions.txt", "time/modifiers.txt")
_REF = re.compile(r"%([A-Za-z][A-Za-z0-9_]*)")
_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
# Capturing groups inside a rule become non-capturing in the combined scanner, so the only
# captured groups there are the empty markers after each rule and ``match.lastgroup`` names the rule.
_CAPTURE = re.compile(r"(?<!\\)\((?!\?)|\(\?P<\w+>")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    type: str
    extraction: str  # the regex with %patterns expanded
    value: str  # the value template
    mod: str | None
    regex: re.Pattern
    line: int


@dataclass
class Grammar:
    """The compiled time resources of one language (see ``grammar``)."""

    lang: str
    rules: list[Rule]
    tables: dict[str, dict[str, str]]
    scanner: re.Pattern
    tense: dict[str, str]
    tense_re: re.Pattern
    prepositions: dict[str, str | None]
    preposition_re: re.Pattern
    modifiers: dict[str, str]
    modifier_re: re.Pattern
    starts: Starts | None = None  # the scanner split by first character (None: use ``scanner``)

    def lookup(self, table: str, word: str) -> str | None:
        """The value of ``word`` in a normalization table (case-insensitive; a final dot optional)."""
        entries = self.tables.get(table, {})
        key = " ".join(word.lower().split())
        return entries.get(key, entries.get(key.rstrip(".")))

    def number(self, word: str) -> str:
        """Digits or a number word as a string of digits; "X" when the amount is vague."""
        word = word.strip()
        if word.isdigit():
            return str(int(word))
        if re.fullmatch(r"\d+[.,]\d+", word):  # "2,5 Jahre" -> 2.5 (TIMEX3 allows a decimal fraction)
            return word.replace(",", ".")
        return self.lookup("number", word) or "X"

    def fill(self, rule: Rule, match: re.Match) -> str:
        """The rule's value template with its slots filled from the match.

        ``{g}`` is group g as written, ``{g:num}`` a number (digits or number word), ``{g:pad2}`` /
        ``{g:pad4}`` zero-padded to two / four digits, ``{g:year}`` a two- or four-digit year, ``{g:TABLE}`` the
        group normalized through a table of normalization.txt. A slot whose group did not take
        part in the match is empty.
        """

        def slot(found: re.Match) -> str:
            name, how = found.groups()
            text = match.group(name)
            if text is None:
                return "X" if how == "num" else ""
            text = text.strip()
            if how is None:
                return text
            if how == "num":
                return self.number(text)
            if how == "pad4":  # a year of fewer digits: 800 -> 0800
                return f"{int(text):04d}" if text.isdigit() else "XXXX"
            if how == "pad2":
                number = self.number(text)
                return f"{int(number):02d}" if number.isdigit() else "XX"
            if how == "year":
                digits = re.sub(r"\D", "", text)
                return digits if len(digits) == 4 else ("20" if int(digits) <= 30 else "19") + digits[-2:]
            if how == "dec":  # "1970" or "70" -> "197"
                digits = re.sub(r"\D", "", text)
                return digits[:3] if len(digits) == 4 else "19" + digits[0]
            if how in ("am", "pm"):  # 12-hour clock: 8 pm -> 20, 12 am -> 00
                hour = int(text) % 12 + (12 if how == "pm" else 0)
                return f"{hour:02d}"
            if how == "cent":  # the 19th century is "18" in TIMEX3
                return f"{int(text) - 1:02d}"
            return self.lookup(how, text) or "X"

        return _finish(_SLOT.sub(slot, rule.value))


_CLOCK_UNIT = re.compile(r"^P(\d+|X)(H|MIN|S)$")


def _finish(value: str) -> str:
    """TIMEX3 writes durations below a day after a T: P2H -> PT2H, P5MIN -> PT5M."""
    found = _CLOCK_UNIT.match(value)
    if found:
        return f"PT{found.group(1)}{'M' if found.group(2) == 'MIN' else found.group(2)}"
    return value


def _alternation(alternatives: list[str]) -> str:
    # Longest first, so that "Jänner" is not cut to "Jän" by an earlier, shorter alternative.
    return "(?:" + "|".join(sorted(set(alternatives), key=len, reverse=True)) + ")"


def expand(extraction: str, patterns: dict[str, str], where: str = "") -> str:
    def sub(found: re.Match) -> str:
        name = found.group(1)
        if name not in patterns:
            raise LagebildError(E013, path=where, line=0, reason=f"unknown pattern %{name}")
        return patterns[name]

    return _REF.sub(sub, extraction)


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (built once per process)."""
    alternatives: dict[str, list[str]] = {}
    for name, alternative in resources.load(lang, "time/patterns.txt").rows(2):
        alternatives.setdefault(name, []).append(alternative)
    tables: dict[str, dict[str, str]] = {}
    for table, word, value in resources.load(lang, "time/normalization.txt").rows(3):
        tables.setdefault(table, {})[" ".join(word.lower().split())] = value
        alternatives.setdefault(table, []).append(re.escape(word).replace(r"\ ", r"\s+"))
    patterns = {name: _alternation(alts) for name, alts in alternatives.items()}
    # Patterns may refer to other patterns (two levels deep).
    for _ in range(2):
        for name in list(patterns):
            patterns[name] = expand(patterns[name], patterns, "time/patterns.txt")

    res = resources.load(lang, "time/rules.txt")
    rules = []
    for (lineno, _), row in zip(res.lines, res.rows(4), strict=True):
        rule_id, rtype, extraction, value = row[:4]
        mod = row[4] if len(row) > 4 and row[4] != "-" else None
        if rtype not in TYPES:
            raise LagebildError(E013, path=res.path, line=lineno, reason=f"type {rtype!r} is not one of {TYPES}")
        expanded = expand(extraction, patterns, str(res.path))
        body = rf"(?<![\w]){expanded}(?![\w])"
        try:
            regex = re.compile(body, re.IGNORECASE)
        except re.error as err:
            raise LagebildError(E013, path=res.path, line=lineno, reason=f"bad regex: {err}") from err
        rules.append(Rule(rule_id, rtype, expanded, value, mod, regex, lineno))
    # One alternation of all rules, each closed by an empty marker group that names it (a group
    # at the start would hide each alternative's first character from the regex engine's quick
    # reject). The word-start check is hoisted out, so alternatives are only tried where a word
    # begins. The scanner runs case-sensitively over the lower-cased text, three times faster than
    # IGNORECASE; it may over-match the few case-sensitive parts ("morgen" vs "Morgen"), so each
    # hit is confirmed by the rule's own regex on the original text.
    alternatives = [f"{_CAPTURE.sub('(?:', rule.extraction)}(?![\\w])(?P<r{i}>)" for i, rule in enumerate(rules)]
    scanner = re.compile(_lower_pattern(rf"(?<![\w])(?:{'|'.join(alternatives)})"))
    starts = Starts.build([_lower_pattern(alternative) for alternative in alternatives])

    tense = {word.lower(): kind for word, kind in resources.load(lang, "time/tense.txt").rows(2)}
    tense_re = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, tense), key=len, reverse=True))
                          + r")(?!\w)", re.IGNORECASE)
    preps = {" ".join(word.lower().split()): (mod if mod != "-" else None)
             for word, mod in resources.load(lang, "time/prepositions.txt").rows(2)}
    mods = {" ".join(word.lower().split()): mod for word, mod in resources.load(lang, "time/modifiers.txt").rows(2)}
    return Grammar(lang, rules, tables, scanner, tense, tense_re, preps, _left_words(preps), mods, _left_words(mods),
                   starts)


def _lower_pattern(pattern: str) -> str:
    """A regex in lower case for lower-cased text: escapes (\\D, \\S), group syntax and
    inline flags keep their case, case-sensitive parts (?-i:...) become plain groups."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            end = pattern.index(">", i) if pattern[i + 3] == "<" else pattern.index(")", i)
            out.append(pattern[i:end + 1])
            i = end + 1
        elif pattern.startswith("(?-i:", i):
            out.append("(?:")
            i += 5
        else:
            out.append(char.lower())
            i += 1
    return "".join(out)


def _left_words(words) -> re.Pattern:
    """A regex for one of ``words`` (any case) right before the end of the searched range."""
    alternatives = sorted((re.escape(word).replace(r"\ ", r"\s+") for word in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")\s+$", re.IGNORECASE)
