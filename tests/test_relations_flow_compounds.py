"""relations/flow_compounds.py: the first part of a hyphenated flow compound receives ("Portugal-Hilfe"), the
clause's subject gives. Sentences made up, actors the gazetteer knows."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations import flow_compounds
from tests.relations_text import relations_of


def _flows(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.actor, r.recipient, r.status) for r in relations_of(text, "de") if r.type == "AID"}


def test_the_first_part_receives_and_the_subject_gives():
    assert _flows("Spanien denkt über Portugal-Waffenlieferungen nach.") == {("Spanien", "Portugal", "hypothetical")}
    assert _flows("Spanien hat die Paris-Hilfen verdoppelt.") == {("Spanien", "Frankreich", "factual")}
    assert _flows("Norwegen erwägt eine Schweden-Hilfe.") == {("Norwegen", "Schweden", "hypothetical")}


def test_a_possessor_or_genitive_gives():
    assert _flows("Spaniens Portugal-Hilfe wurde verlängert.") == {("Spanien", "Portugal", "factual")}
    assert _flows("Die Portugal-Hilfe Spaniens wurde verlängert.") == {("Spanien", "Portugal", "factual")}


def test_no_giver_or_an_acronym_first_part_makes_no_flow():
    assert _flows("Die Portugal-Hilfe wurde verlängert.") == set()
    assert _flows("Spanien streitet über die US-Hilfe.") == set()
    # a giver named after a preposition is no subject
    assert _flows("Nach Angaben aus Spanien wurde die Portugal-Hilfe verlängert.") == set()


def test_receiver_reads_countries_and_capitals_only():
    gaz = gazetteer("de")
    assert flow_compounds.receiver("Ukraine-Hilfe", gaz) == "Ukraine"
    assert flow_compounds.receiver("Paris-Hilfen", gaz) == "Frankreich"
    assert flow_compounds.receiver("EU-Hilfe", gaz) is None
    assert flow_compounds.receiver("Flüchtlings-Hilfe", gaz) is None


def test_only_a_verb_of_giving_or_weighing_makes_the_subject_give():
    assert _flows("Belgien lehnt die Portugal-Hilfe ab.") == set()
    assert _flows("Belgien stoppte die Portugal-Waffenlieferungen.") == set()
    assert _flows("Belgien sprach über eine Portugal-Hilfe.") == set()
    assert _flows("Belgien prüft weitere Portugal-Hilfen.") == {("Belgien", "Portugal", "hypothetical")}
    assert _flows("Belgien stockte seine Portugal-Hilfe auf.") == {("Belgien", "Portugal", "factual")}
    # a possessor gives whatever the clause's verb does
    assert _flows("Italien kritisierte Belgiens Portugal-Hilfe.") == {("Belgien", "Portugal", "factual")}
