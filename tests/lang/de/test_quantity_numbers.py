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


@pytest.mark.parametrize("word, value, unit, stem", [
    ("sechsmal", 6, "Faktor", 5), ("viertägige", 4, "Tag", 4), ("Zweijährige", 2, "Jahr", 4),
    ("zehnfach", 10, "Faktor", 4),
])
def test_number_words_glued_to_a_unit(word, value, unit, stem):
    got = rules("de").parse_suffixed(word)
    assert got is not None and got[0] == value and got[1][0] == unit and got[2] == stem


@pytest.mark.parametrize("word", ["einmal", "damals", "Tagung", "zweitens", "Soldaten", "x" * 500])
def test_not_number_words_glued_to_a_unit(word):
    assert rules("de").parse_suffixed(word) is None


@pytest.mark.parametrize("word, expected", [
    ("10.000", True), ("zwei", True), ("Hälfte", False), ("die", True), ("mehrere", True), ("sechsmal", True),
    ("Soldaten", False), ("und", False), ("Regierung", False),
])
def test_words_a_number_can_start_with(word, expected):
    assert rules("de").can_start(word) is expected


def test_a_long_run_of_number_parts_is_read_in_bounded_time():
    import time

    started = time.process_time()
    assert rules("de").parse_word("ein" * 20 + "x") is None  # backtracking is memoized, never exponential
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize("word, lemma", [
    ("Tote", "Toter"), ("Verletzte", "Verletzter"), ("Asylberechtigten", "Asylberechtigter"),
    ("F-35-Kampfflugzeuge", "Kampfflugzeug"), ("US-Soldaten", "Soldat"), ("Punkte-Rückstands", "Punkte-Rückstand"),
    ("Soldaten", "Soldat"),
])
def test_counted_noun_lemmas(word, lemma):
    assert rules("de").lemma(word)[0] == lemma


def test_phrase_tables_are_indexed_by_their_first_and_last_word():
    from lagebild.model import Token

    table = rules("de").qualifiers
    words = "es kamen bis zu 500".split()
    tokens, at = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i=i, start=at, end=at + len(word), text=word))
        at += len(word) + 1
    assert table.match(tokens, 2, len(tokens))[0] == 2  # "bis zu"
    assert table.match_before(tokens, 4, 0)[0] == 2
    assert table.match(tokens, 0, len(tokens)) is None
    assert table.match_before(tokens, 2, 0) is None
