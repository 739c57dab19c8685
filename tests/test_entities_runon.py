"""Entity repairs for the spans a linear-chain CRF runs on (entities/resolve.py) and inflected official names
(entities/gazetteer.py): the classes that cost the relations downstream when the CRF became the German model."""

from __future__ import annotations

import pytest

from lagebild.entities import resolve
from lagebild.entities.gazetteer import gazetteer

_LEX = {"~hafen": "nn", "~golf": "nx"}


def _merged(text: str, model: list[tuple[int, int, str]]) -> list[tuple[str, str, str | None]]:
    gaz = gazetteer("de")
    words = text.split()
    spans = [resolve.Span(s, e, lab, None, None, resolve.CRF_PROVENANCE + "-0.1.0", "model") for s, e, lab in model]
    rules, modes = resolve.rule_spans(words, gaz, "2024-10")
    spans = resolve.merge(spans, rules, modes, words, frozenset({0}), _LEX)
    resolve.finish(words, spans)
    return [(" ".join(words[s.start:s.end]), s.label, s.canonical) for s in spans]


@pytest.mark.parametrize("text, model, expected", [
    # a lower-case word of the clause right next to a gazetteer name: the span ran on, the name wins
    ("Ein Streit mit Macron belastet", [(1, 4, "ORG")], ("Macron", "PER", "Emmanuel Macron")),
    ("Gestern reiste Olaf Scholz nach Paris", [(2, 5, "PER")], ("Olaf Scholz", "PER", "Olaf Scholz")),
    # common nouns before a country: no longer name, the country
    ("Er lobte die Häfen Norwegens", [(3, 5, "LOC")], ("Norwegens", "LOC", "Norwegen")),
])
def test_a_run_on_span_gives_way_to_the_gazetteer_name(text: str, model: list, expected: tuple) -> None:
    assert expected in _merged(text, model)


@pytest.mark.parametrize("text, model", [
    ("Schiffe im Golf von Mexiko", [(2, 5, "LOC")]),
    # "der", "und", "in" before a capital inside the span belong to a longer official name
    ("Der Rat der Europäischen Union tagt", [(1, 5, "ORG")]),
    ("Die Akademie der Bundeswehr in Strausberg lädt ein", [(1, 6, "ORG")]),
    ("Die Organisation für Sicherheit und Zusammenarbeit in Europa tagt", [(1, 8, "ORG")]),
])
def test_a_name_with_a_particle_stays_one_name(text: str, model: list) -> None:
    words = text.split()
    (start, end, label), = model
    assert [(name, lab) for name, lab, _ in _merged(text, model)] == [(" ".join(words[start:end]), label)]


@pytest.mark.parametrize("text, span, expected", [
    ("Interview mit Trude Wessel : Wir brauchen Zeit", (2, 5, "PER"), [("Trude Wessel", "PER")]),  # a colon after
    ("Kommt der Hafenverband Nordsee ?", (2, 5, "ORG"), [("Hafenverband Nordsee", "ORG")]),  # a final "?"
    ("Streik in Bremerhaven – Hafenverband Nordsee warnt", (2, 6, "ORG"),
     [("Bremerhaven", "ORG"), ("Hafenverband Nordsee", "ORG")]),  # a standalone dash joins two phrases
    ("Seit Hausmann regiert , sinkt die Zahl", (0, 2, "PER"), [("Hausmann", "PER")]),  # a preposition glued on
    ("meinte Zoll-Sprecher Ivo Brandt", (1, 2, "PER"), []),  # a title alone is no person
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
