"""The noun phrases of crowds and groups in a German sentence (relations/phrases.py)."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations import crowd_lexicon, lexicon
from lagebild.relations.mentions import mentions
from lagebild.relations.phrases import phrases
from tests.relations_text import attributed


def _phrases(text: str) -> dict[str, object]:
    """The phrases of the first sentence of ``text`` by their head noun as written."""
    doc = attributed(text, "de")
    toks = doc.sent_tokens(0)
    words = [t.text for t in toks]
    lex = lexicon.load("de")
    found = mentions(doc, 0, words, [t.start for t in toks], gazetteer("de"), lex)
    return {p.word: p for p in phrases(doc, 0, words, [w.lower() for w in words], found, crowd_lexicon.load("de").words, lex)}


def test_a_phrase_reaches_over_figures_and_adjectives_to_its_preposition():
    got = _phrases("Die Polizei ging gegen mehr als 300 aufgebrachte Bauern vor.")
    bauern = got["Bauern"]
    assert (bauern.text, bauern.prep, bauern.plural, bauern.crowd) == ("mehr als 300 aufgebrachte Bauern", "gegen", True, True)
    assert got["Polizei"].security and got["Polizei"].prep is None


def test_the_number_of_a_noun_whose_singular_is_its_plural_comes_from_its_determiner():
    assert _phrases("Der Lehrer wartete.")["Lehrer"].plural is False
    assert _phrases("Die Lehrer warteten.")["Lehrer"].plural is True
    assert _phrases("Lehrer warteten.")["Lehrer"].plural is None  # the verb decides


def test_a_genitive_after_a_noun_and_a_definite_article_are_told():
    got = _phrases("Die Forderungen der Arbeiter blieben offen.")
    assert got["Arbeiter"].genitive
    assert _phrases("Die Menschen warteten.")["Menschen"].definite
    assert not _phrases("Viele Menschen warteten.")["Menschen"].definite


def test_a_counted_noun_is_a_crowd_but_a_counting_noun_before_another_is_not():
    got = _phrases("Mehrere Dutzend Kleinsparer warteten vor der Bank.")
    assert "Dutzend" not in got and got["Kleinsparer"].canonical == "="
    assert "Hauptstadt" not in _phrases("Im Jahr 1940 erreichten sie die französische Hauptstadt.")
