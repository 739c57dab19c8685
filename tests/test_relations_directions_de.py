"""German flows sent into a country (relations/directions_de.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.relations import directions_de
from lagebild.relations.mentions import Mention
from tests.relations_text import edges

UKRAINE = Mention("Ukraine", "Ukraine", 0, 0, 5, 6, "LOC")


def test_a_flow_sent_into_a_country_goes_to_it_not_to_a_partner_named_before():
    text = "Kuba schickt nach einem Treffen mit dem Verbündeten Chile 400 Söldner in die Ukraine."
    assert edges(text, "de") == {("AID", "Kuba", "Ukraine")}


def test_only_flows_and_only_after_in_die_or_ins():
    words = ["Kuba", "schickt", "Söldner", "in", "die", "Ukraine"]
    assert directions_de.into(words, 1, [UKRAINE], ["place"], "AID") == ["recipient"]
    assert directions_de.into(words, 1, [UKRAINE], ["place"], "ASSAULT") == ["place"]
    dative = ["Kuba", "schickt", "Söldner", "in", "der", "Ukraine"]
    assert directions_de.into(dative, 1, [UKRAINE], ["place"], "AID") == ["place"]


def test_only_a_flow_of_forces_or_goods_is_sent_into_a_country():
    usa = Mention("USA", "USA", 0, 0, 6, 7, "LOC")
    words = ["Kuba", "sendete", "das", "Signal", "in", "die", "USA"]
    assert directions_de.into(words, 1, [usa], ["place"], "AID") == ["place"]
