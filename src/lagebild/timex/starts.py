"""Where a time rule can begin: the scanner split by the first character of a match.

The combined scanner (grammar.py) tries all ~100 rules, one after the other, at every word start of a
text; most rules cannot begin with the character found there ("Donnerstag" needs a "d", a clock time a
digit). Here each rule's possible first characters are read off its parsed regex, and the rules are
compiled once more per first character, in file order: at a word start only the rules that can begin
with its character are tried. The first rule that matches is the one the combined scanner finds there
(a rule that cannot begin with the character cannot match), so the hits are the same.

When a rule's first character cannot be bounded (it may start with any character, or with nothing),
``Starts.build`` gives None and the tagger keeps the combined scanner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python >= 3.11
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

DIGIT = "\\d"  # stands for the category \d (any Unicode decimal digit) in a set of first characters
_DIGIT = re.compile(r"\d")
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op)


class _Unbounded(Exception):
    """A regex whose first character is not a known, finite set."""


def first_chars(pattern: str) -> frozenset[str]:
    """The characters a match of ``pattern`` (lower-case, case-sensitive) can begin with (``DIGIT`` for \\d).

    Raises _Unbounded when it can begin with any character of a class (\\w, ., [^x]) or with nothing."""
    chars, nullable = _first(P.parse(pattern))
    if nullable:
        raise _Unbounded(pattern)
    return frozenset(chars)


def _first(items) -> tuple[set[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_op(op, av) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is C.LITERAL:
                chars.add(chr(arg))
            elif kind is C.RANGE and arg[1] - arg[0] < 256:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            elif kind is C.CATEGORY and arg is C.CATEGORY_DIGIT:
                chars.add(DIGIT)
            else:  # a negated set, another category, a wide range
                raise _Unbounded(str(av))
        return chars, False
    if op is C.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            more, empty = _first(alternative)
            chars |= more
            nullable |= empty
        return chars, nullable
    if op is C.SUBPATTERN:
        if av[1] & C.SRE_FLAG_IGNORECASE:  # (?i:...) would match letters of the other case too
            raise _Unbounded("(?i:")
        return _first(av[-1])
    if op in _REPEATS:
        chars, nullable = _first(av[2])
        return chars, nullable or av[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the character comes after it
        return set(), True
    raise _Unbounded(str(op))


@dataclass(frozen=True)
class Starts:
    """The scanner per first character (see the module docstring)."""

    candidates: re.Pattern  # a word start whose character some rule can begin with
    by_char: dict[str, re.Pattern]  # first character -> the rules that can begin with it, in file order
    digits: re.Pattern | None  # for a digit not written in by_char (rules that begin with \d)

    @classmethod
    def build(cls, alternatives: list[str]) -> Starts | None:
        """From the scanner's alternatives (lower-case, each closed by its marker group), in file order."""
        try:
            firsts = [first_chars(alternative) for alternative in alternatives]
        except (_Unbounded, re.error):
            return None
        literal = sorted(set().union(*firsts) - {DIGIT})
        groups: dict[tuple[int, ...], list[str]] = {}
        for char in literal:
            digit = _DIGIT.match(char) is not None
            key = tuple(i for i, chars in enumerate(firsts) if char in chars or (digit and DIGIT in chars))
            groups.setdefault(key, []).append(char)
        by_char: dict[str, re.Pattern] = {}
        for key, chars in groups.items():
            scanner = _compile(alternatives, key)
            by_char.update(dict.fromkeys(chars, scanner))
        with_digit = tuple(i for i, chars in enumerate(firsts) if DIGIT in chars)
        digits = _compile(alternatives, with_digit) if with_digit else None
        members = "".join(re.escape(char) for char in literal) + (r"\d" if digits else "")
        return cls(re.compile(rf"(?<![\w])[{members}]"), by_char, digits)

    def search(self, lowered: str, pos: int) -> re.Match | None:
        """``scanner.search(lowered, pos)`` of the combined scanner: the first word start where a rule matches."""
        by_char, digits = self.by_char, self.digits
        for candidate in self.candidates.finditer(lowered, pos):
            start = candidate.start()
            scanner = by_char.get(lowered[start])
            if scanner is None:  # a digit outside ASCII
                scanner = digits
            hit = scanner.match(lowered, start)  # type: ignore[union-attr]
            if hit is not None:
                return hit
        return None


def _compile(alternatives: list[str], members: tuple[int, ...]) -> re.Pattern:
    return re.compile("|".join(alternatives[i] for i in members))
