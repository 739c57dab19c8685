"""German number reading from lang/de/quantities: digits, number words and their compounds."""

from __future__ import annotations

import pytest

from lagebild.quantities.rules import rules


@pytest.mark.parametrize("text, value", [
    ("10.000", 10000), ("1,32", 1.32), ("1.328.000", 1328000), ("2000", 2000), ("-5", -5), ("3/4", 0.75),
])
def test_digits(text, value):
    assert rules("de").parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["19.", "19.06.2024", "10.00", "abc", "9/11", "24/7", "1,2,3"])
def test_not_digits(text):
    assert rules("de").parse_digits(text) is None


@pytest.mark.parametrize("word, value", [
    ("zwei", 2), ("Zwölf", 12), ("einundzwanzig", 21), ("fünfundzwanzigtausend", 25000),
    ("dreihundert", 300), ("zweitausenddreihundertvierzig", 2340), ("hundert", 100), ("siebzehn", 17),
    ("siebenundsiebzig", 77),
])
def test_number_words(word, value):
    assert rules("de").parse_word(word) == value


@pytest.mark.parametrize("word", ["ein", "eine", "und", "Einheit", "elfenbein", "beide", "viele"])
def test_not_number_words(word):
    assert rules("de").parse_word(word) is None
