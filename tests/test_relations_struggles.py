"""Words of fighting for an effort are no armed act (relations/struggles.py)."""

from __future__ import annotations

from tests.relations_text import edges


def test_a_fight_for_a_prize_a_vote_or_against_a_problem_is_no_attack():
    assert not edges("Litauen kämpft bei der Weltmeisterschaft um den Titel.", "de")
    assert not edges("Portugal kämpft weiter mit einer hohen Arbeitslosigkeit.", "de")
    assert not edges("Als Minister kämpfte er für Griechenland gegen das Sparpaket der Gläubiger.", "de")


def test_having_to_struggle_is_no_attack_whoever_is_named():
    assert not edges("Polen und Litauen werden mit steigenden Preisen zu kämpfen haben.", "de")
    assert not edges("Die Regierung Spaniens hatte mit Spanien zu kämpfen.", "de")


def test_fights_against_forces_for_a_place_or_with_forces_stay():
    assert edges("Belarussische Soldaten kämpfen gegen litauische Truppen.", "de") == {
        ("ASSAULT", "Belarus", "Litauen")}
    assert edges("Belarussische Soldaten kämpfen um die Stadt Grodno.", "de") == {("ASSAULT", "Belarus", None)}
    assert edges("Belarus kämpft mit 3.000 Soldaten in der Region Brest.", "de") == {("ASSAULT", "Belarus", None)}
    # a bare capitalized word may be a name the gazetteer lacks: no goal
    assert edges("Die belarussische Armee kämpft gegen Rebellen um Brest.", "de") == {
        ("ASSAULT", "Belarus", "Rebellen")}


def test_fighting_for_a_side_stays_a_fight_and_aid():
    got = edges("Belarussische Soldaten kämpfen seit Mai für Moskau gegen Kiew.", "de")
    assert ("ASSAULT", "Belarus", "Ukraine") in got and ("AID", "Belarus", "Russland") in got


def test_a_fight_for_control_of_a_place_is_a_fight():
    assert edges("Belarussische Einheiten kämpften lange um Kontrolle über die Stadt Grodno.", "de") == {
        ("ASSAULT", "Belarus", None)}
    assert not edges("Litauen kämpft um den Einzug der Mannschaft ins Finale.", "de")


def test_an_english_battle_for_a_goal_is_no_attack():
    assert not edges("Japan is fighting for market share in Kenya.", "en")
    assert not edges("Poland fights against rising prices.", "en")
    assert edges("Belarusian troops are fighting for control of the town.", "en") == {("ASSAULT", "Belarus", None)}
    assert edges("Belarusian troops fought against Lithuanian forces near the border.", "en") == {
        ("ASSAULT", "Belarus", "Litauen")}
    assert edges("Belarusian soldiers fight for Russia against Ukraine.", "en") >= {("ASSAULT", "Belarus", "Ukraine")}


def test_a_goal_with_a_place_is_a_struggle_unless_the_goal_is_holding_ground():
    assert not edges("Poland is fighting for the future of the region.", "en")
    assert not edges("Polen kämpft um die Zukunft der Region.", "de")
    assert edges("Belarussische Soldaten kämpfen um die Kontrolle der Region.", "de") == {("ASSAULT", "Belarus", None)}
