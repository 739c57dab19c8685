"""The word-class feature of the NER model."""

from __future__ import annotations

import pytest

from lagebild.entities.features import load_lexicon, save_features, save_lexicon, save_names, word_class

LEXICON = {"Seoul": "L", "Korea": "c", "~seoul": "ne", "~regierung": "nn", "Nordkorea": "C"}


@pytest.mark.parametrize("word, expected", [
    ("Seoul", "Lne"),  # gazetteer class + lexicon class
    ("Regierung", "nn"),
    ("Korea", "c"),
    ("Nordkorea-Krise", "c"),  # the part before a hyphen, lower-cased class
    ("Unbekannt", ""),
])
def test_word_class(word: str, expected: str) -> None:
    assert word_class(word, LEXICON) == expected


def test_feature_hashes_are_what_set_features_writes() -> None:
    import spacy

    from lagebild.entities.features import feature_hashes, set_features

    lexicon = {"Berlin": "L", "~berlin": "ne", "^Olaf": "F", "~haus": "nn"}
    words = ["Olaf", "fährt", "nach", "Berlin", "ins", "Haus", "Berlin-Mitte", "."]
    nlp = spacy.blank("de")
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    set_features(doc, lexicon)
    hashes = feature_hashes(words, lexicon, nlp.vocab.strings)
    assert hashes.tolist() == [t.tag for t in doc]
    assert [nlp.vocab.strings[h] for h in hashes.tolist()][:4] == ["F", "", "", "Lne"]


def test_name_classes_are_kept_apart_from_the_shipped_classes(tmp_path):
    lexicon = {"Berlin": "L", "~haus": "nn", "^Olaf": "F", "^Hamas": "O"}
    save_lexicon(lexicon, tmp_path)
    assert "^" not in (tmp_path / "features.tsv").read_text(encoding="utf-8")
    assert (tmp_path / "names.tsv").read_text(encoding="utf-8") == "^Hamas\tO\n^Olaf\tF\n"
    assert load_lexicon(tmp_path) == lexicon
    (tmp_path / "names.tsv").unlink()  # not built (no ../shared): the shipped classes alone
    assert load_lexicon(tmp_path) == {"Berlin": "L", "~haus": "nn"}


def test_names_file_holds_the_majority_class_of_each_capitalized_name_word(tmp_path):
    tagged = [(["Olaf", "Scholz", "besucht", "Paris"], ["B-PER", "I-PER", "O", "B-LOC"]),
              (["Scholz", "und", "Olaf"], ["B-PER", "O", "B-PER"])]
    save_names(tagged, tmp_path)
    assert load_lexicon(tmp_path) == {"^Olaf": "F", "^Scholz": "P", "^Paris": "G"}


def test_the_package_classes_are_written_alone_and_leave_the_name_classes_be(tmp_path):
    # scripts/build_ner_features.py at install time: names.tsv (built from ../shared) stays as it is
    (tmp_path / "names.tsv").write_text("^Olaf\tF\n", encoding="utf-8")
    path = save_features({"Berlin": "L", "~haus": "nn", "^Hamas": "O"}, tmp_path)
    assert path.read_text(encoding="utf-8") == "Berlin\tL\n~haus\tnn\n"
    assert (tmp_path / "names.tsv").read_text(encoding="utf-8") == "^Olaf\tF\n"
