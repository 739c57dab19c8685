"""The colon stage: a person's statement after a colon, without quotation marks."""

from __future__ import annotations

import pytest

import lagebild


def attrs(text: str):
    return lagebild.analyze(text, published="2016-01-10").attributions


def test_a_first_person_statement_after_a_named_subject_is_direct_speech_and_carries_on():
    found = attrs("Auch Jana Roth bleibt vage: Selbstverständlich prüfen wir alle Optionen. "
                  "Wir entscheiden im Mai.")
    assert [(a.source, a.mode) for a in found] == [("Jana Roth", "direct"), ("Jana Roth", "direct")]
    assert found[0].content == "Selbstverständlich prüfen wir alle Optionen"
    assert "colon-statement" in found[0].provenance


@pytest.mark.parametrize("text", [
    "Kim Jong-un traf Wladimir Putin: Die beiden unterzeichneten einen Pakt.",  # no first person: the author's
    "Die Lage ist ernst: Wir brauchen Hilfe.",  # no person named before the colon
])
def test_no_statement_without_a_person_and_the_first_person(text):
    assert not any("colon-statement" in a.provenance for a in attrs(text))


def test_a_cue_of_the_sentence_wins():
    found = attrs("Kim Jong-un traf Wladimir Putin: Wir unterzeichneten einen Pakt, sagte er.")
    assert not any("colon-statement" in a.provenance for a in found)


def test_a_prepositional_phrase_is_never_the_speaker_carried_on():
    found = attrs("Die Lage sei ernst, sagte Anna Berger. Nach der ersten Sitzung sprachen wir mit einem Politiker. "
                  "Wir wollten wissen, was er plant.")
    assert all(a.source != "Nach" for a in found)
