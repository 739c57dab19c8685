"""The actors claims know by name: countries, their adjectives and seats of power, read from the gazetteer."""

from __future__ import annotations

import pytest

from lagebild.claims.knowledge import gazetteer_actors, knowledge


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_empty_gazetteer_column_gives_no_stem(lang: str) -> None:
    # a country written without an adjective ("-") must not turn hyphens into mentions of it
    _, stems = gazetteer_actors(lang)
    assert all(stem and stem != "-" for stem, _ in stems)
    assert knowledge(lang).actor_of("-") is None
    assert knowledge(lang).actor_of("20-thousand") is None


def test_english_and_german_adjectives_name_the_same_state() -> None:
    assert knowledge("en").actor_of("Syrian") == knowledge("de").actor_of("syrischen") == "Syrien"
    assert knowledge("en").actor_of("Dutch") == knowledge("de").actor_of("niederländische") == "Niederlande"
