"""The CRF NER model family (entities/crf.py): features, loading through ner.load_model, spans."""

from __future__ import annotations

import json

import pytest

from lagebild.entities.crf import MODEL_FILE, FeatureCache, is_crf, shape, short_shape, word_kinds

LEXICON = {"Berlin": "L", "^Anna": "F", "~berlin": "ne", "~haus": "nn"}


def test_shape_cuts_runs_at_four_and_short_shape_collapses_them():
    assert shape("Hamburg") == "Xxxxx"
    assert shape("G20-Gipfel") == "Xdd-Xxxxx"
    assert short_shape("Nord-Korea") == "Xx-Xx"
    assert short_shape("2018") == "d"


def test_word_kinds_read_each_lexicon_class_separately():
    kinds = word_kinds("Berlin", LEXICON)
    assert kinds["w"] == ["berlin"]
    assert "gL" in kinds["c"] and "hne" in kinds["c"] and "Lne" in kinds["c"]
    assert kinds["t"] == ["T"]
    assert word_kinds("Haus", LEXICON)["c"] == ["nn", "hnn"]
    assert word_kinds("und", {})["c"] == ["-"]  # no class is a value of its own


def test_neighbour_window_stops_at_a_sentence_start():
    cache = FeatureCache(LEXICON)
    words = ["Anna", "kam", ".", "Berlin", "schlief"]
    feats = cache.sentence(words, [True, False, False, True, False])
    assert "BOS" in feats[0] and "BOS_T" in feats[0]  # capitalized at the start of a sentence
    assert "1w=kam" in feats[0] and "2w=." in feats[0]
    assert "EOS" in feats[2] and not any(f.startswith(("1w=", "2w=")) for f in feats[2])
    assert "BOS" in feats[3] and not any(f.startswith(("-1w=", "-2w=")) for f in feats[3])
    assert "-1w=berlin" in feats[4] and "-2w=." not in feats[4]
    # a word type's strings are built once and shared
    assert cache.entry("Anna") is cache.entry("Anna")


def _train(folder):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    cache = FeatureCache(None)  # meta.json says: no word classes
    sents = [
        ("Anna Schmidt wohnt in Berlin .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Peter Meier reist nach Paris .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Die Firma Siemens baut in Wien .".split(), ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
    ]
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents * 5:
        trainer.append(cache.sentence(words), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    folder.mkdir()
    trainer.train(str(folder / MODEL_FILE))
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": False}))


def test_load_model_dispatches_on_the_kind_and_returns_spans(tmp_path):
    from lagebild.entities.ner import load_model

    folder = tmp_path / "crf"
    _train(folder)
    assert is_crf(folder)
    model = load_model("de", str(folder))
    assert model.name == "ner-de-crf-0.0.1"
    words = "Anna Schmidt wohnt in Berlin .".split()
    starts = [True] + [False] * 5
    assert model.spans(words, [True] * 6, starts) == [(0, 2, "PER"), (4, 5, "LOC")]
    assert len(model.memo) == 1 and model.spans(words, [True] * 6, starts) == [(0, 2, "PER"), (4, 5, "LOC")]
    # two sentences in one call: offsets are the document's
    both = words + words
    spans = model.spans(both, [True] * 12, starts + starts)
    assert (6, 8, "PER") in spans and (10, 11, "LOC") in spans
    assert model.spans([], [], []) == []


def test_the_entities_component_runs_on_a_crf_model(tmp_path):
    from lagebild.model import Doc
    from lagebild.pipeline.entities import Entities
    from lagebild.pipeline.segmenter import segment

    folder = tmp_path / "crf"
    _train(folder)
    comp = Entities("de", model_path=str(folder))
    doc = Doc(doc_id="t", text="Anna Schmidt wohnt in Berlin.", lang="de", published="2020-01-01")
    doc.tokens, doc.sents = segment(doc.text, "de")
    comp(doc)
    found = {(e.text, e.label) for e in doc.ents}
    assert ("Anna Schmidt", "PER") in found
    assert any(e.provenance.startswith("model:ner-de-crf") for e in doc.ents if e.text == "Anna Schmidt")


def test_a_crf_whose_word_classes_are_missing_is_refused(tmp_path):
    from lagebild.entities.crf import load_crf

    folder = tmp_path / "crf"
    _train(folder)
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": True}))
    with pytest.raises(FileNotFoundError, match="features.tsv"):
        load_crf(folder, "de")
