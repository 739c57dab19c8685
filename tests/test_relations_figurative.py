"""Fights in words (relations/figurative.py): between people, words of attacking are criticism or play."""

from __future__ import annotations

from tests.relations_text import relations_of


def typed(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(r.type, r.mode, r.actor, r.recipient) for r in relations_of(text, "de")]


def test_an_attack_in_words_between_a_person_and_a_body_is_criticism():
    assert typed("Jens Stoltenberg griff am Montag die Weltbank scharf an.") == [
        ("ACCUSE", "disapprove", "Jens Stoltenberg", "Weltbank")]


def test_words_of_play_between_people_are_no_event():
    assert typed("Nach der Pause stellte Jens Stoltenberg zwei Spieler der Weltbank für die Offensive auf.") == []


def test_arms_or_forces_in_the_sentence_keep_the_attack():
    assert typed("Jens Stoltenberg hat die Weltbank mit Soldaten angegriffen.") == [
        ("ASSAULT", None, "Jens Stoltenberg", "Weltbank")]
    assert typed("Jens Stoltenberg hat die Weltbank mit Raketen angegriffen.") == [
        ("ASSAULT", None, "Jens Stoltenberg", "Weltbank")]


def test_a_state_attacked_stays_an_attack():
    assert ("ASSAULT", None, "Jens Stoltenberg", "Polen") in typed("Jens Stoltenberg hat Polen angegriffen.")


def test_a_person_named_again_by_a_pronoun_is_still_a_person():
    assert typed("Jens Stoltenberg sprach am Montag. Er griff die Weltbank scharf an.") == [
        ("ACCUSE", "disapprove", "Jens Stoltenberg", "Weltbank")]


def test_an_armed_group_attacking_no_one_named_fights():
    assert typed("Boko Haram griff in der Nacht eine Kleinstadt an.") == [("ASSAULT", None, "Boko Haram", None)]
    assert typed("Die Taliban kämpfen weiter in den Bergen.") == [("ASSAULT", None, "Taliban", None)]
    assert typed("Die Weltbank kämpft weiter um ihren Ruf.") == []  # no armed group: a fight in words
