"""Internals of lagebild.attribution: quotation marks, clauses, source names and the scope of hedges."""

from __future__ import annotations

import pytest

from lagebild.attribution import hedging, text
from lagebild.attribution.lexicon import load
from lagebild.attribution.words import Sent
from lagebild.model import Doc
from lagebild.pipeline.attribution import analyze_text
from lagebild.pipeline.segmenter import segment


def sent_of(given: str) -> Sent:
    doc = Doc(doc_id="t", text=given, lang="de")
    doc.tokens, doc.sents = segment(given, "de")
    return Sent(doc, 0, load("de"))


@pytest.mark.parametrize("given, quotes", [
    ("„Das ist gut“, sagte er.", ["„Das ist gut“"]),
    ("Er sprach von einem „neuen Weltkrieg“ und von 'Krieg'.", ["„neuen Weltkrieg“", "'Krieg'"]),
    ("»Wir bleiben«, sagte sie.", ["»Wir bleiben«"]),
    # Swiss and French order: the words between two such quotations are none
    ("Die «Abendpost» meldete das, die Zeitung «Morgenblatt» nicht.", ["«Abendpost»", "«Morgenblatt»"]),
])
def test_find_quotes(given, quotes):
    assert [given[q.start:q.end] for q in text.find_quotes(given)] == quotes


def test_clauses_split_at_commas_and_drop_the_period():
    sent = sent_of("Laut Meyer fehlt der Armee Personal, um die Ausfälle aufzufangen.")
    assert [sent.text(a, b) for a, b in text.clauses(sent.toks)] == [
        "Laut Meyer fehlt der Armee Personal", "um die Ausfälle aufzufangen"]


@pytest.mark.parametrize("clause, source", [
    ("sagte der Japan-Korrespondent der Post, Martin Kessler", "Martin Kessler"),
    ("sagte die russische Nachrichtenagentur Tass", "Tass"),
    ("sagte der US-Sender CNN", "CNN"),
    ("sagte der südkoreanische Geheimdienst", "südkoreanischer Geheimdienst"),
    ("sagte ein Sprecher des Pentagon", "Pentagon"),
])
def test_canonical_source_names(clause, source):
    attrs = analyze_text(f"Die Lage ist ernst, {clause}.", "de").attributions
    assert attrs and attrs[0].source == source


def test_bare_role_resolves_to_the_source_cited_with_it():
    doc = analyze_text("Die Lage sei ernst, schreibt das russische Military Watch Magazin. "
                       "Das Magazin berichtete, dass Arbeiter kommen.", "de")
    assert [a.source for a in doc.attributions] == ["Military Watch", "Military Watch"]


def test_relative_clause_after_the_figure_is_out_of_scope():
    sent = sent_of("Pjöngjang entsendet 2.000 Pioniere, die wohl bereits in Kursk stehen.")
    k = sent.words.index("2.000")
    assert "wohl" not in [sent.words[m] for m in hedging.scope(sent, k)]
    assert hedging.hedge_marker(sent, k) is None


def test_matrix_clause_is_in_scope():
    sent = sent_of("Schon im Herbst war gemunkelt worden, die Junta wolle 4.000 Söldner anwerben.")
    assert hedging.hedge_marker(sent, sent.words.index("4.000")) == "gemunkelt"


@pytest.mark.parametrize("word, kind", [
    ("Pentagon-Sprecher", "role"), ("Vizeaußenminister", "role"), ("Analysten", "role"),
    ("Fachmagazins", "outlet"), ("Angaben", "document"), ("Kammergericht", "institution"), ("Soldat", None),
])
def test_role_of(word, kind):
    assert load("de").role_of(word) == kind


@pytest.mark.parametrize("word, document", [
    ("Polizeiangaben", True), ("Medienberichten", True), ("Unabhängigkeitserklärung", False), ("Soldaten", False),
])
def test_is_document(word, document):
    assert load("de").is_document(word) is document


def test_entity_canonical_is_used_for_a_bare_role():
    from lagebild.model import Entity
    from lagebild.pipeline.attribution import Attributor

    text = "Ein Embargo wäre ein schwerer Irrtum, sagte der Kreml-Chef."
    doc = Doc(doc_id="t", text=text, lang="de")
    doc.tokens, doc.sents = segment(text, "de")
    start = text.index("Kreml-Chef")
    doc.ents = [Entity(text="Kreml-Chef", start=start, end=start + 10, label="PER", canonical="Wladimir Putin")]
    attr = Attributor("de")(doc).attributions[0]
    assert (attr.source, attr.source_text) == ("Wladimir Putin", "der Kreml-Chef")


@pytest.mark.parametrize("given, source, mode", [
    ("North Korea has sent 10,000 soldiers, the Pentagon said on Monday.", "Pentagon", "indirect"),
    ('"They would be cannon fodder," Ryder said.', "Ryder", "direct"),
    ("Pentagon spokesman Pat Ryder told reporters that 3,000 troops had arrived.", "Pat Ryder", "indirect"),
    ("According to South Korean intelligence, Pyongyang sent 1,500 soldiers.", "South Korean intelligence",
     "according_to"),
])
def test_english(given, source, mode):
    attrs = analyze_text(given, "en").attributions
    assert [(a.source, a.mode) for a in attrs] == [(source, mode)]


def test_a_bare_singular_role_is_the_person_the_document_named_before():
    import lagebild

    doc = lagebild.analyze("Wolfgang Katzian, Vorsitzender der Gewerkschaft, sagte am Montag, die Lage sei ernst. "
                           "Am Abend warnte der Gewerkschaftschef, dass 300 Stellen wegfallen könnten. "
                           "Die Experten warnten, dass die Lage ernst sei.", published="2016-01-10")
    sources = [(attr.source, attr.provenance.rsplit(":", 1)[-1]) for attr in doc.attributions]
    assert ("Wolfgang Katzian", "role-person") in sources
    assert any(source == "Experten" for source, _ in sources)  # a plural role stays the group it names


def test_the_according_to_stage_runs_alone_and_yields_what_it_found():
    from lagebild.attribution import according, extract
    from lagebild.attribution.stages import Found

    doc = analyze_text("Laut der Polizei sind 30 Menschen verletzt worden.", "de")
    reader = extract.Extractor(doc, load("de"))
    found = list(according.according_to(reader, Sent(doc, 0, load("de"))))
    assert len(found) == 1 and isinstance(found[0], Found)
    assert found[0].cue_text == "Laut" and found[0].mode == "according_to"
    assert doc.text[found[0].content[0]:found[0].content[1]] == "sind 30 Menschen verletzt worden."  # add() trims


def test_stages_never_import_the_extractor():
    import ast
    from pathlib import Path

    from lagebild import attribution

    folder = Path(attribution.__file__).parent
    for name in ("according.py", "stages.py", "syntax_en.py", "hedging.py", "sources.py", "coreference.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "extract" not in imported, f"{name} imports the extractor"


def _no_lookup(*args):
    raise AssertionError("the word was tagged")


def test_a_preterite_in_te_is_no_konjunktiv_without_tagging(monkeypatch):
    from lagebild.attribution.mood import Mood

    sent = sent_of("Die Direktorin verlangte gestern Auskunft.")
    mood = Mood(load("de"), lambda s, k: False)
    monkeypatch.setattr(Sent, "tag", _no_lookup)
    monkeypatch.setattr(Sent, "info", _no_lookup)
    assert not mood.is_k1(sent, 2)  # "verlangte"


def test_konjunktiv_one_still_found():
    from lagebild.attribution.mood import Mood

    sent = sent_of("Die Direktorin verlange eine Auskunft.")
    assert Mood(load("de"), lambda s, k: False).is_k1(sent, 2)


def test_a_noun_without_a_case_ending_to_cut_needs_no_lemma(monkeypatch):
    from lagebild.attribution.sources import _strip_det

    sent = sent_of("Das meldete die Regierungssprecherin gestern.")
    assert sent.tag(3) == "NN"
    monkeypatch.setattr(Sent, "lemma", _no_lookup)
    assert _strip_det(sent, 2, 4) == "Regierungssprecherin"


def test_a_genitive_noun_loses_its_ending():
    from lagebild.attribution.sources import _strip_det

    sent = sent_of("Das meldete ein Sprecher des Ministeriums gestern.")
    assert _strip_det(sent, 4, 6) == "Ministerium"


def test_an_animate_head_is_not_tagged(monkeypatch):
    from lagebild.attribution.extract import Extractor
    from lagebild.attribution.sources import Phrase

    sent = sent_of("Die Kanzlerin Wendlandowicz sagte das.")
    extractor = Extractor(sent.doc, load("de"))
    monkeypatch.setattr(Sent, "tag", _no_lookup)
    assert extractor.animate(sent, Phrase(0, 3, 3))  # "Kanzlerin" is no inanimate noun, whatever the tags


def test_an_inanimate_head_is_animate_only_with_a_name():
    from lagebild.attribution.extract import Extractor
    from lagebild.attribution.sources import Phrase

    sent = sent_of("Die Abstimmung ergab das.")
    assert not Extractor(sent.doc, load("de")).animate(sent, Phrase(0, 2, 2))


def test_a_name_after_a_noun_is_not_tagged_for_the_adjectival_test(monkeypatch):
    from lagebild.attribution.sources import _core

    sent = sent_of("Laut Sprecherin Kaltenbrunner Wendlandowicz gab es Streit.")
    monkeypatch.setattr(Sent, "tag", _no_lookup)
    assert _core(sent, 1, len(sent)) == 4  # "Sprecherin Kaltenbrunner Wendlandowicz"
