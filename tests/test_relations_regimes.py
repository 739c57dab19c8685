"""A government named by whose it is (relations/regimes.py): "Kims Regime", "das Regime in Minsk"."""

from __future__ import annotations

from lagebild.relations import regimes
from lagebild.relations.mentions import Mention
from tests.relations_text import attributed, edges


def test_the_owner_in_the_genitive_before_the_noun():
    words = "Moskaus engster Partner".split()
    owner = Mention("Russland", "Moskaus", 0, 7, 0, 1, "LOC")
    assert regimes.possessor(words, [owner], 2, "de") is owner
    # a noun between is no adjective: "Moskau liefert Panzer" owns nothing
    words = "Moskaus Panzer Partner".split()
    assert regimes.possessor(words, [owner], 2, "de") is None
    words = ["Russia", "'s", "closest", "ally"]
    assert regimes.possessor(words, [Mention("Russland", "Russia", 0, 6, 0, 1, "LOC")], 3, "en") is not None


def test_a_regime_is_the_state_of_its_owner_and_the_owner_no_actor_of_its_own():
    assert edges("Belarus und Russland rücken zusammen. Das Regime in Minsk schickt Russland Panzer.", "de") >= {
        ("AID", "Belarus", "Russland")}
    got = edges("Kim Jong-un testete Raketen. Kims Regime schickt Russland Panzer.", "de")
    assert ("AID", "Nordkorea", "Russland") in got and not {e for e in got if e[1] == "Kim Jong-un"}
    assert ("AID", "Nordkorea", "Russland") in edges(
        "Kim Jong-un testete Raketen. Die Kim-Diktatur schickt Russland Panzer.", "de")


def test_an_owner_of_no_known_state_leaves_the_noun_alone():
    doc = attributed("Die Firma Novak liefert Teile. Das Novak-Regime im Betrieb wurde kritisiert.", "de")
    assert regimes.name_state(doc, "Novak", _gaz()) is None


def _gaz():
    from lagebild.entities.gazetteer import gazetteer

    return gazetteer("de")


def test_the_owned_nouns_follow_the_lexicon_and_their_cache_stays_small():
    from dataclasses import replace

    from lagebild.relations.lexicon import load

    lex = load("de")
    assert "regime" in regimes.nouns(lex)
    for n in range(20):  # lexicons built and thrown away (tests, reloads) do not pile up
        own = replace(lex, anaphors=((("junta" + str(n),), "owned"),))
        assert regimes.nouns(own) == {"junta" + str(n)}
    assert regimes._owned_nouns.cache_info().currsize <= 8


def test_an_english_owner_of_several_words_whose_office_has_a_two_word_adjective():
    # the gazetteer's "North Korean leader" names the state in two words: the regime is that state's
    got = edges("Kim Jong Un's regime shipped rockets to Russia.", "en")
    assert ("AID", "Nordkorea", "Russland") in got and not {e for e in got if e[1] == "Kim Jong-un"}
