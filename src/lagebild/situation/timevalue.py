"""TIMEX3 values as date intervals, for ordering, plotting and comparing claims in time."""

from __future__ import annotations

import calendar
import re
from datetime import date

_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_HALVES = {"H1": (1, 6), "H2": (7, 12)}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}))?(?:-(\d{2}))?")


def _month_end(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers ("2024" -> 2024-01-01..2024-12-31); None otherwise."""
    if not value:
        return None
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match.group(1))
    part, day = match.group(2), match.group(3)
    try:
        if part is None:
            return date(year, 1, 1), date(year, 12, 31)
        if part in _QUARTERS or part in _HALVES or part in _SEASONS:
            first, last = {**_QUARTERS, **_HALVES, **_SEASONS}[part]
            return date(year, first, 1), _month_end(year, last)
        if part.startswith("W"):
            start = date.fromisocalendar(year, int(part[1:]), 1)
            return start, date.fromordinal(start.toordinal() + 6)
        month = int(part)
        if day:
            return date(year, month, int(day)), date(year, month, int(day))
        return date(year, month, 1), _month_end(year, month)
    except ValueError:
        return None


def midpoint(value: str | None) -> date | None:
    span = interval(value)
    if span is None:
        return None
    return date.fromordinal((span[0].toordinal() + span[1].toordinal()) // 2)


def overlaps(a: str | None, b: str | None) -> bool:
    """True when two time values can describe the same time (unknown values cannot)."""
    x, y = interval(a), interval(b)
    return bool(x and y and x[0] <= y[1] and y[0] <= x[1])
