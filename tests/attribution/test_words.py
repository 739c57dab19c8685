"""attribution.words: the sentence view's word order for any/all over tags (cheap_first)."""

from __future__ import annotations

import pytest

from lagebild import morphology
from lagebild.attribution import words
from lagebild.attribution.lexicon import load
from lagebild.attribution.words import Sent
from lagebild.model import Doc
from lagebild.pipeline.segmenter import segment

# made-up nouns, in no morphology table, between words of the table
SENTENCES = [
    "Die Quastelbrommer der Firnewalder Zunft meldeten gestern neue Zahlen.",
    "Laut Brummelsteg-Vorstand ist die Wirvelkammer seit Montag geschlossen.",
    "Zwei Glimmerbauten und drei Sprockelhallen am Rand der Stadt.",
]


def sent_of(given: str, lang: str = "de") -> Sent:
    doc = Doc(doc_id="t", text=given, lang=lang)
    doc.tokens, doc.sents = segment(given, lang)
    return Sent(doc, 0, load(lang))


def test_cheap_first_is_the_words_with_the_table_words_first():
    sent = sent_of(SENTENCES[0])
    order = list(sent.cheap_first(0, len(sent)))
    assert sorted(order) == list(range(len(sent)))
    dear = [m for m in range(len(sent)) if sent.words[m].isalpha() and not morphology.answered_at_once(sent.words[m])]
    assert {sent.words[m] for m in dear} >= {"Quastelbrommer", "Firnewalder"}
    assert order[-len(dear):] == dear  # the words the tagger has to analyze come last, in order
    cheap = order[:-len(dear)]
    assert cheap == sorted(cheap) and "meldeten" in {sent.words[m] for m in cheap}


def test_any_and_all_over_tags_answer_as_in_sentence_order():
    tests = [lambda t: t[:2] in ("VV", "VA", "VM"), lambda t: t == "NN", lambda t: t[:1] == "V",
             lambda t: t in ("ART", "APPR"), lambda t: t != "$."]
    for given in SENTENCES:
        for a, b in ((0, None), (1, 4), (2, 3), (3, 3)):
            sent = sent_of(given)
            b = len(sent) if b is None else b
            for test in tests:
                reordered = [sent.tag(m) for m in sent.cheap_first(a, b)]
                in_order = [sent.tag(m) for m in range(a, b)]
                assert sorted(reordered) == sorted(in_order)
                assert any(map(test, reordered)) == any(map(test, in_order))
                assert all(map(test, reordered)) == all(map(test, in_order))


def test_a_verb_of_the_table_spares_tagging_the_unknown_nouns(monkeypatch):
    sent = sent_of(SENTENCES[0])
    tagged = []
    real = words.tag_only

    def spy(lex, word, first=False):
        tagged.append(word)
        return real(lex, word, first)

    monkeypatch.setattr(words, "tag_only", spy)
    assert any(sent.tag(m)[:2] == "VV" for m in sent.cheap_first(0, len(sent)))  # "meldeten"
    assert "meldeten" in tagged
    assert "Quastelbrommer" not in tagged and "Firnewalder" not in tagged


def test_english_words_keep_their_order():
    sent = sent_of("The minister said on Monday that talks continue.", "en")
    assert list(sent.cheap_first(1, 5)) == [1, 2, 3, 4]


def test_tag_is_answers_as_the_tag():
    for given in SENTENCES + ["Der Verband gab am Montag die Zahlen bekannt.", "Sie legte den Termin fest."]:
        sent = sent_of(given)
        for value in ("PTKVZ", "ART", "NN", "VVFIN", "APPR", "$."):
            assert [sent_of(given).tag_is(m, value) for m in range(len(sent))] == \
                [sent.tag(m) == value for m in range(len(sent))]
    sent = sent_of("Sie legte den Termin fest.")
    assert sent.tag_is(4, "PTKVZ")


def test_tag_is_rules_a_particle_out_before_tagging(monkeypatch):
    sent = sent_of(SENTENCES[2])
    monkeypatch.setattr(words, "tag_only", lambda *args, **kwargs: pytest.fail("the word was tagged"))
    assert not sent.tag_is(sent.words.index("Sprockelhallen"), "PTKVZ")
