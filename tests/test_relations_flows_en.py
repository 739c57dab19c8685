"""English flows named by motion, "going from" one country to another (lang/en/relations/triggers.txt, block n2);
sentences written for these tests."""

from __future__ import annotations

from tests.relations_text import edges


def test_goods_going_from_one_country_to_another_are_its_flow():
    assert edges("Satellite images showed 500 containers going from Iran to Belarus.") == {("AID", "Iran", "Belarus")}
    assert edges("Weapons flowed from Iran to Belarus for years.") == {("AID", "Iran", "Belarus")}


def test_motion_without_goods_or_forces_is_no_flow():
    assert edges("Direct flights going from Iran to Belarus resumed.") == set()
    assert edges("Belarus went from ally to enemy of Iran.") == set()
