"""The German passive (relations/passives_de.py): when a participle is one, and who its agents are."""

from __future__ import annotations

from lagebild.relations import passives_de
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def test_late_participle_needs_the_participle_at_the_clause_end():
    low = "die opposition wird die regierung kritisieren .".split()
    assert not passives_de.late_participle(low, 5, 1, 0)
    low = "die regierung wurde am montag scharf kritisiert .".split()
    assert passives_de.late_participle(low, 6, 1, 0)
    low = "er wurde präsident und kritisierte russland .".split()
    assert not passives_de.late_participle(low, 4, 1, 0)


def test_names_joined_in_the_agent_phrase_join_no_second_verb():
    low = "litauen wurde von polen und lettland scharf kritisiert .".split()
    assert passives_de.late_participle(low, 7, 1, 0)
    low = "sie wurde ministerin und kritisiert lettland .".split()
    assert not passives_de.late_participle(low, 4, 1, 0)


def test_each_joined_agent_acts_and_none_receives():
    got = edges("Litauen wurde von Polen und Lettland scharf kritisiert.", "de")
    assert ("ACCUSE", "Polen", "Litauen") in got
    assert ("ACCUSE", "Lettland", "Litauen") in got
    assert not any(recipient in ("Polen", "Lettland") for _, _, recipient in got)


def test_joined_agents_of_an_attack_after_a_month():
    got = edges("Georgien wurde im Juni von Russland und Armenien angegriffen.", "de")
    assert {actor for kind, actor, recipient in got if kind == "ASSAULT" and recipient == "Georgien"} == \
        {"Russland", "Armenien"}


def test_a_name_after_the_agent_phrase_is_not_joined():
    got = edges("Estland wurde von Finnland kritisiert und Schweden schwieg.", "de")
    assert ("ACCUSE", "Finnland", "Estland") in got
    assert not any(actor == "Schweden" for _, actor, _ in got)


def test_a_title_between_von_and_the_name_keeps_the_agent():
    assert ("ACCUSE", "Joe Biden", "Polen") in edges("Polen wurde vom amerikanischen Präsidenten Joe Biden kritisiert.", "de")
    assert ("ASSAULT", "Hamas", "Israel") in edges("Israel wurde im Oktober von der Terrororganisation Hamas angegriffen.", "de")
    # "von" after a noun belongs to the noun, also with a title: the visitor signs nothing here
    assert not any(actor == "Joe Biden" for _, actor, _ in edges(
        "Der Vertrag wurde während des Besuchs von Präsident Joe Biden in Kiew unterzeichnet.", "de"))


def test_a_participle_without_ge_after_wurde_is_a_passive():
    assert ("CONSULT", "Joe Biden", "Recep Tayyip Erdoğan") in edges(
        "Erdogan wurde von Präsident Joe Biden in Washington empfangen.", "de")
    low = "kim wird putin in moskau empfangen .".split()
    assert not passives_de.late_participle(low, 5, 1, 0)  # a future: the infinitive
    low = "kim wurde in moskau empfangen .".split()
    assert passives_de.late_participle(low, 4, 1, 0)


def test_a_passive_speech_act_with_its_agent_stands_alone_as_the_active_does():
    assert edges("Der Plan wurde von Joe Biden kritisiert.", "de") == {("ACCUSE", "Joe Biden", None)}
    assert edges("Mehr Geld wurde von der EU-Kommission gefordert.", "de") == {("REQUEST", "EU-Kommission", None)}
    # without an agent the subject is asked, not asking
    assert not edges("Das Ministerium wurde um eine Auskunft gebeten.", "de")


def test_the_agent_of_a_passive_relative_clause_acts_only_there():
    got = edges("Die Ukraine, die von Russland angegriffen wurde, bittet um Hilfe.", "de")
    assert got == {("ASSAULT", "Russland", "Ukraine")}
    assert relative_agent_of("Moldau, die von Rumänien unterstützt wird, bittet um Hilfe.", "Rumänien")


def relative_agent_of(text: str, name: str) -> bool:
    words = text.replace(",", " ,").replace(".", " .").split()
    at = words.index(name)
    return passives_de.relative_agent(words, Mention(name, name, 0, 0, at, at + 1, "LOC"), 2, words.index(",", 2))


def test_the_origin_of_forces_that_suffer_the_act_is_the_side_attacked():
    assert ("ASSAULT", "Türkei", "Syrien") in edges("Kämpfer aus Syrien wurden von der türkischen Armee getötet.", "de")
    assert edges("Soldaten aus Nordkorea wurden von der Ukraine in Kursk angegriffen.", "de") == {
        ("ASSAULT", "Ukraine", "Nordkorea")}
    # without an agent no one acts, as for "nordkoreanische Soldaten wurden getötet"
    assert not edges("Truppen von Nordkorea wurden bei Kursk getötet.", "de")


def test_forces_moved_and_weapons_used_keep_their_origin_acting():
    assert ("AID", "Nordkorea", "Russland") in edges("Soldaten aus Nordkorea wurden nach Russland verlegt.", "de")
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Die Ukraine wurde mit Drohnen aus dem Iran angegriffen.", "de")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges("Die Ukraine wurde mit Soldaten aus Nordkorea angegriffen.", "de")


def test_the_origin_of_the_agents_forces_acts():
    assert ("ASSAULT", "Spanien", "Portugal") in edges("Portugal wurde von Soldaten aus Spanien angegriffen.", "de")


def test_a_german_name_that_lower_cases_to_an_english_auxiliary_makes_no_passive():
    # "IS" lower-cased is "is": an English auxiliary, none in German, so the militia acts and is attacked
    assert passives_de.PASSIVE["en"] >= {"is", "are"} and not {"is", "are"} & passives_de.PASSIVE["de"]
    assert edges("Der IS griff am Montag die Türkei an.", "de") == {("ASSAULT", "IS", "Türkei")}
    assert edges("Die Türkei hat den IS angegriffen.", "de") == {("ASSAULT", "Türkei", "IS")}
    # a German passive stays one: the subject receives, no one acts
    assert edges("Die Türkei wurde angegriffen.", "de") == set()


def test_a_name_after_was_is_the_subject_of_its_clause():
    got = edges("Norwegen schickte Soldaten nach Estland, was Russland prompt kritisierte.", "de")
    assert ("AID", "Norwegen", "Estland") in got
    assert any(kind == "ACCUSE" and actor == "Russland" for kind, actor, _ in got)


def test_was_with_no_name_before_the_trigger_opens_a_clause_without_actor():
    low = "schweden half litauen , was weltweit empörung auslöste .".split()
    assert passives_de.unnamed_relative(low, 7, [], 0)
    named = Mention("Belarus", "Belarus", None, None, 6, 7, "LOC")
    low = "schweden half litauen , was prompt belarus kritisierte .".split()
    assert not passives_de.unnamed_relative(low, 7, [named], 0)
    low = "polen kritisierte , was litauen sagte .".split()
    assert not passives_de.unnamed_relative(low, 1, [], 0)  # a "was" after the trigger opens no clause on it
