"""Which preposition governs a mention (relations/prepositions.py)."""

from __future__ import annotations

import pytest

from lagebild.relations import frames, lexicon, prepositions
from lagebild.relations.lexicon import load
from lagebild.relations.mentions import Mention
from lagebild.relations.prepositions import governing
from tests.relations_text import edges


def test_a_relative_pronoun_after_a_preposition_takes_the_preposition():
    # "in die die polnische Armee": "in" governs the relative pronoun, the name after the article is the subject
    words = "Sie warten in der Provinz Grodno , in die die polnische Armee eingerückt ist".split()
    low = [w.lower() for w in words]
    assert governing(words, low, words.index("polnische"), load("de")) is None
    assert governing(words, low, words.index("Provinz"), load("de")) == "in"


def test_the_subject_of_such_a_relative_clause_acts():
    got = edges("Seit Tagen stehen Belarussen an der Front im russischen Gebiet Brjansk, in das die ukrainische "
                "Truppe zuvor eingedrungen war.", "de")
    assert ("ASSAULT", "Ukraine", "Russland") in got
    assert ("ASSAULT", "Belarus", "Russland") not in got


def _person(words: list[str], name: str) -> Mention:
    first = words.index(name.split()[0])
    return Mention(name, name, None, None, first, first + len(name.split()), "PER")


@pytest.mark.parametrize("sentence, name, expected", [
    ("Gestern traf er sich mit dem neuen Finanzminister Pelzer in Graz .", "Pelzer", "mit"),
    ("Am Abend sprach Bürgermeisterin Haas mit Vertretern .", "Haas", None),
    ("Die Gespräche mit Kanzlerin Kolbe dauerten lange .", "Kolbe", "mit"),
    ("Nach Angaben von Stadtrat Emil Hebenstreit fehlt Geld .", "Emil Hebenstreit", "von"),
    ("Er schrieb an Gärtner Pelzer einen Brief .", "Pelzer", "an"),
    ("Peter Pelzer kam spät .", "Pelzer", None),
])
def test_governing_mention_is_governing_at_the_title_start(sentence, name, expected):
    lex = lexicon.load("de")
    words = sentence.split()
    low = [w.lower() for w in words]
    m = _person(words, name)
    brute = prepositions.governing(words, low, frames.title_start(words, m, "de"), lex)
    assert prepositions.governing_mention(words, low, m, lex) == brute == expected


def test_the_morphology_is_not_asked_where_every_title_start_gives_one_answer(monkeypatch):
    lex = lexicon.load("de")
    asked = []
    monkeypatch.setattr(frames, "title_start", lambda *args: asked.append(args) or args[1].first)
    words = "Gestern sagte Bürgermeisterin Haas nichts .".split()  # no preposition before any start
    assert prepositions.governing_mention(words, [w.lower() for w in words], _person(words, "Haas"), lex) is None
    assert asked == []
    words = "Er sprach mit Bürgermeisterin Haas .".split()  # "mit" only before the title: title_start decides
    prepositions.governing_mention(words, [w.lower() for w in words], _person(words, "Haas"), lex)
    assert len(asked) == 1


@pytest.mark.parametrize("sentence, lang, name", [
    ("Finnische Einheiten betreiben über 30 schwedische Drohnen .", "de", "schwedische"),
    ("Die Miliz hält über zwanzig polnische Dörfer .", "de", "polnische"),
    ("The militia held over 400 Polish villages .", "en", "Polish"),
])
def test_a_comparison_before_a_number_governs_no_mention(sentence, lang, name):
    # "über 30" is "more than 30": no preposition of the country after it (preps.txt "comparison")
    words = sentence.split()
    low = [w.lower() for w in words]
    assert governing(words, low, words.index(name), load(lang)) is None


def test_the_same_word_before_an_article_still_governs():
    words = "Finnische Einheiten betreiben Drohnen über der schwedischen Küste .".split()
    low = [w.lower() for w in words]
    assert governing(words, low, words.index("schwedischen"), load("de")) == "über"


def test_holding_more_than_a_share_of_a_country_is_no_aid():
    # occupiers are no helpers: neither "kontrollieren"/"controlled" nor "über/over N" make the occupied a recipient
    assert edges("Die finnischen Truppen kontrollieren über 15 Prozent Schwedens.", "de") == set()
    assert edges("Die ungarischen Truppen kontrollieren fast 15 Prozent der Slowakei.", "de") == set()
    assert edges("Russian troops controlled over 18 percent of Ukraine.", "en") == set()


def test_weapons_operated_need_the_side_after_uber():
    assert edges("Finnische Einheiten betreiben über 30 schwedische Drohnen.", "de") == set()
    assert edges("Finnische Einheiten steuerten ihre Drohnen in Schweden.", "de") == set()
    assert edges("Finnische Einheiten steuerten Drohnen über Schweden.", "de") == {("MOBILIZE", "Finnland", "Schweden")}
