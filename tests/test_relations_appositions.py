"""A speaker named with an apposition between commas before the verb of a speech act (relations/appositions.py)."""

from __future__ import annotations

from lagebild.relations.appositions import subject_start
from lagebild.relations.mentions import Mention
from tests.relations_text import edges


def test_role_then_name_before_the_verb_is_the_speaker():
    # the mention after the verb is the one criticised, not the actor
    assert edges("Der Vorsitzende der Partei, Friedrich Merz, kritisierte die Landesregierung scharf.", "de") == {
        ("ACCUSE", "Friedrich Merz", "Regierung")}


def test_name_then_apposition_before_the_verb_is_the_speaker():
    assert edges("Annalena Baerbock, die neue Sprecherin des Vereins, forderte mehr Geld für Schulen.", "de") == {
        ("REQUEST", "Annalena Baerbock", None)}


def test_an_auxiliary_may_open_the_verb_clause():
    assert edges("Der Obmann des Vereins, Boris Pistorius, hat die Landesregierung kritisiert.", "de") == {
        ("ACCUSE", "Boris Pistorius", "Regierung")}


def test_a_subject_after_the_verb_keeps_its_clause():
    # "..., kritisierte die Opposition": the verb's own subject follows it; the name before the comma is no speaker
    assert edges("Olaf Scholz plane Kürzungen, kritisierte die Opposition.", "de") == {("ACCUSE", "Opposition", None)}


def test_a_relative_clause_is_no_apposition():
    # "Merz, der von Scholz gelobt worden war, forderte": the clause ends with its verb, a relative clause (whose
    # mentions would become the speaker's addressees), not an apposition: the clause start stays
    words = "Merz , der von Scholz gelobt worden war , forderte mehr Geld .".split()
    low = [w.lower() for w in words]
    found = [Mention("Friedrich Merz", "Merz", 0, 4, 0, 1, "PER"), Mention("Olaf Scholz", "Scholz", 13, 19, 4, 5, "PER")]
    assert subject_start(words, low, found, 9, 9, "REQUEST") == 9
    appositive = "Merz , der Chef der Partei , forderte mehr Geld .".split()
    assert subject_start(appositive, [w.lower() for w in appositive], found[:1], 7, 7, "REQUEST") == 0
    assert subject_start(appositive, [w.lower() for w in appositive], found[:1], 7, 7, "CONSULT") == 7


def test_a_body_in_the_apposition_is_the_speakers_own():
    # "Chef der SPÖ": his party describes him, it is not the one he criticises (stance.affiliated)
    assert edges("Friedrich Merz, Chef der SPÖ, kritisierte die Pläne.", "de") == {("ACCUSE", "Friedrich Merz", None)}


def test_a_list_of_subjects_before_the_verb_acts_together():
    assert edges("Olaf Scholz, Friedrich Merz und die Regierung kritisierten Polen.", "de") == {
        ("ACCUSE", "Olaf Scholz", "Polen"), ("ACCUSE", "Friedrich Merz", "Polen"), ("ACCUSE", "Regierung", "Polen")}


def test_a_list_needs_to_open_the_sentence():
    # the clause before the comma has its own verb: no list of subjects
    assert edges("Die Regierung plane Kürzungen, Polen und Ungarn kritisierten das.", "de") == {
        ("ACCUSE", "Polen", None), ("ACCUSE", "Ungarn", None)}
