"""quantities.rules: the words a number expression can start with, and number words glued to a unit."""

from __future__ import annotations

from lagebild.quantities.rules import rules


def test_starts_lists_the_positions_a_figure_can_begin_at():
    texts = ["Die", "Stadt", "zählt", "12.000", "Einwohner", "und", "zwanzig", "Schulen", "."]
    assert rules("de").starts(texts, 0, len(texts)) == [0, 3, 6]  # "Die" may open "die Hälfte"
    assert rules("de").starts(texts, 1, 5) == [3]


def test_a_number_word_glued_to_a_unit_is_read():
    r = rules("de")
    assert r.parse_suffixed("dreitägige") is not None
    assert r.parse_suffixed("dreitägige")[0] == 3
    assert r.parse_suffixed("Kartoffeltage") is None
    assert r.parse_suffixed("einmal") is None


WORDS = ("dreitägige", "sechsmal", "zweijährige", "viertägigen", "einmal", "zwanzig", "fünfundzwanzigtausend",
         "dreihundert", "Kartoffeltage", "Haus", "tausendmal", "hunderte", "elfjähriger", "achtzehn", "sieben",
         "threefold", "twentyone", "ninety", "house", "dreitausendvierhundert", "zweieinhalb", "einzig")


def _suffixed_tried_at_every_length(r, word):
    """parse_suffixed as it read a word before its test of the last letters (every unit length tried)."""
    low = word.lower()
    if not low.isalpha() or len(low) > 60 or low[:1] not in r._word_initials:
        return None
    for size in r._suffix_lengths:
        n = len(low) - size
        if n < 2:
            break
        unit = r.unit_words.get(low[n:])
        if unit is not None and unit[1] != "count":
            value = r.parse_word(low[:n])
            if value is not None and value != 1:
                return value, unit, n
    return None


def test_the_last_and_first_letters_tested_first_change_no_answer():
    for lang in ("de", "en"):
        r = rules(lang)
        for word in WORDS:
            assert r.parse_suffixed(word) == _suffixed_tried_at_every_length(r, word), word
            low = word.lower()
            split = r._split(low, 0, {}) if low.isalpha() and low[:1] in r._word_initials else None
            # a word no number word begins is none, as the segmentation finds
            if low[:2] not in r._word_heads and low[:1] not in r._word_heads:
                assert not split and low not in r.words
    assert rules("de").parse_word("fünfundzwanzigtausend") == 25000
    assert "Kartoffeltage"[-2:] in rules("de")._suffix_ends  # "-tage" is a unit: the lengths are still tried
    assert "haus" not in rules("de")._suffix_ends and "ha" not in rules("de")._word_heads
