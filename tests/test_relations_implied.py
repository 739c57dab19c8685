"""The opponent a fight implies (relations/implied.py); sentences written for these tests."""

from __future__ import annotations

from collections import Counter

from lagebild.entities.gazetteer import gazetteer
from lagebild.model import Relation
from lagebild.relations import implied
from lagebild.relations.mentions import Mention
from tests.relations_text import edges, relations_of


def test_a_fight_without_a_named_opponent_takes_the_one_of_the_document():
    rels = relations_of("Russia attacked Ukraine in 2022. North Korea sent troops to Russia. "
                        "North Korean soldiers are now fighting in Kursk.")
    fight = next(r for r in rels if r.type == "ASSAULT" and r.actor == "Nordkorea")
    assert fight.recipient == "Ukraine"
    assert "opponent" in fight.provenance
    assert fight.recipient_start is None  # implied: no span in the sentence


def test_an_actor_without_a_side_between_two_warring_countries_gets_no_opponent():
    rels = relations_of("Russia attacked Ukraine in 2022. North Korean soldiers are now fighting in Kursk.")
    assert [r.recipient for r in rels if r.type == "ASSAULT" and r.actor == "Nordkorea"] == [None]


def test_a_fight_for_a_side_is_against_its_opponent_and_no_aid():
    got = edges("Russia attacked Ukraine in 2022. North Korean soldiers are fighting for Russia.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in got
    assert ("AID", "Nordkorea", "Russland") not in got


def test_a_describing_participle_is_an_event_only_with_an_implied_opponent():
    # no opponent in the document: "soldiers fighting alongside Russian troops" names no event
    assert not [r for r in relations_of("Three North Korean sappers fighting alongside Russian units were filmed.")
                if r.type == "ASSAULT"]
    got = edges("Russia attacked Ukraine. Three North Korean sappers fighting alongside Russian units were filmed.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in got


def test_the_opponent_is_never_a_partner_nor_the_actor():
    got = edges("North Korea sent troops to Russia. North Korean soldiers are fighting near Kursk.")
    assert ("ASSAULT", "Nordkorea", "Russland") not in got
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] == e[2]]


def test_the_ally_of_a_side_at_war_with_a_third_is_no_opponent():
    # "fighting for Russia against Ukraine" (no fight of a party of its own: a pardon) puts Russia at war with
    # Ukraine; Belarusian troops in clashes in a Russian region, with a partner elsewhere, fight no one named
    pardon = "Kyiv pardons Belarusian deserters caught fighting for Russia against Ukraine. "
    tail = "China and Belarus deepened their cooperation. Belarusian troops were engaged in skirmishes in Kursk Oblast."
    # (taking part in skirmishes is a fight of its own: kept, with no opponent)
    assert [e[2] for e in edges(pardon + tail) if e[0] == "ASSAULT" and e[1] == "Belarus"] == [None]
    assert [e[2] for e in edges("Russia attacked Ukraine. " + tail) if e[0] == "ASSAULT" and e[1] == "Belarus"] == [None]
    # without a war in the document the place's country stays the opponent ("Kyiv began an offensive in Kursk")
    assert ("ASSAULT", "Belarus", "Russland") in edges(tail)
    at_war = {"Weißrussland": Counter({"Polen": 1}), "Polen": Counter({"Weißrussland": 1})}
    name, _ = implied.opponent("Lettland", at_war, {"Lettland": {"Estland"}}, Counter({"Weißrussland": 2}),
                               Counter({"Polen": 1}), {}, where={"Weißrussland"})
    assert name is None
    # the third side the actor's partner: the place's country is the opponent
    name, _ = implied.opponent("Lettland", at_war, {"Lettland": {"Polen"}}, Counter(), Counter(), {},
                               where={"Weißrussland"})
    assert name == "Weißrussland"


def test_of_the_other_side_the_party_its_helpers_help():
    # a Ukrainian offensive in a text on North Korean aid to Russia: against Russia
    partners = {"Nordkorea": {"Russland"}, "Russland": {"Nordkorea"}}
    name, _ = implied.opponent("Ukraine", {}, partners, Counter({"Nordkorea": 3, "Ukraine": 2}), Counter(),
                               {"Nordkorea": Counter({"Russland": 2})})
    assert name == "Russland"
    # a named enemy comes first
    name, side = implied.opponent("Ukraine", {"Ukraine": Counter({"Nordkorea": 1})}, partners, Counter(),
                                  Counter(), {"Nordkorea": Counter({"Russland": 2})})
    assert (name, side) == ("Nordkorea", "Ukraine")


def test_german_keeps_the_aid_for_the_side_fought_for():
    helped = [Mention("Russland", "Russland", 0, 8, 3, 4, "LOC")]
    assert implied.ally(helped, "ASSAULT", "de") == (None, helped)
    assert implied.ally(helped, "ASSAULT", "en") == ("Russland", [])


def _rel(kind: str, actor: str, recipient: str | None, sentence: int) -> Relation:
    return Relation(type=kind, mode=None, context=[], actor=actor, actor_text=actor, recipient=recipient,
                    recipient_text=recipient, predicate="x", sentence=sentence, provenance="rule:test")


def test_aid_to_the_enemy_goes_to_the_actors_partner_or_is_dropped():
    gaz = gazetteer("de")
    rels = [_rel("AID", "Nordkorea", "Russland", 0), _rel("ASSAULT", "Nordkorea", "Ukraine", 1),
            _rel("AID", "Nordkorea", "Ukraine", 2),  # "troops sent to Ukraine": the war zone
            _rel("AID", "Nordkorea", "Ukraine", 0), _rel("AID", "Russland", "Ukraine", 3)]
    out = implied.enemy_aid(rels, gaz)
    got = [(r.sentence, r.actor, r.recipient) for r in out]
    # sentence 2 -> Russland; sentence 0 has that flow already; Russland aids no one else and is not
    # shown fighting Ukraine here, so its aid stays
    assert got == [(0, "Nordkorea", "Russland"), (1, "Nordkorea", "Ukraine"), (2, "Nordkorea", "Russland"),
                   (3, "Russland", "Ukraine")]
    assert "not the opponent Ukraine" in out[2].provenance
    # cooperating more than fighting: partners, the aid stays
    rels = [_rel("AID", "Nordkorea", "Ukraine", 0), _rel("ASSAULT", "Nordkorea", "Ukraine", 1),
            _rel("COOPERATE", "Nordkorea", "Ukraine", 2), _rel("SUPPORT", "Ukraine", "Nordkorea", 3)]
    assert len(implied.enemy_aid(rels, gaz)) == 4


def test_a_country_the_fights_own_sentence_names_comes_before_the_documents():
    text = ("Russia attacked Ukraine in 2022. North Korea sent troops to Russia. "
            "Ukrainian commanders described heavy clashes with North Korean soldiers.")
    fights = [r for r in relations_of(text) if r.type == "ASSAULT" and r.actor == "Ukraine"]
    assert [(r.predicate, r.recipient) for r in fights] == [("clashes", "Nordkorea")]
    assert "in its sentence" in fights[0].provenance


def test_forces_a_side_uses_are_its_own_not_its_opponent():
    # "used by Belarus", "is using ... troops": the forces' country fights on the user's side
    for text in ("Serbian soldiers will be used by Minsk in attacks on towns.",
                 "Belarus is now using Serbian soldiers in its assaults."):
        assert not [e for e in edges(text) if e[0] == "ASSAULT" and e[2] == "Serbien"], text
    got = edges("Belarus attacked Poland in May. Serbian soldiers will be used by Minsk in night attacks.")
    assert ("ASSAULT", "Belarus", "Serbien") not in got
    assert ("ASSAULT", "Belarus", "Polen") in got


def test_forces_attacked_by_a_side_stay_its_opponent():
    got = edges("Serbian troops were attacked by Belarus in assaults.")
    assert ("ASSAULT", "Belarus", "Serbien") in got
    # what is used is the drones; the soldiers after them are the other side
    got = edges("Serbia attacked Belarus in May. Belarus is using drones on Serbian soldiers in its assaults.")
    assert ("ASSAULT", "Belarus", "Serbien") in got
