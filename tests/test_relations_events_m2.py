"""Event detection, German story reporting (issue 10, m2): mutual help, foreign troops in use, conquest,
attributive promises."""

from __future__ import annotations

from tests.test_relations_events import edges, relations_of


def test_mutual_help_is_cooperation_between_the_pair_not_aid_to_a_third():
    got = edges("Die Ukraine erhält Waffen aus Polen. Russland hat einen Vertrag mit Nordkorea zur "
                "gegenseitigen Hilfe ratifiziert.")
    assert not {e for e in got if e[0] == 1 and e[1] == "AID"}
    assert (1, "SUPPORT", "Russland", "Nordkorea") in got


def test_mutual_help_with_a_word_between():
    got = edges("Im Fall eines Angriffs wollen sich Nordkorea und Russland gegenseitig militärisch unterstützen.")
    assert {t for _, t, a, r in got if {a, r} == {"Nordkorea", "Russland"}} == {"COOPERATE"}


def test_foreign_troops_used_by_a_state_are_aid_to_it():
    got = edges("Moskau gab zu, bei Belgorod auch nordkoreanische Pioniere eingesetzt zu haben.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_foreign_troops_in_use_take_the_actors_aid_recipient_else_stay_mobilize():
    got = edges("Nordkorea schickt Munition nach Russland. Dort werden nordkoreanische Soldaten eingesetzt.")
    assert (1, "AID", "Nordkorea", "Russland") in got
    got = edges("Dort werden nordkoreanische Soldaten eingesetzt.")
    assert got == {(0, "MOBILIZE", "Nordkorea", None)}


def test_a_country_using_its_own_weapons_is_no_aid():
    got = edges("Nordkorea schickt Munition nach Russland. Russland hat die Raketen eingesetzt.")
    assert (1, "ASSAULT", "Russland", None) in got  # weapons used: force used (deployments.weapons_used)
    assert not {e for e in got if e[0] == 1 and e[1] == "AID"}


def test_a_passive_agent_uses_the_weapons_it_is_no_foreign_troop():
    got = edges("Nordkorea schickt Munition nach Russland. Die Geschütze wurden durch russische Truppen eingesetzt.")
    assert not {e for e in got if e[0] == 1 and e[1] == "AID"}


def test_the_war_zone_after_in_gives_way_to_the_actors_aid_recipient():
    got = edges("Nordkorea hat Munition nach Russland geliefert. Befürchtet wird die Stationierung "
                "nordkoreanischer Truppen in der Ukraine.")
    assert (1, "AID", "Nordkorea", "Russland") in got
    assert (1, "AID", "Nordkorea", "Ukraine") not in got


def test_a_country_after_in_stays_the_recipient_when_the_actor_aids_no_other():
    got = edges("Polen hat Soldaten in der Ukraine stationiert.")
    assert (0, "AID", "Polen", "Ukraine") in got


def test_reinforcing_with_someone_makes_them_the_giver():
    got = edges("Moskau verstärkt mit Nordkoreanern vor allem seine Truppen an der Südfront.")
    assert (0, "AID", "Nordkorea", "Russland") in got


def test_relations_that_grow_stronger_are_no_aid():
    got = edges("Nordkorea schickt Soldaten nach Russland. Das Verhältnis zwischen Nordkorea und Russland "
                "hat sich seit Kriegsbeginn spürbar verstärkt.")
    assert not {e for e in got if e[0] == 1}


def test_a_participle_before_werden_is_a_passive_its_subject_no_attacker():
    got = edges("Beide Staaten helfen einander, sollte Russland angegriffen werden.")
    assert not {e for e in got if e[1] == "ASSAULT"}
    got = edges("Russland werde die Ukraine bombardieren.")
    assert (0, "ASSAULT", "Russland", "Ukraine") in got


def test_ground_taken_in_a_place_of_a_country_is_an_assault_on_it():
    got = edges("Russland hat ein Dorf in Donezk eingenommen.")
    assert (0, "ASSAULT", "Russland", "Ukraine") in got


def test_will_before_a_perfect_infinitive_is_a_claim_not_a_plan():
    rel = next(r for r in relations_of("Russland will zwei Dörfer im Gebiet Saporischschja erobert haben."))
    assert rel.status == "factual"


def test_deepening_ties_is_cooperation_but_ties_that_deepened_are_none():
    assert (0, "COOPERATE", "Russland", "Nordkorea") in edges(
        "Seit Monaten vertiefen Russland und Nordkorea ihre Beziehungen im Rüstungsbereich.")
    assert not edges("Das Verhältnis zwischen Nordkorea und Russland hat sich im letzten Jahr weiter vertieft.")


def test_a_promise_as_an_attribute_of_a_noun_is_no_agreement():
    got = relations_of("Im Sommer hatte Kim Jong-un gemäß einer neu vereinbarten Allianz Pioniere "
                       "nach Russland geschickt.")
    assert [(r.type, r.status) for r in got] == [("AID", "factual")]
    got = edges("Nordkorea hat Russland Unterstützung zugesagt.")
    assert (0, "AGREE", "Nordkorea", "Russland") in got


def test_relying_on_is_an_event_only_with_forces_or_goods():
    assert not edges("Minsk und Teheran setzen eben aufeinander.")
    assert (0, "AID", "Nordkorea", "Russland") in edges("Russland setzt auf Soldaten aus Nordkorea.")


def test_putting_things_to_use_is_no_mobilization():
    assert not edges("Die alten Rohre blieben im Boden, nachdem man die neuen schon eingesetzt hatte.")
