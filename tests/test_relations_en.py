"""English roles from the dependency parse (relations/roles_en.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment
from lagebild.relations import roles_en


def relations_of(text: str) -> list:
    doc = Doc(doc_id="t", text=text, lang="en")
    doc.tokens, doc.sents = segment(text, "en")
    doc = Relations("en")(Attributor("en")(_rules_only("en")(doc)))
    return doc.relations


def edges(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text)}


@pytest.mark.parametrize("text, expected", [
    # subject and "to" object
    ("North Korea sent rifles and rockets to Russia.", ("AID", "Nordkorea", "Russland")),
    # a passive with its agent
    ("The shells were delivered to Moscow by Pyongyang.", ("AID", "Nordkorea", "Russland")),
    # a possessive qualifying the subject
    ("North Korea's troops attacked Ukraine.", ("ASSAULT", "Nordkorea", "Ukraine")),
    # a nominal trigger: possessor acts, "to" object receives
    ("Pyongyang's supply of shells to Russia continued.", ("AID", "Nordkorea", "Russland")),
    # a nominal trigger: the country adjective of what is sent acts
    ("The deployment of North Korean troops to Russia worries Seoul.", ("AID", "Nordkorea", "Russland")),
    # a participle: its agent acts in the main clause's fight
    ("Troops sent by Pyongyang are fighting Ukraine.", ("ASSAULT", "Nordkorea", "Ukraine")),
    # a noun completing a copula: the copula's subject acts
    ("North Korea is the main supplier of artillery to Russia.", ("AID", "Nordkorea", "Russland")),
    # a subject pronoun repeats the subject of the clause that reports it
    ("North Korea admitted last week that it had deployed engineers to Russia.",
     ("AID", "Nordkorea", "Russland")),
])
def test_roles_from_the_parse(text, expected):
    assert expected in edges(text)


def test_a_noun_of_force_as_a_compound_or_after_a_passive_takes_the_verbs_subject():
    # "combat operations": the noun it qualifies completes the verb; "were involved in clashes": the passive's subject
    text = ("Russia attacked Ukraine. North Korea sent troops to Russia. North Korean forces were participating in "
            "combat operations. North Korean troops were involved in clashes near Kursk.")
    rels = [r for r in relations_of(text) if r.type == "ASSAULT" and r.actor == "Nordkorea"]
    assert sorted(r.predicate for r in rels) == ["clashes", "combat"]
    assert {r.recipient for r in rels} == {"Ukraine"}


def test_conjoined_subjects_of_a_mutual_type_are_one_relation():
    assert edges("Russia and North Korea signed a defence treaty.") == {("SUPPORT", "Russland", "Nordkorea")}


def test_a_noun_of_force_without_its_target_is_no_event():
    # "a Ukrainian offensive" describes: an event only against the opponent the document implies
    # (relations/implied.py), here none (the only other country is a reporting source)
    assert not [r for r in relations_of("Germany said a Ukrainian offensive began.")
                if r.type == "ASSAULT" and r.actor == "Ukraine"]
    rels = [r for r in relations_of("Russia moved units to counter a Ukrainian offensive.")
            if r.type == "ASSAULT" and r.actor == "Ukraine"]
    assert [(r.recipient, "opponent" in r.provenance) for r in rels] == [("Russland", True)]


def test_an_ally_is_no_recipient():
    assert edges("Belarusian mercenaries have been fighting on the side of Moscow for months.") == {("ASSAULT", "Belarus", None)}


def test_the_parse_is_reused_from_the_attribution_layer():
    doc = Doc(doc_id="t", text="North Korea sent 10,000 troops to Russia, officials said.", lang="en")
    doc.tokens, doc.sents = segment(doc.text, "en")
    doc = Attributor("en")(_rules_only("en")(doc))
    shared = doc.user_data.get(roles_en.SHARED)
    doc = Relations("en")(doc)
    assert [(r.actor, r.recipient) for r in doc.relations] == [("Nordkorea", "Russland")]
    if shared is not None and shared[0] is not None:
        assert doc.user_data[roles_en.KEY][0] is shared[0]


def test_object_control_gives_the_subject_of_the_complement():
    # "accused X of trying to": X tries, not the one who accuses
    assert ("ASSAULT", "Wladimir Putin", "Ukraine") in edges("Zelensky accused Putin of trying to attack Ukraine.")


def test_a_trigger_phrase_of_a_preposition_and_noun():
    assert edges("A convoy of Iranian engineers is en route to Russia.") == {("AID", "Iran", "Russland")}


def test_an_anaphor_acts_only_as_the_triggers_own_subject():
    rels = relations_of("John Kirby spoke on Monday. He said the soldiers traveled to Russia.")
    assert not [r for r in rels if r.actor == "John Kirby"]
    rels = relations_of("North Korea sent soldiers to Russia. The troops are fighting against Ukraine.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in {(r.type, r.actor, r.recipient) for r in rels}


def test_a_preposition_on_the_object_and_a_gerund_after_a_subordinator():
    assert ("SUPPORT", "Wladimir Putin", "Kim Jong-un") in edges(
        "Putin travelled to Pyongyang and signed a trade accord with Kim Jong Un.")
    assert ("SUPPORT", "Nordkorea", "Russland") in edges(
        "North Korea and Russia have expanded their trade since signing a border accord.")


def test_what_force_is_used_against_is_no_actor():
    assert not [r for r in relations_of("North Korean gunners helped to liberate the town from Ukrainian units.")
                if r.actor == "Ukraine"]


def test_of_two_subjects_the_one_next_to_the_verb():
    # a dateline place parsed as a second subject
    assert ("SUPPORT", "Wladimir Putin", "Kim Jong-un") in edges(
        "Moscow, (AP) President Vladimir Putin on Friday thanked Kim Jong Un in a letter.")


def test_the_count_of_a_second_passive_is_of_the_same_side():
    # "N were killed and M injured while fighting": the parse makes the count the subject of "injured"; the
    # fighters are the soldiers of the first passive
    got = edges("Officials said 60 Belarusian soldiers were killed and 35 injured while fighting beside Russian units.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == "Belarus"]


def test_forces_pushed_out_of_ground_are_attacked():
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Moscow is struggling to push Ukrainian troops out of Kursk.")
    assert edges("The old firm was pushed out of the market by a rival.") == set()


def test_shipping_is_a_flow_only_of_forces_or_military_goods():
    # trade shipped is no aid: "shipment(s)", "shipped" need an object of objects.txt in their clause
    assert not edges("China's shipments of rare earths to Japan were halted.")
    assert not edges("Brazil shipped soybeans to China last year.")
    assert ("AID", "Iran", "Russland") in edges("Iran shipped drones to Russia.")
    assert ("AID", "Iran", "Russland") in edges("The shipment of missiles from Iran to Russia was confirmed.")


def test_the_agent_of_a_noun_hung_on_the_name_before_it_still_acts():
    # the parser attaches "by Germany" to "Ukraine": it is the agent of the support all the same
    assert edges("The support for Ukraine by Germany continues.") == {("AID", "Deutschland", "Ukraine")}
    assert edges("The sanctions against Iran by the European Union remain.") == {
        ("SANCTION", "Europäische Union", "Iran")}
    # "by" of time or means names no one
    assert not edges("The aid to Ukraine by December will total billions.")


def test_two_speakers_who_say_they_acted_together_are_both_sides():
    # the second speaker is the recipient of the mutual act, though it reports it too
    assert ("SUPPORT", "Russland", "Nordkorea") in edges("Moscow and Pyongyang say they have strengthened ties.")
    assert ("COOPERATE", "Belarus", "Russland") in edges(
        "Belarus and Russia announced they would hold joint exercises in the autumn.")
    # a speaker of what a third party did stays out of it
    got = edges("Hungary and Austria say Serbia has strengthened ties with China.")
    assert ("SUPPORT", "Serbien", "China") in got
    assert not any(actor in ("Ungarn", "Österreich") for _, actor, _ in got)


def test_what_is_asked_from_a_side_is_asked_of_it() -> None:
    # "from" names the addressee of a request, but still the origin of what flows
    got = {(r.type, r.actor, r.recipient) for r in relations_of("Belarus demanded an apology from Poland.")}
    assert ("REQUEST", "Belarus", "Polen") in got
    got = {(r.type, r.actor, r.recipient) for r in relations_of("Iran sought support from the IMF for its budget.")}
    assert ("REQUEST", "Iran", "Internationaler Währungsfonds") in got
    got = {(r.type, r.actor, r.recipient) for r in relations_of("Belarus received drones from Iran.")}
    assert got == {("AID", "Iran", "Belarus")}
    assert not {r for r in relations_of("The striker sought help from a physio in Spain.")}


def test_a_clause_hung_on_a_noun_is_no_participle():
    # "has reports that ... are being readied": the parser makes the clause an "acl" of "reports"; with a subject of
    # its own it states an event, unlike "soldiers readied for war" (a participle describing the soldiers)
    got = edges("Warsaw has reports that 2,000 troops from Iran have been readied to join Syrian forces.")
    assert ("MOBILIZE", "Iran", "Syrien") in got


@pytest.mark.parametrize("text, expected", [
    ("Spain leased two transport aircraft to Portugal.", {("AID", "Spanien", "Portugal")}),
    ("Spain lent Portugal three tanks.", {("AID", "Spanien", "Portugal")}),
    ("Italy is lending four jets to Greece.", {("AID", "Italien", "Griechenland")}),
    ("Spain has loaned three howitzers to Portugal.", {("AID", "Spanien", "Portugal")}),
    # no forces or goods lent: no flow
    ("Germany lent its support to France.", set()),
    ("The firm leased office space to a bank in Madrid.", set()),
])
def test_lending_forces_or_goods_is_aid(text, expected):
    assert {e for e in edges(text) if e[0] == "AID"} == expected


def test_a_noun_of_lending_names_no_giver():
    # the critic is no lender: only the verb forms of lending are triggers
    assert ("AID", "Russland", "Polen") not in edges("The loan of tanks to Poland was criticised by Russia.")


def test_the_possessor_of_a_suppliers_noun_is_the_one_supplied():
    assert ("AID", "Nordkorea", "Russland") in edges("North Korea remains Russia's biggest supplier of shells.")
    assert ("AID", "Iran", "Russland") in edges("Iran is Russia's main provider of drones.")
    # the possessor of the flow's own noun gives, as before
    assert ("AID", "Nordkorea", "Russland") in edges("Pyongyang's supply of shells to Russia continued.")
