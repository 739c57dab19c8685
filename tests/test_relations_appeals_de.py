"""relations/appeals_de.py: turning to someone ("sich an X wenden") is a request to them (issue 10). Sentences made
up, actors countries the gazetteer knows."""

from __future__ import annotations

from lagebild.relations.appeals_de import no_appeal, turning
from tests.relations_text import edges, relations_of


def test_turning_to_a_state_asks_it():
    assert edges("Moldau wandte sich an Rumänien.", "de") == {("REQUEST", "Moldau", "Rumänien")}
    assert edges("Moldau hat sich mit der Bitte um Strom an Rumänien gewandt.", "de") == {
        ("REQUEST", "Moldau", "Rumänien")}


def test_an_appeal_for_the_case_of_need_is_hypothetical():
    rels = relations_of("Notfalls werde sich Moldau an Rumänien wenden.", "de")
    assert [(r.type, r.actor, r.recipient, r.status) for r in rels] == [
        ("REQUEST", "Moldau", "Rumänien", "hypothetical")]


def test_turning_without_reflexive_and_an_or_to_no_actor_asks_no_one():
    assert edges("Moldau wandte sich gegen den Plan Rumäniens.", "de") == set()
    assert edges("Der Premier Moldaus wandte sich an die Öffentlichkeit.", "de") == set()
    assert edges("Ein Tor Rumäniens konnte das Blatt nicht mehr wenden.", "de") == set()


def test_the_clause_decides():
    assert turning("wandte") and not turning("wand")
    assert no_appeal("er wendet das blatt".split(), 1)
    assert not no_appeal("sie wandte sich an polen".split(), 1)
    assert no_appeal("sie wandte an polen sich".split(), 1)  # the "an" must follow the reflexive


def test_only_the_one_after_an_is_turned_to():
    # the refugees of the clause before are no addressee, and "die internationale Gemeinschaft" names no actor
    text = "Weil die Flüchtlinge in Moldau viel kosten, werde sich Chisinau an die Gemeinschaft der Geber wenden."
    assert not any(t == "REQUEST" for t, _, _ in edges(text, "de"))
    assert edges("Moldau hat sich wegen der Flüchtlinge an Rumänien gewandt.", "de") == {
        ("REQUEST", "Moldau", "Rumänien")}
