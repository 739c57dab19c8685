"""The gazetteer matcher: aliases, genitives, adjectives, hyphen compounds, roles and dates."""

from __future__ import annotations

import pytest

from lagebild.entities.gazetteer import gazetteer


def _matches(text: str, lang: str = "de") -> list[tuple[str, str, str]]:
    gaz = gazetteer(lang)
    words = text.split()
    return [(" ".join(words[s:e]), entry.canonical, entry.kind) for s, e, entry in gaz.match_names(words)]


@pytest.mark.parametrize("text, expected", [
    ("Nordkoreas Armee", [("Nordkoreas", "Nordkorea", "name")]),
    ("die nordkoreanischen Soldaten", [("nordkoreanischen", "Nordkorea", "adjective")]),
    ("Nordkoreanische Soldaten", [("Nordkoreanische", "Nordkorea", "adjective")]),
    ("die Vereinigten Staaten von Amerika", [("Vereinigten Staaten von Amerika", "USA", "name")]),
    ("der New York Times", [("New York Times", "The New York Times", "name")]),
    ("des Pentagons", [("Pentagons", "Pentagon", "name")]),
    ("NATO-Generalsekretär Rutte", [("Rutte", "Mark Rutte", "name")]),
    ("Ukraine-Krieg", []),
    ("Kim sprach", []),  # a short name alone is no gazetteer match
])
def test_match_names(text: str, expected: list) -> None:
    assert _matches(text) == expected


@pytest.mark.parametrize("date, canonical", [
    ("2024-10", "Joe Biden"),
    ("2017-03-01", "Donald Trump"),
    ("2025-03", "Donald Trump"),
    (None, "Donald Trump"),  # undated: the latest period
])
def test_role_validity(date: str | None, canonical: str) -> None:
    found = gazetteer("de").match_roles(["Der", "US-Präsident", "sprach"], date)
    assert [(s, e, r.canonical) for s, e, r in found] == [(1, 2, canonical)]


def test_longer_role_wins() -> None:
    found = gazetteer("de").match_roles(["der", "designierte", "US-Präsident"], "2024-11-20")
    assert [(s, e, r.canonical) for s, e, r in found] == [(1, 3, "Donald Trump")]


def test_role_outside_period_not_matched() -> None:
    assert gazetteer("de").match_roles(["der", "designierte", "US-Präsident"], "2024-10-01")[0][2].canonical \
        == "Joe Biden"  # "designierte" alone names nobody; "US-Präsident" in October 2024 is Biden


def test_english_gazetteer() -> None:
    assert _matches("the North Korean army", "en") == [("North Korean", "Nordkorea", "adjective")]


def test_armed_groups_are_marked_and_other_organizations_are_not() -> None:
    gaz = gazetteer("de")
    assert gaz.by_canonical["Boko Haram"].armed and gaz.by_canonical["PKK"].armed
    assert not gaz.by_canonical["Weltbank"].armed and not gaz.by_canonical["NATO"].armed
