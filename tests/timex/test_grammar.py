"""The compiled grammar: one combined scanner per language, rules that refer to named patterns."""

from __future__ import annotations

import re

import pytest

from lagebild.errors import LagebildError
from lagebild.timex import grammar, tag
from lagebild.timex.grammar import _lower_pattern, expand


@pytest.mark.parametrize("lang", ["de", "en"])
def test_grammar_compiles_into_one_scanner(lang):
    gram = grammar(lang)
    assert len(gram.rules) > 30
    # One capturing group per rule: the scanner names the rule that matched.
    assert gram.scanner.groups == len(gram.rules)
    assert not any(re.search(r"%[A-Za-z]", rule.extraction) for rule in gram.rules)


def test_rule_ids_are_unique():
    for lang in ("de", "en"):
        ids = [rule.id for rule in grammar(lang).rules]
        assert len(ids) == len(set(ids)), lang


def test_table_words_become_patterns():
    gram = grammar("de")
    assert gram.lookup("month", "Jänner") == "01"
    assert gram.lookup("month", "SEPT.") == "09"
    assert gram.number("einer") == "1" and gram.number("12") == "12" and gram.number("einigen") == "X"


def test_unknown_pattern_is_a_named_error():
    with pytest.raises(LagebildError, match="E013.*%reNope"):
        expand("(?P<m>%reNope)", {"month": "(?:Juni)"}, "rules.txt")


def test_scanner_prefers_the_longer_rule_at_a_position():
    gram = grammar("de")
    match = gram.scanner.search("am Donnerstag, 25. Februar 2010 um acht".lower())
    assert match.group(0) == "donnerstag, 25. februar 2010"
    assert re.fullmatch(r"r\d+", match.lastgroup)
    assert gram.rules[int(match.lastgroup[1:])].id == "date_wd_dmy"


@pytest.mark.parametrize("text, expected", [
    ("Er kommt morgen.", [("morgen", "2013-12-01")]),
    ("Am Morgen regnet es.", [("Am Morgen", "2013-11-30TMO")]),
    ("MORGEN ist Markt.", []),  # the scanner over-matches on lower case; the rule's own regex decides
])
def test_case_sensitive_rules_are_confirmed_on_the_original_text(text, expected):
    found = tag(text, "de", "2013-11-30")
    assert [(timex.text, timex.value) for timex in found] == expected


def test_lower_pattern_keeps_escapes_and_group_syntax():
    assert _lower_pattern(r"(?P<Mon>Jan)\D\S(?-i:Mai)(?P=Mon)") == r"(?P<Mon>jan)\D\S(?:mai)(?P=Mon)"
