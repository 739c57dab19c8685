from __future__ import annotations

import re
from datetime import date

import pytest

from lagebild.dating.estimate import _year_for, estimate
from lagebild.model import Doc, Timex


def doc_with(*timexes):
    doc = Doc(doc_id="d", text="x" * 500)
    doc.timexes = [Timex(text, start, start + len(text), "DATE", value, mod) for text, start, value, mod in timexes]
    return doc


def test_latest_past_event_and_future_bound():
    doc = doc_with(("Am 19. Juni", 10, "XXXX-06-19", None), ("im Juli", 40, "XXXX-07", None),
                   ("im Jahr 2024", 80, "2024", None))
    tenses = {"im Juli": "future"}
    result = estimate(doc, lambda t: tenses.get(t.text))
    assert result.value == "2024-06"
    assert (result.low, result.high) == (date(2024, 6, 19), date(2024, 7, 1))
    assert "«Am 19. Juni»" in result.reason
    assert result.to_dict()["evidence"][1]["note"] == "year 2024 from the latest year the text names"


def test_named_month_puts_the_estimate_in_the_month_after():
    doc = doc_with(("Ende 2024", 5, "2024", "END"), ("im zweiten Quartal 2025", 30, "2025-Q2", None),
                   ("Im August", 90, "XXXX-08", None))
    assert estimate(doc, lambda t: "past").value == "2025-09"


def test_no_evidence_is_said_not_guessed():
    result = estimate(doc_with(("heute", 3, "PRESENT_REF", None)), lambda t: None)
    assert result.value is None and result.reason == "no dated time expression in the text"


@pytest.mark.parametrize("month, day, weekday, base, year", [
    (2, 25, 4, 2009, 2010),  # Thursday, 25 February: 2010 is the first fitting year from 2009
    (2, 25, None, 2009, 2009),
    (2, 25, 4, None, None),  # a weekday alone does not fix a year
])
def test_year_of_a_yearless_date(month, day, weekday, base, year):
    assert _year_for(month, day, weekday, base)[0] == year


def test_a_year_before_1900_never_dates_an_article():
    result = estimate(doc_with(("im Jahr 753", 30, "0753", None)), lambda t: "past")
    assert result.value is None and result.low == date(753, 1, 1)
    assert "historical mention" in result.reason


def test_a_lone_recent_year_gives_a_low_confidence_year():
    result = estimate(doc_with(("2014", 10, "2014", None)), lambda t: None)
    assert (result.value, result.confidence) == ("2014", "low")


def test_a_year_told_only_in_the_past_is_not_the_writing_year():
    # "2014 stieg der Umsatz": the current year would be "heuer"; the writing is a year later at the earliest
    result = estimate(doc_with(("2014", 10, "2014", None)), lambda t: "past")
    assert (result.value, result.confidence) == ("2015", "low") and "year after the latest" in result.reason
    # the same year also named as ahead or in the present may be the current one
    both = doc_with(("2014", 10, "2014", None), ("2014", 60, "2014", None))
    assert estimate(both, lambda t: "past" if t.start == 10 else None).value == "2014"
    # year-less months told in the past beside it lie in the later year too
    months = doc_with(("im Jahr 2001", 10, "2001", None), ("am 9. Juni", 60, "XXXX-06-09", None))
    result = estimate(months, lambda t: "past")
    assert result.value == "2002-06" and "is not the current year" in result.evidence[-1].note


def test_old_dated_days_are_background_once_a_recent_one_is_named():
    doc = doc_with(("am 3. Mai 1990", 30, "1990-05-03", None), ("am 2. Juni 2015", 60, "2015-06-02", None))
    result = estimate(doc, lambda t: "past")
    assert result.value == "2015-06" and result.confidence == "high"
    assert result.evidence[0].weight == 0.0 and "background" in result.evidence[0].note


def test_anniversary_gives_the_writing_year():
    import re

    doc = doc_with(("im Jahr 1215", 60, "1215", None))
    doc.text = "Sie feierten das 800-jährige Bestehen der Urkunde." + " " * 9 + doc.text[59:]
    cues = [re.compile(r"(?P<n>\d{1,4})-jährige[nmrs]?\s+Bestehen")]
    result = estimate(doc, lambda t: "past", cues=cues)
    assert result.value == "2015" and result.evidence[-1].kind == "anniversary"
    assert result.evidence[0].weight == 0.0  # 1215 is background to the writing year


def test_the_jubilee_of_a_dated_day_is_that_day():
    import re

    doc = doc_with(("am 15. Juni 1215", 60, "1215-06-15", None))
    doc.text = "Sie feierten das 800-jährige Bestehen der Urkunde." + " " * 9 + doc.text[59:]
    cues = [re.compile(r"(?P<n>\d{1,4})-jährige[nmrs]?\s+Bestehen")]
    result = estimate(doc, lambda t: "past", cues=cues)
    assert (result.value, result.confidence) == ("2015-06", "high")
    assert result.evidence[-1].first == date(2015, 6, 15) and "jubilee" in result.reason


def test_a_time_of_day_keeps_a_yearless_date():
    doc = doc_with(("am 17. März um 19 Uhr", 10, "XXXX-03-17T19:00", None), ("2014", 60, "2014", None))
    assert estimate(doc, lambda t: None if t.text == "2014" else "past").value == "2014-03"


def office(first, last, start=200):
    from lagebild.dating.estimate import Evidence

    return Evidence("Kanzler X", start, first, last, "term", None, kind="office", weight=0.0)


def test_office_terms_bound_the_estimate_and_place_a_weekday_date():
    # Thursday, 24 December: 2015 is the only such year within 2014-09 .. 2016-05.
    doc = doc_with(("am Donnerstag, 24. Dezember", 10, "XXXX-12-24", None))
    terms = [office(date(2008, 12, 2), date(2016, 5, 9)), office(date(2014, 9, 1), date(2017, 5, 17))]
    result = estimate(doc, lambda t: "past", weekday=lambda t: 4, terms=terms)
    assert result.value == "2015-12" and "only year" in result.evidence[0].note
    assert (result.low, result.high) == (date(2015, 12, 24), date(2016, 5, 9))


def test_office_terms_alone_date_only_when_short():
    short = estimate(doc_with(), lambda t: None, terms=[office(date(2014, 9, 1), date(2016, 5, 9))])
    assert (short.value, short.confidence) == ("2015", "low") and "office" in short.reason
    long = estimate(doc_with(), lambda t: None, terms=[office(date(2009, 1, 20), date(2017, 1, 20))])
    assert long.value is None and long.low == date(2009, 1, 20) and "too long" in long.reason


def test_an_old_year_is_lifted_into_the_terms_of_office():
    doc = doc_with(("1956", 10, "1956", None))
    result = estimate(doc, lambda t: "past", terms=[office(date(2014, 9, 1), date(2016, 5, 9))])
    assert result.value == "2014" and result.confidence == "low"


def test_holders_never_in_office_together_bound_nothing():
    terms = [office(date(2000, 1, 1), date(2004, 1, 1)), office(date(2010, 1, 1), date(2012, 1, 1))]
    result = estimate(doc_with(("2014", 10, "2014", None)), lambda t: None, terms=terms)
    assert result.value == "2014" and "never in office together" in result.evidence[-1].note


def test_a_named_day_is_a_yearless_date():
    import re

    doc = doc_with(("2015", 100, "2015", None))
    doc.text = "Am Heiligen Abend kamen viele." + doc.text[30:]
    result = estimate(doc, lambda t: None if t.text == "2015" else "past",
                      holidays=[(re.compile(r"Heiligen Abend"), "12-24")])
    assert result.value == "2015-12" and result.evidence[-1].kind == "holiday"


def test_a_bare_month_beside_the_same_month_with_a_year_is_the_year_after():
    doc = doc_with(("im April", 10, "XXXX-04", None), ("April 2014", 60, "2014-04", None))
    assert estimate(doc, lambda t: "past").value == "2014-05"  # no comparison word: the same April
    result = estimate(doc, lambda t: "past", comparison=lambda t: t.text == "April 2014")
    assert result.value == "2015-05"
    assert "comparison" in result.evidence[1].note


def test_a_year_planned_for_is_ahead_and_a_state_since_a_year_does_not_date():
    doc = doc_with(("für 2016", 30, "2016", None))
    assert estimate(doc, lambda t: "past", planned=lambda t: True).value == "2015"
    since = doc_with(("seit 2012", 30, "2012", "ON_OR_AFTER"))
    assert estimate(since, lambda t: "past").value is None


def test_a_season_told_in_the_past_dates_to_its_end():
    assert estimate(doc_with(("im Sommer 2015", 30, "2015-SU", None)), lambda t: "past").value == "2015-08"


def test_bare_months_beside_a_past_month_with_its_year_lie_in_a_later_year():
    # "Im Sommer 2014 wurde gebaut ... zuletzt im Jänner eröffnet": the year is named because it is not this one.
    doc = doc_with(("im Sommer 2014", 10, "2014-SU", None), ("im Jänner", 60, "XXXX-01", None))
    result = estimate(doc, lambda t: "past")
    assert result.value == "2015-02" and "not the current year" in result.evidence[1].note
    dated = doc_with(("4.9.2014", 10, "2014-09-04", None), ("im Sommer 2014", 30, "2014-SU", None),
                     ("im Jänner", 60, "XXXX-01", None))
    assert estimate(dated, lambda t: "past").value == "2014-09"  # a dateline gives the writing day itself


def test_a_yearless_day_placed_in_a_year_named_alone_has_low_confidence():
    doc = doc_with(("im Jahr 2001", 10, "2001", None), ("am 9. Juni", 60, "XXXX-06-09", None))
    assert estimate(doc, lambda t: "past").confidence == "low"
    pinned = doc_with(("im Jahr 2009", 10, "2009", None), ("am Donnerstag, 25. Februar", 60, "XXXX-02-25", None))
    assert estimate(pinned, lambda t: "past", weekday=lambda t: 4).confidence == "high"


def test_named_days_are_found_through_one_joined_scan_as_through_one_scan_each():
    import re

    from lagebild.dating.estimate import _any_of, holiday_timexes
    from lagebild.model import Doc
    from lagebild.pipeline.dating import holiday_cues

    cues = list(holiday_cues("de"))
    assert _any_of(tuple(regex for regex, _ in cues)) is not None
    text = "Am Heiligen Abend blieb es ruhig, zu Silvester nicht. Am Montag tagte der Rat."
    found = holiday_timexes(Doc(doc_id="x", text=text), cues)
    one_each = [m.group(0) for regex, _ in cues for m in regex.finditer(text)]
    assert [t.text for t in found] == one_each == ["Heiligen Abend", "Silvester"]
    assert holiday_timexes(Doc(doc_id="x", text="Am Montag tagte der Rat."), cues) == []
    # patterns that cannot be joined (group references, inline or differing flags) are scanned one by one
    assert _any_of((re.compile(r"(a)\1"), re.compile("b"))) is None
    assert _any_of((re.compile("a", re.IGNORECASE), re.compile("b"))) is None


def test_the_named_days_are_scanned_for_once_per_estimate(monkeypatch):
    import lagebild.dating.estimate as module

    scans = []
    original = module.holiday_timexes
    monkeypatch.setattr(module, "holiday_timexes", lambda doc, holidays: scans.append(1) or original(doc, holidays))
    doc = doc_with(("im Mai", 10, "XXXX-05", None), ("2019", 40, "2019", None))
    assert estimate(doc, lambda t: None if t.text == "2019" else "past").value == "2019-06"
    assert scans == [1]  # both collections of the evidence share the scan


def test_a_dated_event_ahead_places_a_text_that_tells_only_years_in_the_past():
    # "1998 gegründet ... die Messe findet am Freitag, dem 7. Mai statt": the plan, not the founding year
    doc = doc_with(("1998", 10, "1998", None), ("am Freitag, dem 7. Mai", 60, "XXXX-05-07", None))
    tenses = {"1998": "past", "am Freitag, dem 7. Mai": "future"}
    result = estimate(doc, lambda t: tenses[t.text], weekday=lambda t: 5 if "Freitag" in t.text else None)
    assert (result.value, result.confidence) == ("1999-04", "low")  # some days before 7 May
    assert "shortly before «am Freitag, dem 7. Mai»" in result.reason
    # a year ahead is too far off to place it: the latest year told in the past stays the estimate
    far = doc_with(("1998", 10, "1998", None), ("bis 2030", 60, "2030", None))
    assert estimate(far, lambda t: "future" if t.text == "bis 2030" else "past").value == "1999"
    # a year-less day without a weekday has only a guessed year: no better than the year it was guessed from
    guessed = doc_with(("1998", 10, "1998", None), ("am 7. Mai", 60, "XXXX-05-07", None))
    assert estimate(guessed, lambda t: "future" if t.text == "am 7. Mai" else "past").value == "1999"


def test_a_dateline_is_the_writing_day_whatever_is_read_as_past_after_it():
    # "(APA, 3.2.2016)" beside "im Dezember" read as told in the past: December is a later one, not a bound
    doc = doc_with(("im Dezember", 40, "XXXX-12", None), ("2019", 80, "2019", None),
                   ("3.2.2016", 476, "2016-02-03", None))
    doc.text = "x" * 470 + "(APA, 3.2.2016)" + "x" * 15
    result = estimate(doc, lambda t: "past")
    assert (result.value, result.confidence) == ("2016-02", "high")
    later = [e for e in result.evidence if e.kind != "dateline"]
    assert later and all("after the dateline's day" in e.note and e.weight == 0 for e in later)


def test_a_jubilee_counts_from_a_year_the_text_writes_out_and_stays_before_what_lies_ahead():
    cue = [re.compile(r"vor\s+(?P<n>\d+)\s+Jahren")]
    text = "Am 3. März wurde gefeiert, vor 40 Jahren war es gegründet worden. " + "x" * 600
    yearless = Doc(doc_id="d", text=text)  # the year 2010, far from the cue, places "am 3. März"
    yearless.timexes = [Timex("Am 3. März", 0, 10, "DATE", "XXXX-03-03"), Timex("2010", 600, 604, "DATE", "2010")]
    assert estimate(yearless, lambda t: "past", cues=cue).value == "2011-03"  # not 2011 + 40
    ahead = Doc(doc_id="d", text=text)
    ahead.timexes = [Timex("1990", 70, 74, "DATE", "1990"), Timex("2016", 90, 94, "DATE", "2016")]
    result = estimate(ahead, lambda t: "future" if t.text == "2016" else "past", cues=cue)
    assert "anniversary" not in result.reason  # 1990 + 40 lies after 2016, which the text tells as ahead
    founded = Doc(doc_id="d", text=text)
    founded.timexes = [Timex("1990", 70, 74, "DATE", "1990")]
    assert estimate(founded, lambda t: "past", cues=cue).value == "2030"


def test_a_day_told_as_ahead_places_the_writing_some_days_before_it():
    doc = doc_with(("am 12. Oktober 2015", 30, "2015-10-12", None))
    result = estimate(doc, lambda t: "future")
    assert result.estimate == date(2015, 10, 3) and result.value == "2015-10"


def test_a_dated_day_of_history_dates_no_article():
    doc = doc_with(("vor Weihnachten 1294", 30, "1294-12-25", None))
    result = estimate(doc, lambda t: "past")
    assert result.value is None and "history" in result.evidence[0].note


def test_a_dateline_on_a_month_end_keeps_its_month_and_outlasts_a_former_holder():
    doc = doc_with(("31.1.2016", 476, "2016-01-31", None))
    doc.text = "x" * 470 + "(APA, 31.1.2016)" + "x" * 14
    terms = [office(date(2008, 12, 2), date(2011, 4, 21))]  # a holder named after his term: a former one
    result = estimate(doc, lambda t: None, terms=terms)
    assert (result.estimate, result.value, result.confidence) == (date(2016, 1, 31), "2016-01", "high")


def test_a_state_since_a_year_beside_a_date_ahead_places_bare_months_before_that_date():
    # "seit 2009 Vorsitzende ... leitet ab 1. Jänner 2016 ... Ende Oktober gewählt": the state since 2009 lasts
    # until the writing, the date ahead bounds it: the bare month lies in the year before the date ahead (as
    # with only dates ahead), not in 2009
    tenses = {"ab 1. Jänner 2016": "future", "Ende Oktober": "past"}
    doc = doc_with(("seit 2009", 10, "2009", "ON_OR_AFTER"),
                   ("ab 1. Jänner 2016", 60, "2016-01-01", "ON_OR_AFTER"), ("Ende Oktober", 120, "XXXX-10", "END"))
    assert estimate(doc, lambda t: tenses.get(t.text)).value == "2015-11"
    # a year told plainly in the past still places them, as before (in the year after it: "im Jahr 2012" is named
    # because it is not the current one)
    told = doc_with(("im Jahr 2012", 10, "2012", None), ("ab 1. Jänner 2016", 60, "2016-01-01", "ON_OR_AFTER"),
                    ("Ende Oktober", 120, "XXXX-10", "END"))
    assert estimate(told, lambda t: tenses.get(t.text, "past")).value == "2013-11"
