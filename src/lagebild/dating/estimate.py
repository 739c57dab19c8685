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

# A year-less date, also with a time of day ("am 17. März um 9 Uhr": XXXX-03-17T09:00).
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?(?:T[\dA-Z:]*)?$")
# Days between the latest past event and publication, by the event's precision (chosen on KRAUTS Dolomiten-42:
# a year told in the past is usually over, so its last day is the best guess).
# A season is mostly told while it runs ("im Sommer 2015 bis Ende Juni"): its last day.
GAP_DAYS = {"day": 1, "month": 15, "quarter": 30, "season": 0, "year": 0}
# Days between publication and the first event told as ahead: a dated day ahead is announced about a week or two
# before it (the median lead, 9 days, of the 8 articles of 10kGNAD test, Dolomiten and story-dev whose writing
# day is known and that tell a day ahead: 5, 7, 7, 8, 10, 13, 36, 465 days; dev-10kgnad not used).
AHEAD_DAYS = {"day": 9, "month": 15, "quarter": 30, "season": 0, "year": 0}
# Office terms (and their intersection) longer than this give no estimate alone, only bounds: a guess in the
# middle of eight years of a chancellor is no date.
MAX_TERM_DAYS = 3 * 366


@dataclass
class Evidence:
    text: str
    start: int
    first: date
    last: date
    precision: str  # day | month | quarter | year
    tense: str | None  # past | future | None
    note: str = ""
    kind: str = "date"  # date | dateline | yearless | anniversary | holiday | office
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


def _year_for(month: int, day: int | None, weekday: int | None, base: int | None,
              bounds: tuple[date, date] | None = None) -> tuple[int | None, str]:
    """The year of a year-less date: one whose calendar fits a named weekday, the first from ``base`` (the
    latest year the text names) on; else ``base`` itself. ``bounds`` (the terms of office the text names)
    keep both inside the years they allow; without a year named they may leave a single fitting year."""
    low, high = (bounds[0].year, bounds[1].year) if bounds else (None, None)
    if base is not None and bounds:
        base = min(max(base, low), high)
    if weekday and day:
        start = base if base is not None else low
        fits = []
        for year in range((start or 2000) - 1, (start or 2000) + 12):
            try:
                if date(year, month, day).isoweekday() == weekday and (not bounds or low <= year <= high):
                    fits.append(year)
            except ValueError:
                continue
        if base is not None:
            later = [y for y in fits if y >= base]
            if later:
                return later[0], f"first year from {base} on whose calendar fits the weekday"
        elif bounds and len(fits) == 1:
            return fits[0], f"the only year from {low} to {high} (terms of office) whose calendar fits the weekday"
        elif fits or not bounds:
            return None, ""
    if base is not None and bounds and date(base, month, min(day or 28, 28)) < bounds[0] and base < high:
        return base + 1, f"year {base + 1}: the first year from {base} on within the terms of office"
    if base is not None:
        return base, f"year {base} from the latest year the text names"
    if bounds and low == high:
        return low, f"year {low}: the only year of the terms of office the text names"
    return None, ""


def _is_dateline(doc: Doc, timex: Timex) -> bool:
    """A full date in a byline or agency line: "(APA, 4.9.2015)" at the end, or a date opening the text."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", timex.value or ""):
        return False
    before, after = doc.text[max(0, timex.start - 40):timex.start], doc.text[timex.end:timex.end + 3]
    byline = "(" in before and ")" not in before.rsplit("(", 1)[-1] and after.lstrip().startswith(")")
    return byline or timex.start - doc.body_start < 25


def _any_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One pattern matching wherever one of ``patterns`` does (None when they cannot be joined: flags, group
    references): a text it does not match holds none of them, found with one scan instead of one per pattern."""
    if any(p.flags != patterns[0].flags or re.search(r"\\\d|\(\?P=|\(\?[a-zA-Z]", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


_ANY_OF: dict[tuple[re.Pattern, ...], re.Pattern | None] = {}


def holiday_timexes(doc: Doc, holidays: list[tuple[re.Pattern, str]]) -> list[Timex]:
    """Named days as year-less dates ("am Heiligen Abend" = XXXX-12-24), where no time expression covers them."""
    patterns = tuple(regex for regex, _ in holidays)
    if patterns and patterns not in _ANY_OF:
        _ANY_OF[patterns] = _any_of(patterns)
    gate = _ANY_OF.get(patterns)
    if gate is not None and not gate.search(doc.text):  # most texts name no holiday: one scan, not one per day
        return []
    found = []
    for regex, month_day in holidays:
        for match in regex.finditer(doc.text):
            if not any(t.start < match.end() and match.start() < t.end for t in doc.timexes):
                found.append(Timex(match.group(0), match.start(), match.end(), "DATE", f"XXXX-{month_day}",
                                   provenance="dating: a named day"))
    return found


def _told_past(absolute: list[Evidence]) -> bool:
    return any(e.tense != "future" for e in absolute)


def _base_year(absolute: list[Evidence]) -> int | None:
    """The year year-less dates are placed in: the latest year told in the past; with only future ones, the
    year before the first (a plan "für 2016" is made before 2016), or the year of a future month. A state since
    a year ("seit 2010") lasts until the writing: beside a date ahead ("leitet ab 1. Jänner 2016 das Amt") it is no
    nearer the writing year than the year before that date."""
    past = [e.last.year for e in absolute if e.tense != "future"]
    future = [(e.first - timedelta(days=max(1, GAP_DAYS[e.precision]))).year for e in absolute
              if e.tense == "future"]
    if past and future and all(e.since for e in absolute if e.tense != "future"):
        return max(min(future), max(past))
    if past:
        return max(past)
    return min(future, default=None)


def _other_year(absolute: list[Evidence]) -> int | None:
    """The latest year named with a month or season told in the past ("im Herbst 2014 wurde gewählt"), or named
    alone and only in the past ("2014 stieg der Umsatz"), when no dateline gives the writing day: a writer names
    the year of a recent month only when it is not the current one ("im Jänner" is this January, the current
    year is "heuer"), so the text's bare months lie in a later year."""
    if any(e.kind == "dateline" for e in absolute):
        return None
    years = [e.last.year for e in absolute if e.tense == "past" and not e.since
             and (e.precision in ("month", "season") or e.precision == "year" and _only_past(absolute, e.last.year))]
    return max(years, default=None)


def _only_past(absolute: list[Evidence], year: int) -> bool:
    """Whether every mention of ``year`` is told in the past: a year also named as ahead or in the present
    ("2015 wird ...", "Bilanz 2015") may be the current one."""
    return all(e.tense == "past" for e in absolute if e.last.year == year and not e.since)


def collect(doc: Doc, tense: Callable[[Timex], str | None],
            weekday: Callable[[Timex], int | None] = lambda timex: None, year: int | None = None,
            comparison: Callable[[Timex], bool] = lambda timex: False,
            planned: Callable[[Timex], bool] = lambda timex: False,
            holidays: list[tuple[re.Pattern, str]] = (), bounds: tuple[date, date] | None = None,
            default_year: int | None = None, named_days: list[Timex] | None = None) -> list[Evidence]:
    """Dated evidence from the document's time expressions (year-less ones placed in a fitting year).

    ``year`` is the writing year when a cue gave it (an anniversary); else year-less dates are placed in the
    latest year the text names, kept within ``bounds`` (the terms of office the text names). ``named_days``:
    ``holiday_timexes(doc, holidays)`` when the caller has it (``estimate`` collects twice over one text)."""
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
    if named_days is None:
        named_days = holiday_timexes(doc, list(holidays))
    # default_year: a year from outside the text (the corpus around it) for year-less dates when it names none
    base = year or _base_year(absolute) or default_year
    other = _other_year(absolute) if not year else None
    # A month named without a year and, after a comparison word, with one ("im April ... gegenüber April
    # 2014"): the year marks the comparison, so the bare month is a later one, the current.
    found = list(absolute)
    for timex in yearless + named_days:
        month, day = _YEARLESS.match(timex.value).groups()
        start = base
        if not day and int(month) in compared and not year:
            start = max(base or 0, compared[int(month)] + 1)
        elif other is not None and other == base and not any(
                e.precision == "month" and e.first.month == int(month) and e.first.year == base for e in absolute):
            start = base + 1  # (the same month with its year is the same month named again)
        fitted, note = _year_for(int(month), int(day) if day else None, weekday(timex), start, bounds)
        if start != base and fitted == start and "weekday" in note:
            note += f" (from {start}: the year {start - 1} told in the past is not the current one)"
        elif start != base and fitted == start:
            note = (f"year {start}: the same month is named with the year {start - 1} as a comparison"
                    if int(month) in compared else
                    f"year {start}: a month or year told in the past with its number, {start - 1}, is not the "
                    "current year")
        if fitted is None:
            continue
        if year and note.startswith("year "):
            note = f"year {year} from the writing year"
        elif not year and not absolute and default_year is not None and note.startswith("year "):
            note = f"year {default_year} from the corpus: the text names none"
        elif note == f"year {base} from the latest year the text names" and not _told_past(absolute):
            note = f"year {base}: before the first year the text names as ahead"
        span = interval(f"{fitted}-{month}" + (f"-{day}" if day else ""))
        if span:
            found.append(Evidence(timex.text, timex.start, span[0], span[1], _precision(timex.value),
                                  tense(timex), note=note, kind="holiday" if timex in named_days else "yearless"))
    return found


# How far from an anniversary cue the founding year may be named (about three sentences).
NEAR_CHARS = 400
# A year before this, named as the latest year of a text, is history, not the writing time.
HISTORY_BEFORE = 1900


def anniversaries(doc: Doc, cues: list[re.Pattern], evidence: list[Evidence]) -> list[Evidence]:
    """Writing years from anniversaries: "das 800-jährige Bestehen" with "1215" gives 2015.

    The founding year is the year named nearest the cue (within NEAR_CHARS) whose sum with the age is not
    before any other past year of the text (a jubilee is about now). It is a year the text writes out: a year-less
    date has only a guessed year, often the writing year itself ("vor 77 Jahren" beside "am 3. Februar" would
    count 77 years on from now), and not a state since or after a year ("nach 2000"). A text with a dateline has
    its writing day: no jubilee moves it, nor past a year the text tells as ahead."""
    if any(e.kind == "dateline" for e in evidence):
        return []
    past = [e for e in evidence if e.tense != "future" and e.kind == "date" and not e.since]
    latest = max((e.first.year for e in past), default=None)
    # the writing precedes what the text tells as ahead: no jubilee year after the first year ahead
    ahead = min((e.first.year for e in evidence if e.tense == "future" and e.kind == "date"), default=9999)
    found = []
    for cue in cues:
        for match in cue.finditer(doc.text):
            age = int(match.group("n"))
            near = [e for e in past if abs(e.start - match.start()) <= NEAR_CHARS and latest <= e.first.year + age <= ahead]
            if age < 5 or not near:
                continue
            founding = min(near, key=lambda e: abs(e.start - match.start()))
            year = founding.first.year + age
            if founding.precision == "day":  # the jubilee of a dated day is that day ("am 15. Juni 1215")
                day = date(year, founding.first.month, min(founding.first.day, 28 if founding.first.month == 2
                                                           else founding.first.day))
                found.append(Evidence(match.group(0), match.start(), day, day, "day", None,
                                      note=f"{founding.first.isoformat()} + {age} years", kind="anniversary"))
                continue
            found.append(Evidence(match.group(0), match.start(), date(year, 1, 1), date(year, 12, 31), "year",
                                  None, note=f"{year - age} + {age} years", kind="anniversary"))
    return found


def office_bounds(terms: list[Evidence]) -> tuple[date, date] | None:
    """The days all the named office holders were in office; None when they never were at once (a holder
    named out of term, a gazetteer gap): then the terms bound nothing."""
    if not terms:
        return None
    low, high = max(e.first for e in terms), min(e.last for e in terms)
    return (low, high) if low <= high else None


def estimate(doc: Doc, tense: Callable[[Timex], str | None],
             weekday: Callable[[Timex], int | None] = lambda timex: None,
             cues: list[re.Pattern] | None = None, comparison: Callable[[Timex], bool] = lambda timex: False,
             planned: Callable[[Timex], bool] = lambda timex: False, terms: list[Evidence] = (),
             holidays: list[tuple[re.Pattern, str]] = (), default_year: int | None = None) -> Dating:
    """The writing date from the text: the latest recent past event, bounded by what lies ahead and by the
    terms of the office holders the text names (``terms``, see offices.py).

    Dates far before the writing year, and any year told only in the past, bound the estimate from below
    but never give it (a historical mention does not date a news article). ``default_year`` places year-less
    dates when the text names no year (the store's dating passes the year its dated neighbours suggest)."""
    terms = list(terms)
    bounds = office_bounds(terms)
    # the named days scanned for once (a search of the whole text) for both collections
    named_days = holiday_timexes(doc, list(holidays))
    jubilees = anniversaries(doc, cues or [], collect(doc, tense, weekday, holidays=holidays, bounds=bounds,
                                                      named_days=named_days))
    year = max((e.first.year for e in jubilees), default=None)
    evidence = collect(doc, tense, weekday, year, comparison, planned, holidays, bounds, default_year,
                       named_days) + jubilees
    if terms and bounds is None:
        for e in terms:
            e.note += "; the named holders were never in office together: no bound"
    if not evidence and bounds is None:
        return Dating(None, None, None, None, terms, "no dated time expression in the text")
    dated = [e for e in evidence if e.kind != "anniversary"]
    past = [e for e in dated if e.tense != "future"]
    future = [e for e in dated if e.tense == "future"]
    written = max((e.last for e in past if e.kind == "dateline"), default=None)
    if written:  # the writing day is given: what is read as told in the past after it is a tense misread
        for e in past:
            if e.first > written:
                e.weight = 0.0
                e.note = (e.note + "; " if e.note else "") + "after the dateline's day: no bound"
        past = [e for e in past if e.first <= written]
    low = max((e.first for e in past), default=None)
    if year:
        low = max(low or date(year, 1, 1), date(year, 1, 1))
    high = min((e.first for e in future if low is None or e.first > low), default=None)
    recent = year or max((e.last.year for e in past if e.precision != "year" and e.last.year >= HISTORY_BEFORE),
                         default=None)
    for e in past:
        history = e.last.year < HISTORY_BEFORE  # "vor Weihnachten 1294": a day of history dates no article either
        if e.kind != "dateline" and (e.precision == "year" or history or (recent and e.last.year < recent - 1)):
            e.weight = 0.0
            why = ("a year: a lower bound" if e.precision == "year" else
                   "history: a lower bound only" if history else "background: a lower bound only")
            e.note = (e.note + "; " if e.note else "") + why
    evidence += terms
    lines = [e for e in past if e.kind == "dateline"]
    fine = lines or [e for e in past if e.weight > 0] + [e for e in jubilees if e.precision == "day"]
    if fine:
        latest = max(fine, key=lambda e: (e.last, e.first))
        # a dateline is the writing day itself (the days after an event are those of its report)
        gap = 0 if latest.kind == "dateline" else GAP_DAYS[latest.precision]
        guess, precision = latest.last + timedelta(days=gap), latest.precision
        confidence = "high" if latest.kind == "dateline" or latest.precision == "day" else "medium"
        if latest.kind in ("yearless", "holiday") and "weekday" not in latest.note and not any(
                e.kind in ("date", "dateline") and e.precision != "year" and e.last.year == latest.first.year
                for e in past):
            confidence = "low"  # its year is only a guess from a year named alone or from the terms of office
        what = "the jubilee" if latest.kind == "anniversary" else "the latest past event"
        reason = f"shortly after {what} «{latest.text}» ({latest.last.isoformat()})"
    elif year:
        guess, precision, confidence = date(year, 7, 1), "year", "low"
        reason = f"the writing year from the anniversary «{jubilees[0].text}» ({jubilees[0].note})"
    elif ahead := _firm_ahead(future, low):
        guess, precision, confidence = ahead.first - timedelta(days=AHEAD_DAYS[ahead.precision]), "month", "low"
        reason = (f"only years told in the past, and a dated event ahead: shortly before «{ahead.text}» "
                  f"({ahead.first.isoformat()})")
    elif [e for e in past if not e.since] and max(e.last.year for e in past if not e.since) >= HISTORY_BEFORE:
        latest = max((e for e in past if not e.since), key=lambda e: (e.last, e.first))
        guess, precision, confidence = latest.last, "year", "low"
        reason = (f"only years: no earlier than the latest, «{latest.text}», taken as the writing year "
                  "(low confidence)")
        if all(e.tense == "past" for e in past if not e.since and e.last.year == latest.last.year):
            guess = date(latest.last.year + 1, 7, 1)
            reason = (f"only years told in the past: the year after the latest, «{latest.text}» (a writer names "
                      "the current year 'heuer' or 'dieses Jahr'; low confidence)")
    elif future:
        first = min(future, key=lambda e: e.first)
        guess, precision, confidence = first.first - timedelta(days=AHEAD_DAYS[first.precision]), first.precision, "low"
        reason = f"only future events; before «{first.text}»"
    elif bounds and (bounds[1] - bounds[0]).days <= MAX_TERM_DAYS:
        guess, precision, confidence = bounds[0] + (bounds[1] - bounds[0]) / 2, "year", "low"
        reason = (f"only office holders: the middle of the time they were all in office, {bounds[0].isoformat()} "
                  f".. {bounds[1].isoformat()} (low confidence)")
    else:
        why = ("the terms of office the text names are too long to date it" if bounds else
               "a historical mention does not date an article")
        return Dating(None, _later(low, bounds), _earlier(high, bounds), None, evidence,
                      (f"only years told in the past (no earlier than {low.isoformat()}); " if low else "") + why,
                      confidence="none")
    # a dateline's day stands: an event read as ahead before it, or a holder named out of his term (a former
    # one), is a misreading, not a bound
    if high and guess >= high and not lines:
        guess = high - timedelta(days=1)
        reason += f"; before the future event starting {high.isoformat()}"
    if low and guess < low:
        guess = low
    low, high = _later(low, bounds), _earlier(high, bounds)
    if bounds and not lines and not bounds[0] <= guess <= bounds[1]:
        guess = min(max(guess, bounds[0]), bounds[1])
        reason += f"; within the terms of office the text names ({bounds[0].isoformat()} .. {_day(bounds[1])})"
        confidence = "low"
    precision = "year" if precision == "year" else "month"
    guessed = (latest if fine and latest.kind in ("yearless", "holiday") and latest.note.startswith("year ")
               else None)
    return Dating(guess, low, high, precision, evidence, reason, confidence=confidence, guessed_year=guessed)


def _firm_ahead(future: list[Evidence], low: date | None) -> Evidence | None:
    """The first event told as ahead whose day or month is certain: a date with its own year, or a year-less day
    whose year a named weekday fixed ("am Freitag, dem 4. September"), later than every year told in the past.
    A dated plan is announced shortly before it, while a year told in the past may lie years back: the plan
    places the writing better than the latest year does. Years and seasons ahead ("bis 2019") are too far."""
    firm = [e for e in future if e.precision in ("day", "month") and low is not None and e.first > low
            and (e.kind in ("date", "dateline") or "weekday" in e.note)]
    return min(firm, key=lambda e: e.first, default=None)


def _later(day: date | None, bounds: tuple[date, date] | None) -> date | None:
    """The later of a lower bound and the first day of the terms of office."""
    return max(day, bounds[0]) if day and bounds else day or (bounds[0] if bounds else None)


def _earlier(day: date | None, bounds: tuple[date, date] | None) -> date | None:
    """The earlier of an upper bound and the last day of the terms (an open term bounds nothing)."""
    end = bounds[1] if bounds and bounds[1].year < 9999 else None
    return min(day, end) if day and end else day or end


def _day(day: date) -> str:
    return "today" if day.year == 9999 else day.isoformat()
