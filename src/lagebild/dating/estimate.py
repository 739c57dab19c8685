"""Estimate when an undated article was written, from the time expressions it contains.

Evidence, each kept with the words that gave it:
- absolute dates ("im Jahr 2024", "Ende 2024", "im zweiten Quartal 2025"): an event told in the past or
  present happened before publication (a lower bound); one told in the future lies after it (an upper bound);
- year-less dates ("Am 19. Juni", "Im August"): placed in the latest year the text names, then used the same way;
- words such as "jüngst" or "kürzlich" next to an event mark it as recent.
The estimate lies a little after the latest past event: a few days after a dated day, about half a month
after a named month; it is clipped to the bounds. Without any evidence the result says so: never silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Doc, Timex
from ..situation.timevalue import interval

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# Days between the latest past event and publication, by the event's precision (chosen on KRAUTS Dolomiten-42:
# a year told in the past is usually over, so its last day is the best guess).
GAP_DAYS = {"day": 1, "month": 15, "quarter": 30, "year": 0}


@dataclass
class Evidence:
    text: str
    start: int
    first: date
    last: date
    precision: str  # day | month | quarter | year
    tense: str | None  # past | future | None
    note: str = ""

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "from": self.first.isoformat(), "to": self.last.isoformat(),
                "precision": self.precision, "tense": self.tense or "unmarked", "note": self.note}


@dataclass
class Dating:
    estimate: date | None
    low: date | None
    high: date | None
    precision: str | None
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""

    @property
    def value(self) -> str | None:
        """The estimate at the precision the evidence supports: YYYY-MM, or YYYY for year-level evidence."""
        if self.estimate is None:
            return None
        return self.estimate.strftime("%Y") if self.precision == "year" else self.estimate.strftime("%Y-%m")

    def to_dict(self) -> dict:
        return {
            "estimate": self.value,
            "estimate_day": self.estimate.isoformat() if self.estimate else None,
            "interval": [d.isoformat() if d else None for d in (self.low, self.high)],
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def _precision(value: str) -> str:
    if re.match(r"^\d{4}-\d{2}-\d{2}", value) or re.match(r"^XXXX-\d{2}-\d{2}", value):
        return "day"
    if re.match(r"^\d{4}-\d{2}$", value) or re.match(r"^XXXX-\d{2}$", value) or "-W" in value:
        return "month"
    if re.match(r"^\d{4}-(Q|H|SP|SU|FA|WI)", value):
        return "quarter"
    return "year"


def _with_mod(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """Narrow an interval by its mod: "Ende 2024" is the last sixth of 2024, "Anfang" the first."""
    span = (last - first).days
    if mod in ("END", "LATE"):
        return last - timedelta(days=span // 6), last
    if mod in ("START", "EARLY"):
        return first, first + timedelta(days=span // 6)
    if mod == "MID":
        middle = first + timedelta(days=span // 2)
        return middle - timedelta(days=span // 6), middle + timedelta(days=span // 6)
    return first, last


def _year_for(month: int, day: int | None, weekday: int | None, base: int | None) -> tuple[int | None, str]:
    """The year of a year-less date: one whose calendar fits a named weekday, nearest to ``base``
    (the latest year the text names); else ``base`` itself."""
    if weekday and day:
        fits = []
        for year in range((base or 2000) - 1, (base or 2000) + 12):
            try:
                if date(year, month, day).isoweekday() == weekday:
                    fits.append(year)
            except ValueError:
                continue
        if base is not None:
            later = [y for y in fits if y >= base]
            if later:
                return later[0], f"first year from {base} on whose calendar fits the weekday"
        elif fits:
            return None, ""
    if base is not None:
        return base, f"year {base} from the latest year the text names"
    return None, ""


def collect(doc: Doc, tense: Callable[[Timex], str | None],
            weekday: Callable[[Timex], int | None] = lambda timex: None) -> list[Evidence]:
    """Dated evidence from the document's time expressions (year-less ones placed in a fitting year)."""
    absolute, yearless = [], []
    for timex in doc.timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value:
            continue
        if re.match(r"^\d{4}", timex.value):
            span = interval(timex.value)
            if span:
                first, last = _with_mod(*span, timex.mod)
                absolute.append(Evidence(timex.text, timex.start, first, last, _precision(timex.value),
                                         tense(timex)))
        elif _YEARLESS.match(timex.value):
            yearless.append(timex)
    years = [e.last.year for e in absolute if e.tense != "future"] or [e.first.year for e in absolute]
    base = max(years) if years else None
    found = list(absolute)
    for timex in yearless:
        month, day = _YEARLESS.match(timex.value).groups()
        year, note = _year_for(int(month), int(day) if day else None, weekday(timex), base)
        if year is None:
            continue
        span = interval(f"{year}-{month}" + (f"-{day}" if day else ""))
        if span:
            found.append(Evidence(timex.text, timex.start, span[0], span[1], _precision(timex.value),
                                  tense(timex), note=note))
    return found


def estimate(doc: Doc, tense: Callable[[Timex], str | None],
             weekday: Callable[[Timex], int | None] = lambda timex: None) -> Dating:
    evidence = collect(doc, tense, weekday)
    if not evidence:
        return Dating(None, None, None, None, [], "no dated time expression in the text")
    past = [e for e in evidence if e.tense != "future"]
    future = [e for e in evidence if e.tense == "future"]
    low = max((e.first for e in past), default=None)
    high = min((e.first for e in future if low is None or e.first > low), default=None)
    fine = [e for e in past if e.precision != "year"] or past
    if not fine:
        first = min(future, key=lambda e: e.first)
        guess, precision = first.first - timedelta(days=GAP_DAYS[first.precision]), first.precision
        reason = f"only future events; before «{first.text}»"
    else:
        latest = max(fine, key=lambda e: (e.last, e.first))
        guess, precision = latest.last + timedelta(days=GAP_DAYS[latest.precision]), latest.precision
        reason = f"shortly after the latest past event «{latest.text}» ({latest.last.isoformat()})"
    if high and guess >= high:
        guess = high - timedelta(days=1)
        reason += f"; before the future event starting {high.isoformat()}"
    if low and guess < low:
        guess = low
    precision = "year" if precision == "year" else "month"
    return Dating(guess, low, high, precision, evidence, reason)
