"""relations/hits_de.py: the German verb "treffen" that hits, scores, meets an opponent or decides is no meeting
(issue 10). Sentences made up, actors countries the gazetteer knows."""

from __future__ import annotations

from lagebild.relations import hits_de
from tests.relations_text import edges


def _at_verb(sentence: str) -> tuple[list[str], list[str], int]:
    words = sentence.replace(".", " .").replace(",", " ,").split()
    low = [w.lower() for w in words]
    return words, low, next(j for j, w in enumerate(low) if hits_de.verb(w))


def test_opponents_meeting_in_sport_are_no_meeting():
    assert edges("Schweden und Dänemark treffen am Dienstag aufeinander.", "de") == set()
    assert hits_de.no_meeting(*_at_verb("Im Finale trifft die Auswahl Polens am Sonntag auf Spanien."))
    assert hits_de.no_meeting(*_at_verb("Es wird eng, wenn Polen im Finale auf Spanien trifft."))


def test_scoring_is_no_meeting():
    assert edges("Der Stürmer Dänemarks traf gegen Schweden zweimal.", "de") == set()
    assert hits_de.no_meeting(*_at_verb("Die Spielerin aus Norwegen traf per Kopf zum 2:1."))
    assert hits_de.no_meeting(*_at_verb("Der Verteidiger hatte gegen Lyon (1:0) getroffen."))


def test_a_projectile_hits():
    assert edges("Eine Rakete Russlands traf ein Krankenhaus der Ukraine.", "de") == set()
    assert hits_de.no_meeting(*_at_verb("Die neuen Waffen könnten Ziele in ganz Europa treffen."))


def test_hit_hard_and_a_decision_are_no_meeting():
    assert edges("Die Sanktionen der USA treffen Russland hart.", "de") == {("SANCTION", "USA", "Russland")}
    assert edges("Die Regierung Italiens hat gegenüber Frankreich eine Entscheidung getroffen.", "de") == set()


def test_meetings_stay():
    assert edges("Die Kanzlerin Deutschlands traf den Präsidenten Frankreichs.", "de") == {
        ("CONSULT", "Deutschland", "Frankreich")}
    assert edges("Der Kanzler Österreichs traf auf dem Gipfel den Präsidenten Frankreichs.", "de") == {
        ("CONSULT", "Österreich", "Frankreich")}
    assert not hits_de.no_meeting(*_at_verb("Auf Einladung Spaniens traf der Kanzler den Präsidenten Polens."))
    # a word of meeting in the clause outweighs a weak word: "die Führung" is the leadership met
    assert not hits_de.no_meeting(*_at_verb("Der Kanzler traf sich mit der Führung der Partei."))
    # "Maßnahmen ... gegen" in a clause of its own is what the talks are about
    assert not hits_de.no_meeting(*_at_verb("Die Minister trafen sich , um Maßnahmen gegen Schlepper zu beraten."))


def test_the_noun_is_left_alone():
    words, low, _ = _at_verb("Das Treffen der Minister Polens und Litauens dauerte lange.")
    assert not hits_de.no_meeting(words, low, 1)


def test_a_word_of_a_blow_or_a_decision_away_from_the_verb_leaves_the_meeting():
    # "Ausschuss" ends in "schuss" but is no shot; "schwer" describes the person met, "Wahl" the occasion
    assert edges("Scholz traf den Ausschuss des Parlaments Polens in Warschau.", "de") == {
        ("CONSULT", "Olaf Scholz", "Polen")}
    assert edges("Scholz traf den schwer erkrankten Präsidenten Polens in Warschau.", "de") == {
        ("CONSULT", "Olaf Scholz", "Polen")}
    assert ("CONSULT", "Polen", "Litauen") in edges("Polen traf Litauen zur Vorbereitung der Wahl in Vilnius.", "de")
    # next to the verb they still decide: a blow, a decision
    assert edges("Die Sanktionen treffen Polen hart.", "de") == set()
    assert edges("Polen traf eine Entscheidung über Litauen.", "de") == set()
