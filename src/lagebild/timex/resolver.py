"""Resolve underspecified TIMEX3 values against an anchor date (pure functions, no language knowledge).

A rule writes a value template; after its groups are filled in, the value may still hold
placeholders that only the anchor (the publication date or its estimate) can settle:

- ``[unit+N]`` / ``[unit-N]``: the anchor shifted by N units (day, week, month, quarter, half,
  year, decade, century) at that unit's granularity: ``[day-1]`` is yesterday, ``[year+0]`` this year.
- ``[@unit+N]``: the same, counted from the reference date (the last date the text mentioned,
  else the anchor): "fünf Monate später".
- ``[ref]``: the reference day itself (for clock times: "20 Uhr" -> ``[ref]T20:00``).
- ``XXXX-...`` at the start: a month, day, quarter, half or season without a year; the year is
  taken from the anchor and moved by the tense of the sentence (past / future / None = nearest).
- ``XXXX-WXX-d``: a weekday without a date, resolved to the nearest such day in the tense's direction.

An anchor may be YYYY, YYYY-MM or YYYY-MM-DD; a result is never finer than the anchor justifies
("gestern" against 2024-06 is 2024-06). Without an anchor the value is returned unresolved
(``XXXX-06-19``) or None, and ``anchored`` is False.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

UNITS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
_SHIFT = re.compile(r"\[(@?)(day|week|month|quarter|half|year|decade|century)([+-](?:\d+|X))\]")
_REF = re.compile(r"\[ref\]")
_EASTER = re.compile(r"^(\d{4})?\[easter([+-]\d+)\]")
_YEARLESS = re.compile(r"^XXXX-(\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI)(?=$|T)")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?=$|T)")
# Where a season, quarter or half sits in the year, as a month, to compare it with the anchor.
_MONTH_OF = {"SP": 4, "SU": 7, "FA": 10, "WI": 1, "Q1": 2, "Q2": 5, "Q3": 8, "Q4": 11, "H1": 4, "H2": 10}


@dataclass(frozen=True, slots=True)
class Anchor:
    """A parsed anchor date and how precise it is (``year``, ``month`` or ``day``)."""

    year: int
    month: int
    day: int
    precision: str

    @classmethod
    def parse(cls, value: str | None) -> Anchor | None:
        if not value:
            return None
        match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        if not match:
            return None
        year, month, day = match.groups()
        precision = "day" if day else "month" if month else "year"
        return cls(int(year), int(month or 1), int(day or 1), precision)

    @property
    def date(self) -> date:
        return date(self.year, self.month, self.day)

    def format(self, unit: str) -> str:
        """This anchor at ``unit``'s granularity, never finer than its own precision."""
        return format_date(self.date, coarsest(unit, self.precision))


_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6, "century": 7}


def coarsest(unit: str, precision: str) -> str:
    """The coarser of a unit and an anchor precision; a week against a month anchor gives the month."""
    if unit == "week" and precision != "day":
        return precision
    return unit if _ORDER[unit] >= _ORDER[precision] else precision


def format_date(day: date, unit: str) -> str:
    """A date written at a TIMEX3 granularity."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year:04d}"[:3]
    return f"{day.year:04d}"[:2]


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (months clamp the day to the month's length)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit] * amount
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(max(1, min(9999, year)), month + 1, 1)


def _shift_anchor(anchor: Anchor, unit: str, offset: str) -> str:
    if "X" in offset:
        return "PAST_REF" if offset.startswith("-") else "FUTURE_REF"
    amount = int(offset)
    precision = anchor.precision
    # A day or week shift against a month-precise anchor cannot leave the month honestly: keep it.
    if coarsest(unit, precision) != unit and unit in ("day", "week"):
        return anchor.format(unit)
    return format_date(shift(anchor.date, unit, amount), coarsest(unit, precision))


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _year_for(month: int, day: int | None, anchor: Anchor, tense: str | None) -> int:
    """The year of a year-less month (and day), chosen by tense around the anchor."""
    if anchor.precision == "year" or tense == "same":
        return anchor.year
    here = (anchor.month, anchor.day if anchor.precision == "day" else 0)
    there = (month, day if (day and anchor.precision == "day") else 0)
    if tense == "past":
        return anchor.year - 1 if there > here else anchor.year
    if tense == "future":
        return anchor.year + 1 if there < here else anchor.year
    # No tense: the nearest reading (a tie keeps the anchor's year).
    candidates = (anchor.year, anchor.year - 1, anchor.year + 1)
    return min(candidates, key=lambda year: abs((year - anchor.year) * 12 + month - anchor.month))


def _weekday(weekday: int, anchor: Anchor, tense: str | None) -> str:
    if anchor.precision != "day":
        return anchor.format("day")
    today = anchor.date
    back = (today.isoweekday() - weekday) % 7
    ahead = (weekday - today.isoweekday()) % 7
    # News report what happened: without a future cue a bare weekday is the last one.
    found = today + timedelta(days=ahead) if tense == "future" else today - timedelta(days=back)
    return found.isoformat()


def resolve(value: str | None, anchor: str | None, tense: str | None = None,
            ref: str | None = None) -> tuple[str | None, bool]:
    """Resolve the placeholders of an underspecified TIMEX3 value.

    Args:
        value: a value template after its groups were filled in ("[day-1]", "XXXX-06-19", "2025-Q2").
        anchor: the publication date or its estimate (YYYY, YYYY-MM or YYYY-MM-DD), or None.
        tense: "past", "future", None (nearest) or "same" (the anchor's year); decides year-less
            months and bare weekdays.
        ref: the last date the text mentioned, for "[@unit+N]" and "[ref]" (else the anchor is used).

    Returns:
        (value, anchored): the resolved value (None when it needs an anchor and none is given; a
        year-less "XXXX-..." value stays as it is) and whether the value depended on a known anchor.
    """
    if value is None:
        return None, True
    found = _EASTER.match(value)
    if found and found.group(1):  # "Pfingsten 2024": a feast of a named year needs no anchor
        day = easter(int(found.group(1))) + timedelta(days=int(found.group(2)))
        return day.isoformat() + value[found.end():], True
    relative = bool(_SHIFT.search(value) or _REF.search(value) or value.startswith("XXXX-") or found)
    if not relative:
        return value, True
    parsed = Anchor.parse(anchor)
    if parsed is None:
        if _SHIFT.search(value) or _REF.search(value) or found:
            return None, False
        return value, False
    base = Anchor.parse(ref) or parsed

    def _sub_shift(match: re.Match) -> str:
        at, unit, offset = match.groups()
        return _shift_anchor(base if at else parsed, unit, offset)

    if found:  # a moveable feast without a year: the anchor's year
        day = easter(parsed.year) + timedelta(days=int(found.group(2)))
        return day.isoformat() + value[found.end():], True
    value = _SHIFT.sub(_sub_shift, value)
    value = _REF.sub(lambda _: base.format("day"), value)
    # A weekend of a week that the anchor could not name ("[week+0]-WE" against 2024-06) is just the month.
    value = re.sub(r"^(\d{4}(?:-\d{2})?)-WE$", r"\1", value)
    match = _WEEKDAY.match(value)
    if match:
        value = _weekday(int(match.group(1)), parsed, tense) + value[match.end():]
    match = _YEARLESS.match(value)
    if match:
        rest = match.group(1)
        if rest[0].isdigit():
            month = int(rest[:2])
            day = int(rest[3:5]) if len(rest) > 2 else None
        else:
            month, day = _MONTH_OF[rest], None
        value = f"{_year_for(month, day, parsed, tense):04d}" + value[4:]
    # A time of day on a date coarser than a day cannot stand: drop the time part.
    if "T" in value and re.match(r"^\d{4}(-\d{2})?T", value):
        value = value.split("T", 1)[0]
    return value, True
