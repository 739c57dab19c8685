"""attribution.cue_lemmas: which word forms HanTa could lemmatize to a cue verb, without HanTa."""

from __future__ import annotations

import pytest

import lagebild
from lagebild import morphology
from lagebild.attribution import lexicon
from lagebild.attribution.cue_lemmas import cue_lemmas, may_be_cue
from lagebild.attribution.words import analyze_de


def keys() -> frozenset[str]:
    lex = lexicon.load("de")
    return frozenset(lex.verbs) | frozenset(lex.particles)


def test_every_cue_form_of_the_morphology_table_passes():
    # the table holds HanTa's own (lemma, tag) of ~56k word forms: none with a cue lemma may be ruled out
    lemmas = keys()
    test = cue_lemmas(lemmas)
    forms = [w for w, (lemma, tag) in morphology._table().items() if tag.startswith("VV") and lemma in lemmas]
    assert len(forms) > 100
    assert [w for w in forms if not test.may_be_cue(w)] == []


# made-up or rare inflections of cue verbs (prefixes, "ge", "zu", strong stems) and of other verbs
FORMS = ["zurückgemeldet", "nachzuberichten", "vorgewarnten", "besprach", "beschrieben", "zugesagte",
         "hinzugefügtes", "weitererklärte", "angekündigtes", "eingestrickt", "verschwunden", "umgepflanzt",
         "gebacken", "zerknittert", "abgeschliffen", "hineinzuschmuggeln", "dahingeplätschert", "angeschwemmt"]


@pytest.mark.parametrize("word", FORMS)
def test_a_form_ruled_out_has_no_cue_lemma(word):
    # the test's promise, checked against HanTa itself: a word it rules out is no cue verb whatever HanTa says
    lemma, tag = analyze_de(word)
    if not cue_lemmas(keys()).may_be_cue(word):
        assert not (tag.startswith("VV") and lemma in keys()), (word, lemma, tag)


@pytest.mark.parametrize("word", ["eingestrickt", "verschwunden", "umgepflanzt", "zerknittert", "gebacken"])
def test_words_of_other_verbs_are_ruled_out(word):
    assert not cue_lemmas(keys()).may_be_cue(word)


def test_a_table_word_is_answered_by_its_row():
    assert not may_be_cue("besprach", keys())  # "besprechen" is no cue verb
    assert not may_be_cue("gelb", keys())


@pytest.mark.parametrize("word", ["gemeldet", "mitzuteilen", "sprach", "angekündigt", "zuzusagen"])
def test_forms_of_cue_verbs_pass(word):
    assert may_be_cue(word, keys())


TEXT = ("Die Vorräte reichten noch zwei Wochen, nachberichtete die Sprecherin Hanna Olberg am Abend. "
        "Der Bürgermeister Tomas Rielke vorgewarnt hatte, dass die Brücke gesperrt werde. "
        "Die Firma habe die Kisten umgepflanzt, besprach Olberg mit den Helfern. "
        "Man werde die Lage prüfen, angekündigte der Verband.")


def test_the_rule_finds_the_same_cues_as_with_hanta_asked_for_every_word(monkeypatch):
    def found() -> list[tuple]:
        doc = lagebild.analyze(TEXT, published="2016-01-10")
        return [(a.source, a.cue, a.mode, a.content_start, a.provenance) for a in doc.attributions]

    fast = found()
    monkeypatch.setattr("lagebild.attribution.extract.Extractor.cannot_cue", lambda self, word, low: False)
    assert found() == fast
    assert fast
