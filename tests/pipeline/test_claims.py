from __future__ import annotations

import pytest

from lagebild.claims.knowledge import knowledge
from lagebild.model import Attribution, Doc, Quantity, Timex
from lagebild.pipeline.claims import Claims
from lagebild.pipeline.segmenter import segment


def make_doc(text, figures, published="2024-10", timexes=(), attributions=(), source=None):
    """A document with hand-made quantities: figures are (surface text, value, unit, qualifier)."""
    doc = Doc(doc_id="d", text=text, published=published, lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    doc.timexes = list(timexes)
    doc.attributions = list(attributions)
    for surface, value, unit, qualifier in figures:
        start = text.index(surface)
        doc.quantities.append(Quantity(surface, str(value), start, start + len(surface), "count", value,
                                       None if qualifier in ("approx", "at_most") else value,
                                       value if qualifier in ("approx", "at_most") else value,
                                       qualifier=qualifier, unit=unit, sentence=doc.sentence_at(start),
                                       source=source or "AUTHOR", provenance="test"))
    return Claims("de")(doc)


def test_claim_joins_figure_source_hedge_time_and_parties():
    text = "Laut Angaben der BBC soll Minsk bislang 6.000 Soldaten nach Russland geschickt haben."
    attr = Attribution("BBC", "BBC", "Laut Angaben", "according_to", None,
                       source_start=text.index("BBC"), source_end=text.index("BBC") + 3, sentence=0,
                       chain=["Geheimdienst"])
    doc = make_doc(text, [("6.000 Soldaten", 6000, "Soldat", "exact")], attributions=[attr], source="BBC")
    doc.quantities[0].attribution, doc.quantities[0].hedge = 0, "uncertain"
    doc = Claims("de")(doc)
    (claim,) = doc.claims
    assert (claim.actor, claim.location, claim.unit_class) == ("Belarus", "Russland", "Soldat")
    assert (claim.source, claim.source_chain, claim.hedge) == ("BBC", ["Geheimdienst"], "uncertain")
    assert claim.time == "2024-10" and doc.quantities[0].time == "2024-10"
    assert claim.claim_type == "stock"
    assert "«bislang» refers to the publication date" in claim.provenance
    assert claim.to_dict(doc)["sentence"] == text


def test_time_comes_from_the_nearest_dated_expression_of_the_sentence():
    text = "Im Juni hatte Reuters berichtet, Belarus plane, 800 Pioniere an die Grenze zu verlegen."
    timex = Timex("Im Juni", 0, 7, "DATE", "2025-06", provenance="test")
    doc = make_doc(text, [("800 Pioniere", 800, "Pionier", "exact")], published="2025-09", timexes=[timex])
    assert doc.claims[0].time == "2025-06"
    assert doc.claims[0].claim_type == "plan"


@pytest.mark.parametrize("value", ["PRESENT_REF", "P6M", None])
def test_time_expressions_without_a_date_are_not_reference_times(value):
    text = "Er will in den kommenden Tagen 50.000 Soldaten schicken."
    timex = Timex("in den kommenden Tagen", 8, 30, "DATE", value)
    doc = make_doc(text, [("50.000 Soldaten", 50000, "Soldat", "exact")], timexes=[timex])
    assert doc.claims[0].time is None


def test_topic_of_the_document_fills_in():
    text = ("Nordkorea schickt Soldaten. Pjöngjang schweigt dazu. Kim Jong-un lacht. Das ist so. "
            "Ihm zufolge dürften die fast 20.000 neuen Kräfte Russlands Vormarsch beschleunigen.")
    doc = make_doc(text, [("fast 20.000 neuen Kräfte", 20000, "Kraft", "approx")])
    claim = doc.claims[0]
    assert claim.actor == "Nordkorea" and "the actor the document names most" in claim.provenance


def test_pronoun_takes_the_last_actor_of_the_sentence_before():
    text = "Die Ukraine hält ihre Stellung – Putin will Kursk befreien. Hierfür soll er 50.000 Soldaten sammeln."
    doc = make_doc(text, [("50.000 Soldaten", 50000, "Soldat", "exact")])
    assert doc.claims[0].actor == "Russland"


def test_demonyms_name_a_party_only_before_actor_nouns():
    text = "Ukrainische Informationen zeigen: Nordkorea will vorerst 900 Pioniere schicken."
    doc = make_doc(text, [("900 Pioniere", 900, "Pionier", "exact")])
    assert doc.claims[0].actor == "Nordkorea"


def test_knowledge_tables():
    kb = knowledge("de")
    assert kb.actor_of("nordkoreanischen") == "Nordkorea"
    assert kb.actor_of("Russlands") == "Russland"
    assert kb.actor_of("Nordkoreanisch-Test") is None
    assert kb.unit_class("Söldner") == "Soldat" and kb.unit_class("Granate") == "Granate"


def test_a_figure_takes_the_time_of_its_own_clause_before_a_nearer_one():
    text = "Im Mai lag die Quote bei 7,1 Prozent, im Mai 2023 bei 6,8 Prozent."
    timexes = [Timex("Im Mai", 0, 6, "DATE", "2024-05", provenance="test"),
               Timex("im Mai 2023", 38, 49, "DATE", "2023-05", provenance="test")]
    doc = make_doc(text, [("7,1 Prozent", 7.1, "Prozent", "exact"), ("6,8 Prozent", 6.8, "Prozent", "exact")],
                   timexes=timexes)
    assert [c.time for c in doc.claims] == ["2024-05", "2023-05"]


def test_a_time_expression_inside_a_figure_is_no_reference_time():
    text = "Im Werk fielen 2000 Stellen weg."
    timex = Timex("2000", 15, 19, "DATE", "2000", provenance="test")
    doc = make_doc(text, [("2000 Stellen", 2000, "Stelle", "exact")], timexes=[timex])
    assert doc.claims[0].time is None


def test_durations_and_ages_refer_to_no_date():
    text = "Am Montag trat der Minister nach elf Jahren im Amt zurück."
    timex = Timex("Am Montag", 0, 9, "DATE", "2024-10-07", provenance="test")
    doc = Doc(doc_id="d", text=text, published="2024-10", lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    doc.timexes = [timex]
    start = text.index("elf Jahren")
    doc.quantities = [Quantity("elf Jahren", "elf", start, start + 10, "duration", 11, 11, 11, unit="Jahr",
                               sentence=0, provenance="test")]
    assert Claims("de")(doc).claims[0].time is None
