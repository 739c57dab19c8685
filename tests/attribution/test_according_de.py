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


@pytest.mark.parametrize("text, source, cue", [
    ("Pfarrerin Sabine Kogler forderte im Radio eine Senkung der Kindergartengebühren.", "Sabine Kogler",
     "forderte"),
    ("Christoph Berger kam nach Wien. Er fordert mehr Deutschkurse.", "Christoph Berger", "fordert"),
])
def test_a_demand_by_a_person_with_an_object_is_an_attribution(text, source, cue):
    assert any(source in got and cue == got_cue and mode == "indirect" for got, got_cue, mode in found(text))


@pytest.mark.parametrize("text", [
    "Der Sturm forderte 30 Todesopfer.",
    "Die Gewerkschaft fordert mehr Personal für die Schulen.",  # no person: a body's demand needs a clause
    "Christoph Berger verteidigte seinen Titel.",
    "Die Richterin verurteilte den Mann zu einem Jahr Haft.",
    "Der Minister zeigte sich unbeeindruckt.",
])
def test_no_attribution_without_a_speaker_or_a_statement(text):
    assert found(text) == []


def test_an_attitude_with_a_dass_clause_opens_a_chain_of_reported_speech():
    got = found("Im Interview zeigte sich Eva Moser optimistisch, dass der Handel wachsen werde. "
                "Zwar gebe es noch Hürden.")
    assert [source for source, _, _ in got] == ["Eva Moser", "Eva Moser"]
