"""The German NER model: embeddings cached per word type give exactly the uncached model's entities."""

import spacy

from lagebild.entities.ner import MODEL_DIR, cache_embeddings, load_model

CNN = str(MODEL_DIR / "ner-de")  # these tests are about the CNN (the CRF is the default since experiment 13)

SENTENCES = [
    ["Bundeskanzler", "Olaf", "Scholz", "traf", "in", "Berlin", "den", "Chef", "der", "NATO", "."],
    ["Die", "Polizei", "in", "Graz", "meldete", ",", "dass", "Scholz", "in", "Berlin", "bleibt", "."],
    ["Laut", "Siemens", "steigt", "der", "Umsatz", "in", "Österreich", "."],
]


def _spans(model, words):
    return model.spans(words, [True] * len(words), [True] + [False] * (len(words) - 1))


def test_cached_embeddings_give_the_same_entities():
    cached = load_model("de", CNN)
    plain = load_model("de", CNN)
    plain_nlp = spacy.load(MODEL_DIR / "ner-de")
    uncached = type(plain)(plain_nlp, plain.lexicon, plain.name, features=plain.features)
    for words in SENTENCES * 2:  # the second round reads cached rows
        assert _spans(cached, words) == _spans(uncached, words)
    assert any(label == "PER" for _, _, label in _spans(cached, SENTENCES[0]))


def test_cache_is_installed_once():
    nlp = spacy.load(MODEL_DIR / "ner-de")
    assert cache_embeddings(nlp) is True
    assert cache_embeddings(nlp) is False  # already cached


def test_empty_input():
    assert load_model("de").spans([], [], []) == []


def test_cached_embedding_rows_equal_the_plain_layer_bit_for_bit():
    from spacy.tokens import Doc

    from lagebild.entities.features import set_features

    cached = load_model("de", CNN)
    plain_nlp = spacy.load(MODEL_DIR / "ner-de")
    docs = []
    for nlp in (cached.nlp, plain_nlp):
        made = []
        for words in SENTENCES + [SENTENCES[0] + SENTENCES[1]]:  # repeated words read rows cached before
            doc = Doc(nlp.vocab, words=words)
            set_features(doc, cached.lexicon)
            made.append(doc)
        docs.append(made)
    embed = [nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].layers[0] for nlp in (cached.nlp, plain_nlp)]
    assert embed[0].name.startswith("cached") and not embed[1].name.startswith("cached")
    for got, want in zip(embed[0].predict(docs[0]), embed[1].predict(docs[1]), strict=True):
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes()


def test_spans_are_kept_per_token_sequence():
    model = load_model("de", CNN)
    words = SENTENCES[0]
    first = _spans(model, words)
    assert first and len(model.memo) >= 1
    first.append((0, 1, "MISC"))  # callers get a copy: the kept answer stays as it was
    assert _spans(model, words) == first[:-1]
    # another spacing or sentence split is another input
    other = model.spans(words, [False] * len(words), [True] * len(words))
    assert len(model.memo) >= 2 and isinstance(other, list)


def test_digest_is_unambiguous():
    from lagebild.entities.kept import digest as _digest

    flags = [True, True]
    assert _digest(["a\x00b", "c"], flags, flags) != _digest(["a", "b\x00c"], flags, flags)
    assert _digest(["a", "b"], [True, False], flags) != _digest(["a", "b"], [False, True], flags)


def test_a_batched_pass_keeps_the_spans_one_sequence_at_a_time_gives():
    model = load_model("de", CNN)
    sequences = [(words, [True] * len(words), [True] + [False] * (len(words) - 1)) for words in SENTENCES]
    alone = [model._predict(*tokens) for tokens in sequences]
    model.memo.clear()
    # an empty sequence is skipped, not an error, and not among the sequences the pass tagged
    assert model.prefetch(sequences + [([], [], [])]) == list(range(len(SENTENCES)))
    assert model.prefetch(sequences) == []  # all kept now: nothing left to tag
    assert len(model.memo) == len(SENTENCES)
    assert [model.spans(*tokens) for tokens in sequences] == alone
    assert any(label == "LOC" for spans in alone for _, _, label in spans)


def test_a_batch_larger_than_a_pass_runs_in_several_passes_with_the_same_spans(monkeypatch):
    from lagebild.entities.ner import NerModel

    model = load_model("de", CNN)
    sequences = [(words, [True] * len(words), [True] + [False] * (len(words) - 1)) for words in SENTENCES]
    alone = [model._predict(*tokens) for tokens in sequences]
    model.memo.clear()
    events = []  # a pass builds all its spaCy documents before it keeps any answer
    make, keep = model._spacy_doc, model._keep
    monkeypatch.setattr(model, "_spacy_doc", lambda *tokens: events.append("doc") or make(*tokens))
    monkeypatch.setattr(model, "_keep", lambda key, spans: events.append("keep") or keep(key, spans))
    assert model.prefetch(sequences) == list(range(len(SENTENCES)))
    assert events == ["doc"] * 3 + ["keep"] * 3  # 31 tokens: one pass
    model.memo.clear()
    events.clear()
    monkeypatch.setattr(NerModel, "PASS_TOKENS", 15)  # 11, 12 and 8 tokens: any two exceed it
    assert model.prefetch(sequences) == list(range(len(SENTENCES)))
    assert events == ["doc", "keep"] * 3
    assert [model.spans(*tokens) for tokens in sequences] == alone
