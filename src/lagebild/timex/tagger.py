"""Find, type and normalize the time expressions of a text in one pass of the compiled grammar."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..model import Timex
from .grammar import Grammar, grammar
from .resolver import resolve

_SENT_END = re.compile(r"(?<=[^\d\s.][.!?])\s+(?=[A-ZÄÖÜ\"„])|\n+")
# Tense cues further than this (in characters) belong to another clause of a long sentence.
CUE_WINDOW = 60
_CLAUSE = (",", ";", ":", " – ", " — ", "(", ")")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def _sentence_spans(text: str, start: int) -> list[tuple[int, int]]:
    """A rough sentence split for callers that give none (only tense cues depend on it)."""
    spans, pos = [], start
    for found in _SENT_END.finditer(text, start):
        spans.append((pos, found.start()))
        pos = found.end()
    spans.append((pos, len(text)))
    return spans


def _tense(gram: Grammar, text: str, sent: tuple[int, int], cache: dict, begin: int, end: int) -> str | None:
    """Past or future from the cue words around an expression.

    A cue in the expression's own clause (between commas, colons, dashes) wins ("..., dass eine
    Einheit bereits im Juli helfen soll" is future though "hatte angekündigt" is nearer); else the
    cue nearest to it in the sentence, within ``CUE_WINDOW`` characters.
    """
    cues = cache.get(sent)
    if cues is None:
        cues = [(found.start(), gram.tense[found.group(0).lower()])
                for found in gram.tense_re.finditer(text, sent[0], sent[1])]
        cache[sent] = cues
    if not cues:
        return None
    left = max((text.rfind(mark, sent[0], begin) for mark in _CLAUSE), default=-1)
    right = min((pos for pos in (text.find(mark, end, sent[1]) for mark in _CLAUSE) if pos >= 0), default=sent[1])
    own = [cue for cue in cues if left < cue[0] < right and not begin <= cue[0] < end]
    near = own or [cue for cue in cues if abs(cue[0] - begin) <= CUE_WINDOW]
    if not near:
        return None
    return min(near, key=lambda cue: abs(cue[0] - begin))[1]


def tag(text: str, lang: str, anchor: str | None = None, sents: Sequence[tuple[int, int]] | None = None,
        start: int = 0, prepositions: bool = True, narrative: bool = False) -> list[Timex]:
    """The time expressions of ``text``, resolved against ``anchor``.

    Args:
        text: the text to scan.
        lang: "de" or "en".
        anchor: publication date or its estimate (YYYY, YYYY-MM or YYYY-MM-DD), or None.
        sents: sentence (start, end) offsets, used to find the tense cues of an expression.
        start: where to begin scanning (e.g. ``doc.body_start``).
        prepositions: keep a leading "am", "im", "seit" ... in the span ("Am 19. Juni"); False gives
            TimeML spans without them. The mod a preposition implies ("seit" -> ON_OR_AFTER) is kept either way.
        narrative: resolve year-less dates against the last date the text mentioned rather than the
            anchor (history narratives, HeidelTime's "narratives" mode); news uses the anchor.

    Returns:
        Timex objects in text order; ``anchored`` is False where a value needed an anchor that was missing.
    """
    gram = grammar(lang)
    spans = list(sents) if sents else _sentence_spans(text, start)
    starts = [span[0] for span in spans]
    cues: dict = {}
    ref: str | None = None  # the last date mentioned, for "fünf Monate später"
    day_ref: tuple[int, str] | None = None  # (sentence, day) of the last day mentioned, for clock times
    found: list[Timex] = []
    for rule, groups in _recent_matches(gram, text, start):
        match = groups
        template = gram.fill(rule, groups)
        index = max(0, bisect.bisect_right(starts, match.start()) - 1)
        tense = None
        if template[:1] in "<>":  # the rule itself says past ("vergangenen Samstag") or future
            tense, template = ("past" if template[0] == "<" else "future"), template[1:]
        elif "XXXX" in template:
            tense = _tense(gram, text, spans[index], cues, match.start(), match.end())
        if rule.type == "SET":  # "jeden Montag" is every Monday, not one of them
            value, anchored = template, True
        else:
            if "[ref]" in template:  # a clock time belongs to a day named in its own sentence, else the anchor
                template = template.replace("[ref]", day_ref[1] if day_ref and day_ref[0] == index else "[day+0]")
            if narrative and template == "[day+0]":
                value, anchored = "PRESENT_REF", True  # a history's "heute" is the writer's present
            elif narrative and ref:
                # A story moves on from its last date: "3. September" after "1. September 1939" is 1939.
                value, anchored = resolve(template, ref, "same", ref)
            else:
                value, anchored = resolve(template, anchor, tense, ref)
        mod = rule.mod
        if mod and mod.startswith("{"):
            mod = _fill_mod(gram, groups, mod)
        begin = match.start()
        if rule.type in ("DATE", "DURATION"):
            modifier = gram.modifier_re.search(text, max(start, begin - 16), begin)
            if modifier:
                mod = mod or gram.modifiers[" ".join(modifier.group(1).lower().split())]
                begin = modifier.start(1)
        prep = gram.preposition_re.search(text, max(start, begin - 14), begin)
        if prep:
            prep_mod = gram.prepositions[" ".join(prep.group(1).lower().split())]
            # "seit"/"vor" bound a date, not a duration ("seit zwei Jahren"); "rund" fits both.
            if rule.type in ("DATE", "TIME") or prep_mod == "APPROX":
                mod = mod or prep_mod
            if prepositions:
                begin = prep.start(1)
        if value is not None and rule.type in ("DATE", "TIME"):
            if _DAY.match(value):
                ref = value[:10]
                day_ref = (index, ref)
            elif (_MONTH.match(value) or _YEAR.match(value)) and not (ref or "").startswith(value):
                ref = value
        found.append(Timex(text=text[begin:match.end()], start=begin, end=match.end(), type=rule.type,
                           value=value, mod=mod, anchored=anchored, provenance=f"rule:{lang}/time/{rule.id}"))
    return found


# The scanner's matches of the last texts tagged. Dating tags an undated text a second time once it has
# estimated its date, and the store's re-dating tags it again: the matches do not depend on the anchor, only
# the values resolved from them do, so the scan (three quarters of the tagger's time) is done once.
_RECENT: dict[tuple[int, int, str], tuple[Grammar, list]] = {}
_RECENT_SIZE = 4


def forget_matches() -> None:
    """Drop the kept matches (a benchmark timing the same text twice measures the scan each time)."""
    _RECENT.clear()


def kept_matches(text: str, lang: str, start: int = 0) -> tuple | None:
    """The scanner's matches of ``text`` when they are still kept (the text was one of the last tagged), else
    None: a caller that tags the text again much later (the store's re-dating) keeps them itself."""
    gram = grammar(lang)
    cached = _RECENT.get((id(gram), start, text))
    return tuple(cached[1]) if cached is not None and cached[0] is gram else None


def keep_matches(text: str, lang: str, start: int, found: tuple) -> None:
    """Give back matches of ``text`` from ``kept_matches``: the next tagging of the text skips the scan."""
    _remember(grammar(lang), text, start, list(found))


def _remember(gram: Grammar, text: str, start: int, found: list) -> None:
    while len(_RECENT) >= _RECENT_SIZE:
        _RECENT.pop(next(iter(_RECENT)), None)
    _RECENT[(id(gram), start, text)] = (gram, found)


def _recent_matches(gram: Grammar, text: str, start: int) -> list:
    key = (id(gram), start, text)
    cached = _RECENT.get(key)
    if cached is not None and cached[0] is gram:
        return cached[1]
    found = list(_matches(gram, text, start))
    _remember(gram, text, start, found)
    return found


def _matches(gram: Grammar, text: str, start: int):
    """(rule, match) of every expression, left to right, without overlaps.

    The scanner proposes a rule at a position over the lower-cased text; the rule's own regex
    confirms it on the original text (case-sensitive parts). When it does not hold, the later
    rules are tried at that position in file order, as the alternation would have.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character changes length when lower-cased
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    pos = start
    rules = gram.rules
    search = gram.starts.search if gram.starts is not None else gram.scanner.search
    while True:
        hit = search(lowered, pos)
        if hit is None:
            return
        first = int(hit.lastgroup[1:])
        for rule in rules[first:]:
            found = rule.regex.match(text, hit.start())
            if found is not None:
                yield rule, found
                pos = found.end()
                break
        else:
            pos = hit.start() + 1


def _fill_mod(gram: Grammar, groups: re.Match, mod: str) -> str | None:
    """A mod column like ``{part:part}``: the group normalized through a table ("-" = none)."""
    slot = re.fullmatch(r"\{(\w+):(\w+)\}", mod)
    if not slot or groups.group(slot.group(1)) is None:
        return None
    value = gram.lookup(slot.group(2), groups.group(slot.group(1)))
    return None if value in (None, "-") else value
