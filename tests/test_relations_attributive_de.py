"""A German trigger as an attributive participle with a "vom"/"von" agent (relations/attributive_de.py); sentences
written for these tests."""

from __future__ import annotations

from lagebild.relations import attributive_de
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def test_the_noun_a_participle_describes_is_found_after_its_adjectives():
    iran = Mention("Iran", "Iran", 8, 12, 2, 3, "LOC")
    words = ["Die", "vom", "Iran", "finanzierten", "radikalen", "Milizen", "kämpfen"]
    assert attributive_de.described_noun(words, [w.lower() for w in words], 3, 1, [iran]) == 5
    # "von" opening the noun phrase, no agent before the participle
    words = ["die", "Rede", "von", "acht", "getöteten", "Touristen", "aus", "Iran"]
    iran = Mention("Iran", "Iran", 40, 44, 7, 8, "LOC")
    assert attributive_de.described_noun(words, [w.lower() for w in words], 4, 1, [iran]) is None


def test_a_name_after_the_described_noun_is_no_recipient_of_the_participle():
    # the backed group, no name, is the subject of the attack; the attacked state receives no help
    assert edges("Die vom Irak unterstützten Huthi-Milizen beschossen am Dienstag Jordanien.", "de") == set()
    assert edges("Die vom Iran unterstützten Rebellen beschossen Jordanien.", "de") == {
        ("AID", "Iran", "Rebellen"), ("ASSAULT", "Rebellen", "Jordanien")}


def test_the_agent_after_vom_supports_and_goods_flow_on():
    assert ("AID", "Iran", "Rebellen") in edges("Jordanien griff die vom Iran unterstützten Rebellen an.", "de")
    # goods or forces (objects.txt) reach whoever the sentence names
    assert ("AID", "Nordkorea", "Russland") in edges(
        "Russland setzte von Nordkorea gelieferte Granaten gegen die Ukraine ein.", "de")
    # after the trigger the agent is what it acts on, as before
    assert edges("Jordanien kritisierte die vom Iran finanzierten Angriffe auf Israel.", "de") == {
        ("ACCUSE", "Jordanien", "Iran")}
