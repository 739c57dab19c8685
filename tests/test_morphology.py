"""morphology: HanTa's analysis in two cached steps gives exactly what HanTa's own analyze gives."""

import pytest

from lagebild import morphology

# verbs, nouns, names, compounds, participles, an unknown word, punctuation
WORDS = ["sagte", "erklärten", "angekündigt", "Soldaten", "Bundesregierung", "Pjöngjang", "schlussfolgert",
         "mitgeteilt", "Raketenabwehrsystem", "und", "die", "Xqzzt", "hieß", "beschwichtigte", ",", "2024"]


def hanta_analyze(word: str) -> tuple[str, str]:
    """HanTa's own analyze (its own passes, not lagebild's faster ones) on lagebild's loaded model."""
    tagger = morphology._tagger()
    base = type(tagger).__mro__[1]  # HanoverTagger
    saved = type(tagger).analyze_forward, type(tagger).analyze_viterbi
    try:
        type(tagger).analyze_forward, type(tagger).analyze_viterbi = base.analyze_forward, base.analyze_viterbi
        return tagger.analyze(word)
    finally:
        type(tagger).analyze_forward, type(tagger).analyze_viterbi = saved


@pytest.mark.parametrize("word", WORDS)
def test_analyze_equals_hanta(word):
    assert morphology.analyze(word) == hanta_analyze(word)


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
        assert table[word] == hanta_analyze(word), word
    assert table["sagte"] == ("sagen", "VV(FIN)")


# words HanTa does not know (guessed morphemes, compounds, short and long forms) and words it knows
FORWARD_WORDS = ["sagte", "Raketenabwehrsystemen", "schlussfolgerten", "Xqzzt", "ab", "a", "co2-ausstoß",
                 "Oppositionsführerin", "hochgerechnet", "Wahlkampfauftakts", "zweiundzwanzigsten", "1.000",
                 "Übergangsregierung", "´", "``", "Straßenbahnhaltestellenüberdachung", "umzuformulieren",
                 # made-up names and compounds: unknown morphemes guessed at every length
                 "Wendlandowicz", "Brommelkamp", "Quastenfelder-Sprecherin", "Zwirblowskis", "xyloquent"]


@pytest.mark.parametrize("word", FORWARD_WORDS)
def test_passes_equal_hantas(word):
    tagger = morphology._tagger()
    base = type(tagger).__mro__[1]  # HanoverTagger
    assert base.__name__ == "HanoverTagger"
    normal = tagger.normalize(word)
    forward = base.analyze_forward(tagger, normal)
    assert tagger.analyze_forward(normal) == forward  # same tags, log probs and order
    for target in {-forward[0][0], -tagger._tag_word(word, cutoff=0)[0][0]}:
        assert tagger.analyze_viterbi(normal, target) == base.analyze_viterbi(tagger, normal, target)
    assert morphology.analyze(word) == hanta_analyze(word)


@pytest.mark.parametrize("word", WORDS + FORWARD_WORDS)
@pytest.mark.parametrize("prefixes", ["NN", ("VV", "VA"), ("APPR", "ART", "ADV"), "UNK", "XY"])
def test_tag_startswith_is_the_analyzed_tags(word, prefixes):
    assert morphology.tag_startswith(word, prefixes) == morphology.analyze(word)[1].startswith(prefixes)
    if isinstance(prefixes, str):
        assert morphology.tag_is(word, prefixes) == (morphology.analyze(word)[1] == prefixes)


def test_the_unknown_word_tag_is_hantas():
    assert morphology._tagger().int2tag[morphology._UNKNOWN] == morphology._UNKNOWN_TAG


def test_tag_startswith_skips_the_lemma_pass_for_another_tag(monkeypatch):
    tagger = morphology._tagger()
    word = "Wendlandowicz"  # a made-up surname, in no table: HanTa tags it NE

    def no_lemma_pass(*args, **kwargs):
        raise AssertionError("the lemma's pass was run")

    monkeypatch.setattr(tagger, "_analyze", no_lemma_pass)
    assert not morphology.tag_startswith(word, "NN")
    assert not morphology.tag_is(word, "NN")
    assert morphology.tag(word) == "NE"


def test_answered_at_once_are_the_table_words_and_overlong_ones():
    assert morphology.answered_at_once("sagte")  # a word of the table
    assert morphology.answered_at_once("x" * (morphology.MAX_WORD + 1))
    assert not morphology.answered_at_once("Wendlandowicz")  # a made-up name: HanTa's passes


CLOSED_TAGS = ["PTKVZ", "ART", "PDS", "APPR", "KOUS", "VA(FIN)", "PTKZU", "KON"]


@pytest.mark.parametrize("word", WORDS + FORWARD_WORDS + ["Glimmerbau", "heran", "vorbei", "Zuckerfest", "fest"])
@pytest.mark.parametrize("value", CLOSED_TAGS + ["NN", "NE", "VV(FIN)", "XY"])
def test_may_be_tagged_never_rules_out_the_tag_hanta_gives(word, value):
    if not morphology.may_be_tagged(word, value):
        assert morphology.tag(word) != value and morphology.analyze(word)[1] != value


def test_a_closed_class_is_ruled_out_by_the_words_ending_without_hanta(monkeypatch):
    def no_pass(word):
        raise AssertionError("HanTa's pass was run")

    monkeypatch.setattr(morphology, "_best_tag", no_pass)
    assert not morphology.may_be_tagged("Glimmerbauten", "PTKVZ")  # made up: no particle ends it
    assert not morphology.may_be_tagged("Quastelbrommer", "ART")
    assert morphology.may_be_tagged("Quastelbrommer", "NN")  # an open class: only HanTa can tell
    assert morphology.may_be_tagged("Sprockelheran", "PTKVZ")  # ends in a particle: left to HanTa


def test_the_closed_endings_are_the_particles():
    endings = morphology._endings("PTKVZ")
    assert endings is not None and {"an", "auf", "fest"} <= endings and "" not in endings
    assert morphology._endings("NN") is None and morphology._endings("NOTATAG") is None


def test_may_be_tagged_rules_nothing_out_for_a_spelling_the_model_lacks():
    assert morphology.tag("sagte") == "VV(FIN)"
    assert morphology.may_be_tagged("sagte", "VVFIN") and morphology.may_be_tagged("Glimmerbauten", "VVFIN")
    assert not morphology.may_be_tagged("sagte", "NN")


def test_passes_equal_hantas_on_random_strings():
    """Random letter strings (seeded), beyond the chosen words above: unknown morphemes of every length and
    umlauts, hyphens, "ß"; and strings of a few frequent letters, whose segments many known morphemes and the
    open tags' suffix weights (memoized by their last four letters) answer at once."""
    import random

    tagger = morphology._tagger()
    base = type(tagger).__mro__[1]  # HanoverTagger
    rng = random.Random(12)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöüß-") for _ in range(rng.randint(1, 16)))
             for _ in range(150)]
    words += ["".join(rng.choice("aeinrst") for _ in range(rng.randint(3, 18))) for _ in range(100)]
    for word in words:
        forward = base.analyze_forward(tagger, word)
        assert tagger.analyze_forward(word) == forward, word
        target = -forward[0][0]
        assert tagger.analyze_viterbi(word, target) == base.analyze_viterbi(tagger, word, target), word
