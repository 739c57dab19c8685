"""A national agency described by its country and kind is named as the agency is (relations/agencies.py)."""

from __future__ import annotations

import pytest

from lagebild.entities.gazetteer import gazetteer
from lagebild.relations.agencies import agency_named
from tests import relations_text


@pytest.mark.parametrize("source, agency", [
    ("südkoreanische Geheimdienst", "NIS"),  # "nach Informationen des südkoreanischen Geheimdienstes"
    ("südkoreanischem Geheimdienst", "NIS"),  # "laut südkoreanischem Geheimdienst"
    ("des südkoreanischen Geheimdienstes", "NIS"),  # the genitive ending of the noun
    ("Südkoreas Nachrichtendienst", "NIS"),  # the country's genitive before
    ("Geheimdienst Pakistans", "ISI"),  # ... or after
    ("ukrainische Militärgeheimdienst", "HUR"),
    ("Kiews Militärgeheimdienst", "HUR"),  # a capital stands for its government
    ("US-Militärgeheimdienst", "DIA"),  # a country prefix of groups.txt
    ("britischen Auslandsgeheimdienstes", "MI6"),
])
def test_german_descriptions_name_the_agency(source, agency):
    assert agency_named(source, gazetteer("de")) == agency


@pytest.mark.parametrize("source", [
    "russische Geheimdienst",  # three Russian services: no single one is meant
    "Geheimdienst",  # no country
    "Chef des südkoreanischen Geheimdienstes",  # a person of the agency
    "südkoreanische Geheimdienstkreise",  # people around it
    "Geheimdienst-Chef",
    "ukrainische und polnische Geheimdienst",  # two countries
])
def test_other_german_sources_name_no_agency(source):
    assert agency_named(source, gazetteer("de")) is None


@pytest.mark.parametrize("source, agency", [
    ("South Korean spy agency", "NIS"),
    ("South Korea's spy agency", "NIS"),
    ("Ukrainian military intelligence", "HUR"),
    ("British foreign intelligence service", "MI6"),
])
def test_english_descriptions_name_the_agency(source, agency):
    assert agency_named(source, gazetteer("en")) == agency


@pytest.mark.parametrize("source", ["Russian intelligence", "South Korean intelligence officials",
                                    "intelligence reports"])
def test_other_english_sources_name_no_agency(source):
    assert agency_named(source, gazetteer("en")) is None


def test_a_relation_told_by_a_described_agency_takes_its_name():
    text = "Nach Informationen des südkoreanischen Geheimdienstes hat Nordkorea Granaten an Russland geliefert."
    rel = relations_text.relations_of(text, "de")[0]
    assert (rel.actor, rel.recipient, rel.source, rel.hedge) == ("Nordkorea", "Russland", "NIS", "reported")
    text = "Pyongyang shipped rockets to Moscow last spring, according to South Korea's spy agency."
    assert relations_text.relations_of(text, "en")[0].source == "NIS"


def test_no_agency_for_a_person_of_it_or_a_generic_security_service():
    assert agency_named("former director of South Korea's spy agency", gazetteer("en")) is None
    assert agency_named("privater Sicherheitsdienst Deutschlands", gazetteer("de")) is None
    assert agency_named("des deutschen Inlandsgeheimdienstes", gazetteer("de")) == "Verfassungsschutz"
