"""The name a relation's source goes by (relations/sourcing.py)."""

from __future__ import annotations

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations import sourcing
from tests import relations_text


def first(text: str, lang: str = "de"):
    return relations_text.relations_of(text, lang)[0]


def test_state_adjective_before_a_noun_of_statements_names_the_state():
    assert sourcing.stated_by("russischen Angaben", gazetteer("de")) == "Russland"
    assert sourcing.stated_by("Ukrainian estimates", gazetteer("en")) == "Ukraine"
    assert first("Nach spanischen Angaben hat Frankreich Panzer nach Portugal geliefert.").source == "Spanien"


def test_compound_of_a_noun_of_statements_names_the_body():
    gaz = gazetteer("de")
    assert sourcing.stated_by("Polizeiangaben", gaz) == "Polizei"
    assert sourcing.stated_by("Spanischen Militärangaben", gaz) == "spanische Militär"


def test_the_linking_s_of_a_compound_is_no_part_of_the_body():
    gaz = gazetteer("de")
    assert sourcing.stated_by("Regierungsangaben", gaz) == "Regierung"
    assert sourcing.stated_by("Ministeriumsangaben", gaz) == "Ministerium"
    assert sourcing.stated_by("Gewerkschaftsinformationen", gaz) == "Gewerkschaft"
    assert sourcing.stated_by("Kreisangaben", gaz) == "Kreis"  # an "s" of the noun itself stays
    assert first("Nach Regierungsangaben hat Frankreich Panzer nach Portugal geliefert.").source == "Regierung"


def test_other_names_stay():
    gaz = gazetteer("de")
    for name in ("offiziellen Angaben", "Einschätzung", "Pentagon", "Angaben"):
        assert sourcing.stated_by(name, gaz) == name
    assert sourcing.stated_by("official figures", gazetteer("en")) == "official figures"


def test_a_decision_of_the_actor_is_no_report():
    rel = first("Spanien soll sich dazu entschieden haben, 300 Soldaten nach Portugal zu schicken.")
    assert (rel.source, rel.status) == ("AUTHOR", "planned")


def test_a_threat_is_its_authors_statement():
    rel = first("Italien hatte Spanien mit harten Konsequenzen gedroht.")
    assert (rel.type, rel.source, rel.hedge, rel.status) == ("THREATEN", "Italien", "reported", "hypothetical")
    rel = first("Italien warnt Spanien vor der Entsendung von Soldaten nach Portugal.")
    assert (rel.type, rel.source, rel.status) == ("THREATEN", "Italien", "hypothetical")


def test_a_claimed_act_is_reported_by_its_claimant():
    rel = first("Spanien will drei Dörfer in Portugal eingenommen haben.")
    assert (rel.source, rel.hedge) == ("Spanien", "reported")
    rel = first("Spanien hat drei Dörfer in Portugal eingenommen.")
    assert (rel.source, rel.hedge) == ("AUTHOR", "asserted")


def test_a_perfect_with_a_deadline_is_a_goal_no_claim():
    rel = first("Spanien will bis 2030 alle Soldaten aus Portugal abgezogen haben.")
    assert (rel.source, rel.hedge, rel.status) == ("AUTHOR", "asserted", "planned")
    rel = first("Spanien will spätestens im Herbst drei Dörfer in Portugal eingenommen haben.")
    assert (rel.source, rel.status) == ("AUTHOR", "planned")
    rel = first("Spanien will bis zu fünf Dörfer in Portugal eingenommen haben.")  # "bis zu": a figure, a claim
    assert (rel.source, rel.hedge, rel.status) == ("Spanien", "reported", "factual")


def test_the_occasion_of_a_statement_is_told_by_the_article():
    rel = first("Die Lage sei ernst, sagte Scholz bei einem Besuch in Polen.")
    assert (rel.type, rel.source, rel.hedge) == ("CONSULT", "AUTHOR", "asserted")
    # a visit the speaker reports keeps the speaker as its source
    rel = first("Scholz werde Polen im Mai besuchen, sagte ein Sprecher.")
    assert (rel.type, rel.source, rel.hedge) == ("CONSULT", "Sprecher", "reported")


def test_a_noun_after_an_occasion_and_a_noun_is_no_occasion():
    # "im Moment Verhandlungen": the preposition governs "Moment", the talks are what the speaker says
    rel = first("Es gebe im Moment Verhandlungen mit Polen, erklärte Scholz.")
    assert (rel.type, rel.source) == ("CONSULT", "Olaf Scholz")
