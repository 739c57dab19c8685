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
