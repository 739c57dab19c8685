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


def _fit(pycrfsuite, cache, sents, params, folder):
    """Train crfsuite on ``sents`` (words, tags) with ``cache``'s features into ``folder``/MODEL_FILE."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        trainer.append(cache.sentence(words), tags)
    trainer.set_params(params)
    folder.mkdir()
    trainer.train(str(folder / MODEL_FILE))


def _train(folder):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    cache = FeatureCache(None)  # meta.json says: no word classes
    sents = [
        ("Anna Schmidt wohnt in Berlin .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Peter Meier reist nach Paris .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Die Firma Siemens baut in Wien .".split(), ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
    ]
    _fit(pycrfsuite, cache, sents * 5, {"c1": 0.0, "c2": 0.01, "max_iterations": 50}, folder)
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


CLUSTERS = {"berlin": ("1", "10", "100"), "paris": ("1", "10", "101"), "kam": ("2", "20", "200"), "0000": ("3", "30", "300")}


def test_cluster_table_reads_ids_coarse_to_fine_and_skips_comments(tmp_path):
    from lagebild.entities.crf import cluster_key, load_clusters

    path = tmp_path / "clusters.tsv"
    path.write_text("# word\tk64\tk256\tk1024\nberlin\t1\t10\t100\n0000\t3\t30\t300\n", encoding="utf-8")
    assert load_clusters(path) == {"berlin": ("1", "10", "100"), "0000": ("3", "30", "300")}
    assert cluster_key("Berlin") == "berlin" and cluster_key("2019") == "0000"  # digits share a row


def test_cluster_features_reach_three_words_and_stop_at_a_sentence_start():
    cache = FeatureCache(LEXICON, CLUSTERS)
    words = ["Anna", "kam", "nach", "Berlin", ".", "Paris", "schlief"]
    feats = cache.sentence(words, [True, False, False, False, False, True, False])
    assert {"k0=1", "k1=10", "k2=100"} <= set(feats[3])
    assert "k0=-" in feats[2]  # a word outside the table has a value of its own
    # the word classes and coarse clusters at ±3, within the sentence only
    assert "3c=gL" in feats[0] and "3k0=1" in feats[0]
    assert "-3k0=-" not in feats[5] and not any(f.startswith(("-1w", "-1k", "-2", "-3")) for f in feats[5])
    # a neighbour's word class joined with the word's own shape
    assert "+1c|sh=Lne|x" in feats[2] and "-1c|sh=-|Xx" in feats[3]
    assert "-1c|sh=BOS|Xx" in feats[5] and "+1c|sh=EOS|x" in feats[6]
    # words of the same cluster share features that a word's own strings do not give
    paris = set(cache.sentence(["Paris"])[0])
    berlin = set(cache.sentence(["Berlin"])[0])
    assert {"k0=1", "k1=10"} <= paris & berlin


def test_a_crf_whose_clusters_are_missing_is_refused(tmp_path):
    from lagebild.entities.crf import load_crf

    folder = tmp_path / "crf"
    _train(folder)
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": False,
                                                  "clusters": True}))
    with pytest.raises(FileNotFoundError, match="clusters.tsv"):
        load_crf(folder, "de")


def test_the_german_default_is_the_crf_folder_when_it_holds_a_model(tmp_path, monkeypatch):
    from lagebild.entities import ner

    monkeypatch.setattr(ner, "MODEL_DIR", tmp_path)
    (tmp_path / "ner-de").mkdir()
    (tmp_path / "ner-de" / "meta.json").write_text("{}")
    (tmp_path / "ner-de-crf").mkdir()
    assert ner.german_folder() == tmp_path / "ner-de"  # a cluster table alone is no model
    (tmp_path / "ner-de-crf" / "meta.json").write_text(json.dumps({"kind": "crf"}))
    assert ner.german_folder() == tmp_path / "ner-de-crf"


def test_a_crf_runs_by_default_only_with_the_clusters_it_was_trained_with(tmp_path, monkeypatch):
    import hashlib

    from lagebild.entities import ner

    monkeypatch.setattr(ner, "MODEL_DIR", tmp_path)
    (tmp_path / "ner-de").mkdir()
    (tmp_path / "ner-de" / "meta.json").write_text("{}")
    crf = tmp_path / "ner-de-crf"
    crf.mkdir()
    table = b"# word\tk64\n berlin\t3\n"
    (crf / "meta.json").write_text(json.dumps({"kind": "crf", "clusters": True,
                                                "clusters_sha256": hashlib.sha256(table).hexdigest()}))
    assert ner.german_folder() == tmp_path / "ner-de"  # clusters not built (no ../shared/data): the CNN
    (crf / "clusters.tsv").write_bytes(table + b"paris\t3\n")
    assert ner.german_folder() == tmp_path / "ner-de"  # other clusters than the model's: the CNN
    (crf / "clusters.tsv").write_bytes(table)
    assert ner.german_folder() == crf


def test_feature_set_13_adds_quoted_spans_and_the_neighbours_cluster_with_the_shape():
    words = ["Sie", "las", "„", "Neue", "Tageszeitung", "“", "in", "Berlin", "."]
    plain = FeatureCache(LEXICON, CLUSTERS).sentence(words)
    feats = FeatureCache(LEXICON, CLUSTERS, feature_set=13).sentence(words)
    assert set(plain[3]) < set(feats[3]) and set(plain[7]) < set(feats[7])  # 12's features, and more
    assert "q=B" in feats[3] and "q=E" in feats[4] and not any(f.startswith("q=") for f in feats[2] + feats[5])
    # "in" (no cluster) before "Berlin" (middle cluster 10)
    assert "-1k|sh=-|Xx" in feats[7] and "+1k|sh=10|x" in feats[6] and "-1k|sh=BOS|Xx" in feats[0]
    # a quote that opens on a lower-case word, or runs longer than MAX_QUOTED tokens, is speech, not a name
    speech = FeatureCache(LEXICON, CLUSTERS, feature_set=13).sentence(["„", "wir", "kommen", "“"])
    assert not any(f.startswith("q=") for tok in speech for f in tok)
    long = ["„"] + ["Wort"] * 9 + ["“"]
    assert not any(f.startswith("q=") for tok in FeatureCache(None, CLUSTERS, 13).sentence(long) for f in tok)
    with pytest.raises(ValueError, match="feature set"):
        FeatureCache(LEXICON, CLUSTERS, feature_set=99)


def _clustered_model(folder, feature_set=13):
    """A tiny CRF over the clustered feature layout, trained with crfsuite on made-up sentences."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from lagebild.entities.crf import CrfNerModel
    from lagebild.entities.crf_decode import read_model

    cache = FeatureCache(LEXICON, CLUSTERS, feature_set)
    sents = [
        ("Anna Schmidt wohnt in Berlin .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Peter Meier las „ Neue Tageszeitung “ in Paris .".split(),
         ["B-PER", "I-PER", "O", "O", "B-MISC", "I-MISC", "O", "O", "B-LOC", "O"]),
        ("Die Firma Siemens AG baut in Wien .".split(), ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]),
        ("Berlin und Paris streiten .".split(), ["B-LOC", "O", "B-LOC", "O", "O"]),
    ]
    _fit(pycrfsuite, cache, sents * 4, {"c1": 0.01, "c2": 0.01, "max_iterations": 40}, folder)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / MODEL_FILE))
    return CrfNerModel(tagger, LEXICON, "ner-de-crf-test", clusters=CLUSTERS, feature_set=feature_set,
                       weights=read_model(folder / MODEL_FILE))


# Made-up token sequences (several sentences each, quotes, unknown words, a one-word sentence).
PROBES = [
    ("Anna Meier wohnt in Wien . Siemens AG baut in Berlin und Paris .".split(), {0, 6}),
    ("Er las „ Neue Zeitung “ und „ wir kommen “ in Hamburg . Paris".split(), {0, 12}),
    ("Peter Schmidt , Berlin , Paris , Wien , Siemens AG , Die Firma".split(), {0}),
    ("x".split(), {0}),
]


@pytest.mark.parametrize("feature_set", [12, 13])
def test_the_numpy_tagger_gives_crfsuites_labels(tmp_path, feature_set):
    model = _clustered_model(tmp_path / "crf", feature_set)
    assert model.fast is not None
    for words, first in PROBES:
        starts = [i in first for i in range(len(words))]
        assert model.fast.spans(words, starts) == model._predict_crfsuite(words, starts)
    # the per-type tables are reused by a later document and give the same answer
    words, first = PROBES[0]
    starts = [i in first for i in range(len(words))]
    assert model.fast.spans(words, starts) == model._predict_crfsuite(words, starts)


def test_the_model_reader_copies_crfsuites_weights(tmp_path):
    model = _clustered_model(tmp_path / "crf")
    weights, info = model.weights, model.tagger.info()
    assert weights.labels == model.tagger.labels()
    assert set(weights.attrs) == {attr for attr, _ in info.state_features}
    for (attr, label), value in info.state_features.items():  # the dump prints six decimals
        assert abs(weights.state[weights.attrs[attr], weights.labels.index(label)] - value) < 1e-6
    assert not weights.state[weights.zero].any()


def test_a_word_crfsuite_would_cut_is_tagged_by_crfsuite(tmp_path, monkeypatch):
    model = _clustered_model(tmp_path / "crf")
    words = ["Anna", "Mei\x00er", "wohnt", "in", "Berlin"]
    called = []
    monkeypatch.setattr(model, "_predict_crfsuite", lambda w, s: called.append(w) or [])
    model.spans(words, [True] * 5, [True] + [False] * 4)
    assert called == [words]


def test_a_model_file_of_another_layout_is_refused_by_the_reader(tmp_path):
    from lagebild.entities.crf_decode import ModelFormatError, read_model

    path = tmp_path / "model.crfsuite"
    path.write_bytes(b"lCRF" + bytes(60))
    with pytest.raises(ModelFormatError):
        read_model(path)


def test_viterbi_keeps_the_first_of_equal_scores_and_decodes_sentences_side_by_side():
    import numpy

    from lagebild.entities.crf_decode import CrfWeights, viterbi

    trans = numpy.array([[0.25, -1], [0, 2.5]])
    weights = CrfWeights({}, ["O", "B"], numpy.zeros((1, 2)), trans)
    scores = numpy.array([[1, 1], [0.5, 0.5], [5, 0], [0, 1.5], [0, 0]], dtype=float)
    # sentence 1: tokens 0-1 (equal at the start, but B -> B earns 2.5); sentence 2: tokens 2-4, where O
    # at token 2 is worth more than B, and the two ways into O at token 4 score alike (5.5)
    assert viterbi(weights, scores, [0, 2, 5]).tolist() == [1, 1, 0, 1, 1]
    assert viterbi(weights, numpy.zeros((2, 2)), [0, 2]).tolist() == [1, 1]
    even = CrfWeights({}, ["O", "B"], numpy.zeros((1, 2)), numpy.zeros((2, 2)))
    assert viterbi(even, numpy.zeros((3, 2)), [0, 3]).tolist() == [0, 0, 0]  # all equal: the first label


def test_the_numpy_tagger_starts_its_tables_over_when_full(tmp_path, monkeypatch):
    from lagebild.entities import crf

    model = _clustered_model(tmp_path / "crf")
    monkeypatch.setattr(crf, "MAX_CACHED", 12)
    for words, first in PROBES * 2:
        starts = [i in first for i in range(len(words))]
        assert model.fast.spans(words, starts) == model._predict_crfsuite(words, starts)
        assert len(model.fast.index) <= max(12, len(set(words)))


@pytest.mark.parametrize("feature_set", [12, 13])
def test_the_numpy_scores_are_crfsuites_sums_over_the_feature_strings(tmp_path, feature_set):
    import numpy

    model = _clustered_model(tmp_path / "crf", feature_set)
    weights = model.weights
    for words, first in PROBES:
        starts = [i in first for i in range(len(words))]
        scores, _ = model.fast.scores(words, starts)
        # crf1dt_state_score: 0.0, then each known attribute's weights in the order the strings come
        expected = numpy.zeros((len(words), len(weights.labels)))
        for row, feats in zip(expected, model.cache.sentence(words, starts), strict=True):
            for feat in feats:
                if feat in weights.attrs:
                    row += weights.state[weights.attrs[feat]]
        assert numpy.array_equal(scores, expected)
