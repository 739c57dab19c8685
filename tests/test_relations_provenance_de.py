"""Where goods come from, the verb before its subject (relations/provenance_de.py)."""

from __future__ import annotations

from tests.relations_text import edges


def test_the_agent_of_a_participle_in_the_subject_holds_the_goods_and_the_origin_after_aus_gives():
    got = edges("Zuletzt stammte ein Drittel der von Venezuelas Armee verschossenen Munition aus Kuba.", "de")
    assert got == {("AID", "Kuba", "Venezuela")}


def test_a_country_adjective_of_the_goods_after_the_verb_is_their_holder():
    got = edges("Wie es heißt, stammt ein Teil der venezolanischen Raketen aus Kuba.", "de")
    assert got == {("AID", "Kuba", "Venezuela")}


def test_the_origin_the_contrast_names_after_sondern_gives():
    got = edges("Angeblich stammt ein Teil der venezolanischen Raketen nicht aus eigenen Werken, sondern aus Kuba.",
                "de")
    assert got == {("AID", "Kuba", "Venezuela")}


def test_the_possessor_before_the_verb_still_receives():
    assert edges("Ein Drittel der venezolanischen Raketen stammt aus Kuba.", "de") == {("AID", "Kuba", "Venezuela")}


def test_a_person_from_a_country_is_no_flow():
    assert not edges("Der Trainer der venezolanischen Auswahl stammt aus Kuba.", "de")
    assert not edges("Laut dem Verband stammt der neue Trainer der Auswahl aus Kuba.", "de")


def test_supplies_with_their_origin_after_aus_flow_to_the_side_the_sentence_names():
    got = edges("Ohne den Nachschub an Munition aus Kuba stünde Venezuela schlechter da.", "de")
    assert got == {("AID", "Kuba", "Venezuela")}
    got = edges("Maduro erwartet für Venezuela weitere Verstärkungen an Soldaten aus Kuba.", "de")
    assert ("AID", "Kuba", "Venezuela") in got


def test_supplies_need_forces_or_goods_in_their_clause():
    # a team's new players and a trade dependence are no military flow, even with an origin after "aus"
    assert not edges("Rapid Wien holte Verstärkung aus Brasilien für die Abwehr.", "de")
    assert not edges("Ohne den Nachschub aus Kuba stünde Venezuela schlechter da.", "de")
    assert not edges("Österreichs Abhängigkeit von Öl aus Russland ist hoch.", "de")


def test_supplies_without_an_origin_after_aus_are_no_flow():
    assert not edges("Bolivien holte zwei Spieler als Verstärkung für die Abwehr.", "de")
    assert not edges("Die Regierung in Caracas rechnet nicht mit Verstärkung für Venezuelas Armee.", "de")
    assert not edges("Die Abhängigkeit Polens von russischem Gas wächst.", "de")
    assert not edges("Die Präsenz kubanischer Verstärkungen in Venezuela ist bekannt.", "de")


def test_reinforcements_with_their_origin_are_forces_of_their_own():
    # the plural noun names forces (objects.txt), so no other forces need be named; the possessor receives
    got = edges("Putins Verstärkungen aus Belarus: Ein Analyst warnt vor einer neuen Offensive.", "de")
    assert got == {("AID", "Belarus", "Wladimir Putin")}
    assert edges("Venezuelas neue Verstärkungen aus Kuba sind eingetroffen.", "de") >= {("AID", "Kuba", "Venezuela")}
