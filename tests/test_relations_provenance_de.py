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
