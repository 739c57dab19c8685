"""Implicit flows: relying on or using another side's goods or forces (relations/reliance.py)."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_relying_on_another_sides_weapons_is_aid_from_the_maker():
    got = edges("Moskaus Artillerie verlässt sich seit Monaten auf nordkoreanische Granaten.")
    assert (0, "AID", "Nordkorea", "Russland") in got
    assert (0, "AID", "Nordkorea", "Russland") in edges("Russland ist auf Granaten aus Nordkorea angewiesen.")


def test_falling_back_on_foreign_soldiers_names_the_receiver_of_the_clause():
    got = edges("Russland braucht Truppen, also liegt das Zurückgreifen auf belarussische Pioniere nahe.")
    assert (0, "AID", "Belarus", "Russland") in got


def test_no_flow_without_a_giver_or_without_goods():
    assert not edges("Serbien ist inzwischen dringend auf Granaten angewiesen.")
    assert not edges("Die russischen Truppen verließen das Dorf am Morgen.")
    assert not [e for e in edges("Die Ukraine kann sich auf die USA verlassen.") if e[1] == "AID"]
    assert not [e for e in edges("Putin hat die Regierung angewiesen, Gespräche vorzubereiten.") if e[1] == "AID"]


def test_the_giver_in_the_attribute_of_the_flow_itself():
    got = edges("Russland hat die von Nordkorea gelieferte Munition gegen Kiew eingesetzt.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_an_attribute_of_another_noun_still_gives_nothing():
    got = edges("Belarussische Einheiten sollen die von der Ukraine gehaltenen Dörfer zurückerobern.")
    assert not [e for e in got if e[1] == "AID" and e[2] == "Ukraine"]


def test_a_pact_providing_for_help_is_cooperation_between_its_parties():
    got = edges("Belarus und Iran haben ein Abkommen geschlossen, das im Ernstfall militärische Hilfe "
                "vorsieht.")
    assert (0, "COOPERATE", "Belarus", "Iran") in got
    assert (0, "SUPPORT", "Belarus", "Iran") in got


def test_a_provision_without_help_is_no_event():
    assert not edges("Der Plan sieht vor, dass Russland und Nordkorea zusammen üben.")


def test_an_attribute_of_a_helped_group_names_no_flow_to_another_actor():
    got = edges("Gedeckt durch die Artillerie der Russen marschieren die von der Türkei unterstützten Milizen.")
    assert not [e for e in got if e[1] == "AID" and e[2] == "Türkei"]
