"""Praise of another side's deed named by its origin is SUPPORT to that side (relations/judges.praised)."""

from __future__ import annotations

from lagebild.relations import judges
from tests.relations_text import edges


def test_praised_help_from_a_capital_goes_to_its_state():
    got = edges("Wladimir Putin lobte die „verlässliche Hilfe“ aus Minsk.", "de")
    assert ("SUPPORT", "Wladimir Putin", "Belarus") in got


def test_praised_manner_of_a_person():
    got = edges("Wladimir Putin würdigte die kluge Vermittlung von Recep Tayyip Erdoğan.", "de")
    assert ("SUPPORT", "Wladimir Putin", "Recep Tayyip Erdoğan") in got


def test_only_judging_verbs_and_support():
    words = ["Putin", "kritisierte", "die", "Hilfe", "aus", "Baku"]
    low = [w.lower() for w in words]
    assert judges.praised([], {}, words, low, 1, "ACCUSE", frozenset({"aus"}), "de") is None
    assert judges.praised([], {}, words, low, 1, "SUPPORT", frozenset({"aus"}), "en") is None


def test_a_place_in_another_clause_is_no_praised_side():
    got = edges("Recep Tayyip Erdoğan lobte den Plan, der aus Baku kam.", "de")
    assert not [e for e in got if e[0] == "SUPPORT"]
