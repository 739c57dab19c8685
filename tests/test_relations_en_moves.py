"""English forces moved inside a country (relations/moves_en.py), fights told by their victims
(relations/roles_en_fights.py), training and redeployment lines; sentences written for these tests."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_an_expected_move_to_a_region_of_a_country_the_forces_are_in_is_mobilize():
    rels = relations_of("In the autumn Pyongyang sent 5,000 troops to Russia. "
                        "Part of that North Korean contingent could then be deployed to the Belgorod region.")
    later = [r for r in rels if r.sentence == 1]
    assert [(r.type, r.actor, r.recipient) for r in later] == [("MOBILIZE", "Nordkorea", None)]
    assert "moved inside Russland" in later[0].provenance
    assert later[0].status == "hypothetical"


def test_a_compass_part_of_the_country_is_a_region_too():
    assert ("MOBILIZE", "Nordkorea", None) in edges(
        "In the autumn Pyongyang sent 5,000 troops to Russia. Those North Korean soldiers could afterwards be sent to southern Russia.")


def test_a_move_stated_as_fact_or_to_the_country_itself_stays_aid():
    assert ("AID", "Nordkorea", "Russland") in edges(
        "In the autumn Pyongyang sent 5,000 troops to Russia. More North Korean troops were deployed to the Kursk region.")
    rels = relations_of("In the autumn Pyongyang sent 5,000 troops to Russia. North Korea could send more soldiers to Russia.")
    assert [(r.type, r.recipient) for r in rels if r.sentence == 1] == [("AID", "Russland")]


def test_a_first_move_to_a_region_is_still_the_flow_to_the_country():
    rels = relations_of("North Korean units could be deployed into the Kursk region.")
    assert [(r.type, r.recipient) for r in rels] == [("AID", "Russland")]


def test_german_is_untouched():
    rels = relations_of("Nordkorea hat 5.000 Soldaten nach Russland geschickt. "
                        "Die nordkoreanischen Soldaten könnten in die Region Kursk verlegt werden.", "de")
    assert all(r.type != "MOBILIZE" or "moved inside" not in r.provenance for r in rels)


def test_redeployed_forces_are_mobilized_without_recipient():
    assert edges("North Korean units were redeployed to Russia's Kursk region following their rest.") == {
        ("MOBILIZE", "Nordkorea", None)}


def test_training_is_no_flow():
    assert edges("Right now, 2,000 Belarusian troops are training in Russia.") == set()
    assert edges("North Korean sappers were deployed to Russia in May and are training there.") == {
        ("AID", "Nordkorea", "Russland")}


def test_soldiers_killed_in_combat_against_a_side_fought_it():
    assert edges("Dozens of North Korean mercenaries were killed in heavy combat against Ukrainian troops.") == {
        ("ASSAULT", "Nordkorea", "Ukraine")}
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges(
        "A memorial in Pyongyang lists North Korean sappers killed while fighting for Moscow against Kyiv.")


def test_soldiers_killed_in_an_attack_did_not_attack():
    assert ("ASSAULT", "Nordkorea", "Ukraine") not in edges(
        "Four North Korean sappers were killed in an attack near Pokrovsk.")


def test_for_then_against_makes_the_second_country_the_opponent():
    rels = relations_of("North Korean fighters died last winter while fighting for Moscow against Kyiv. "
                        "Ukrainian commanders described clashes with North Korean troops.")
    assert ("ASSAULT", "Ukraine", "Nordkorea") in {(r.type, r.actor, r.recipient) for r in rels}


def test_forces_named_as_the_object_of_help_receive():
    assert edges("North Korean troops are helping Russian troops.") == {("AID", "Nordkorea", "Russland")}
    assert ("AID", "Nordkorea", "Russland") in edges(
        "A diplomat claimed North Korean sappers are helping Russian units shell Ukrainian towns.")


def test_forces_sent_still_flow():
    assert edges("North Korea sent troops to Russia.") == {("AID", "Nordkorea", "Russland")}


def test_they_as_subject_is_the_actor_last_spoken_of():
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges(
        "North Korea sent soldiers to Russia. Since then they have been fighting Ukraine.")


def test_plural_nouns_of_force_and_wresting_back_are_fights():
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Intensified Russian offensives against Ukraine continued.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges(
        "North Korean troops helped wrest back territory held by Ukraine.")


def test_moving_and_mobilizing_need_forces_or_goods_in_the_clause():
    assert edges("Latvia moved two battalions of troops to its eastern border.") == {("MOBILIZE", "Lettland", None)}
    assert edges("Greece has mobilized 4,000 reservists.") == {("MOBILIZE", "Griechenland", None)}
    assert not edges("The central bank of Latvia moved to raise rates again.")
    assert not edges("Greece moved closer to a deal with its creditors in Brussels.")
    assert not edges("The ruling party of Greece mobilized its voters for the referendum.")
