"""A name inside the object of a verb whose subject names no one receives; the actor is the document's giver
(relations/unnamed_subjects.py)."""

from __future__ import annotations

from lagebild.relations.lexicon import load
from lagebild.relations.mentions import Mention
from lagebild.relations.unnamed_subjects import object_side
from tests.relations_text import relations_of


def _edges(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r.type, r.actor, r.recipient, r.predicate) for r in relations_of(text, "de")]


def test_the_object_side_behind_unnamed_forces_receives_from_the_documents_giver():
    # without unnamed_subjects.py: an AID of Venezuela to Kuba (the recipient carried from the first sentence)
    rels = _edges("Kuba schickt Soldaten nach Venezuela. Havanna teilte mit, dass eine Pionier-Brigade im Herbst "
                  "die venezolanischen Truppen im Süden unterstützen werde.")
    assert rels == [("AID", "Kuba", "Venezuela", "schickt"), ("AID", "Kuba", "Venezuela", "unterstützen")]


def test_without_a_giver_in_the_document_the_object_side_is_no_actor():
    rels = _edges("Russland liefert Kuba Öl. Havanna teilte mit, dass eine Pionier-Brigade im Herbst die "
                  "venezolanischen Truppen im Süden unterstützen werde.")
    assert rels == [("AID", "Russland", "Kuba", "liefert")]


def test_a_named_subject_acts():
    assert _edges("Am Montag hat Kuba die venezolanischen Truppen unterstützt.") == [
        ("AID", "Kuba", "Venezuela", "unterstützt")]


def test_the_rule_needs_an_unnamed_noun_phrase_before_the_name():
    words = "Kuba will Venezuelas Taktik unterstützen".split()
    low = [w.lower() for w in words]
    kuba = Mention("Kuba", "Kuba", 0, 4, 0, 1, "LOC")
    assert not object_side(kuba, [kuba], words, low, 4, 1, 0, load("de"))
    words = "Die frischen Kräfte könnten Venezuelas Taktik unterstützen".split()
    low = [w.lower() for w in words]
    venezuela = Mention("Venezuela", "Venezuelas", 30, 40, 4, 5, "LOC")
    assert object_side(venezuela, [venezuela], words, low, 6, 1, 0, load("de"))
