"""German according-to cues: a judgement "für" a named person, own-account phrases."""

from __future__ import annotations

import pytest

import lagebild


def found(text: str) -> list[tuple[str, str, str]]:
    doc = lagebild.analyze(text, published="2016-01-10")
    return [(attr.source, attr.cue, attr.mode) for attr in doc.attributions]


@pytest.mark.parametrize("text, source", [
    ("Für Wolfgang Berger sind die Ergebnisse ein Grund, Flüchtlinge stärker zu fördern.", "Wolfgang Berger"),
    ("Für Anna Simeoni, die Chefin der Inselregierung, ist allerdings Paris verantwortlich.", "Anna Simeoni"),
])
def test_a_judgement_for_a_named_person_is_their_view(text, source):
    assert (source, "Für", "according_to") in found(text)


@pytest.mark.parametrize("text", [
    "Für Kinder ist das Wasser gefährlich.",  # no person named
    "Die Wahl von Peter Lang ist für Wolfgang Berger kein Sieg.",  # middle field: whom it concerns
    "Für Wolfgang Berger kaufte die Stadt ein Haus.",  # no copula: a beneficiary
])
def test_other_uses_of_fuer_are_no_attribution(text):
    assert not any(cue.lower() == "für" for _, cue, _ in found(text))


def test_the_apposition_stays_out_of_the_content():
    doc = lagebild.analyze("Für Anna Simeoni, die Chefin der Inselregierung, ist allerdings Paris verantwortlich.",
                           published="2016-01-10")
    attr = next(a for a in doc.attributions if a.cue == "Für")
    assert attr.content == "ist allerdings Paris verantwortlich"
