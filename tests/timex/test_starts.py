"""The scanner split by first character finds what the combined scanner finds."""

import pytest

from lagebild.timex import grammar
from lagebild.timex.starts import DIGIT, Starts, _Unbounded, first_chars
from lagebild.timex.tagger import _matches


def test_first_chars_of_literals_sets_and_optional_parts():
    assert first_chars("(?:am\\s+)?montag") == {"a", "m"}
    assert first_chars("(?<=um\\s)\\d{1,2}\\s*uhr") == {DIGIT}
    assert first_chars("[a-c]x|q") == {"a", "b", "c", "q"}


@pytest.mark.parametrize("pattern", ["\\w+", ".x", "[^a]b", "(?:x)?", "(?i:x)"])
def test_unbounded_first_characters(pattern):
    with pytest.raises(_Unbounded):
        first_chars(pattern)


def test_unbounded_rule_keeps_the_combined_scanner():
    assert Starts.build(["montag(?P<r0>)", "\\w+(?P<r1>)"]) is None


@pytest.mark.parametrize("lang,text", [
    ("de", "Am 19. Juni 2024 um 12:30 Uhr sagte sie, seit drei Wochen und vergangenen Montag sei nichts "
           "geschehen; im Jahr ٢٠٢٠ und heute morgen, Ende März, Q3 2019."),
    ("en", "On 3 May 2020 at 5 pm, two weeks ago, he said that last Monday and tonight would not count."),
])
def test_same_hits_as_the_combined_scanner(lang, text):
    gram = grammar(lang)
    assert gram.starts is not None
    for pos in range(0, len(text), 7):
        by_start = gram.starts.search(text.lower(), pos)
        combined = gram.scanner.search(text.lower(), pos)
        assert (by_start and (by_start.span(), by_start.lastgroup)) == (combined and (combined.span(), combined.lastgroup))
    assert [rule.id for rule, _ in _matches(gram, text, 0)]
