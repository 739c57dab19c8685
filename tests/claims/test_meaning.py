"""Concepts, measures and parties of figures: one variable key across synonyms and languages."""

from __future__ import annotations

import time

import pytest

from lagebild.claims.build import build_claims
from lagebild.claims.knowledge import knowledge
from lagebild.claims.meaning import meaning_knowledge
from lagebild.claims.parties import sentence_view
from lagebild.model import Doc, Quantity
from lagebild.pipeline.segmenter import segment


def claims_of(text, figures, lang="de", source="AUTHOR"):
    """Claims for hand-made figures: (surface, value, unit or None)."""
    doc = Doc(doc_id="d", text=text, published="2024-11", lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    for surface, value, unit in figures:
        start = text.index(surface)
        doc.quantities.append(Quantity(surface, str(value), start, start + len(surface), "count", value, value,
                                       value, unit=unit, sentence=doc.sentence_at(start), source=source))
    return build_claims(doc, knowledge(lang), meaning_knowledge(lang))


@pytest.mark.parametrize("text, surface, unit, lang, concept", [
    ("Pjöngjang schickt 800 Kämpfer an die Front.", "800 Kämpfer", "Kämpfer", "de", "troops"),
    ("Pjöngjang schickt 800 Einsatzkräfte an die Front.", "800 Einsatzkräfte", "Einsatzkraft", "de", "troops"),
    ("Moskau holt 900 Fachkräfte aus Pjöngjang.", "900 Fachkräfte", "Fachkraft", "de", "workers"),
    ("Pyongyang sent 800 sappers to the front.", "800 sappers", "sapper", "en", "troops"),
    ("Pyongyang sent 800 North Korean infantrymen.", "800", None, "en", "troops"),
    ("The army fired 700 rounds of artillery ammunition.", "700 rounds", "round", "en", "shells"),
    ("Der Konvoi brachte 300 Kilometer von den Soldaten entfernt Nachschub.", "300 Kilometer", "Kilometer", "de",
     "Kilometer"),
])
def test_synonyms_of_both_languages_share_a_concept(text, surface, unit, lang, concept):
    (claim,) = claims_of(text, [(surface, 800, unit)], lang)
    assert claim.concept == concept


def test_measure_follows_the_nearest_event_word_between_figures():
    text = "Laut Seoul wurden 400 nordkoreanische Soldaten getötet und weitere 1.800 verwundet."
    killed, wounded = claims_of(text, [("400 nordkoreanische Soldaten", 400, "Soldat"), ("1.800", 1800, None)])
    assert (killed.concept, killed.measure, killed.actor) == ("troops", "killed", "Nordkorea")
    # a figure without a noun takes the counted noun before it in its clause, with its party
    assert (wounded.concept, wounded.measure, wounded.actor) == ("troops", "wounded", "Nordkorea")
    text = "Seoul zählt 400 nordkoreanische Soldaten in Kursk. Davon wurden bis Dezember 90 getötet."
    _, killed = claims_of(text, [("400 nordkoreanische Soldaten", 400, "Soldat"), ("90", 90, None)])
    # ... else the concept of the figure before, and the party of the last figure counting the same thing
    assert (killed.concept, killed.measure, killed.actor) == ("troops", "killed", "Nordkorea")
    assert "of the figure before" in killed.provenance


def test_coordinated_figures_share_the_noun_after_the_second():
    text = "Die Brigade meldete 70 getötete und 65 verletzte nordkoreanische Soldaten."
    first, second = claims_of(text, [("70", 70, None), ("65 verletzte nordkoreanische Soldaten", 65, "Soldat")])
    assert (first.concept, first.measure, first.actor) == ("troops", "killed", "Nordkorea")
    assert (second.measure, second.actor) == ("wounded", "Nordkorea")


def test_a_modal_event_word_gives_no_measure():
    text = "All 4,500 soldiers could be killed or wounded by spring."
    (claim,) = claims_of(text, [("4,500 soldiers", 4500, "soldier")], "en")
    assert claim.measure == "sent"


def test_party_is_the_sender_not_the_source_nor_the_place():
    text = "Nach Angaben der USA hat Nordkorea 7.000 Soldaten in die Ukraine geschickt."
    (claim,) = claims_of(text, [("7.000 Soldaten", 7000, "Soldat")], source="USA")
    assert (claim.actor, claim.location) == ("Nordkorea", "Ukraine")
    text = "Moskau: Nordkorea schickt 2.000 Bausoldaten nach Russland."
    (claim,) = claims_of(text, [("2.000 Bausoldaten", 2000, "Bausoldat")])
    assert (claim.actor, claim.concept) == ("Nordkorea", "troops")


def test_party_from_the_origin_after_the_noun_phrase():
    text = "Near Rostov there are 6,000 soldiers from North Korea."
    (claim,) = claims_of(text, [("6,000 soldiers", 6000, "soldier")], "en")
    assert claim.actor == "Nordkorea" and "origin" in claim.provenance


def test_party_search_is_linear_in_sentence_length():
    words = " ".join(f"und {n}.000 Soldaten aus Nordkorea" for n in range(1, 200))
    text = f"Russland meldet {words}."
    figures = [(f"{n}.000 Soldaten", n * 1000, "Soldat") for n in range(1, 200)]
    started = time.perf_counter()
    found = claims_of(text, figures)
    assert len(found) == 199 and all(c.actor == "Nordkorea" for c in found)
    assert time.perf_counter() - started < 5.0
    doc = Doc(doc_id="d", text=text, lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    cache = {}
    assert sentence_view(doc, 0, knowledge("de"), cache) is sentence_view(doc, 0, knowledge("de"), cache)


def test_concept_of_asks_the_morphology_only_when_the_word_as_written_names_none(monkeypatch):
    from lagebild.claims import meaning

    asked = []
    real = meaning.analyze
    monkeypatch.setattr(meaning, "analyze", lambda word: asked.append(word) or real(word))
    fresh = meaning.MeaningKnowledge(**{f: getattr(meaning_knowledge("de"), f)
                                        for f in ("words", "heads", "cues", "lang", "by_word", "by_prefix")})
    assert fresh.concept_of("Kämpfer") == ("troops", "Kämpfer") and asked == []  # a concept word as written
    assert fresh.concept_of("Grenzsoldat")[0] == "troops" and asked == []  # a compound head as written
    assert fresh.concept_of("Offiziere") == ("troops", "Offizier") and asked == ["Offiziere"]
    assert fresh.concept_of("Offiziere") == ("troops", "Offizier") and asked == ["Offiziere"]  # remembered
    assert fresh.concept_of("Kartoffeln")[0] is None
    assert meaning.lemmas("Offiziere", "de") == ["Offiziere", "Offizier"]


def test_a_document_without_figures_is_not_read_for_its_topic(monkeypatch):
    from lagebild.claims import build

    def topic(doc, kb):
        raise AssertionError("read for its topic")

    monkeypatch.setattr(build, "topic_actor", topic)
    assert claims_of("Die Regierung in Ostland schweigt seit Tagen.", []) == []
