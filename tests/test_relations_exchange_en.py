"""English flows given in return (relations/exchange_en.py); sentences written for these tests."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_a_flow_received_in_return_goes_back_to_the_giver():
    rels = relations_of("Belarus has been supplying potash to China and could receive cheap loans in return.")
    back = [r for r in rels if (r.actor, r.recipient) == ("China", "Belarus")]
    assert [(r.type, r.predicate, r.status, r.hedge) for r in back] == [("AID", "receive", "hypothetical", "uncertain")]


def test_in_exchange_for_goods_is_a_counter_flow():
    assert edges("Iran supplies drones to Belarus in exchange for oil.") == {
        ("AID", "Iran", "Belarus"), ("AID", "Belarus", "Iran")}


def test_in_exchange_for_no_goods_or_without_receiving_adds_nothing():
    assert edges("Iran supplies drones to Belarus in exchange for information.") == {("AID", "Iran", "Belarus")}
    assert edges("Iran supplies drones to Belarus. In return, the crowd cheered.") == {("AID", "Iran", "Belarus")}
