"""Forces named without their state, ground taken, advances and liberations (relations/armies_de.py)."""

from __future__ import annotations

from tests.relations_text import edges, relations_of


def test_bare_troops_take_the_state_of_the_military_reporting_them():
    got = edges("Truppen hätten den Ort Brünn in Tschechien eingenommen, teilte das polnische "
                "Verteidigungsministerium am Dienstag mit.", "de")
    assert got == {("ASSAULT", "Polen", "Tschechien")}


def test_the_army_takes_the_state_that_reports_it_plainly():
    got = edges("Das Militär sei bis in die Region Mähren in Tschechien vorgedrungen, meldete Warschau.", "de")
    assert got == {("ASSAULT", "Polen", "Tschechien")}


def test_a_state_reporting_anothers_war_is_no_side_of_it():
    # the war is Tschechien's and Polens: Berlin only reports it, the troops are the attacker's
    text = "Tschechien hat Polen angegriffen. Truppen hätten die Stadt Kleinfeld eingenommen, berichtet Berlin."
    got = edges(text, "de")
    assert not any(a == "Deutschland" for _, a, _ in got)
    assert [(r.actor, r.recipient) for r in relations_of(text, "de") if r.predicate == "eingenommen"] \
        == [("Tschechien", "Polen")]
    # a side of it reporting keeps its forces
    got = edges("Tschechien hat Polen angegriffen. Das Militär habe die Stadt Kleinfeld eingenommen, meldete Prag.",
                "de")
    assert ("ASSAULT", "Tschechien", "Polen") in got
    # no war known and none named in the sentence: the reporter may be a third state
    assert not edges("Die Armee habe das Gebiet wieder eingenommen, teilte Portugal mit.", "de")


def test_a_state_accusing_speaks_of_the_enemys_army():
    got = edges("Die Armee habe drei Orte in Tschechien erobert, warf Warschau vor.", "de")
    assert not any(t == "ASSAULT" for t, _, _ in got)


def test_units_with_an_article_point_back_and_take_no_state_from_the_source():
    got = edges("Die Einheiten hätten drei Orte in Tschechien erobert, teilte der polnische Generalstab mit.", "de")
    assert ("ASSAULT", "Polen", "Tschechien") not in got


def test_forces_with_a_state_of_their_own_keep_it():
    got = edges("Tschechische Truppen hätten einen Ort in Polen erobert, teilte das polnische "
                "Verteidigungsministerium mit.", "de")
    assert ("ASSAULT", "Tschechien", "Polen") in got
    assert ("ASSAULT", "Polen", "Polen") not in got


def test_ground_taken_after_an_attack_is_the_attackers():
    got = edges("Im Mai startete Polen eine Offensive in Tschechien. Das Militär soll Dutzende Dörfer erobert haben.",
                "de")
    assert ("ASSAULT", "Polen", "Tschechien") in got
    taken = [r for r in relations_of("Im Mai startete Polen eine Offensive in Tschechien. Das Militär soll Dutzende "
                                     "Dörfer erobert haben.", "de") if r.predicate == "erobert"]
    assert [(r.actor, r.recipient) for r in taken] == [("Polen", "Tschechien")]
    assert "armies_de" in taken[0].provenance  # the ground was the enemy's: no place in the sentence says so


def test_ground_retaken_goes_against_the_side_that_held_it():
    got = relations_of("Tschechien hat Polen angegriffen. Polen hat das Gebiet Schlesien zurückerobert.", "de")
    retaken = [(r.actor, r.recipient) for r in got if r.predicate == "zurückerobert"]
    assert retaken == [("Polen", "Tschechien")]


def test_a_state_freeing_its_territory_attacks_its_enemy():
    got = relations_of("Tschechien hat Polen angegriffen. Polen will sein Territorium rasch befreien.", "de")
    assert [(r.actor, r.recipient) for r in got if r.predicate == "befreien"] == [("Polen", "Tschechien")]


def test_people_and_duties_set_free_are_no_attack():
    assert not edges("Die Polizei hat in Tschechien zwei Geiseln befreit.", "de")
    assert not edges("Polen hat die Pensionisten von der Gebühr befreit.", "de")
    assert not edges("Im Norden Polens haben Sicherheitskräfte versucht, von Rebellen verschleppte Insassen zu "
                     "befreien.", "de")


def test_an_advance_of_forces_or_of_a_state_into_another_is_an_attack():
    assert edges("Die polnische Armee ist weiter vorgerückt.", "de") == {("ASSAULT", "Polen", None)}
    assert edges("Polens Vormarsch in Tschechien geht weiter.", "de") == {("ASSAULT", "Polen", "Tschechien")}


def test_teams_candidates_and_the_advance_of_others_are_no_attack():
    assert not edges("Polen ist ins Finale vorgerückt.", "de")
    assert not edges("Der Kandidat der Partei konnte im Wahlkampf auf Platz zwei vorrücken.", "de")
    got = relations_of("Die polnische Armee schießt über die Grenze nach Tschechien, um einen Vormarsch der Rebellen "
                       "aufzuhalten.", "de")
    assert not [r for r in got if r.predicate == "Vormarsch" and r.actor == "Polen"]  # the rebels advance


def test_the_team_conquering_the_table_is_no_army():
    assert not edges("Die Truppe von Trainer Novak eroberte am Sonntag die Tabellenspitze.", "de")


def test_a_spokesman_of_the_general_staff_in_the_genitive_is_the_military():
    got = edges("Bodentruppen seien bis in die Region Mähren in Tschechien vorgerückt, sagte ein Sprecher des "
                "polnischen Generalstabs.", "de")
    assert got == {("ASSAULT", "Polen", "Tschechien")}


def test_an_expert_of_a_country_is_no_military_source():
    # "Militärexperte" starts like "Militär" but names no state's military
    assert not edges("Die Armee habe drei Orte in Tschechien erobert, sagte ein polnischer Militärexperte.", "de")


def test_ground_freed_from_a_thing_or_by_a_reporter_is_no_attack():
    assert not edges("Spanien hat etliche Ortschaften vom Hochwasser befreit.", "de")
    assert not edges("Freiwillige haben etliche Dörfer vom Geröll befreit, teilte Madrid mit.", "de")
    assert not edges("Die Bergwacht hat das Gebiet befreit, meldete Prag.", "de")


def test_ground_freed_from_a_side_stays_an_attack():
    got = edges("Tschechien hat Polen angegriffen. Polen hat etliche Dörfer von den Besatzern befreit.", "de")
    assert ("ASSAULT", "Polen", "Tschechien") in got
    got = edges("Polen hat die Region vom Joch Tschechiens befreit.", "de")  # the side in a genitive
    assert ("ASSAULT", "Polen", "Tschechien") in got



def test_taking_no_ground_is_no_attack():
    # a player wins the ball, a state takes a stance: "erobert", "eingenommen" without ground or forces
    assert edges("In der 70. Minute eroberte der Stürmer Estlands den Ball zurück.", "de") == set()
    assert edges("Hätte Litauen die gleiche Haltung wie Lettland eingenommen, wäre es anders gekommen.", "de") == set()
    assert edges("Estland hat mit seinen Sensoren den Weltmarkt erobert.", "de") == set()


def test_taking_ground_or_by_forces_stays_an_attack():
    # ground named (a noun of ground, a town the entities find) or forces as the actor
    assert ("ASSAULT", "Estland", None) in edges("Die Partisanen Estlands haben drei Stellungen erobert.", "de")
    assert ("ASSAULT", "Syrien", None) in edges("Die Armee Syriens hat Homs zurückerobert.", "de")
    assert ("ASSAULT", "Irak", None) in edges("Zwei Ortschaften seien von der irakischen Armee zurückerobert worden.", "de")
