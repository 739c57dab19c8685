"""Goods named by their maker's adjective and flows given in exchange (relations/exchange.py)."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_goods_received_are_given_by_their_makers_country():
    assert (0, "AID", "Russland", "Nordkorea") in edges("Nordkorea bekommt nun moderne russische Kampfflugzeuge.")
    assert (0, "AID", "Nordkorea", "Russland") in edges("Die russischen Streitkräfte haben nordkoreanische Raketen erhalten.")


def test_forces_with_an_adjective_are_receivers_not_givers():
    got = edges("Die russischen Truppen erhielten zuletzt Munition aus Nordkorea.")
    assert (0, "AID", "Nordkorea", "Russland") in got
    assert (0, "AID", "Russland", "Nordkorea") not in got


def test_an_exchange_states_the_flow_back():
    got = edges("Nordkorea bekommt russische Raketentechnik im Gegenzug für Granaten.")
    assert {(0, "AID", "Russland", "Nordkorea"), (0, "AID", "Nordkorea", "Russland")} <= got
    got = edges("Als Gegenleistung für die Entsendung von Soldaten erhält Nordkorea russisches Öl.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_no_flow_back_for_what_is_no_good_or_flow():
    got = edges("Nordkorea liefert Russland Granaten im Austausch für Informationen.")
    assert got == {(0, "AID", "Nordkorea", "Russland")}
    assert not edges("Die Soldaten sollen russische Uniformen erhalten.")


def test_an_exchange_in_another_clause_is_not_the_relations():
    # "im Austausch für" belongs to Iran's clause, not to the delivery of the tanks
    got = edges("Deutschland liefert Panzer an die Ukraine, während Iran im Austausch für Drohnen Weizen bekommt.")
    assert (0, "AID", "Deutschland", "Ukraine") in got
    assert (0, "AID", "Ukraine", "Deutschland") not in got
