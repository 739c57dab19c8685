"""English roles from the parse (relations/roles_en.py): the giver named by a noun of giving."""

from __future__ import annotations

from lagebild.relations import roles_en
from tests.relations_text import edges


def test_the_nouns_of_a_giver_come_from_the_language_data():
    assert "supplier" in roles_en.giver_endings() and "providers" in roles_en.giver_endings()


def test_the_possessor_of_a_giver_noun_is_served_and_the_state_it_is_said_to_be_gives():
    assert edges("Belarus became Russia's main drone provider.", "en") == {("AID", "Belarus", "Russland")}
    # the copula's attribute and an apposition name the giver the noun stands for
    assert edges("Russia's largest shell supplier is Belarus.", "en") == {("AID", "Belarus", "Russland")}
    assert ("AID", "Iran", "Russland") in edges("Russia's missile supplier, Iran, rejected the claim.", "en")
    assert edges("Russia's supplier is unknown.", "en") == set()
