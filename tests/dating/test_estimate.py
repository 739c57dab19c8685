from __future__ import annotations

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
