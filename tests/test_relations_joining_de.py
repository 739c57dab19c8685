"""German verbs of joining a war (relations/joining_de.py): who joins fights, against the side it names or the
country the war is named by when the document puts the actor on the other side."""

from __future__ import annotations

from lagebild.relations import joining_de
from tests.relations_text import edges


def test_joining_a_war_is_a_fight_of_the_one_who_joins():
    assert edges("Litauen wird sich am Krieg beteiligen.", "de") == {("ASSAULT", "Litauen", None)}
    assert edges("Der Iran hat sich in den Krieg eingemischt.", "de") == {("ASSAULT", "Iran", None)}
    assert edges("Belarus greift mit Panzern in die Kämpfe ein.", "de") == {("ASSAULT", "Belarus", None)}


def test_the_opponent_only_after_gegen_not_where_the_war_is_nor_in_the_next_clause():
    assert edges("Polen könnte in den Krieg gegen Belarus eingreifen.", "de") == {("ASSAULT", "Polen", "Belarus")}
    assert edges("Polen will nicht in den Krieg in Syrien eingreifen.", "de") == {("ASSAULT", "Polen", None)}
    assert edges("Sollte sich Polen in den Krieg einschalten, würde Belarus reagieren.", "de") == {
        ("ASSAULT", "Polen", None)}


def test_joining_anything_but_a_war_is_no_fight():
    assert not edges("Polen beteiligt sich an den Kosten des Krieges.", "de")
    assert not edges("Litauen tritt seit Jahren für ein Ende des Krieges ein.", "de")
    assert not edges("Österreich mischt sich nicht in den Wahlkampf in Ungarn ein.", "de")
    assert not edges("Frankreich will sich nicht in den Handelskrieg einmischen.", "de")


def test_the_country_a_war_is_named_by_is_attacked_only_by_the_other_side():
    sided = "Russland hat die Ukraine angegriffen. Belarus hilft Russland. Belarus wird im Ukraine-Krieg mitkämpfen."
    assert ("ASSAULT", "Belarus", "Ukraine") in edges(sided, "de")
    helper = "Russland hat die Ukraine angegriffen. Polen hilft der Ukraine. Polen wird im Ukraine-Krieg mitkämpfen."
    got = edges(helper, "de")
    assert ("ASSAULT", "Polen", None) in got and ("ASSAULT", "Polen", "Ukraine") not in got
    assert edges("Belarus wird im Ukraine-Krieg mitkämpfen.", "de") == {("ASSAULT", "Belarus", None)}


def test_a_noun_of_means_with_von_before_the_verb_makes_no_passive():
    got = edges("Belarus wird nach einer Anordnung von oben direkt im Krieg mitkämpfen.", "de")
    assert got == {("ASSAULT", "Belarus", None)}


def test_war_nouns_after_a_preposition():
    words = "Sie wollen sich nicht an den schweren Kämpfen beteiligen".split()
    assert joining_de.war_joined(words, [w.lower() for w in words], 0, len(words)) == 7
    words = "Sie treten für ein Ende des Krieges ein".split()
    assert joining_de.war_joined(words, [w.lower() for w in words], 0, len(words)) is None


def test_taking_part_in_the_fighting_or_being_drawn_into_it():
    assert edges("Litauische Truppen nehmen seit Mai an den Kampfhandlungen teil.", "de") == {
        ("ASSAULT", "Litauen", None)}
    assert edges("Litauische Soldaten haben an Kampfeinsätzen teilgenommen.", "de") == {("ASSAULT", "Litauen", None)}
    assert edges("Litauische Soldaten sind in Gefechte verwickelt.", "de") == {("ASSAULT", "Litauen", None)}
    assert not edges("Litauische Soldaten nehmen an einem Manöver in Polen teil.", "de")
    assert not edges("Der litauische Minister ist in einen Skandal verwickelt.", "de")


def test_eintreten_joins_only_through_its_own_in_den_krieg_and_never_with_fuer():
    # rv12 finding 7b: "im Krieg ... für ... eintreten" advocates; "in den Krieg eintreten" joins
    assert not edges("Ungarn tritt im Krieg gegen den Terror für mehr Zusammenarbeit ein.", "de")
    assert not edges("Estland tritt in den Gesprächen über den Krieg für Sanktionen ein.", "de")
    assert edges("Ungarn könnte bald in den Krieg eintreten.", "de") == {("ASSAULT", "Ungarn", None)}


def test_a_war_in_words_is_no_war_joined():
    # rv12 finding 7c: a data line of kind "figurative" in joining.txt
    assert not edges("Die Türkei mischt sich in den Krieg der Worte zwischen Berlin und Moskau ein.", "de")
    assert not edges("Spanien will sich nicht in den Handels-Krieg einmischen.", "de")
    assert edges("Die Türkei mischt sich in den Krieg in Syrien ein.", "de") == {("ASSAULT", "Türkei", None)}
