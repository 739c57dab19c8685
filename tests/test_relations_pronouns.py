"""A person named by a pronoun as the speaker of a demand, an accusation or a refusal (relations/pronouns.py)."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_er_after_a_named_person_demands_without_recipient():
    got = edges("Sergej Lawrow landete am Abend in Wien. Er forderte mehr Geld für die Diplomatie.")
    assert (1, "REQUEST", "Sergej Lawrow", None) in got


def test_er_after_the_reporting_verb_is_the_speaker():
    got = edges("Sergej Lawrow landete am Abend in Wien. Mehr Geld für die Botschaften, forderte er.")
    assert (1, "REQUEST", "Sergej Lawrow", None) in got


def test_sie_with_a_singular_verb_is_the_woman_named_before():
    got = edges("Annalena Baerbock sprach am Dienstag in Prag. Sie kritisierte den Beschluss der Runde.")
    assert (1, "ACCUSE", "Annalena Baerbock", None) in got


def test_an_institution_named_after_the_person_takes_the_pronoun():
    got = edges("Sergej Lawrow landete am Abend in Wien. Die Kommission prüfte den Plan. Sie forderte mehr Geld.")
    assert not {e for e in got if e[0] == 2}


def test_acts_that_need_a_recipient_stay_out():
    assert not edges("Sergej Lawrow landete am Abend in Wien. Er lobte das Essen im Hotel.")
