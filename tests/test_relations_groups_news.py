"""Groups of general news that act (lang/de/relations/groups.txt, r2 block): creditors, politicians, the
opposition's compounds, armed groups."""

from __future__ import annotations

from tests.test_relations_events import edges


def test_creditors_and_politicians_demand():
    assert (0, "REQUEST", "Gläubiger", None) in edges("Die Gläubiger fordern mehr Tempo bei den Reformen.")
    assert (0, "REQUEST", "Politiker", None) in edges("Viele Politiker forderten am Montag einen Neubeginn.")


def test_an_opposition_compound_is_the_opposition():
    assert (0, "ACCUSE", "Opposition", "Regierung") in edges("Die Oppositionspolitiker kritisierten die Regierung.")


def test_armed_groups_are_victims_of_a_named_attacker():
    got = edges("Französische Soldaten haben in der Wüste mehrere Jihadisten getötet.")
    assert (0, "ASSAULT", "Frankreich", "Jihadisten") in got
