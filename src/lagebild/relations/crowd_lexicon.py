"""crowds.txt read for crowds.py: its event words (``Verb``: pattern, mode, flags), its word classes, and the
gate that tells at once which sentences of a document may hold a crowd's act (most documents: none).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Doc
from .lexicon import any_of
from .mentions import group_of
from .phrases import Words

RESOURCE = "relations/crowds.txt"


@dataclass(frozen=True)
class Verb:
    """A line of crowds.txt naming an event word: its pattern(s), mode, flags and line (the provenance)."""

    words: tuple[re.Pattern, ...]
    mode: str | None
    flags: tuple[str, ...]
    line: int
    patterns: tuple[tuple[str, re.Pattern], ...] = ()  # the flags "NAME:REGEX", compiled once (``flagged``)

    def flag(self, name: str) -> re.Pattern | None:
        """The pattern of a flag "NAME:REGEX" (crowds.txt FORMAT: not, no-end, end, then, object, with), None without one."""
        return next((pattern for flag, pattern in self.patterns if flag == name), None)

    def holds(self, low: list[str], k: int, hi: int) -> bool:
        """Whether the flags admit the verb at ``k`` in the clause ending before ``hi`` ("warfen ... vor": an
        accusation; "nahmen ... teil": taking part; "demonstrierten den Roboter": a direct object, showing)."""
        unless, no_end, end = self.flag("not"), self.flag("no-end"), self.flag("end")
        end_at = hi - 1
        while end_at > k and not low[end_at][:1].isalpha():
            end_at -= 1  # the sentence's full stop
        last = low[end_at] if end_at > k else ""
        then, obj = self.flag("then"), self.flag("object")
        following = low[hi + 1] if hi + 1 < len(low) and low[hi] == "," else ""
        return not (unless is not None and any(unless.fullmatch(x) for x in low[k + 1:hi])
                    or obj is not None and obj.match(" ".join(low[k + 1:min(hi, k + 4)]) + " ") is not None
                    or no_end is not None and no_end.fullmatch(last)
                    or end is not None and not end.fullmatch(last)
                    or then is not None and then.fullmatch(following))


def flagged(words: tuple[re.Pattern, ...], mode: str | None, flags: tuple[str, ...], line: int) -> Verb:
    """The Verb of a crowds.txt line, its "NAME:REGEX" flags compiled."""
    named = tuple((f.partition(":")[0], re.compile(f.partition(":")[2])) for f in flags if ":" in f)
    return Verb(words, mode, flags, line, named)


@dataclass(frozen=True)
class CrowdLexicon:
    words: Words  # the noun phrase's word classes (phrases.py)
    protest_verbs: tuple[Verb, ...]
    protest_acts: tuple[Verb, ...]
    protest_nouns: tuple[Verb, ...]
    join: tuple[Verb, ...]
    attacked: tuple[Verb, ...]
    agent: re.Pattern
    passive: re.Pattern
    clashes: tuple[Verb, ...]  # flag "people": a side must be people, unless someone was hurt (crowds.txt)
    force: Verb
    instrument: re.Pattern
    participant: re.Pattern
    hurt: re.Pattern
    direction: re.Pattern
    gate: re.Pattern  # a word that opens a sentence to the rules by itself (rare: "protestierten", "Tränengas")
    weak: re.Pattern  # a common verb that needs a protest word besides ("zogen", "nahmen ... teil")


@lru_cache(maxsize=None)
def load(lang: str) -> CrowdLexicon | None:
    from .. import resources

    if not resources.exists(lang, RESOURCE):
        return None
    res = resources.load(lang, RESOURCE)
    by_kind: dict[str, list[tuple[int, list[str]]]] = {}
    for (line, _), row in zip(res.lines, res.rows(2), strict=True):
        by_kind.setdefault(row[0], []).append((line, row[1:]))

    def verbs(kind: str) -> tuple[Verb, ...]:
        return tuple(flagged(tuple(re.compile(p) for p in cols[0].split(" ")),
                             None if cols[1:2] in ([], ["-"]) else cols[1], tuple(cols[2:]), line)
                     for line, cols in by_kind.get(kind, ()))

    def pattern(kind: str) -> re.Pattern:
        return any_of(re.compile(cols[0]) for _, cols in by_kind.get(kind, ()))

    crowds = tuple((re.compile(cols[0]), cols[1], cols[2]) for _, cols in by_kind.get("crowd", ()))
    security = tuple((re.compile(cols[0]), cols[1]) for _, cols in by_kind.get("security", ()))
    people = frozenset(name for _, cols in by_kind.get("people", ()) for name in cols[0].split("|"))
    words = Words(crowds, security, people, pattern("prep"), pattern("plural"), pattern("singular"),
                  pattern("quantifier"), pattern("aux-plural"), pattern("aux-singular"), pattern("definite"),
                  pattern("count"))
    lex = CrowdLexicon(words, verbs("protest-verb"), verbs("protest-act"), verbs("protest-noun"),
                       verbs("join"), verbs("attacked"), pattern("agent"), pattern("passive"), verbs("clash"),
                       verbs("force")[0], pattern("instrument"),
                       pattern("participant"), pattern("hurt"), pattern("direction"), re.compile("(?!)"),
                       re.compile("(?!)"))
    # a phrase is looked for at its last word ("auf die Straße": at "Straße", not at every "auf")
    strong = [v.words[-1] for v in (*lex.protest_verbs, *lex.attacked, *lex.clashes)] + [lex.instrument]
    weak = [v.words[0] for v in (*lex.protest_acts, *lex.join)]
    # the verbs of crowds.txt are no adjective of a noun phrase ("demonstrierten rund 300 Menschen")
    verb_words = any_of(v.words[0] for v in (*lex.protest_verbs, *lex.protest_acts, *lex.join, lex.force))
    return CrowdLexicon(**{**lex.__dict__, "gate": any_of(strong), "weak": any_of(weak),
                           "words": replace(words, verbs=verb_words, person=pattern("person"))})


def warm(lang: str) -> None:
    """Load crowds.txt and compile its joined patterns now (the pipeline's warm-up), not in a document's time."""
    _levels(lang), _companions(lang)


@lru_cache(maxsize=None)
def _levels(lang: str) -> re.Pattern | None:
    """One pattern for ``gated``: its group "strong" or "weak" matches."""
    lex = load(lang)
    return None if lex is None else re.compile(f"(?P<strong>{lex.gate.pattern})|(?P<weak>{lex.weak.pattern})")


@lru_cache(maxsize=65536)
def gated(word: str, lang: str) -> int:
    """2: ``word`` opens its sentence to the rules; 1: only with a protest word or a crowd besides; 0: neither."""
    levels = _levels(lang)
    hit = levels.fullmatch(word) if levels is not None else None
    return 0 if hit is None else 2 if hit.lastgroup == "strong" else 1


@dataclass
class _Seen:
    """The word forms (as written) one language's documents held so far, and which of them ``gated`` opens
    fully (strong) or with a companion (weak): a document is then tested by set operations, not word by word."""

    known: set[str] = field(default_factory=set)
    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)

    def learn(self, words: set[str], lang: str) -> None:
        # a word goes into its level's set before ``known``: another thread that finds it known finds its level
        levels = _levels(lang)
        for word in words - self.known:
            hit = levels.fullmatch(word.lower()) if levels is not None else None
            level = 0 if hit is None else 2 if hit.lastgroup == "strong" else 1
            (self.strong if level == 2 else self.weak if level == 1 else self.known).add(word)
            self.known.add(word)


_SEEN: dict[str, _Seen] = {}
SEEN_WORDS = 200_000  # word forms remembered per language before starting anew


@lru_cache(maxsize=65536)
def _companion(word: str, lang: str) -> bool:
    """Whether ``word`` (as written) names a protest, its participants or a crowd: what a common verb of
    crowds.txt ("zogen", "beteiligten") needs in its sentence."""
    lex = load(lang)
    if lex is None or not word[:1].isupper():
        return False
    return bool(_companions(lang).fullmatch(word.lower())) or group_of(word, lang) in lex.words.people


@lru_cache(maxsize=None)
def _companions(lang: str) -> re.Pattern:
    """One pattern for the protest nouns, the participants and the crowds of crowds.txt."""
    lex = load(lang)
    if lex is None:
        return re.compile("(?!)")
    return any_of([v.words[0] for v in lex.protest_nouns] + [lex.participant] + [p for p, _, _ in lex.words.crowds])


def candidates(doc: Doc, lang: str) -> list[int]:
    """The sentences in which the rules may find anything: a word of crowds.txt that opens a sentence, or a
    common one with a protest word or a crowd besides (most documents: none, told by set operations; the
    sentences of a word found by searching the text for it)."""
    seen = _SEEN.get(lang)
    if seen is None or len(seen.known) > SEEN_WORDS:  # bounded: a long batch of rare words starts anew, in new
        seen = _SEEN[lang] = _Seen()  # sets (another thread may still be reading the old ones)
    words = {t.text for t in doc.tokens}
    seen.learn(words, lang)
    strong, weak = seen.strong & words, seen.weak & words
    if not strong and not weak:
        return []
    starts = [s.start for s in doc.sents]
    levels: dict[int, int] = {}
    for word in strong | weak:
        level = 2 if word in strong else 1
        at = doc.text.find(word)
        while at >= 0:  # also inside longer words: the rules read the sentence's own words
            i = bisect_right(starts, at) - 1
            levels[i] = max(levels.get(i, 0), level)
            at = doc.text.find(word, at + len(word))
    return [i for i, level in sorted(levels.items()) if i >= 0 and (
        level == 2 or any(_companion(t.text, lang) for t in doc.sent_tokens(i)))]
