"""English number reading from lang/en/quantities: digits with comma groups, number words."""

from __future__ import annotations

import pytest

from lagebild.pipeline.quantities import quantities_of
from lagebild.quantities.rules import rules


@pytest.mark.parametrize("text, value", [("1,000", 1000), ("2,204.62", 2204.62), ("5.2", 5.2), ("1/2", 0.5)])
def test_digits(text, value):
    assert rules("en").parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1.000.000", "10,00", "22nd"])
def test_not_digits(text):
    assert rules("en").parse_digits(text) is None


@pytest.mark.parametrize("text, value", [
    ("twenty-five soldiers", 25), ("two hundred thousand people", 200000), ("a dozen eggs", 12),
    ("three million votes", 3000000), ("one hundred and five", 100),
])
def test_word_numbers_in_text(text, value):
    assert quantities_of(text, "en")[0].value == value
