"""Descriptions of countries (relations/anaphora.py): when a person named after "das Land" qualifies it."""

from __future__ import annotations

from lagebild.relations.anaphora import qualifies_person
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def _person(first: int, last: int) -> Mention:
    return Mention("X", "X", 0, 1, first, last, "PER")


def test_a_person_right_after_the_description_qualifies_it():
    # "the country's ruler Kim": the person, not the country, is the subject
    words = "the country 's ruler Kim spoke".split()
    assert qualifies_person(words, [_person(4, 5)], 2)


def test_a_name_in_the_genitive_before_its_own_noun_does_not():
    words = "soll das Land Putins Truppen helfen".split()
    assert not qualifies_person(words, [_person(3, 4)], 3)
    assert edges("Belarus ist ein Helfer des russischen Krieges. Das Land soll Putins Truppen mit Soldaten helfen.",
                 "de") & {("AID", "Belarus", "Wladimir Putin"), ("AID", "Belarus", "Russland")}


def test_a_name_ending_in_s_itself_is_no_genitive():
    # "das Land ... Alexis Tsipras Regierung": the canonical name ends in "s", so the "s" is no genitive ending
    words = "das Land Premier Tsipras Regierung".split()
    assert qualifies_person(words, [Mention("Alexis Tsipras", "Tsipras", 0, 1, 3, 4, "PER")], 2)
    assert not qualifies_person(words, [Mention("Alexis Tsipra", "Tsipras", 0, 1, 3, 4, "PER")], 2)


def test_the_first_coordinated_pair_is_looked_for_only_when_a_pair_is_asked_for_and_once():
    from lagebild.relations.anaphora import Memory

    calls = []
    memory = Memory(find_ahead=lambda: calls.append(1) or ("Chile", "Peru"))
    memory.note([("Chile", 0, 1)], ["chile", "regnet"])
    assert memory.country(set()) == "Chile" and calls == []  # a single country never asks for the pair
    assert memory.pair() == ("Chile", "Peru") and memory.pair() == ("Chile", "Peru") and calls == [1]
    memory.note([("Serbien", 0, 1), ("Ungarn", 2, 3)], ["serbien", "und", "ungarn"])
    assert memory.pair() == ("Serbien", "Ungarn")  # a pair the text coordinates before comes first
    assert Memory(find_ahead=lambda: None).pair() is None


def test_a_pair_phrase_takes_up_the_two_states_its_own_sentence_named_before_it():
    from lagebild.entities.gazetteer import gazetteer
    from lagebild.relations.anaphora import sentence_pair
    from lagebild.relations.mentions import Mention

    gaz = gazetteer("de")

    def loc(name: str, first: int) -> Mention:
        return Mention(name, name, 0, 0, first, first + 1, "LOC")

    # "Man weiß, dass Riga Tallinn Waffen verkaufte und die zwei Regime ..." (phrase at word 8): Lettland, Estland
    assert sentence_pair([loc("Lettland", 3), loc("Estland", 4)], 8, gaz) == ("Lettland", "Estland")
    assert sentence_pair([loc("Lettland", 3)], 8, gaz) is None  # one state: the text's pair is meant
    assert sentence_pair([loc("Lettland", 3), loc("Estland", 9)], 8, gaz) is None  # named after the phrase
    # the text coordinated another pair before; the sentence's own two states are the ones meant
    text = ("Polen und Litauen üben zusammen. "
            "Man weiß, dass Estland Lettland Munition lieferte und die beiden Regime einen Pakt unterzeichneten.")
    assert ("SUPPORT", "Estland", "Lettland") in edges(text, "de")


def test_the_last_words_of_anaphor_indexes_are_remembered_for_a_few_indexes_only():
    from lagebild.relations import anaphora

    indexes = [{"land": ((("das", "land" + str(n)), "country"),)} for n in range(20)]
    for index in indexes:  # indexes built and thrown away (tests, reloads) do not pile up
        assert anaphora._nouns(index) == {"land" + str(indexes.index(index))}
    assert len(anaphora._NOUNS) <= anaphora.NOUNS_KEPT
