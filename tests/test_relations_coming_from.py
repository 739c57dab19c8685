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
