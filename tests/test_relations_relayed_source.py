"""A quote an outlet relays from a named person ("..., zitiert die BBC X"): the person is the quote's source
(relations/index.py, the relay's originator named right after it), and speaks in it in the first person only in
the trigger's own clause, not in a "dass"/"ob" clause that names its own subject (relations/reporters.py, reports).
With the CRF the outlet and the person are two entities; the CNN had run them into one organization."""

from __future__ import annotations

import pytest

from tests.relations_text import edges


@pytest.mark.parametrize("text", [
    "„Ich fürchte, dass sie bald Panzer an Belarus liefern“, zitiert die Washington Post Antony Blinken.",
    "„Wir wissen nicht, ob die Fabriken Drohnen an Nordkorea liefern“, zitiert die BBC Antony Blinken.",
])
def test_the_relayed_speaker_does_not_act_in_a_clause_with_its_own_subject(text: str) -> None:
    assert not {actor for _, actor, _ in edges(text, "de")} & {"Antony Blinken"}


def test_the_relayed_speaker_still_acts_in_the_first_person() -> None:
    own = "„Ich habe gesagt, dass ich Waffen an die Ukraine liefere“, zitiert die BBC Antony Blinken."
    other = "„Ich glaube nicht, dass die Armee schon Raketen an Nordkorea liefern würde“, zitiert die BBC Antony Blinken."
    assert edges(own, "de") == {("AID", "Antony Blinken", "Ukraine")}
    assert edges(other, "de") == set()
