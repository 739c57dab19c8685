"""English relations, fourth round (relations/nonevents_en.py and the e4 lines of lang/en/relations); every
sentence made up for these tests (other actors, places and wording than the evaluation sets)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_forces_readied_to_fight_are_mobilized_not_fighting():
    got = edges("Some 8,000 Iranian troops are being prepared this winter to fight.")
    assert ("MOBILIZE", "Iran", None) in got
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_forces_brought_in_to_fight_back_are_mobilized():
    got = edges("Alexander Lukashenko is bringing in Belarusian troops to fight back.")
    assert ("MOBILIZE", "Alexander Lukaschenko", None) in got
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_training_for_a_fight_states_no_fight():
    got = edges("Iran sent troops to Belarus. The Iranian soldiers are now trained near Minsk, perhaps to fight "
                "for Belarus.")
    assert not [e for e in got if e[0] == "ASSAULT"]


def test_helping_to_retake_is_still_a_fight_and_a_stated_fight_stays():
    assert any(e[0] == "ASSAULT" for e in edges("Belarusian troops are fighting against Ukraine."))
    rels = relations_of("Iranian units helped Russia to retake two towns that Ukraine held.")
    assert any(r.type == "ASSAULT" for r in rels)


def test_brought_in_without_forces_is_no_event():
    assert not edges("Russia brought in new rules for its banks.")


def test_a_second_event_in_a_clause_of_its_own_is_kept_beside_the_first():
    got = edges("Iran and Belarus have widened their military cooperation after signing a defense treaty.")
    assert ("COOPERATE", "Iran", "Belarus") in got
    assert ("SUPPORT", "Iran", "Belarus") in got


def test_a_promise_to_send_stays_one_event():
    rels = relations_of("Iran promised to send more soldiers to Belarus.")
    assert len([r for r in rels if (r.actor, r.recipient) == ("Iran", "Belarus")]) == 1


def test_showing_something_is_no_protest():
    assert not [e for e in edges("The reliance of Belarus on Iranian drones along its border demonstrated "
                                 "Minsk's worry.") if e[0] == "PROTEST"]
    assert ("PROTEST", "Ukraine", "Iran") in edges("Hundreds of Ukrainians demonstrated against Iran in Lviv.")


def test_the_withdrawal_of_a_countrys_forces_is_its_retreat_without_recipient():
    rels = relations_of("France announced the withdrawal of French soldiers from the city of Kharkiv.")
    assert [(r.type, r.mode, r.actor, r.recipient) for r in rels] == [("RETREAT", "withdraw", "Frankreich", None)]


def test_the_withdrawal_of_something_else_names_no_retreat():
    assert not [e for e in edges("Iran demanded the withdrawal of the tariffs.") if e[0] == "RETREAT"]


def test_his_country_is_the_country_of_the_person_named_before_it():
    rels = relations_of("Belarusian leader Alexander Lukashenko honored his country's soldiers who fought against "
                        "Ukraine.")
    assert ("ASSAULT", "Belarus", "Ukraine") in {(r.type, r.actor, r.recipient) for r in rels}


def test_his_country_without_a_persons_country_is_not_the_country_named_last():
    got = edges("Iran sent troops to Russia. Zelenskyy said Iranian soldiers were fighting against his country.")
    assert ("ASSAULT", "Iran", "Russland") not in got
    assert ("AID", "Iran", "Russland") in got


def test_the_victims_of_a_passive_killing_in_a_named_attack_are_attacked():
    assert ("ASSAULT", "Ukraine", "Iran") in edges(
        "Two Iranian commanders were killed in the Ukrainian missile attack outside Luhansk.")
    assert ("ASSAULT", "Ukraine", "Iran") in edges(
        "Two Iranian commanders were killed in an assault by Ukrainian forces outside Luhansk.")


def test_victims_killed_in_combat_against_a_side_still_fought_it():
    assert ("ASSAULT", "Belarus", "Ukraine") in edges("Many Belarusian troops have been killed in heavy combat against "
                                                      "Ukrainian units.")


def test_a_possessive_pronoun_on_the_acting_phrase_is_the_named_subject_framing_it():
    assert ("CONSULT", "Emmanuel Macron", "China") in edges(
        "Macron hopes to gain a lot during his visits to Beijing.")
    assert ("ASSAULT", "Belarus", "Ukraine") in edges(
        "Belarus said that its soldiers had taken part in the offensive to free the Bryansk region from "
        "Ukrainian forces.")


def test_a_possessive_pronoun_of_another_number_names_no_one():
    assert ("CONSULT", "Emmanuel Macron", "China") not in edges(
        "Macron hopes to gain a lot during their visits to Beijing.")


def test_ground_taken_back_from_a_side_attacks_that_side():
    assert ("ASSAULT", "Ukraine", "Russland") in edges("Ukrainian forces retook two towns from Russia.")


def test_these_soldiers_are_the_forces_last_named_not_the_last_actor():
    got = edges("Ukraine said its units had captured two Iranian soldiers. Some 3,000 Iranian soldiers are "
                "based in Belarus. Many of these soldiers have taken part in combat against Ukraine.")
    assert ("ASSAULT", "Iran", "Ukraine") in got
    assert ("ASSAULT", "Ukraine", "Ukraine") not in got


def test_ground_taken_back_is_no_party():
    got = edges("Iran sent troops to Russia. Iranian soldiers fought next to Russian units, helping them to "
                "reclaim areas of Belgorod.")
    assert ("ASSAULT", "Iran", "Russland") not in got


def test_forces_that_travel_flow_and_a_person_who_travels_visits():
    assert ("AID", "Iran", "Russland") in edges("Iranian soldiers traveled by train to Khabarovsk.")
    assert ("CONSULT", "Alexander Lukaschenko", "Iran") in edges("Lukashenko traveled to Tehran.")


def test_his_country_needs_a_title_between_the_country_word_and_the_person():
    # the country word before the person names the troops, not the person: no country for "his country"
    got = edges("Belarus told Macron that Iranian troops would fight against his country.")
    assert ("ASSAULT", "Iran", "Belarus") not in got
    assert ("ASSAULT", "Iran", None) in got


def test_forces_sent_to_fight_a_named_side_fight_it():
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Iran sent soldiers to fight against Ukraine.")
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Iran deployed soldiers to Belarus to fight Ukraine.")


def test_a_protest_verb_against_a_side_stays_a_protest_with_an_object():
    assert ("PROTEST", "Ukraine", "Iran") in edges("Hundreds of Ukrainians demonstrated their fury against Iran "
                                                   "in Lviv.")


def test_a_repeated_preposition_coordinates_english_recipients_but_not_a_meetings():
    assert {("PROTEST", "Iran", "Frankreich"), ("PROTEST", "Iran", "Deutschland")} <= \
        edges("Iran protested against France and then against Germany.")
    assert edges("Macron held talks with Iran and then with Belarus.") == {("CONSULT", "Emmanuel Macron", "Iran")}
