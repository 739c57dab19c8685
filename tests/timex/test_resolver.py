"""Resolving underspecified values against anchors of every precision."""

from __future__ import annotations

import pytest

from lagebild.timex import normalize, resolve

CASES = [
    # (value, anchor, tense, ref, expected)
    ("[day-1]", "2024-06-03", None, None, "2024-06-02"),
    ("[day-1]", "2024-06-01", None, None, "2024-05-31"),
    ("[day-1]", "2024-06", None, None, "2024-06"),
    ("[day-1]", "2024", None, None, "2024"),
    ("[week-1]", "2024-01-03", None, None, "2023-W52"),
    ("[month+1]", "2024-12-10", None, None, "2025-01"),
    ("[quarter-1]", "2024-02", None, None, "2023-Q4"),
    ("[half+0]", "2024-08", None, None, "2024-H2"),
    ("[year-1]", "2024-06", None, None, "2023"),
    ("[decade+0]", "2024", None, None, "202"),
    ("[century+0]", "2024", None, None, "20"),
    ("[year-X]", "2024", None, None, "PAST_REF"),
    ("[@month+5]", "2024-11", None, "2024-06", "2024-11"),
    ("[@month+5]", "2024-11", None, None, "2025-04"),
    ("[ref]T20:00", "2024-06-03", None, "2024-06-05", "2024-06-05T20:00"),
    ("[day+0]TEV", "2024-06", None, None, "2024-06"),
    ("XXXX-06-19", "2024-06", None, None, "2024-06-19"),
    ("XXXX-11", "2024-03-10", "past", None, "2023-11"),
    ("XXXX-11", "2024-03-10", "future", None, "2024-11"),
    ("XXXX-12", "2024-01-10", None, None, "2023-12"),
    ("XXXX-02", "2024-11-10", None, None, "2025-02"),
    ("XXXX-08", "2025-09", "past", None, "2025-08"),
    ("XXXX-Q2", "2025-09", "past", None, "2025-Q2"),
    ("XXXX-WI", "2025-03", "future", None, "2026-WI"),
    ("XXXX-WXX-1", "2024-06-12", None, None, "2024-06-10"),
    ("XXXX-WXX-1", "2024-06-12", "future", None, "2024-06-17"),
    ("XXXX-WXX-3", "2024-06-12", "past", None, "2024-06-12"),
    ("XXXX-WXX-1TEV", "2024-06-12", "past", None, "2024-06-10TEV"),
    ("XXXX-03", "1940-06", "same", None, "1940-03"),
    ("2025-Q2", None, None, None, "2025-Q2"),
    ("[week+0]-WE", "2014-01-13", None, None, "2014-W03-WE"),
    ("[week+0]-WE", "2014-01", None, None, "2014-01"),
    ("[easter+49]", "2024-03", None, None, "2024-05-19"),
    ("2016[easter-2]", None, None, None, "2016-03-25"),
]


@pytest.mark.parametrize("value, anchor, tense, ref, expected", CASES)
def test_resolve(value, anchor, tense, ref, expected):
    assert resolve(value, anchor, tense, ref) == (expected, True)


@pytest.mark.parametrize("value, expected", [("[day-1]", None), ("XXXX-06-19", "XXXX-06-19"),
                                             ("XXXX-WXX-1", "XXXX-WXX-1")])
def test_without_anchor_nothing_is_guessed(value, expected):
    assert resolve(value, None) == (expected, False)


@pytest.mark.parametrize("phrase, lang, anchor, tense, value, mod", [
    ("im Vorjahr", "de", "2024-10-02", None, "2023", None),
    ("Ende 2024", "de", None, None, "2024", "END"),
    ("am Montag", "de", "2024-10-02", "future", "2024-10-07", None),
    ("im November", "de", "2024-03", "past", "2023-11", None),
    ("last summer", "en", "2013-03-22", None, "2012-SU", None),
])
def test_normalize_a_phrase(phrase, lang, anchor, tense, value, mod):
    timex = normalize(phrase, lang, anchor, tense)
    assert timex is not None and (timex.value, timex.mod) == (value, mod)


def test_normalize_returns_none_without_a_timex():
    assert normalize("die Soldaten", "de", "2024") is None
