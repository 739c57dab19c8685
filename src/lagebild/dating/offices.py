"""Office holders named with their office bound the writing date: "Bundeskanzler Werner Faymann" was written
while Faymann was chancellor (2008-12-02 .. 2016-05-09).

The terms come from lang/<code>/time/offices.txt (a dated gazetteer: office, holder, first and last day of the
term, "-" for a term still running). A holder bounds the date only when named with the office right before the
name ("Kanzlerin Angela Merkel", "US-Präsident Barack Obama"); a former or future holder ("Ex-Kanzler",
"der damalige Präsident", "designierte") does not. Each match is an Evidence of kind "office" whose interval is
the term; the estimate intersects them (see estimate.office_bounds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..errors import E013, LagebildError
from ..model import Doc
from ..resources import exists, load
from .estimate import Evidence

NAME = "time/offices.txt"
# An open term ("-") lasts until this day: a bound that never binds.
OPEN_END = date(9999, 12, 31)
# Given names (and particles) between the office and the surname: "Präsident Abdel Fattah al-Sisi".
_GIVEN = r"(?:(?:[A-ZÄÖÜ][\w.'-]*|al|von|van|der|de|di)\s+){0,4}"


# How far before a holder's name its office may begin ("Präsident Abdel Fattah al-Sisi").
REACH = 100


@dataclass(frozen=True)
class Term:
    office: str
    holder: str
    first: date
    last: date
    before: re.Pattern  # the office (and given names) ending right before the holder's name
    name: re.Pattern


@dataclass(frozen=True)
class Gazetteer:
    terms: tuple[Term, ...]
    names: re.Pattern | None  # every holder's name, to find the few places worth a closer look
    former: re.Pattern | None


def _day(text: str, path, line: int) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise LagebildError(E013, path=path, line=line, reason=f"'{text}' is not a date YYYY-MM-DD") from None


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> Gazetteer:
    """The terms of lang/<code>/time/offices.txt and the pattern of words that make a holder a former one."""
    if not exists(lang, NAME):
        return Gazetteer((), None, None)
    res = load(lang, NAME)
    found, former = [], []
    for (line, _), row in zip(res.lines, res.rows(2), strict=True):
        if row[0] == "former":
            former.append(row[1])
            continue
        if row[0] != "office" or len(row) < 5:
            raise LagebildError(E013, path=res.path, line=line,
                                reason="expected 'office<TAB>office regex<TAB>holder regex<TAB>from<TAB>to' "
                                       "or 'former<TAB>regex'")
        first = _day(row[3], res.path, line)
        last = OPEN_END if row[4] == "-" else _day(row[4], res.path, line)
        # The office may carry a prefix ("US-Präsident", "EU-Ratspräsident") and an inflection ("Kanzlerin",
        # "Präsidenten"); given names may stand between it and the surname.
        before = re.compile(rf"(?<![\w-])(?:[\w]+-)?(?:{row[1]})(?:in|en|n|s)?\s+{_GIVEN}$")
        found.append(Term(row[1], row[2], first, last, before, re.compile(rf"(?:{row[2]})")))
    names = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({t.holder for t in found})) + r")(?![\w-])")
    gone = re.compile(r"(?:" + "|".join(former) + r")\s*(?:\w+-)?$", re.IGNORECASE) if former else None
    return Gazetteer(tuple(found), names if found else None, gone)


@lru_cache(maxsize=4096)
def _terms_named(lang: str, name: str) -> tuple[Term, ...]:
    """The terms of ``lang`` whose holder pattern matches ``name`` whole, in the gazetteer's order: asked once per
    holder's name, not once per mention and term (each document is dated twice at an ingest: read and re-dated)."""
    return tuple(term for term in gazetteer(lang).terms if term.name.fullmatch(name))


def offices(doc: Doc, lang: str) -> list[Evidence]:
    """Every office holder named with the office in the text, as evidence bounding the writing date."""
    gaz = gazetteer(lang)
    if gaz.names is None:
        return []
    evidence = []
    for match in gaz.names.finditer(doc.text):
        window_start = max(0, match.start() - REACH)
        window = doc.text[window_start:match.start()]
        for term in _terms_named(lang, match.group(0)):
            office = term.before.search(window)
            if office is None:
                continue
            start = window_start + office.start()
            if gaz.former and gaz.former.search(doc.text, max(0, start - 30), start + _prefix(office)):
                continue
            last = term.last.isoformat() if term.last != OPEN_END else "today"
            evidence.append(Evidence(doc.text[start:match.end()], start, term.first, term.last, "term", None,
                                     note=f"term of office {term.first.isoformat()} .. {last}", kind="office",
                                     weight=0.0))
    return evidence


def _prefix(match: re.Match) -> int:
    """The length of an office's prefix ("Ex-" in "Ex-Kanzler"): a former-holder word may end inside it."""
    hyphen = re.match(r"[\w]+-", match.group(0))
    return hyphen.end() if hyphen else 0
