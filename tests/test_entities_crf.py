"""The CRF NER model family (entities/crf.py, crf_decode.py): features, the exported weights file, loading
through ner.load_model, spans equal to crfsuite's tagger."""

from __future__ import annotations

import json

import pytest

from lagebild.entities.crf import MODEL_FILE, FeatureCache, is_crf
from lagebild.entities.crf_decode import WEIGHTS_FILE, export_weights
from lagebild.entities.crf_features import shape, short_shape, word_kinds

LEXICON = {"Berlin": "L", "^Anna": "F", "~berlin": "ne", "~haus": "nn"}


def test_shape_cuts_runs_at_four_and_short_shape_collapses_them():
    assert shape("Hamburg") == "Xxxxx"
    assert shape("G20-Gipfel") == "Xdd-Xxxxx"
    assert short_shape("Nord-Korea") == "Xx-Xx"
    assert short_shape("2018") == "d"


def test_shape_reads_each_character_once_per_symbol_pattern():
    # the cut and the collapse are kept per pattern of symbols; words of one pattern share them
    assert shape("Regierung") == shape("Verwaltung"[:9]) == "Xxxxx"
    assert shape("USA-Flagge") == "XXX-Xxxxx" and short_shape("USA-Flagge") == "X-Xx"
    assert shape("......") == "...." and short_shape("1.000.000") == "d.d.d"
    assert shape("İstanbul") == "Xxxxx" and shape("中文") == "xx" and shape("½²") == "½d"


def test_word_keys_give_word_kinds_values_through_kind_values():
    from lagebild.entities.crf_features import kind_values, kinds_of, word_keys

    clusters = {"berlin": ("1", "10", "101")}
    for word in ("Berlin", "NORD-KOREA", "G20", "ab", "x", "", "Haus", "Über-Größe"):
        for lexicon, table in ((LEXICON, clusters), ({}, None)):
            keys = word_keys(word, lexicon, table)
            assert len(keys) == len(kinds_of(table))
            assert {kind: kind_values(kind, key) for kind, key in zip(kinds_of(table), keys, strict=True)} \
                == word_kinds(word, lexicon, table)
    kinds = word_kinds("NORD-KOREA2", LEXICON, clusters)
    assert kinds["t"] == ["T", "U", "D", "H"] and kinds["l"] == ["11"] and kinds["k1"] == ["-"]
    assert word_keys("Berlin", LEXICON, clusters)[-3:] == ("1", "10", "101")


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
    """Train crfsuite on ``sents`` (words, tags) with ``cache``'s features into ``folder``/MODEL_FILE and export
    its weights file; crfsuite's tagger over that model (the reference)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        trainer.append(cache.sentence(words), tags)
    trainer.set_params(params)
    folder.mkdir()
    trainer.train(str(folder / MODEL_FILE))
    export_weights(folder / MODEL_FILE, folder / WEIGHTS_FILE)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / MODEL_FILE))
    return tagger


def _crfsuite_spans(tagger, cache, words, starts):
    """crfsuite's own tagging of a token sequence, sentence by sentence (what the numpy tagger must equal)."""
    from lagebild.entities.corpora import bio_spans

    feats = cache.sentence(words, starts)
    bounds = [i for i, s in enumerate(starts) if s or i == 0] + [len(words)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        for s, e, label in bio_spans(tagger.tag(feats[a:b])):
            out.append((a + s, a + e, label))
    return out


def _train(folder):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    cache = FeatureCache(None)  # meta.json says: no word classes
    sents = [
        ("Anna Schmidt wohnt in Berlin .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Peter Meier reist nach Paris .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Die Firma Siemens baut in Wien .".split(), ["O", "O", "B-ORG", "O", "O", "B-LOC", "O"]),
    ]
    tagger = _fit(pycrfsuite, cache, sents * 5, {"c1": 0.0, "c2": 0.01, "max_iterations": 50}, folder)
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": False}))
    return tagger


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
    # a batch stage: the ingest tags a batch's documents in one pass, each document then finds its spans kept
    other = Doc(doc_id="u", text="Peter Meier reist nach Wien. Anna Schmidt auch.", lang="de")
    other.tokens, other.sents = segment(other.text, "de")
    comp.model.memo.clear()
    comp.prefetch([doc, other])
    assert len(comp.model.memo) == 2
    assert {(e.text, e.label) for e in comp(doc).ents} == found


def test_a_crf_whose_word_classes_are_missing_is_refused(tmp_path):
    from lagebild.entities.crf import load_crf

    folder = tmp_path / "crf"
    _train(folder)
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": True}))
    with pytest.raises(FileNotFoundError, match="features.tsv"):
        load_crf(folder, "de")


CLUSTERS = {"berlin": ("1", "10", "100"), "paris": ("1", "10", "101"), "kam": ("2", "20", "200"), "0000": ("3", "30", "300")}


def test_cluster_table_reads_ids_coarse_to_fine_and_skips_comments(tmp_path):
    from lagebild.entities.crf_features import cluster_key, load_clusters

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
    """A tiny CRF over the clustered feature layout, trained with crfsuite on made-up sentences, read from its
    exported weights file; and crfsuite's tagger over the same model."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from lagebild.entities.crf import CrfNerModel
    from lagebild.entities.crf_decode import load_weights

    cache = FeatureCache(LEXICON, CLUSTERS, feature_set)
    sents = [
        ("Anna Schmidt wohnt in Berlin .".split(), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Peter Meier las „ Neue Tageszeitung “ in Paris .".split(),
         ["B-PER", "I-PER", "O", "O", "B-MISC", "I-MISC", "O", "O", "B-LOC", "O"]),
        ("Die Firma Bosch AG forscht in Graz .".split(), ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]),
        ("Berlin und Paris streiten .".split(), ["B-LOC", "O", "B-LOC", "O", "O"]),
    ]
    tagger = _fit(pycrfsuite, cache, sents * 4, {"c1": 0.01, "c2": 0.01, "max_iterations": 40}, folder)
    model = CrfNerModel(load_weights(folder / WEIGHTS_FILE), LEXICON, "ner-de-crf-test", clusters=CLUSTERS,
                        feature_set=feature_set)
    return model, tagger


# Made-up token sequences (several sentences each, quotes, unknown words, a one-word sentence).
PROBES = [
    ("Anna Meier wohnt in Wien . Siemens AG baut in Berlin und Paris .".split(), {0, 6}),
    ("Er las „ Neue Zeitung “ und „ wir kommen “ in Hamburg . Paris".split(), {0, 12}),
    ("Peter Schmidt , Berlin , Paris , Wien , Siemens AG , Die Firma".split(), {0}),
    ("x".split(), {0}),
]


@pytest.mark.parametrize("feature_set", [12, 13])
def test_the_numpy_tagger_gives_crfsuites_labels(tmp_path, feature_set):
    model, tagger = _clustered_model(tmp_path / "crf", feature_set)
    assert model.fast is not None
    for words, first in PROBES:
        starts = [i in first for i in range(len(words))]
        assert model.fast.spans(words, starts) == _crfsuite_spans(tagger, model.cache, words, starts)
    # the per-type tables are reused by a later document and give the same answer
    words, first = PROBES[0]
    starts = [i in first for i in range(len(words))]
    assert model.fast.spans(words, starts) == _crfsuite_spans(tagger, model.cache, words, starts)


@pytest.mark.parametrize("clustered", [True, False])
def test_a_batch_of_sequences_gets_the_spans_each_gets_alone(tmp_path, clustered, monkeypatch):
    from lagebild.entities.crf import load_crf

    if clustered:
        model, tagger = _clustered_model(tmp_path / "crf")
    else:
        tagger = _train(tmp_path / "crf")
        model = load_crf(tmp_path / "crf", "de")
    sequences = []
    for words, first in PROBES + PROBES[:1]:  # one sequence twice
        sequences.append((words, [True] * len(words), [i in first for i in range(len(words))]))
    sequences.append(([], [], []))
    # a sequence whose first token is not marked a sentence start: alone it starts one all the same
    words = "Siemens AG baut in Paris".split()
    sequences.append((words, [True] * 5, [False, False, False, False, True]))
    model.prefetch(sequences)
    assert len(model.memo) == len(PROBES) + 1

    def untagged(*args):
        raise AssertionError("the batch's answers are kept")

    monkeypatch.setattr(model, "_predict", untagged)
    found = set()
    for words, spaces, starts in sequences:
        spans = model.spans(words, spaces, starts)
        assert spans == _crfsuite_spans(tagger, model.cache, words, [True] + starts[1:] if words else starts)
        found.update(spans)
    assert {label for _, _, label in found} >= {"PER", "LOC"}  # the probes exercise real labels, not only O


@pytest.mark.parametrize("clustered", [True, False])
def test_a_batch_is_tagged_in_passes_of_a_bounded_number_of_tokens_with_the_same_spans(tmp_path, clustered,
                                                                                     monkeypatch):
    from lagebild.entities.crf import CrfNerModel, load_crf

    if clustered:
        model, _ = _clustered_model(tmp_path / "crf")
    else:
        _train(tmp_path / "crf")
        model = load_crf(tmp_path / "crf", "de")
    sequences = [(words, [True] * len(words), [i in first for i in range(len(words))]) for words, first in PROBES]
    sequences = sequences * 3  # twelve sequences, of 14, 15, 15 and 1 tokens, one more token each below
    sequences = [(words + [str(i)], spaces + [True], starts + [False])
                 for i, (words, spaces, starts) in enumerate(sequences)]  # each a distinct sequence
    model.prefetch(sequences)
    in_one_pass = dict(model.memo)
    model.memo.clear()
    passes = []
    predict = model._predict

    def recorded(words, spaces, starts):
        passes.append(len(words))
        return predict(words, spaces, starts)

    monkeypatch.setattr(model, "_predict", recorded)
    monkeypatch.setattr(CrfNerModel, "PASS_TOKENS", 40)
    assert model.prefetch(sequences) == list(range(len(sequences)))
    assert model.memo == in_one_pass
    assert sum(passes) == sum(len(words) for words, _, _ in sequences) and max(passes) <= 40 and len(passes) > 3
    model.memo.clear()
    passes.clear()
    monkeypatch.setattr(CrfNerModel, "PASS_TOKENS", 10)  # a sequence longer than a pass is a pass of its own
    model.prefetch(sequences)
    assert model.memo == in_one_pass and passes == [len(words) for words, _, _ in sequences]


def test_a_model_without_clusters_tags_in_numpy_as_crfsuite_does(tmp_path):
    import numpy

    from lagebild.entities.crf import load_crf

    tagger = _train(tmp_path / "crf")
    model = load_crf(tmp_path / "crf", "de")
    assert model.fast is None and model.clusters is None
    seen = set()
    for words, first in PROBES:
        starts = [i in first for i in range(len(words))]
        expected = _crfsuite_spans(tagger, model.cache, words, starts)
        assert model._predict(words, [True] * len(words), starts) == expected
        seen.update(label for _, _, label in expected)
        # the scores: 0.0, then each known attribute's weights in the order of the token's strings
        feats = model.cache.sentence(words, starts)
        expected_scores = numpy.zeros((len(words), len(model.weights.labels)))
        for row, strings in zip(expected_scores, feats, strict=True):
            for name in strings:
                if model.weights.attrs.get(name) is not None:
                    row += model.weights.state[model.weights.attrs.get(name)]
        assert numpy.array_equal(model.weights.scores(feats), expected_scores)
    assert {"PER", "LOC"} <= seen  # the probes exercise real labels, not only O


def test_the_weights_file_holds_crfsuites_weights_and_drops_no_nonzero_one(tmp_path):
    import numpy

    from lagebild.entities.crf_decode import read_crfsuite

    model, tagger = _clustered_model(tmp_path / "crf")
    weights, info = model.weights, tagger.info()
    assert weights.labels == tagger.labels()
    attrs = {attr for attr, _ in info.state_features}
    assert len(weights.attrs) == len(attrs)  # one row per attribute with a weight
    for (attr, label), value in info.state_features.items():  # the dump prints six decimals
        assert abs(weights.state[weights.attrs.get(attr), weights.labels.index(label)] - value) < 1e-6
    assert not weights.state[weights.zero].any()
    # bit for bit: every non-zero row of crfsuite's file is in the weights file, under its string's hash
    read = read_crfsuite(tmp_path / "crf" / MODEL_FILE)
    for name, row in zip(read.names, read.state, strict=True):
        found = weights.attrs.get(name.decode("utf-8"))
        if row.any():
            assert found is not None and weights.state[found].tobytes() == row.tobytes()
        else:
            assert found is None  # an all-zero attribute is left out: adding 0.0 changes no sum
    assert weights.trans.tobytes() == read.trans.tobytes()
    assert numpy.count_nonzero(weights.state) == numpy.count_nonzero(read.state)


def test_the_export_refuses_attribute_strings_that_share_a_hash(tmp_path, monkeypatch):
    from lagebild.entities import crf_decode

    _clustered_model(tmp_path / "crf")
    monkeypatch.setattr(crf_decode, "attr_hash", lambda name: 7 if name in (b"b", b"BOS") else hash(name) % 2**63)
    with pytest.raises(crf_decode.ModelFormatError, match="share a 64-bit hash"):
        crf_decode.export_weights(tmp_path / "crf" / MODEL_FILE, tmp_path / "other.npz")
    assert not (tmp_path / "other.npz").exists()


@pytest.mark.parametrize("clustered", [True, False])
def test_a_word_with_a_nul_or_a_lone_surrogate_tags_in_bounds(tmp_path, clustered):
    from lagebild.entities.crf import load_crf

    if clustered:
        model, _ = _clustered_model(tmp_path / "crf")
    else:
        _train(tmp_path / "crf")
        model = load_crf(tmp_path / "crf", "de")
    words = ["Anna", "Mei\x00er", "wohnt", "in", "Berlin", "\ud800", "Wien", "\x00"]
    spans = model.spans(words, [True] * len(words), [True] + [False] * 7)
    assert spans and all(0 <= s < e <= len(words) for s, e, _ in spans)
    assert (4, 5, "LOC") in spans  # the known words around them are still read


def test_a_missing_or_malformed_weights_file_is_refused_naming_it(tmp_path):
    from lagebild.entities.crf import load_crf
    from lagebild.entities.crf_decode import ModelFormatError, read_crfsuite

    folder = tmp_path / "crf"
    _train(folder)
    (folder / WEIGHTS_FILE).write_bytes(b"not a zip")
    with pytest.raises(ModelFormatError, match=WEIGHTS_FILE):
        load_crf(folder, "de")
    (folder / WEIGHTS_FILE).unlink()
    with pytest.raises(FileNotFoundError, match=WEIGHTS_FILE):
        load_crf(folder, "de")
    # meta.json records the file's digest: other bytes are refused
    export_weights(folder / MODEL_FILE, folder / WEIGHTS_FILE)
    (folder / "meta.json").write_text(json.dumps({"kind": "crf", "version": "0.0.1", "features": False,
                                                  "weights": {"sha256": "0" * 64}}))
    with pytest.raises(ModelFormatError, match="SHA-256"):
        load_crf(folder, "de")
    path = tmp_path / "model.crfsuite"
    path.write_bytes(b"lCRF" + bytes(60))
    with pytest.raises(ModelFormatError):
        read_crfsuite(path)


def test_the_shipped_weights_file_holds_no_attribute_string():
    import zipfile

    from lagebild.entities.crf import load_crf
    from lagebild.entities.ner import MODEL_DIR

    folder = MODEL_DIR / "ner-de-crf"
    assert not (folder / MODEL_FILE).exists()  # crfsuite's file (its string table) stays in build/
    path = folder / WEIGHTS_FILE
    blobs = [path.read_bytes()]
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["format.npy", "keys.npy", "labels.npy", "state.npy", "trans.npy"]
        blobs += [archive.read(name) for name in archive.namelist()]
    for word in ("der", "und", "regierung", "berlin", "präsident", "gestern"):
        for name in (f"w={word}", f"-1w={word}", f"1w={word}"):
            for blob in blobs:
                assert name.encode("utf-8") not in blob
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if (folder / "clusters.tsv").is_file():  # built from ../shared/data: the model loads and knows the words
        weights = load_crf(folder, "de").weights
        assert all(weights.attrs.get(f"w={word}") is not None for word in ("der", "berlin"))
    assert meta["weights"]["file"] == WEIGHTS_FILE and len(meta["weights"]["sha256"]) == 64


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
    from lagebild.entities import crf, crf_decode

    model, tagger = _clustered_model(tmp_path / "crf")
    monkeypatch.setattr(crf, "MAX_CACHED", 12)
    monkeypatch.setattr(crf_decode, "MAX_MEMO", 40)  # the strings' rows too
    for words, first in PROBES * 2:
        starts = [i in first for i in range(len(words))]
        assert model.fast.spans(words, starts) == _crfsuite_spans(tagger, model.cache, words, starts)
        assert len(model.weights.attrs.memo) <= 40
        assert len(model.fast.index) <= max(12, len(set(words)))


@pytest.mark.parametrize("feature_set", [12, 13])
def test_the_numpy_scores_are_crfsuites_sums_over_the_feature_strings(tmp_path, feature_set):
    import numpy

    model, _ = _clustered_model(tmp_path / "crf", feature_set)
    weights = model.weights
    for words, first in PROBES:
        starts = [i in first for i in range(len(words))]
        scores, _ = model.fast.scores(words, starts)
        # crf1dt_state_score: 0.0, then each known attribute's weights in the order the strings come
        expected = numpy.zeros((len(words), len(weights.labels)))
        for row, feats in zip(expected, model.cache.sentence(words, starts), strict=True):
            for feat in feats:
                if weights.attrs.get(feat) is not None:
                    row += weights.state[weights.attrs.get(feat)]
        assert numpy.array_equal(scores, expected)


# Made-up words of many kinds: several word classes, all four flags, digits, long runs, one-letter words.
VARIED = ("Anna Berlin-Mitte NORD-KOREA2 liest 12.000 Haus in „ Neue Siemens-AG “ x Ab "
          "BERLIN .... Anna-Maria und Wien").split()


@pytest.mark.parametrize("feature_set", [12, 13])
def test_the_per_key_tables_give_the_sums_of_the_feature_strings(tmp_path, feature_set, monkeypatch):
    import numpy

    from lagebild.entities import crf

    model, _ = _clustered_model(tmp_path / "crf", feature_set)
    weights = model.weights

    def expected(words, starts):
        out = numpy.zeros((len(words), len(weights.labels)))
        for row, feats in zip(out, model.cache.sentence(words, starts), strict=True):
            for feat in feats:
                if weights.attrs.get(feat) is not None:
                    row += weights.state[weights.attrs.get(feat)]
        return out

    monkeypatch.setattr(crf, "MAX_CACHED", 20)  # the tables start over between some documents
    seen = set()
    for words in (VARIED + VARIED[::-1], VARIED[:7], PROBES[0][0], VARIED[3:], PROBES[1][0], ["x"]):
        starts = [i in (0, 3, len(words) // 2) for i in range(len(words))]  # types new and known, sentences cut
        scores, _ = model.fast.scores(words, starts)
        assert numpy.array_equal(scores, expected(words, starts))
        seen.update(words)
    assert len(model.fast.index) < len(seen)  # the tables did start over
    # the known attributes of a word's neighbours are read in FeatureCache's order whatever the key tables hold
    assert model.fast.tables["c"].ids.shape[2] == 4 and model.fast.tables["w"].ids.shape[1] == 5


def test_attribute_rows_are_found_by_the_strings_hash_and_kept_in_a_bounded_table(monkeypatch):
    import hashlib

    import numpy

    from lagebild.entities import crf_decode
    from lagebild.entities.crf_decode import AttrIndex, attr_hash

    assert attr_hash("w=anna") == int.from_bytes(hashlib.blake2b(b"w=anna", digest_size=8).digest(), "little")
    assert attr_hash("w=\ud800") == attr_hash(b"w=\xed\xa0\x80")  # a lone surrogate as surrogatepass writes it
    index = AttrIndex(numpy.array([attr_hash("w=anna"), attr_hash("BOS"), attr_hash("sh=Xx")], dtype="<u8"))
    monkeypatch.setattr(crf_decode, "MAX_MEMO", 4)
    assert index.ids([["BOS", "w=x", "sh=Xx"], ["w=anna"]]) == [[1, 2], [0]]  # unknown strings left out
    assert len(index.memo) == 4
    assert index.ids([["w=y", "BOS"]]) == [[1]]  # a fifth string: the table starts over
    assert set(index.memo) == {"w=y", "BOS"}
    assert index.get("w=anna") == 0 and index.get("w=zz") is None and index.get("w=zz", 9) == 9


def test_prefixes_and_suffixes_are_shorter_than_the_word_and_at_most_four_characters():
    assert word_kinds("ab", {})["p"] == ["a"] and word_kinds("ab", {})["s"] == ["b"]
    assert word_kinds("Regierung", {})["p"] == ["r", "re", "reg", "regi"]
    assert word_kinds("Regierung", {})["s"] == ["g", "ng", "ung", "rung"]
    assert word_kinds("x", {})["p"] == [] == word_kinds("", {})["s"]
    assert word_kinds("Haus", LEXICON)["c"] == ["nn", "hnn"] and word_kinds("Haus", None)["c"] == ["-"]
