"""A host's welcome of a visitor to a place is a visit, not support (relations/welcomes_en.py)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_a_person_welcomed_to_a_place_visits_the_host():
    rels = relations_of("On Friday Xi Jinping welcomed Vladimir Putin to the Kremlin.")
    visit = next(r for r in rels if r.predicate == "welcomed")
    assert (visit.type, visit.mode, visit.actor, visit.recipient) == ("CONSULT", "visit", "Wladimir Putin",
                                                                       "Xi Jinping")
    assert "welcome to a place" in visit.provenance
    got = edges("Xi Jinping welcomed his counterpart Vladimir Putin in Moscow.")
    assert ("CONSULT", "Wladimir Putin", "Xi Jinping") in got
    assert ("SUPPORT", "Xi Jinping", "Wladimir Putin") not in got


def test_welcoming_a_matter_or_no_place_stays_support():
    assert ("SUPPORT", "Xi Jinping", "Wladimir Putin") in edges("Xi Jinping welcomed Vladimir Putin to the talks.")
    assert ("SUPPORT", "Xi Jinping", "Wladimir Putin") in edges("Xi Jinping welcomed remarks by Vladimir Putin in Moscow.")
    assert ("SUPPORT", "Xi Jinping", "Polen") in edges("Xi Jinping welcomed the decision by Poland in Moscow.")
