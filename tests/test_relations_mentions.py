"""Actor mentions beyond countries (relations/mentions.py): groups and institutions named by a noun, compounds
with a country or organization prefix, and groups qualified by the country they are of."""

from __future__ import annotations

import pytest

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment
from lagebild.relations import lexicon
from lagebild.relations.mentions import GROUP, group_of, mentions
from tests.relations_text import edges


def _doc(text: str, lang: str = "de") -> Doc:
    doc = Doc(doc_id="t", text=text, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    return Attributor(lang)(_rules_only(lang)(doc))


def mentions_of(text: str, lang: str = "de", i: int = 0) -> list[tuple[str, str, str | None]]:
    doc = _doc(text, lang)
    toks = doc.sent_tokens(i)
    found = mentions(doc, i, [t.text for t in toks], [t.start for t in toks], gazetteer(lang), lexicon.load(lang))
    return [(m.canonical, m.label, m.text) for m in found]


def relations_of(text: str) -> list[tuple[str, str, str | None]]:
    doc = Relations("de")(_doc(text))
    return [(r.type, r.actor, r.recipient) for r in doc.relations]


@pytest.mark.parametrize("word, canonical", [
    ("Polizei", "Polizei"), ("Grenzpolizei", "Polizei"), ("Polizisten", "Polizei"),
    ("Demonstranten", "Demonstranten"), ("Flüchtlingen", "Flüchtlinge"), ("Bundesregierung", "Regierung"),
    ("Staatsanwaltschaft", "Staatsanwaltschaft"), ("Bürgerrechtlern", "Bürgerrechtler"),
    ("regierung", None),  # not a noun of the text (German nouns are capitalized)
    ("Soldaten", None),  # soldiers act for their country (agents.txt), they are no group of their own
])
def test_group_nouns_and_their_canonical_names(word, canonical):
    assert group_of(word, "de") == canonical


def test_a_group_noun_is_a_mention_with_its_offsets():
    assert mentions_of("Die Polizei nahm zwei Demonstranten fest.") == [
        ("Polizei", GROUP, "Polizei"), ("Demonstranten", GROUP, "Demonstranten")]


def test_a_group_of_a_country_is_the_country():
    # "in Athen": the government is Greece's; the capital is no second mention
    assert mentions_of("Die Regierung in Athen lehnt das ab.") == [("Griechenland", GROUP, "Regierung in Athen")]
    # a country adjective before an agent noun names the country, the noun is no group of its own
    assert [m[0] for m in mentions_of("Die russische Regierung lehnt das ab.")] == ["Russland"]
    assert [m[0] for m in mentions_of("Die ukrainische Polizei setzte Tränengas ein.")] == ["Ukraine"]
    # people in a country are no institution of it
    assert [m[0] for m in mentions_of("Flüchtlinge in Griechenland protestierten.")] == [
        "Flüchtlinge", "Griechenland"]


def test_a_government_of_a_person_is_his_state_when_known_else_the_person():
    # the gazetteer's roles give Kim Jong-un a state ("nordkoreanischer Machthaber"): his government is it
    assert mentions_of("Die Regierung von Kim Jong-un lehnt das ab.") == [
        ("Nordkorea", "LOC", "Regierung von Kim Jong-un")]
    assert [m[0] for m in mentions_of("Die Regierung von Boris Pistorius lehnt das ab.")] == ["Boris Pistorius"]
    # only a government noun: the police of a person is no state's
    assert "Nordkorea" not in [m[0] for m in mentions_of("Die Polizei von Kim Jong-un lehnt das ab.")]


@pytest.mark.parametrize("text, expected", [
    ("Die US-Streitkräfte sind dort.", [("USA", "LOC", "US-Streitkräfte")]),  # a country's agent noun
    ("Die EU-Kommission prüft das.", [("EU-Kommission", GROUP, "EU-Kommission")]),  # an organization's group
    ("Ein US-Bürger ist dort.", []),  # neither an agent nor a group
])
def test_compounds_with_a_country_or_organization_prefix(text, expected):
    assert mentions_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei ist mit Tränengas gegen Demonstranten vorgegangen.", ("ASSAULT", "Polizei", "Demonstranten")),
    ("Die Gewerkschaft forderte die Regierung auf, die Löhne zu erhöhen.", ("REQUEST", "Gewerkschaft", "Regierung")),
    ("Flüchtlinge protestierten an der Grenze.", ("PROTEST", "Flüchtlinge", None)),
    ("Die US-Streitkräfte haben Tankflugzeuge nach Bulgarien entsandt.", ("AID", "USA", "Bulgarien")),
])
def test_general_news_relations_between_groups(text, expected):
    assert relations_of(text)[0] == expected


def test_a_group_alone_in_a_sentence_without_a_trigger_is_no_relation():
    assert relations_of("Die Polizei und die Demonstranten standen am Platz.") == []


def test_the_dateline_place_of_an_article_is_no_actor():
    # "Wien" stands for Austria elsewhere ("Wien protestierte"); before the dash that opens the text after the
    # teaser it is the place the article was written in
    text = "Proteste in der Innenstadt. Wien – Die Polizei nahm zwei Demonstranten fest."
    assert [m[0] for m in mentions_of(text, i=1)] == ["Polizei", "Demonstranten"]
    assert "Österreich" in [m[0] for m in mentions_of("Wien protestierte scharf.")]


@pytest.mark.parametrize("text, expected", [
    # the speaker of a threat or a criticism makes it (the attribution layer has it as the source of its cue)
    ("Wladimir Putin drohte Südkorea mit Konsequenzen.", [("THREATEN", "Wladimir Putin", "Südkorea")]),
    ("Die Opposition kritisierte die Regierung scharf.", [("ACCUSE", "Opposition", "Regierung")]),
    # what a speech act says, in a clause of its own, holds no recipient of it
    ("Die Opposition kritisierte, die Regierung habe versagt.", [("ACCUSE", "Opposition", None)]),
])
def test_speech_acts_are_their_speakers_acts(text, expected):
    assert relations_of(text) == expected


def test_the_government_of_a_person_without_a_known_state_is_the_person() -> None:
    # "die Regierung von X" with no state known for X: X acts (the person alone stands after "von")
    assert edges("Die Regierung von Boris Pistorius lobte Polen.", "de") == {("SUPPORT", "Boris Pistorius", "Polen")}


def test_a_country_after_aus_before_a_headline_colon_is_an_origin_not_the_headlines_source():
    # "Moskau: ..." names who speaks; "Verstärkungen aus Kuba: ..." names where they come from
    assert "Kuba" in [m[0] for m in mentions_of("Maduros Verstärkungen aus Kuba: Ein Analyst warnt vor einer Offensive.")]
    assert "Russland" not in [m[0] for m in mentions_of("Moskau: Belarus schickt Soldaten nach Polen.")]
