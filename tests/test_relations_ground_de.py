"""The ground an occupation or a capture holds, named before its relative clause (relations/ground_de.py)."""

from __future__ import annotations

from tests.relations_text import edges


def test_the_place_a_relative_clause_describes_as_occupied_names_the_side_attacked():
    got = edges("Die Kämpfe gehen in der Provinz Brjansk weiter, die zum Teil von ukrainischen Truppen besetzt ist.",
                "de")
    assert ("ASSAULT", "Ukraine", "Russland") in got


def test_the_relative_clause_may_follow_the_verbs_of_its_antecedents_clause():
    # "in der Provinz X": no place rule of "in X" gives the recipient here, only the relative clause's antecedent
    got = edges("Die Soldaten sollen in der Provinz Sumy eingesetzt werden, die im Mai von russischen Truppen besetzt "
                "worden war.", "de")
    assert ("ASSAULT", "Russland", "Ukraine") in got


def test_a_relative_pronoun_after_a_preposition_opens_the_clause_too():
    got = edges("Die Soldaten kämpfen in der Region Belgorod, von der seit Juni ein Teil von ukrainischen Truppen "
                "besetzt ist.", "de")
    assert ("ASSAULT", "Ukraine", "Russland") in got


def test_the_subject_of_a_passive_occupation_is_the_ground_taken():
    got = edges("Ein Teil der Region Brjansk ist seit Mai von ukrainischen Truppen besetzt.", "de")
    assert got == {("ASSAULT", "Ukraine", "Russland")}


def test_posts_and_buildings_occupied_by_people_are_no_attack():
    assert not edges("Die Regierung hat die Stelle des Ministers neu besetzt.", "de")
    # occupying a building is a protest (relations/crowds.py), no attack
    assert edges("Aktivisten besetzten am Montag das Rathaus in Wien.", "de") == {("PROTEST", "Aktivisten", None)}
    assert not edges("Die Tagung in Graz, die hochkarätig besetzt war, endete am Freitag.", "de")
