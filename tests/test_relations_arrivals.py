"""relations/arrivals.py: forces or goods that arrive in a state are their origin's flow to it. Sentences made
up, actors the gazetteer knows."""

from __future__ import annotations

from tests.relations_text import edges


def test_forces_or_goods_arriving_in_a_state():
    assert edges("Soldaten aus Kuba sind in Venezuela eingetroffen.", "de") == {("AID", "Kuba", "Venezuela")}
    assert edges("In Venezuela trafen zwanzig Panzer aus Kuba ein.", "de") == {("AID", "Kuba", "Venezuela")}


def test_an_adjective_of_origin_before_a_noun_of_making_gives():
    assert edges("Zwanzig Haubitzen aus kubanischer Produktion sind in Venezuela eingetroffen.", "de") == {
        ("AID", "Kuba", "Venezuela")}
    assert edges("Panzer aus spanischen Beständen sind in Portugal eingetroffen.", "de") == {
        ("AID", "Spanien", "Portugal")}


def test_people_arriving_and_a_hit_are_no_flow():
    assert edges("Flüchtlinge aus Syrien sind in Österreich eingetroffen.", "de") == set()
    assert edges("Zweihundert Flüchtlinge aus Syrien trafen in Österreich ein.", "de") == set()
    assert edges("Eine Rakete aus Kuba traf ein Wohnhaus in Venezuela.", "de") == set()
