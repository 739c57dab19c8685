"""English fights told by a verb of taking part (relations/roles_en_fights.taking_part); sentences written for
these tests."""

from __future__ import annotations

from tests.relations_text import edges


def test_taking_part_in_a_fight_is_a_fight_without_an_opponent():
    # no opponent in the document: still the forces' own fight, with no recipient
    assert ("ASSAULT", "Belarus", None) in edges("Belarusian troops were engaged in heavy clashes last week.")
    assert ("ASSAULT", "Belarus", None) in edges("Belarusian units had escalated to fierce combat operations.")
    # with the opponent the document gives
    got = edges("Russia attacked Ukraine. Belarus sent soldiers to Russia. Belarusian soldiers took part in the fighting.")
    assert ("ASSAULT", "Belarus", "Ukraine") in got


def test_a_noun_that_only_describes_a_party_stays_no_event():
    assert not edges("A Belarusian offensive was reported last week.")
    assert not [e for e in edges("Belarusian soldiers joined a parade after the offensive.") if e[0] == "ASSAULT"]


def test_joining_the_fighting_is_taking_part_but_joining_a_fight_for_a_cause_is_not():
    assert edges("Iranian units joined the fighting near Aleppo last week.") == {("ASSAULT", "Iran", None)}
    assert edges("Belarus intervened in the fighting in the spring.") == {("ASSAULT", "Belarus", None)}
    assert not edges("Japan joined the fight against rising prices.")
    assert not edges("China entered the battle for market share in Africa.")
    assert not edges("Belarusian soldiers entered the city of Grodno.")


def test_a_country_after_in_is_where_a_fight_taken_part_in_is_fought_not_the_enemy():
    # rv12 finding 7a: the German side gives no recipient for "an den Kämpfen in Syrien" either
    assert edges("Iran took part in the fighting in Syria.", "en") == {("ASSAULT", "Iran", None)}
    assert edges("Iran intervened in the fighting in Syria.", "en") == {("ASSAULT", "Iran", None)}
    assert edges("Iran took part in the fighting against Syria.", "en") == {("ASSAULT", "Iran", "Syrien")}


def test_joining_a_war_is_taking_part_in_a_fight_but_a_war_in_words_or_a_debate_is_not():
    # rv12 finding 7c-7e
    assert edges("Turkey entered the war in Syria.", "en") == {("ASSAULT", "Türkei", None)}
    assert edges("Turkey joined the war against Syria.", "en") == {("ASSAULT", "Türkei", "Syrien")}
    assert not edges("The war in Syria has lasted for years.", "en")
    assert not edges("The Belarusian gunners, long involved in that war, got medals.", "en")
    assert not edges("Turkey joined the war on drugs.", "en")
    assert not edges("Turkey joined the war of words with Russia.", "en")
    assert not edges("Turkey joined the trade war against China.", "en")
    assert not edges("Germany intervened in the clashes between the parties in parliament.", "en")


def test_who_died_or_suffered_losses_in_a_named_attack_was_attacked():
    assert edges("Forty Iranian fighters died in Israeli drone strikes near the border.") == {("ASSAULT", "Israel", "Iran")}
    assert edges("Belarusian units suffered heavy losses in Polish counterattacks.") == {("ASSAULT", "Polen", "Belarus")}


def test_deaths_and_losses_without_an_attacker_are_no_attack():
    assert edges("Forty Iranian pilgrims died in a bus crash near the border.") == set()
    assert edges("Belarusian exporters suffered heavy losses on the Polish market.") == set()
