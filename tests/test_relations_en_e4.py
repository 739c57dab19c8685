"""English relations, fourth round (relations/nonevents_en.py and the e4 lines of lang/en/relations); sentences
written for these tests."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_forces_readied_to_fight_are_mobilized_not_fighting():
    got = edges("Around 10,000 North Korean soldiers are being prepared to fight.")
    assert ("MOBILIZE", "Nordkorea", None) in got
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_forces_brought_in_to_fight_back_are_mobilized():
    got = edges("Vladimir Putin is bringing in North Korean troops to fight back.")
    assert ("MOBILIZE", "Wladimir Putin", None) in got
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_training_for_a_fight_states_no_fight():
    got = edges("North Korea sent troops to Russia. The North Korean soldiers are being trained in Russia, "
                "possibly to fight for Russia.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_helping_to_retake_is_still_a_fight_and_a_stated_fight_stays():
    assert any(e[0] == "ASSAULT" for e in edges("North Korean soldiers are fighting against Ukraine."))
    rels = relations_of("North Korean troops helped Russia to retake villages held by Ukraine.")
    assert any(r.type == "ASSAULT" for r in rels)


def test_brought_in_without_forces_is_no_event():
    assert not edges("Russia brought in new rules for its banks.")


def test_a_second_event_in_a_clause_of_its_own_is_kept_beside_the_first():
    got = edges("North Korea and Russia have deepened military cooperation since signing a mutual defense treaty.")
    assert ("COOPERATE", "Nordkorea", "Russland") in got
    assert ("SUPPORT", "Nordkorea", "Russland") in got


def test_a_promise_to_send_stays_one_event():
    rels = relations_of("North Korea promised to send more troops to Russia.")
    assert len([r for r in rels if (r.actor, r.recipient) == ("Nordkorea", "Russland")]) == 1


def test_showing_something_is_no_protest():
    assert not [e for e in edges("Russia's heavy use of North Korean troops to retake Kursk demonstrated Moscow's "
                                 "resolve.") if e[0] == "PROTEST"]
    assert ("PROTEST", "Ukraine", "Russland") in edges("Thousands of Ukrainians demonstrated against Russia in Kyiv.")


def test_the_withdrawal_of_a_countrys_forces_is_its_retreat_without_recipient():
    rels = relations_of("Ukraine confirmed the withdrawal of Ukrainian troops from the town of Sudzha.")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("RETREAT", "withdraw", "Ukraine", None)]


def test_the_withdrawal_of_something_else_names_no_retreat():
    assert not [e for e in edges("Russia demanded the withdrawal of sanctions.") if e[0] == "RETREAT"]


def test_his_country_is_the_country_of_the_person_named_before_it():
    rels = relations_of("North Korean leader Kim Jong Un praised his country's soldiers who fought against Ukraine.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in {(r.type, r.actor, r.recipient) for r in rels}


def test_his_country_without_a_persons_country_is_not_the_country_named_last():
    got = edges("North Korea sent troops to Russia. Zelenskyy said North Korean soldiers are fighting against his country.")
    assert ("ASSAULT", "Nordkorea", "Russland") not in got
    assert ("AID", "Nordkorea", "Russland") in got


def test_the_victims_of_a_passive_killing_in_a_named_attack_are_attacked():
    assert ("ASSAULT", "Ukraine", "Nordkorea") in edges(
        "Six North Korean officers were killed in a Ukrainian drone attack near Donetsk.")
    assert ("ASSAULT", "Ukraine", "Nordkorea") in edges(
        "Six North Korean officers were killed in an attack by Ukrainian forces near Donetsk.")


def test_victims_killed_in_combat_against_a_side_still_fought_it():
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges("North Korean soldiers were killed in combat against Ukrainian forces.")


def test_a_possessive_pronoun_on_the_acting_phrase_is_the_named_subject_framing_it():
    assert ("CONSULT", "Wladimir Putin", "Nordkorea") in edges(
        "Putin is likely to seek even more during his visits to Pyongyang.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges(
        "North Korea confirmed that its troops had participated in the operation to liberate the Kursk region "
        "from Ukrainian forces.")


def test_a_possessive_pronoun_of_another_number_names_no_one():
    assert ("CONSULT", "Wladimir Putin", "Nordkorea") not in edges(
        "Putin is likely to seek even more during their visits to Pyongyang.")


def test_ground_taken_back_from_a_side_attacks_that_side():
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Russian forces retook the villages from Ukraine.")


def test_these_soldiers_are_the_forces_last_named_not_the_last_actor():
    got = edges("Ukraine said it had killed three North Korean soldiers. About 11,000 North Korean soldiers are "
                "in Russia. Some of these soldiers have already participated in combat against Ukraine.")
    assert ("ASSAULT", "Nordkorea", "Ukraine") in got
    assert ("ASSAULT", "Ukraine", "Ukraine") not in got


def test_ground_taken_back_is_no_party():
    got = edges("North Korea sent troops to Russia. North Korean soldiers fought alongside Russian troops, "
                "helping to reclaim parts of Kursk.")
    assert ("ASSAULT", "Nordkorea", "Russland") not in got


def test_forces_that_travel_flow_and_a_person_who_travels_visits():
    assert ("AID", "Nordkorea", "Russland") in edges("North Korean soldiers traveled by ship to Vladivostok.")
    assert ("CONSULT", "Wladimir Putin", "Nordkorea") in edges("Putin traveled to Pyongyang.")
