"""The actor of a German noun trigger named after "kam von" (relations/coming_from.py)."""

from __future__ import annotations

from tests.relations_text import edges
from tests.test_relations_frames import edges as edges_with_model


def test_the_one_criticism_comes_from_is_its_actor():
    assert ("ACCUSE", "Europäische Union", "Türkei") in edges("Deutliche Kritik an der Türkei kommt nun von der EU.", "de")


def test_a_model_organization_after_kam_von_is_admitted_as_the_actor():
    got = edges_with_model("Deutliche Kritik an der Türkei kam gestern von der ÖTP.", ("ÖTP",))
    assert ("ACCUSE", "ÖTP", "Türkei") in got


def test_a_list_of_critics_takes_none_of_them_for_the_criticised():
    got = edges("Kritik kam zuletzt von der EU, der Türkei und Polen.", "de")
    assert ("ACCUSE", "Europäische Union", "Türkei") not in got


def test_without_a_verb_of_coming_von_keeps_its_role():
    # "Kritik von der EU" without "kam": roles_de reads the "von" phrase itself; no actor after a comma
    got = edges("Kritik an der Türkei kam gestern, sagte ein Sprecher von der EU.", "de")
    assert ("ACCUSE", "Europäische Union", "Türkei") not in got


def test_each_listed_critic_is_an_actor_of_its_own():
    # the list after "kam von" names several critics: one relation each, not only the last one
    got = edges("Scharfe Kritik an Ungarn kam am Dienstag von Polen und Rumänien.", "de")
    assert {("ACCUSE", "Polen", "Ungarn"), ("ACCUSE", "Rumänien", "Ungarn")} <= got
    got = edges("Kritik an Serbien kam von Kroatien, der EU und von Polen.", "de")
    assert {("ACCUSE", a, "Serbien") for a in ("Kroatien", "Europäische Union", "Polen")} <= got
    assert not any(r == "Kroatien" or a == r for _, a, r in got)  # no critic is the criticised


def test_listed_senders_of_a_mutual_kind_are_no_pair():
    # praise is a mutual kind (one actor otherwise): after "kam von" each listed sender praises
    got = edges("Lob für Serbien kam zuletzt von Russland und China.", "de")
    assert {("SUPPORT", "Russland", "Serbien"), ("SUPPORT", "China", "Serbien")} <= got
    assert ("SUPPORT", "Russland", "China") not in got


def test_a_critic_named_after_another_preposition_is_not_listed():
    got = edges("Kritik an Ungarn kam von Polen und am Dienstag auch aus Rumänien.", "de")
    assert ("ACCUSE", "Polen", "Ungarn") in got
    assert ("ACCUSE", "Rumänien", "Ungarn") not in got


def test_no_critic_after_kam_von_is_taken_for_the_criticised():
    # the criticised is named before the verb or by a preposition; a co-critic or a name later in the list is none
    got = edges("Kritik kam etwa von der EU, den USA, und einigen Ländern, darunter Polen.", "de")
    assert not [e for e in got if e[0] == "ACCUSE"], got
    assert ("SUPPORT", "Russland", "Serbien") in edges("Lob kam zuletzt von Russland für Serbien.", "de")
    # after a colon the critic's words begin: whom they name is the criticised
    assert ("ACCUSE", "Polen", "Ungarn") in edges("Herbe Kritik kam von Polen: Ungarn verletze die Regeln.", "de")
