"""Estimate when an undated article was written, from the time expressions it contains.

Evidence, each kept with the words that gave it, its kind and its weight:
- absolute dates ("am 2. Juni 2015", "Ende 2024", "im Sommer 2015"): an event told in the past happened before
  publication (a lower bound); one told in the future or planned for ("für 2016") lies after it (an upper bound);
  a dateline or byline date ("(APA, 4.9.2015)") is the writing day itself;
- year-less dates ("Am 19. Juni", "Im August"): placed in the year whose calendar fits a named weekday, the year
  after a comparison ("gegenüber April 2014"), or else the latest year the text names;
- anniversaries ("das 800-jährige Bestehen" near "1215"): the writing year.
What it says about the writing time decides its weight: the latest dated day or month told in the past gives the
estimate (a day after a day, half a month after a month); dates more than a year before it, and years alone, are
lower bounds only (a historical mention never dates an article: a year before 1900 never gives an estimate, a
recent lone year only a low-confidence one, "seit 2012" none). Without any evidence the result says so.
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
# A season is mostly told while it runs ("im Sommer 2015 bis Ende Juni"): its last day.
GAP_DAYS = {"day": 1, "month": 15, "quarter": 30, "season": 0, "year": 0}


@dataclass
class Evidence:
    text: str
    start: int
    first: date
    last: date
    precision: str  # day | month | quarter | year
    tense: str | None  # past | future | None
    note: str = ""
    kind: str = "date"  # date | dateline | yearless | anniversary
    weight: float = 1.0  # 0 for a lower bound only (historical or background mention)
    since: bool = False  # "seit 2012": a state lasting until the writing, which may be years later

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "from": self.first.isoformat(), "to": self.last.isoformat(),
                "precision": self.precision, "tense": self.tense or "unmarked", "note": self.note,
                "kind": self.kind, "weight": self.weight}


@dataclass
class Dating:
    estimate: date | None
    low: date | None
    high: date | None
    precision: str | None
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""
    confidence: str = "none"  # high (a dateline or dated day) | medium (a month) | low (a year) | none
    corpus: list = field(default_factory=list)  # CorpusEvidence from dated documents in the store
    # The evidence the estimate was read from, when a year-less date placed in a guessed year gave it
    # (the corpus may then pick the year).
    guessed_year: Evidence | None = None

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
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "corpus": [e.to_dict() for e in self.corpus],
        }


def _precision(value: str) -> str:
    if re.match(r"^\d{4}-\d{2}-\d{2}", value) or re.match(r"^XXXX-\d{2}-\d{2}", value):
        return "day"
    if re.match(r"^\d{4}-\d{2}$", value) or re.match(r"^XXXX-\d{2}$", value) or "-W" in value:
        return "month"
    if re.match(r"^\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.match(r"^\d{4}-(Q|H)", value):
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


def _is_dateline(doc: Doc, timex: Timex) -> bool:
    """A full date in a byline or agency line: "(APA, 4.9.2015)" at the end, or a date opening the text."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", timex.value or ""):
        return False
    before, after = doc.text[max(0, timex.start - 40):timex.start], doc.text[timex.end:timex.end + 3]
    byline = "(" in before and ")" not in before.rsplit("(", 1)[-1] and after.lstrip().startswith(")")
    return byline or timex.start - doc.body_start < 25


def collect(doc: Doc, tense: Callable[[Timex], str | None],
            weekday: Callable[[Timex], int | None] = lambda timex: None, year: int | None = None,
            comparison: Callable[[Timex], bool] = lambda timex: False,
            planned: Callable[[Timex], bool] = lambda timex: False, default_year: int | None = None) -> list[Evidence]:
    """Dated evidence from the document's time expressions (year-less ones placed in a fitting year).

    ``year`` is the writing year when a cue gave it (an anniversary); else year-less dates are placed in the
    latest year the text names."""
    absolute, yearless, compared = [], [], {}
    for timex in doc.timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value:
            continue
        if re.match(r"^\d{4}", timex.value):
            span = interval(timex.value)
            if span:
                first, last = _with_mod(*span, timex.mod)
                kind = "dateline" if _is_dateline(doc, timex) else "date"
                absolute.append(Evidence(timex.text, timex.start, first, last, _precision(timex.value),
                                         "future" if planned(timex) else tense(timex), kind=kind,
                                         since=timex.mod in ("ON_OR_AFTER", "AFTER")))
                if re.match(r"^\d{4}-\d{2}$", timex.value) and comparison(timex):
                    compared[first.month] = first.year
        elif _YEARLESS.match(timex.value):
            yearless.append(timex)
    years = [e.last.year for e in absolute if e.tense != "future"] or [e.first.year for e in absolute]
    # default_year: a year from outside the text (the corpus around it) for year-less dates when it names none
    base = year or (max(years) if years else default_year)
    # A month named without a year and, after a comparison word, with one ("im April ... gegenüber April
    # 2014"): the year marks the comparison, so the bare month is a later one, the current.
    found = list(absolute)
    for timex in yearless:
        month, day = _YEARLESS.match(timex.value).groups()
        start = base
        if not day and int(month) in compared and not year:
            start = max(base or 0, compared[int(month)] + 1)
        fitted, note = _year_for(int(month), int(day) if day else None, weekday(timex), start)
        if start != base and fitted == start:
            note = f"year {start}: the same month is named with the year {start - 1} as a comparison"
        if fitted is None:
            continue
        if year and note.startswith("year "):
            note = f"year {year} from the writing year"
        elif not year and not years and note.startswith("year "):
            note = f"year {default_year} from the corpus: the text names none"
        span = interval(f"{fitted}-{month}" + (f"-{day}" if day else ""))
        if span:
            found.append(Evidence(timex.text, timex.start, span[0], span[1], _precision(timex.value),
                                  tense(timex), note=note, kind="yearless"))
    return found


# How far from an anniversary cue the founding year may be named (about three sentences).
NEAR_CHARS = 400
# A year before this, named as the latest year of a text, is history, not the writing time.
HISTORY_BEFORE = 1900


def anniversaries(doc: Doc, cues: list[re.Pattern], evidence: list[Evidence]) -> list[Evidence]:
    """Writing years from anniversaries: "das 800-jährige Bestehen" with "1215" gives 2015.

    The founding year is the year named nearest the cue (within NEAR_CHARS) whose sum with the age is not
    before any other past year of the text (a jubilee is about now)."""
    past = [e for e in evidence if e.tense != "future"]
    latest = max((e.first.year for e in past), default=None)
    found = []
    for cue in cues:
        for match in cue.finditer(doc.text):
            age = int(match.group("n"))
            near = [e for e in past if abs(e.start - match.start()) <= NEAR_CHARS and e.first.year + age >= latest]
            if age < 5 or not near:
                continue
            year = min(near, key=lambda e: abs(e.start - match.start())).first.year + age
            found.append(Evidence(match.group(0), match.start(), date(year, 1, 1), date(year, 12, 31), "year",
                                  None, note=f"{year - age} + {age} years", kind="anniversary"))
    return found


def estimate(doc: Doc, tense: Callable[[Timex], str | None],
             weekday: Callable[[Timex], int | None] = lambda timex: None,
             cues: list[re.Pattern] | None = None, comparison: Callable[[Timex], bool] = lambda timex: False,
             planned: Callable[[Timex], bool] = lambda timex: False, default_year: int | None = None) -> Dating:
    """The writing date from the text: the latest recent past event, bounded by what lies ahead.

    Dates far before the writing year, and any year told only in the past, bound the estimate from below
    but never give it (a historical mention does not date a news article). ``default_year`` places year-less
    dates when the text names no year (the store's dating passes the year its dated neighbours suggest)."""
    jubilees = anniversaries(doc, cues or [], collect(doc, tense, weekday))
    year = max((e.first.year for e in jubilees), default=None)
    evidence = collect(doc, tense, weekday, year, comparison, planned, default_year) + jubilees
    if not evidence:
        return Dating(None, None, None, None, [], "no dated time expression in the text")
    dated = [e for e in evidence if e.kind != "anniversary"]
    past = [e for e in dated if e.tense != "future"]
    future = [e for e in dated if e.tense == "future"]
    low = max((e.first for e in past), default=None)
    if year:
        low = max(low or date(year, 1, 1), date(year, 1, 1))
    high = min((e.first for e in future if low is None or e.first > low), default=None)
    recent = year or max((e.last.year for e in past if e.precision != "year"), default=None)
    for e in past:
        if e.kind != "dateline" and (e.precision == "year" or (recent and e.last.year < recent - 1)):
            e.weight = 0.0
            why = "a year: a lower bound" if e.precision == "year" else "background: a lower bound only"
            e.note = (e.note + "; " if e.note else "") + why
    lines = [e for e in past if e.kind == "dateline"]
    fine = lines or [e for e in past if e.weight > 0]
    if fine:
        latest = max(fine, key=lambda e: (e.last, e.first))
        guess, precision = latest.last + timedelta(days=GAP_DAYS[latest.precision]), latest.precision
        confidence = "high" if latest.kind == "dateline" or latest.precision == "day" else "medium"
        reason = f"shortly after the latest past event «{latest.text}» ({latest.last.isoformat()})"
    elif year:
        guess, precision, confidence = date(year, 7, 1), "year", "low"
        reason = f"the writing year from the anniversary «{jubilees[0].text}» ({jubilees[0].note})"
    elif [e for e in past if not e.since] and max(e.last.year for e in past if not e.since) >= HISTORY_BEFORE:
        latest = max((e for e in past if not e.since), key=lambda e: (e.last, e.first))
        guess, precision, confidence = latest.last, "year", "low"
        reason = (f"only years: no earlier than the latest, «{latest.text}», taken as the writing year "
                  "(low confidence)")
    elif future:
        first = min(future, key=lambda e: e.first)
        guess, precision, confidence = first.first - timedelta(days=GAP_DAYS[first.precision]), first.precision, "low"
        reason = f"only future events; before «{first.text}»"
    else:
        return Dating(None, low, high, None, evidence,
                      f"only years told in the past (no earlier than {low.isoformat()}); a historical mention "
                      "does not date an article", confidence="none")
    if high and guess >= high:
        guess = high - timedelta(days=1)
        reason += f"; before the future event starting {high.isoformat()}"
    if low and guess < low:
        guess = low
    precision = "year" if precision == "year" else "month"
    guessed = latest if fine and latest.kind == "yearless" and latest.note.startswith("year ") else None
    return Dating(guess, low, high, precision, evidence, reason, confidence=confidence, guessed_year=guessed)
