"""German event nouns used as the verb of their clause: fighting taken part in, an offensive started
(relations/verbal_nouns.py)."""

from __future__ import annotations

from tests.relations_text import relations_of
from tests.test_relations_events import edges


def test_fighters_named_before_bei_kaempfen_are_the_actors():
    got = edges("Kämpfer aus Nordkorea sollen zuletzt bei heftigen Kämpfen im Gebiet Kursk aktiv gewesen sein.")
    assert (0, "ASSAULT", "Nordkorea", None) in got


def test_the_side_after_mit_is_the_opponent():
    got = edges("Die nordkoreanischen Truppen standen bei Gefechten mit ukrainischen Soldaten unter Druck.")
    assert (0, "ASSAULT", "Nordkorea", "Ukraine") in got


def test_a_support_verb_makes_its_subject_the_attacker():
    assert (0, "ASSAULT", "Russland", None) in edges("Russland hat im Süden eine große Gegenoffensive gestartet.")
    got = edges('Die Ukraine startete im Sommer eine "überraschende" Offensive.')
    assert (0, "ASSAULT", "Ukraine", None) in got


def test_casualties_in_fighting_and_bare_nouns_stay_no_event():
    assert not edges("Nordkoreanische Soldaten sind bei Kämpfen im Gebiet Kursk getötet worden.")
    assert not edges("Bei Kämpfen im Gebiet Kursk wurden 200 nordkoreanische Soldaten verwundet.")
    assert not edges("Russland meldet eine Offensive im Süden.")


def test_a_noun_a_preposition_governs_is_no_object_of_the_support_verb():
    # "eröffnet" takes "Ermittlungen" and "ein Verfahren" as objects, not the attack named inside their PP
    assert not {e for e in edges("Die Ukraine hat Ermittlungen zu dem Angriff auf Lwiw eröffnet.") if e[1] == "ASSAULT"}
    assert not edges("Die Ukraine hat ein Verfahren wegen der Offensive in Belarus eröffnet.")
    assert (0, "ASSAULT", "Belarus", "Litauen") in edges("Belarus hat im Norden eine Offensive gegen Litauen eröffnet.")


def test_a_noun_of_entering_a_war_is_the_act_of_the_party_its_clause_names():
    assert (0, "ASSAULT", "Belarus", None) in edges("Beobachter rechnen mit einem Kriegseintritt von Belarus.")
    got = [r for r in relations_of("Ist Litauen damit schon Kriegspartei?", "de") if r.type == "ASSAULT"]
    assert [(r.actor, r.recipient, r.status) for r in got] == [("Litauen", None, "hypothetical")]
    # the plural names the sides of a war, no act; nor does a noun of fighting alone
    assert not edges("Die Kriegsparteien in Libyen trafen sich in Rom.")
    assert not edges("Belarus meldet eine Offensive im Norden.")


def test_criticism_voiced_by_a_support_verb_is_its_subjects_accusation():
    from tests.relations_text import edges as plain_edges

    assert plain_edges("Die Opposition übt scharfe Kritik an der geplanten Steuer.", "de") == {
        ("ACCUSE", "Opposition", None)}
    # the noun first, its speaker after the verb
    assert plain_edges("Harte Kritik an der geplanten Steuer übte zuletzt Olaf Scholz.", "de") == {
        ("ACCUSE", "Olaf Scholz", None)}
    assert plain_edges("Olaf Scholz erhob schwere Vorwürfe gegen die Betreiber.", "de") == {
        ("ACCUSE", "Olaf Scholz", None)}


def test_criticism_a_preposition_governs_is_no_support_verbs_object():
    from tests.relations_text import edges as plain_edges

    assert not plain_edges("Trotz Kritik an der geplanten Steuer übte Olaf Scholz Geduld.", "de")
    # without a support verb a noun of criticism names no accusation of the subject
    assert not plain_edges("Die Opposition wartet auf Kritik an der geplanten Steuer.", "de")
