"""The language knowledge of the quantity extractor, read once from ``lang/<code>/quantities/*.txt``.

Phrases in the files are written as a reader would write them ("bis zu", "per cent");
they are cut into tokens with the segmenter's tokenizer, so that they match the
document's tokens whatever the tokenizer does to punctuation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import morphology, resources
from ..model import Token
from ..pipeline.segmenter import tokenizer

RESOURCES = (
    "quantities/numbers.txt",
    "quantities/scales.txt",
    "quantities/vague.txt",
    "quantities/fractions.txt",
    "quantities/qualifiers.txt",
    "quantities/ranges.txt",
    "quantities/units.txt",
    "quantities/context.txt",
    "quantities/lemmas.txt",
    "quantities/trends.txt",
)

Phrase = tuple[str, ...]
MAX_NUMBER_WORD = 60  # "siebenhundertfünfundzwanzigtausenddreihundertzweiundvierzig" has 60 letters
_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})")


@dataclass
class PhraseTable:
    """Phrases (token tuples) with a value each, matched forwards or backwards at a token.

    Phrases are indexed by their first and by their last word, so that a token no phrase starts
    (or ends) with is rejected by one dictionary look-up: matching is constant time per token."""

    lower: bool = False
    fold: bool = False  # match as written first, then case-insensitively ("Kilometers")
    entries: dict[Phrase, Any] = field(default_factory=dict)
    folded: dict[Phrase, Any] = field(default_factory=dict)
    longest: int = 0
    _first: dict[str, list[int]] = field(default_factory=dict)  # word -> lengths of the phrases it starts, longest first
    _last: dict[str, list[int]] = field(default_factory=dict)
    _cache: dict[int, dict[str, list[int]]] = field(default_factory=dict)  # per index: word -> lengths

    def add(self, phrase: Phrase, value: Any) -> None:
        key = tuple(w.lower() for w in phrase) if self.lower else phrase
        self.entries.setdefault(key, value)
        if self.fold:
            self.folded.setdefault(tuple(w.lower() for w in phrase), value)
        self.longest = max(self.longest, len(key))
        self._cache.clear()
        if not key:
            return
        for index, word in ((self._first, key[0]), (self._last, key[-1])):
            for w in {word, word.lower()} if self.fold else {word}:
                lengths = index.setdefault(w, [])
                if len(key) not in lengths:
                    lengths.append(len(key))
                    lengths.sort(reverse=True)

    def _lengths(self, index: dict[str, list[int]], word: str) -> list[int]:
        cache = self._cache.setdefault(id(index), {})
        found = cache.get(word)
        if found is None:
            found = self._lengths_of(index, word)
            if len(cache) < 100_000:
                cache[word] = found
        return found

    def _lengths_of(self, index: dict[str, list[int]], word: str) -> list[int]:
        if self.lower:
            return index.get(word.lower(), [])
        found = index.get(word)
        if self.fold:
            folded = index.get(word.lower())
            if folded and found and folded is not found:
                return sorted(set(found) | set(folded), reverse=True)
            return found or folded or []
        return found or []

    def _get(self, words: list[str]) -> Any:
        key = self._key(words)
        if key in self.entries:
            return self.entries[key]
        return self.folded.get(tuple(w.lower() for w in words)) if self.fold else None

    def _key(self, words: list[str]) -> Phrase:
        return tuple(w.lower() for w in words) if self.lower else tuple(words)

    def match(self, tokens: list[Token], i: int, end: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase starting at token ``i`` (before ``end``)."""
        if i >= end:
            return None
        lengths = self._lengths(self._first, tokens[i].text)
        return self._longest(tokens, i, lengths, end - i, 0) if lengths else None

    def match_before(self, tokens: list[Token], i: int, start: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase ending right before token ``i`` (from ``start``)."""
        if i <= start:
            return None
        lengths = self._lengths(self._last, tokens[i - 1].text)
        return self._longest(tokens, i, lengths, i - start, 1) if lengths else None

    def _longest(self, tokens: list[Token], i: int, lengths: list[int], room: int,
                 backwards: int) -> tuple[int, Any] | None:
        for n in lengths:
            if n > room:
                continue
            span = tokens[i - n:i] if backwards else tokens[i:i + n]
            value = self._get([t.text for t in span])
            if value is not None and (n == 1 or _adjacent_enough(span)):
                return n, value
        return None

    def __contains__(self, word: str) -> bool:
        return ((word.lower(),) if self.lower else (word,)) in self.entries


_EMPTY = PhraseTable()


def _adjacent_enough(toks: list[Token]) -> bool:
    # a phrase never spans a line break or a wide gap
    return all(b.start - a.end <= 2 for a, b in zip(toks, toks[1:], strict=False))


@dataclass
class Rules:
    """Everything one language contributes to quantity extraction."""

    lang: str
    number_re: re.Pattern
    decimal: str
    group: str
    words: dict[str, tuple[float, str]]  # number word -> (value, role)
    scales: PhraseTable
    vague: PhraseTable
    fractions: PhraseTable
    qualifiers: PhraseTable  # -> (qualifier, bound, kinds it does not apply to)
    post_qualifiers: PhraseTable  # the same, standing after the figure and its unit
    ranges: dict[str, set[str]]  # opening word ("-": none) -> words between the numbers
    units: PhraseTable  # after the number -> (lemma, kind)
    pre_units: PhraseTable  # before the number -> (lemma, kind)
    unit_words: dict[str, tuple[str, str]]  # lower-cased one-word units, for compound tokens ("170-Millimeter")
    unit_words_cased: dict[str, tuple[str, str]]  # the same as written ("m" is a unit, "M" is not)
    roles: dict[str, PhraseTable]
    lemmas: dict[str, str]
    trends_before: PhraseTable  # cue before the figure -> "up" | "down"
    trends_after: PhraseTable  # cue after it
    per_word: str = "per"  # joins a unit and its denominator: "Kilometer pro Stunde", "mile per hour"
    _word_values: dict[str, float | None] = field(default_factory=dict)

    _starters: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._longest_word = max((len(w) for w in self.words), default=0)
        self._word_initials = frozenset(w[0] for w in self.words if w)
        # the lengths of the units a number word can be glued to (parse_suffixed tries only these), shortest first
        self._suffix_lengths = sorted({len(u) for u, (_, kind) in self.unit_words.items() if kind != "count" and u})
        # the last two letters of those units (the one letter of a one-letter unit), and the first two of the number
        # words (the one of a one-letter word): a word ending or beginning with none of them is read no further
        self._suffix_ends = frozenset(u[-2:] for u, (_, kind) in self.unit_words.items() if kind != "count" and u)
        self._word_heads = frozenset(w[:2] for w in self.words if w)
        # words a number expression may start with besides digits and number words: "die Hälfte", "mehrere hundert",
        # "eine Million", vulgar fractions
        firsts = {w.lower() for table in (self.fractions, self.vague) for w in table._first}
        firsts |= {phrase[0].lower() for phrase in self.role("article").entries if phrase}
        self._first_words = frozenset(firsts)
        self._flags = frozenset(phrase[0] for phrase in self.role("setting").entries if phrase)

    def flag(self, name: str) -> bool:
        """A yes/no setting of the language: a ``setting`` line in context.txt."""
        return name.lower() in self._flags

    def role(self, name: str) -> PhraseTable:
        return self.roles.get(name) or _EMPTY

    def can_start(self, word: str) -> bool:
        """False when no number expression can start with ``word``: the fast path for most words of a text."""
        known = self._starters.get(word)
        if known is None:
            low = word.lower()
            known = (any(map(str.isdigit, word)) or low in self._first_words
                     or self.parse_word(word) is not None or self.parse_suffixed(word) is not None)
            if len(self._starters) < 200_000:
                self._starters[word] = known
        return known

    def starts(self, texts: list[str], start: int, end: int) -> list[int]:
        """The positions in [start, end) whose token text (``texts``) ``can_start`` a number expression."""
        known = self._starters.get
        return [k for k in range(start, end)
                if (found := known(texts[k])) or (found is None and self.can_start(texts[k]))]

    def parse_digits(self, text: str) -> float | None:
        """The value of a number written in digits ("10.000", "1,32"), None when it is not one."""
        match = _SLASH.fullmatch(text)
        if match:  # "1/4", "3/4"; never "9/11" or "24/7"
            num, den = int(match[1]), int(match[2])
            return num / den if den in (2, 3, 4, 8) and 0 < num < den else None
        if not self.number_re.fullmatch(text):
            return None
        return float(text.replace("−", "-").replace(self.group, "").replace(self.decimal, "."))

    def parse_word(self, word: str) -> float | None:
        """The value of a number word, also a compound ("fünfundzwanzigtausend"); None when it is not one."""
        word = word.lower()
        if word in self._word_values:  # every word of a text is asked once per token: remember the answer
            return self._word_values[word]
        value = self._parse_word(word)
        if len(self._word_values) < 200_000:
            self._word_values[word] = value
        return value

    def parse_suffixed(self, word: str) -> tuple[float, tuple[str, str], int] | None:
        """(value, (unit, kind), length of the number part) of a number word glued to a unit that is no
        count: "sechsmal", "viertägige", "zweijährige"; None otherwise (also for "einmal": an adverb)."""
        low = word.lower()
        if not low.isalpha() or len(low) > MAX_NUMBER_WORD or low[:1] not in self._word_initials \
                or low[-2:] not in self._suffix_ends and low[-1:] not in self._suffix_ends:
            return None  # no unit of the loop below ends it (most words)
        for size in self._suffix_lengths:  # the longest number part first, as far as a unit of this length
            n = len(low) - size
            if n < 2:
                break
            unit = self.unit_words.get(low[n:])
            if unit is None or unit[1] == "count":
                continue
            value = self.parse_word(low[:n])
            if value is not None and value != 1:
                return value, unit, n
        return None

    def _parse_word(self, word: str) -> float | None:
        if word in self.words:
            value, role = self.words[word]
            return value if role in ("word", "mult") else None
        if len(word) > MAX_NUMBER_WORD or not word.isalpha() or word[0] not in self._word_initials \
                or word[:2] not in self._word_heads and word[:1] not in self._word_heads:
            return None  # no number word begins it: _split finds no first part
        parts = self._split(word, 0, {})
        if not parts or all(role == "join" for _, role in parts):
            return None
        return combine([(value, role) for value, role in parts if role != "join"])

    def _split(self, word: str, at: int, memo: dict[int, list | None]) -> list[tuple[float, str]] | None:
        # longest-prefix segmentation into known parts, with backtracking; memo keeps it quadratic at worst
        if at == len(word):
            return []
        if at in memo:
            return memo[at]
        memo[at] = None
        for n in range(min(len(word), at + self._longest_word), at, -1):
            head = word[at:n]
            if head in self.words:
                rest = self._split(word, n, memo)
                if rest is not None:
                    memo[at] = [self.words[head], *rest]
                    break
        return memo[at]

    def lemma(self, word: str) -> tuple[str, str]:
        """(lemma, tag) of a counted noun; the lemmas file overrides the tagger."""
        if word in self.lemmas:
            return self.lemmas[word], tag_word(word, self.lang)[1]
        head, dash, last = word.rpartition("-")
        if dash and head and last[:1].isupper():  # "Punkte-Rückstands": the last part carries the inflection
            lemma, tag = self.lemma(last)
            if _names_or_ident(head, self.lang):  # "F-35-Kampfflugzeuge", "US-Soldaten": the kind is the last part
                return lemma, tag
            return f"{head}-{lemma}", tag
        lemma, tag = tag_word(word, self.lang)
        if word[:1].isupper() and lemma[:1].islower():  # the English tagger lower-cases "Russians"
            lemma = lemma[:1].upper() + lemma[1:]
        if self.flag("adjectival_nouns") and word[:1].isupper():
            lemma, tag = _adjectival_noun(word, lemma, tag)
        return self.lemmas.get(word, lemma), tag


def _names_or_ident(head: str, lang: str) -> bool:
    """True when the first part of a hyphenated noun is an identifier or a name ("F-35", "US", "Al-Dschasira")."""
    if any(ch.isdigit() for ch in head) or (len(head) > 1 and head.isupper()):
        return True
    return tag_word(head, lang)[1] in ("NE", "NP0")


def _adjectival_noun(word: str, lemma: str, tag: str) -> tuple[str, str]:
    """(lemma, tag) of a noun made from an adjective or participle, named by its masculine singular:
    "Tote" -> "Toter", "Asylberechtigten" -> "Asylberechtigter" (German; the tagger gives "Tote" or "tot")."""
    if tag == "NNA" and lemma.endswith("e"):
        return lemma + "r", tag
    if tag == "ADJ(A)" and lemma[:1].isalpha() and word.lower().startswith(lemma.lower()):
        return lemma[:1].upper() + lemma[1:] + "er", "NNA"
    return lemma, tag


def combine(parts: list[tuple[float, str]]) -> float | None:
    """The value of number parts in reading order: multipliers scale what precedes them."""
    total, current = 0.0, 0.0
    for value, role in parts:
        if role == "mult":
            if value >= 1000:
                total += (current or 1) * value
                current = 0.0
            else:
                current = (current or 1) * value
        else:
            current += value
    return total + current


@lru_cache(maxsize=4)
def _english_tagger():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_en.pgz")


@lru_cache(maxsize=100_000)
def tag_word(word: str, lang: str) -> tuple[str, str]:
    """(lemma, tag) of one word out of context: STTS tags for German, CLAWS tags for English."""
    if lang == "de":
        return morphology.analyze(word)
    lemma, tag = _english_tagger().analyze(word)
    return lemma, tag


def _qualifier(cols: list[str]) -> tuple[str, str, frozenset[str]]:
    """(qualifier, bound, kinds it does not apply to) from a qualifiers.txt line."""
    bound = cols[1] if len(cols) > 1 else "none"
    excluded = frozenset(cols[2].removeprefix("not:").split(",")) if len(cols) > 2 else frozenset()
    return cols[0], bound, excluded


def _phrase(lang: str, text: str) -> Phrase:
    return tuple(t.text for t in tokenizer(lang)(text) if not t.is_space)


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    """The rules of ``lang``, loaded once."""
    load = lambda name: resources.load(lang, f"quantities/{name}.txt")  # noqa: E731

    roles: dict[str, PhraseTable] = defaultdict(lambda: PhraseTable(lower=True))
    separators = {}
    for role, phrase in load("context").rows(2):
        if role in ("decimal", "group"):
            separators[role] = phrase
            continue
        roles[role].add(_phrase(lang, phrase), True)
    decimal, group = separators.get("decimal", "."), separators.get("group", ",")
    d, g = re.escape(decimal), re.escape(group)
    number_re = re.compile(rf"[-−]?(?:\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)")

    words = {row[0].lower(): (float(row[1]), row[2] if len(row) > 2 else "word") for row in load("numbers").rows(2)}

    def table(name: str, convert, lower: bool = False) -> PhraseTable:
        tab = PhraseTable(lower=lower)
        for row in load(name).rows(2):
            tab.add(_phrase(lang, row[0]), convert(row[1:]))
        return tab

    scales = table("scales", lambda cols: float(cols[0]), lower=True)
    vague = table("vague", lambda cols: (int(cols[0]), int(cols[1])), lower=True)
    fractions = table("fractions", lambda cols: float(cols[0]), lower=True)
    qualifiers, post_qualifiers = PhraseTable(lower=True), PhraseTable(lower=True)
    for row in load("qualifiers").rows(2):
        if row[0].startswith("post:"):  # after the figure: "60 Prozent oder mehr"
            post_qualifiers.add(_phrase(lang, row[0][5:]), _qualifier(row[1:]))
        else:
            qualifiers.add(_phrase(lang, row[0]), _qualifier(row[1:]))

    ranges: dict[str, set[str]] = defaultdict(set)
    for opening, between in load("ranges").rows(2):
        ranges[opening.lower()].add(between.lower())

    units, pre_units = PhraseTable(fold=True), PhraseTable(lower=True)
    unit_words: dict[str, tuple[str, str]] = {}
    unit_words_cased: dict[str, tuple[str, str]] = {}
    for surface, lemma, kind in load("units").rows(3):
        if surface.startswith("pre:"):
            pre_units.add(_phrase(lang, surface[4:]), (lemma, kind))
            continue
        units.add(_phrase(lang, surface), (lemma, kind))
        if " " not in surface:
            unit_words.setdefault(surface.lower(), (lemma, kind))
            unit_words_cased.setdefault(surface, (lemma, kind))

    lemmas = load("lemmas").table()
    trends = {"before": PhraseTable(lower=True), "after": PhraseTable(lower=True)}
    for cue, direction, position in load("trends").rows(3):
        trends[position].add(_phrase(lang, cue), direction)
    per_names = list(roles["per_name"].entries) if "per_name" in roles else []
    return Rules(per_word=per_names[0][0] if per_names else "per", lang=lang, number_re=number_re, decimal=decimal, group=group, words=words, scales=scales,
                 vague=vague, fractions=fractions, qualifiers=qualifiers, post_qualifiers=post_qualifiers, ranges=dict(ranges), units=units,
                 pre_units=pre_units, unit_words=unit_words,
                 unit_words_cased=unit_words_cased, roles=dict(roles), lemmas=lemmas,
                 trends_before=trends["before"], trends_after=trends["after"])
