"""Entity repairs for the spans a linear-chain CRF runs on (entities/resolve.py) and inflected official names
(entities/gazetteer.py): the classes that cost the relations downstream when the CRF became the German model."""

from __future__ import annotations

import pytest

from lagebild.entities import resolve
from lagebild.entities.gazetteer import gazetteer

_LEX = {"~lasten": "nn", "~golf": "nx", "~partner": "nn"}


def _merged(text: str, model: list[tuple[int, int, str]]) -> list[tuple[str, str, str | None]]:
    gaz = gazetteer("de")
    words = text.split()
    spans = [resolve.Span(s, e, lab, None, None, resolve.CRF_PROVENANCE + "-0.1.0", "model") for s, e, lab in model]
    rules, modes = resolve.rule_spans(words, gaz, "2024-10")
    spans = resolve.merge(spans, rules, modes, words, frozenset({0}), _LEX)
    resolve.finish(words, spans)
    return [(" ".join(words[s.start:s.end]), s.label, s.canonical) for s in spans]


@pytest.mark.parametrize("text, model, expected", [
    # lower-case words of the clause around a gazetteer name: the span ran on, the name wins
    ("Ein Pakt zwischen Putin und Minsk hält", [(1, 4, "ORG")], ("Putin", "PER", "Wladimir Putin")),
    ("Sie traf Wladimir Putin am Rand des Gipfels", [(2, 6, "PER")], ("Wladimir Putin", "PER", "Wladimir Putin")),
    # common nouns before a country: no longer name, the country
    ("Das geht zu Lasten Chinas", [(3, 5, "LOC")], ("Chinas", "LOC", "China")),
    ("mit dem Partner Polen", [(2, 4, "LOC")], ("Polen", "LOC", "Polen")),
])
def test_a_run_on_span_gives_way_to_the_gazetteer_name(text: str, model: list, expected: tuple) -> None:
    assert expected in _merged(text, model)


def test_a_name_with_a_particle_stays_one_name() -> None:
    assert _merged("Schiffe im Golf von Mexiko", [(2, 5, "LOC")]) == [("Golf von Mexiko", "LOC", "Golf von Mexiko")]


@pytest.mark.parametrize("text, span, expected", [
    ("Hilfe für Putin : Minsk zahlt", (2, 4, "PER"), [("Putin", "PER")]),  # a clause's colon ends no name
    ("Wird Lindland Kriegspartner ?", (1, 4, "ORG"), [("Lindland Kriegspartner", "ORG")]),
    ("die Ostfront – Kiews Armee wankt", (1, 5, "ORG"), [("Ostfront", "ORG"), ("Kiews Armee", "ORG")]),
    ("Laut Brandner fehlen Soldaten", (0, 2, "PER"), [("Brandner", "PER")]),  # a preposition glued to a name
    ("sagte Armee-Sprecher Jon Vukic", (1, 2, "PER"), []),  # a title alone is no person
])
def test_split_model_spans_cuts_run_on_spans(text: str, span: tuple, expected: list) -> None:
    words = text.split()
    got = resolve.split_model_spans(words, [resolve.Span(*span, None, None, "model:test", "model")], {})
    assert [(" ".join(words[s.start:s.end]), s.label) for s in got] == expected


@pytest.mark.parametrize("text, expected", [
    ("Gesandte der Russischen Föderation", ("Russischen Föderation", "Russland")),
    ("Gäste aus der Demokratischen Volksrepublik Korea", ("Demokratischen Volksrepublik Korea", "Nordkorea")),
])
def test_an_official_name_matches_with_its_inflected_adjective(text: str, expected: tuple) -> None:
    words = text.split()
    got = [(" ".join(words[s:e]), entry.canonical) for s, e, entry in gazetteer("de").match_names(words)]
    assert got == [expected]
