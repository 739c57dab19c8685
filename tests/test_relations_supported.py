"""An event noun in the object of a verb of backing: the backer is no side of the event (relations/supported.py)."""

from __future__ import annotations

from lagebild.relations.mentions import Mention
from lagebild.relations.supported import backer
from tests.relations_text import relations_of


def _edges(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text, "de")}


def test_the_backers_of_an_offensive_help_its_actor_and_are_not_attacked():
    assert _edges("Kubanische Soldaten unterstützen die venezolanische Offensive in Guyana.") == {
        ("AID", "Kuba", "Venezuela")}


def test_a_recipient_the_noun_names_after_itself_stays():
    assert _edges("Kuba unterstützt Venezuelas Angriffe auf Kolumbien.") == {
        ("AID", "Kuba", "Venezuela"), ("ASSAULT", "Venezuela", "Kolumbien")}


def test_joint_work_a_side_strengthens_is_its_own():
    words = "Kuba und Venezuela verstärkten ihre Zusammenarbeit".split()
    low = [w.lower() for w in words]
    kuba = Mention("Kuba", "Kuba", 0, 4, 0, 1, "LOC")
    assert not backer(kuba, words, low, 5, 1, "COOPERATE", "de")
    assert backer(kuba, words, low, 5, 1, "ASSAULT", "de")


def test_the_verb_after_the_nouns_phrase_backs_it_too():
    words = "Kubanische Soldaten sollen die Offensive Venezuelas massiv unterstützen".split()
    low = [w.lower() for w in words]
    kuba = Mention("Kuba", "Kubanische", 0, 10, 0, 1, "LOC")
    assert backer(kuba, words, low, 4, 1, "ASSAULT", "de")
    assert not backer(kuba, "Kubanische Soldaten sahen die Offensive .".split(), "kubanische soldaten sahen die offensive .".split(), 4, 1, "ASSAULT", "de")
