"""The German NER model: embeddings cached per word type give exactly the uncached model's entities."""

import spacy

from lagebild.entities.ner import MODEL_DIR, cache_embeddings, load_model

SENTENCES = [
    ["Bundeskanzler", "Olaf", "Scholz", "traf", "in", "Berlin", "den", "Chef", "der", "NATO", "."],
    ["Die", "Polizei", "in", "Graz", "meldete", ",", "dass", "Scholz", "in", "Berlin", "bleibt", "."],
    ["Laut", "Siemens", "steigt", "der", "Umsatz", "in", "Österreich", "."],
]


def _spans(model, words):
    return model.spans(words, [True] * len(words), [True] + [False] * (len(words) - 1))


def test_cached_embeddings_give_the_same_entities():
    cached = load_model("de")
    plain = load_model("de")
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
