"""English sources named as the store names them (lagebild.attribution.names_en), and the English cues the parse
reads beyond a verb's subject: frames, statements handed to their owner, "This was reported by X"."""

from __future__ import annotations

import pytest

from lagebild.attribution import syntax_en
from lagebild.evaluation.gold import same_source

pytestmark = pytest.mark.skipif(syntax_en._parser() is None, reason="the English spaCy pipeline is not installed")


def figure_sources(app, text: str, published: str = "2024-11-20") -> dict[str, tuple[str, str]]:
    doc = app.analyze_text(text, published=published, lang="en")
    return {qty.text: (qty.source, qty.hedge) for qty in doc.quantities}


def source_of(app, text: str, published: str = "2024-11-20") -> str:
    doc = app.analyze_text(text, published=published, lang="en")
    return doc.attributions[-1].source


@pytest.mark.parametrize("text, source", [
    # an English name variant is the gazetteer's canonical entity, shared with German documents
    ("Zelenskyy said that 40 drones were shot down.", "Wolodymyr Selenskyj"),
    ("Sergei Lavrov told reporters that 12 diplomats were expelled.", "Sergej Lawrow"),
    # a country's possessive is its adjective
    ("Japan's coast guard said that 14 boats were seized.", "Japanese coast guard"),
    ("South Koreaʼs spy agency stated that 300 engineers had arrived.", "South Korean spy agency"),
    # a body named for a person is the body
    ("The Biden administration said that 40 drones were shot down.", "Biden administration"),
    ("President Joe Biden said that 40 drones were shot down.", "Joe Biden"),
    # "the country's": the country of the source named before in the sentence
    ("A French senator reported that 20 reactors were idle, according to the country's energy regulator.",
     "French energy regulator"),
])
def test_english_source_names(app, text, source):
    assert source_of(app, text) == source


def test_a_bare_title_is_the_person_named_with_it_before(app):
    text = ("The defense minister of Norway, Ola Nordmann, visited the base on Monday. "
            "According to Norway's defense minister, 300 soldiers will stay.")
    assert source_of(app, text) == "Ola Nordmann"


def test_the_role_noun_right_after_a_person_is_that_person(app):
    text = ("Vladimir Putin welcomed the delegation in Moscow. "
            "The president acknowledged what he called the loss of 40 pilots.")
    assert figure_sources(app, text)["40 pilots"][0] == "Wladimir Putin"


def test_a_pronoun_speaker_is_the_person_named_before(app):
    text = "Kim Jong Un visited the factory. He said that 500 drones would be built."
    assert figure_sources(app, text)["500 drones"][0] == "Kim Jong-un"


def test_a_fronted_speech_frames_its_clause(app):
    text = "In a speech on Friday, Kim Jong Un praised the engineers for clearing 30 fields in two months."
    assert figure_sources(app, text)["30 fields"] == ("Kim Jong-un", "reported")


def test_a_map_frame_hands_the_figures_to_its_owner(app):
    text = "On a map from the Harbour Authority, about 12 percent of the quays are shown as closed."
    source, hedge = figure_sources(app, text)["about 12 percent"]
    assert source == "Harbour Authority" and hedge == "reported"


def test_a_recalled_statement_is_the_source_not_who_recalls_it(app):
    text = ("The analysts recalled a statement by Vladimir Putin, indicating that 700 tanks had been built.")
    assert figure_sources(app, text)["700 tanks"][0] == "Wladimir Putin"


def test_this_was_reported_by_attributes_what_came_before(app):
    text = ("The factory shipped 4,000 shells to the front last month. This was reported by the Harbour Gazette.\n\n"
            "The weather stayed dry with 30 sunny days.")
    found = figure_sources(app, text)
    assert found["4,000 shells"] == ("Harbour Gazette", "reported")
    assert found["30 sunny days"] == ("AUTHOR", "asserted")


@pytest.mark.parametrize("text, figure, hedge", [
    ("Satellite images suggest that 200 trucks crossed the border.", "200 trucks", "uncertain"),
    ("The army appears to have lost 40 tanks.", "40 tanks", "uncertain"),
    ("40 soldiers appeared at the border.", "40 soldiers", "asserted"),
])
def test_inference_verbs_hedge_the_figures_of_their_clause(app, text, figure, hedge):
    assert figure_sources(app, text)[figure][1] == hedge


def test_a_canonical_name_matches_its_english_variant_in_the_evaluation():
    assert same_source("Wolodymyr Selenskyj", "Zelensky")
    assert same_source("Südkorea", "South Korea")
    assert not same_source("Wladimir Putin", "Kim Jong Un")


def test_a_country_adjective_is_shown_written_out_not_abbreviated():
    # countries.txt lists the headline forms "S.Korean", "N. Korean"; the shortest adjective must stay a word
    from lagebild.attribution import names_en

    adjectives = names_en._countries()[1]
    assert adjectives["Südkorea"] == "South Korean"
    assert adjectives["Nordkorea"] == "North Korean"
