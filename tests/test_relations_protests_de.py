"""Protest words of the trigger rules that name no protest here (relations/protests_de.py): "demonstrieren" as
showing, a protest noun only spoken of by a state or a person."""

from __future__ import annotations

from tests.relations_text import edges


def protests(text: str) -> set[tuple[str, str, str | None]]:
    return {e for e in edges(text, "de") if e[0] == "PROTEST"}


def test_demonstrating_a_quality_or_a_fact_is_no_protest():
    assert not protests("Die Koalition in Madrid demonstriert nach dem Streit Geschlossenheit.")
    assert not protests("Das demonstrierte am Sonntag ebenso Olaf Scholz: Er sagte, man werde helfen.")


def test_a_group_that_demonstrates_protests():
    assert protests("Die Gewerkschaft demonstrierte am Montag vor dem Ministerium.") == {
        ("PROTEST", "Gewerkschaft", None)}
    assert protests("Die Gewerkschaft demonstrierte am Montag vor dem Ministerium gegen die Reform.") == {
        ("PROTEST", "Gewerkschaft", None)}


def test_a_protest_noun_is_no_act_of_a_state_that_does_not_own_it():
    # the protests were against Spain's act: Spain is no protester
    assert not protests("Die Ausweisung von Journalisten durch Spanien hatte in Paris zu Protesten geführt.")
