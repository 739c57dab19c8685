"""The look-ups that let the relation rules skip what cannot match (relations/lexicon.py, anaphora.py,
mentions.py, frames.py, extract.py) give what trying every pattern at every word gives."""

from __future__ import annotations

import pytest

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations import anaphora, frames, lexicon, mentions
from lagebild.relations.extract import _next_start
from tests.relations_text import edges

WORDS = {
    "de": ("geschickt", "schickte", "haus", "drohnen", "droht", "zur", "verfügung", "land", "das", "beiden",
           "polizei", "kursk", "angriff", "gestern", "besuchte", "sagte", "regierung", "er", "sie"),
    "en": ("sent", "send", "house", "attacked", "the", "country", "both", "police", "met", "said", "troops"),
}


def _brute_starting(lex: lexicon.RelationLexicon, word: str) -> list[lexicon.Trigger]:
    """triggers_at's candidates as every line is tried: a "-" line cancels the lines above it for its words."""
    cut = max((at for at, p in lex.not_triggers if p.fullmatch(word)), default=0)
    return [t for t in lex.triggers[cut:] if t.words[0].fullmatch(word)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_trigger_candidates_are_those_of_every_line(lang):
    lex = lexicon.load(lang)
    hits = 0
    for word in WORDS[lang]:
        assert lex.starting(word) == _brute_starting(lex, word), word
        assert bool(lex.any_first().fullmatch(word)) == any(t.words[0].fullmatch(word) for t in lex.triggers)
        hits += bool(lex.starting(word))
    assert hits >= 2  # the word lists hold triggers, not only other words


def test_a_no_trigger_line_still_cancels_its_words():
    lex = lexicon.load("de")
    # "drohnen" matches the pattern of a threat (droh\w*) but a "-" line says it is none
    assert any(t.words[0].fullmatch("drohnen") for t in lex.triggers)
    assert lex.starting("drohnen") == _brute_starting(lex, "drohnen")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_anaphor_index_keeps_every_phrase_in_file_order(lang):
    lex = lexicon.load(lang)
    index = lex.anaphor_index()
    assert sum(len(rows) for rows in index.values()) == len(lex.anaphors)
    for word, rows in index.items():
        assert list(rows) == [(p, k) for p, k in lex.anaphors if p[0] == word]


def test_anaphors_found_through_the_index():
    lex = lexicon.load("de")
    words = "Das abgeschottete kommunistische Land schickte Granaten , sagte er .".split()
    low = [w.lower() for w in words]
    assert anaphora.find(words, low, lex) == [(0, 4, "country")]
    assert lex.anaphor_in(low, 7, 9) == "person"
    assert lex.anaphor_in(low, 7, 20) == "person"  # bounds past the sentence's end are no error


def test_place_firsts_are_the_first_words_of_place_names():
    lex = lexicon.load("de")
    assert lex.place_firsts() == {name[0] for name in lex.places}
    assert "Kursk" in lex.place_firsts()


def test_group_prefilter_agrees_with_every_pattern():
    rows = mentions._group_lexicon("de")[0]
    for word in ("Polizei", "Haus", "Demonstranten", "Regierung", "Armee", "Wetter"):
        brute = next((c for p, c in rows if p.fullmatch(word.lower())), None)
        assert mentions.group_of(word, "de") == brute, word
    assert mentions.group_of("Polizei", "de") is not None
    assert mentions._demonym_lasts(gazetteer("de")) == {key[-1] for key in mentions._demonyms(gazetteer("de"))}


def test_frames_may_start_only_where_a_frame_does():
    rows = frames._frames("de")
    for word in ("reden", "befassen", "haus", "und"):
        assert frames.may_start("de", word) == any(t.words[0].fullmatch(word) for t, _ in rows)


def test_next_start():
    assert _next_start([2, 5, 9], 0, 12) == 2
    assert _next_start([2, 5, 9], 5, 12) == 5
    assert _next_start([2, 5, 9], 6, 12) == 9
    assert _next_start([2, 5, 9], 10, 12) == 12
    assert _next_start([], 0, 4) == 4


def test_a_sentence_without_a_trigger_still_names_the_country_an_anaphor_means():
    # the middle sentence holds no trigger (skipped by the rules) but is the last to name a country
    text = "Die Pläne in Minsk sind bekannt. Serbien meldete schönes Wetter. Das Land schickte Soldaten nach Russland."
    assert edges(text, "de") == {("AID", "Serbien", "Russland")}
    assert edges(text.replace("Serbien meldete schönes Wetter. ", ""), "de") == {("AID", "Belarus", "Russland")}


def test_any_of_joins_patterns_and_falls_back_to_matching_all():
    import re

    joined = lexicon.any_of([re.compile(r"ab\w*"), re.compile("cd|ef")])
    assert joined.fullmatch("abx") and joined.fullmatch("ef")
    assert not joined.fullmatch("c") and not joined.fullmatch("xab")
    assert not lexicon.any_of([]).fullmatch("ab")
    # a global flag inside a branch cannot be joined: the joined test lets every word through to the lines
    assert lexicon.any_of([re.compile("ab"), re.compile("(?i)cd")]).fullmatch("zz")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_anaphor_nouns_are_the_last_words_of_the_resolved_phrases(lang):
    lex = lexicon.load(lang)
    nouns = anaphora._nouns(lex.anaphor_index())
    assert nouns == {p[-1] for p, kind in lex.anaphors if kind in anaphora.RESOLVED}
    assert ("land" if lang == "de" else "country") in nouns


def test_a_sentence_without_an_anaphor_noun_is_not_walked(monkeypatch):
    lex = lexicon.load("de")
    words = "Das neue Haus der Familie Huber steht leer .".split()
    calls = []
    monkeypatch.setattr(anaphora, "_match", lambda *args: calls.append(args))
    assert anaphora.find(words, [w.lower() for w in words], lex) == [] and calls == []


def test_group_words_are_remembered_per_word_form():
    may = mentions._may_group("de")
    for word in ("Polizei", "US-Streitkräfte", "Tisch", "polizei"):
        expected = "-" in word[1:] or mentions.group_of(word, "de") is not None
        assert (may[word] if word in may else mentions._may_group_word(may, word, "de")) is expected
        assert may[word] is expected
    assert may["Polizei"] and may["US-Streitkräfte"] and not may["Tisch"] and not may["polizei"]


def test_deferred_sentences_are_taken_in_when_read_and_in_text_order():
    eager, lazy = anaphora.Memory(), anaphora.Memory()
    calls = []
    sentences = [([("Serbien", 0, 1), ("Kroatien", 2, 3)], ["serbien", "und", "kroatien"]),
                 ([], ["es", "regnete"]),
                 ([("Chile", 1, 2)], ["in", "chile"])]
    for n, (names, low) in enumerate(sentences):
        eager.note(names, low)
        if n == 1:
            lazy.note(names, low)
        else:
            lazy.defer(lambda names=names, low=low: calls.append(names) or (names, low))
    assert calls == []  # nothing asked yet: no mentions looked for
    assert lazy.pair() == eager.pair() == ("Serbien", "Kroatien")
    assert lazy.country({"Chile"}) == eager.country({"Chile"}) == "Kroatien"
    assert lazy.country(set()) == eager.country(set()) == "Chile"
    assert calls == [sentences[0][0], sentences[2][0]]  # each once, in text order
    assert lazy.countries == eager.countries == ["Serbien", "Kroatien", "Chile"]


def test_mentions_of_sentences_without_a_trigger_are_looked_for_only_when_a_description_asks(monkeypatch):
    from tests.relations_text import record_mentions

    calls = record_mentions(monkeypatch)
    quiet = "Chile hatte Regen. Serbien meldete schönes Wetter. Ungarn schickte Soldaten nach Russland."
    assert edges(quiet, "de") == {("AID", "Ungarn", "Russland")}
    assert calls == [2]  # the two sentences without a trigger are never read
    calls.clear()
    asked = quiet.replace("Ungarn", "Das Land")
    assert edges(asked, "de") == {("AID", "Serbien", "Russland")}
    assert sorted(calls) == [0, 1, 2]  # "Das Land" asks which country was named last
