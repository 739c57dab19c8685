"""English relations, fifth round (relations/attach_en.py, implied.py's places, possessors_en.owner_name and the
e5 lines of lang/en/relations); every sentence made up for these tests (other actors, places and wording than the
evaluation sets)."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations import possessors_en
from tests.relations_text import edges


def test_a_flow_noun_in_the_object_keeps_the_preposition_the_parser_hung_on_the_verb():
    got = edges("The Finnish minister criticized Iran's dispatch of troops to Belarus.")
    assert ("AID", "Iran", "Belarus") in got


def test_the_stranded_preposition_belongs_to_the_nearest_noun_only():
    # a compound flow noun ("troop deployment") after the verb's own preposition: the parser hangs "to Belarus" on
    # the verb, attach_en gives it back to the noun (without it: no recipient, no AID)
    got = edges("Poland protested against Iran's troop deployment to Belarus.")
    assert ("AID", "Iran", "Belarus") in got
    assert not [e for e in got if e[0] == "ACCUSE" and e[2] == "Belarus"]


def test_a_verb_that_is_a_trigger_keeps_its_own_preposition():
    got = edges("Iran sent a dispatch of troops to Belarus.")
    assert ("AID", "Iran", "Belarus") in got


def test_a_fight_takes_the_country_of_the_place_it_is_fought_in():
    text = ("Iran has sent drones to Russia. Ukrainian troops fought Iranian units near Bakhmut. A week later "
            "Ukrainian drones struck depots in Belgorod.")
    assert ("ASSAULT", "Ukraine", "Russland") in edges(text)


def test_the_place_of_the_actors_own_side_is_no_opponent():
    text = ("Iran has sent troops to Russia. Iranian soldiers fought against Ukraine. Iranian troops were "
            "engaged in fierce clashes in Kursk.")
    got = edges(text)
    assert not [e for e in got if e[0] == "ASSAULT" and e[2] == "Russland"]


def test_a_possessive_ending_left_in_an_entity_name_is_dropped():
    gaz = gazetteer("en")
    assert possessors_en.owner_name("North Korea’s", gaz) == gaz.match_names(["North", "Korea"])[0][2].canonical
    assert possessors_en.owner_name("North Korea's", gaz) != "North Korea's"
    assert possessors_en.owner_name("Raymond Quill's", gaz) == "Raymond Quill's"


def test_a_fight_word_naming_a_kind_of_place_or_task_is_no_fight():
    assert not [e for e in edges("Iranian soldiers gained combat experience in Belarus.") if e[0] == "ASSAULT"]


def test_a_fight_word_before_an_operation_or_its_forces_stays_a_fight():
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Iranian forces took part in combat operations against Ukraine.")
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Iranian combat troops fought against Ukraine.")


def test_a_sides_fight_named_as_what_others_help_is_no_fight_of_its_own():
    got = edges("Ukraine fought Belarus near Lutsk. Iran supports Belarus's offensive with fuel.")
    assert ("ASSAULT", "Ukraine", "Belarus") in got
    assert ("ASSAULT", "Belarus", "Ukraine") not in got


def test_a_helped_fight_with_its_own_opponent_and_a_plain_fight_noun_stay():
    assert ("ASSAULT", "Russland", "Ukraine") in edges("Russia's invasion of Ukraine began in the winter.")
    for text in ("Iran is supporting Russia's invasion of Ukraine with drones.",
                 "Iran is supporting Russia's attack on Ukraine."):
        assert ("ASSAULT", "Russland", "Ukraine") in edges(text)


def test_helping_each_other_is_mutual_cooperation_not_aid():
    got = edges("Iran and Belarus will help each other against any attack.")
    assert ("COOPERATE", "Iran", "Belarus") in got
    assert not [e for e in got if e[0] == "AID"]


def test_helping_one_another_is_mutual_and_the_other_members_are_no_pair():
    assert ("COOPERATE", "Iran", "Belarus") in edges("Iran and Belarus will defend one another.")
    # "the other" before a noun names third parties: no mutual clause (rv5 e5.4)
    assert not [e for e in edges("Iran and Belarus will support the other members of the alliance.")
                if e[0] == "COOPERATE"]


def test_the_other_is_the_pair_only_after_each_side_as_subject():
    got = edges("Iran and Belarus signed a defense treaty; each side agreed to help the other against invaders.")
    assert ("COOPERATE", "Iran", "Belarus") in got
    # the same verb and object without "each side": third parties, no mutual clause (nonevents_en.third_party)
    assert not [e for e in edges("Iran and Belarus will assist the other states of the bloc.")
                if e[0] == "COOPERATE"]


def test_plain_help_stays_aid():
    assert ("AID", "Iran", "Belarus") in edges("Iran will help Belarus with drones.")


def test_a_relative_pronoun_before_a_reporting_verb_is_the_subject_of_what_it_reports():
    got = edges("Lukashenko lauded the Iranian troops, who he claimed provided decisive assistance in defeating Ukrainian forces.")
    assert ("ASSAULT", "Iran", "Ukraine") in got


def test_a_campaign_of_force_and_weapons_put_to_use_are_fights():
    assert ("ASSAULT", "Belarus", "Ukraine") in edges("Belarus opened an air campaign against Ukraine in May.")
    assert ("ASSAULT", "Iran", "Ukraine") in edges("Iran's relentless use of rockets against Ukraine went on.")


def test_a_campaign_that_is_no_fight_and_a_use_of_no_weapon_are_no_event():
    assert not edges("Iran's election campaign against corruption continued.")
    assert not [e for e in edges("Iran's use of social media against Belarus grew.") if e[0] == "ASSAULT"]
