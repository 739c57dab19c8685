"""morphology: HanTa's analysis in two cached steps gives exactly what HanTa's own analyze gives."""

import pytest

from lagebild import morphology

# verbs, nouns, names, compounds, participles, an unknown word, punctuation
WORDS = ["sagte", "erklärten", "angekündigt", "Soldaten", "Bundesregierung", "Pjöngjang", "schlussfolgert",
         "mitgeteilt", "Raketenabwehrsystem", "und", "die", "Xqzzt", "hieß", "beschwichtigte", ",", "2024"]


@pytest.mark.parametrize("word", WORDS)
def test_analyze_equals_hanta(word):
    assert morphology.analyze(word) == morphology._tagger().analyze(word)


@pytest.mark.parametrize("word", WORDS)
def test_tag_is_the_tag_of_analyze(word):
    assert morphology.tag(word) == morphology.analyze(word)[1]


def test_overlong_words_are_not_analyzed():
    word = "x" * (morphology.MAX_WORD + 1)
    assert morphology.analyze(word) == (word, "XY")
    assert morphology.tag(word) == "XY"


def test_examples():
    assert morphology.analyze("sagte") == ("sagen", "VV(FIN)")
    assert morphology.tag("Soldaten") == "NN"


def test_the_precomputed_table_holds_hantas_answers():
    table = morphology._table()
    assert len(table) > 50_000, "models/morph-de/forms.tsv.gz missing or built by another HanTa version"
    for word in sorted(table)[::2000]:  # a spread sample: every answer is HanTa's own
        assert table[word] == morphology._tagger().analyze(word), word
    assert table["sagte"] == ("sagen", "VV(FIN)")
