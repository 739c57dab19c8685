"""Model organizations as the subject of a noun trigger's clause and parties named by a nominalised adjective
(relations/org_subjects.py), through the pipeline with the model's organizations given."""

from __future__ import annotations

from lagebild.relations import org_subjects
from lagebild.relations.mentions import Mention
from tests.test_relations_frames import edges


def test_model_organization_opening_the_clause_acts_for_a_noun_trigger():
    got = edges("Die ÖTP hat gestern Klage gegen die Regierung eingebracht.", ("ÖTP",))
    assert ("ACCUSE", "ÖTP", "Regierung") in got


def test_model_organization_in_a_relative_clause_is_no_subject_of_the_noun():
    # after the comma "der" is a relative pronoun and the name its dative object, not the giver of the help
    got = edges("Ein Beamter traf den Mann, der Kalinor seine Hilfe beim Umzug anbot.", ("Kalinor",))
    assert not any(a == "Kalinor" for _, a, _r in got)


def test_model_organization_behind_a_capitalised_noun_is_no_subject_of_the_noun():
    # "Die Tierschutzpartei Abgeordnete": a noun between the name and the trigger may own the trigger
    assert not org_subjects.opens_clause("Die Tierschutzpartei Abgeordnete Klage".split(),
                                         "die tierschutzpartei abgeordnete klage".split(), 1, 2, 3, 0)
    assert org_subjects.opens_clause("Die Tierschutzpartei hat Klage".split(),
                                     "die tierschutzpartei hat klage".split(), 1, 2, 3, 0)


def test_party_named_by_a_nominalised_adjective_acts():
    got = edges("Die Grünen kritisierten die Regierung scharf.", ("Grünen",))
    assert ("ACCUSE", "Grünen", "Regierung") in got


def test_nominalised_adjective_needs_its_article():
    words = "Grünen kritisierten den Landrat".split()
    assert not org_subjects.adjective_name(words, Mention("Grünen", "Grünen", 0, 6, 0, 1, "ORG"))
    words = "Die Linke kritisierte den Landrat".split()
    assert org_subjects.adjective_name(words, Mention("Linke", "Linke", 4, 9, 1, 2, "ORG"))


def test_a_party_named_by_an_adjective_with_its_article_in_the_models_span_acts():
    # the model tags "Die Linke" as one entity, article included: still a name opening the clause
    got = edges("Die Linke übte gestern scharfe Kritik an Frankreich.", ("Die Linke",))
    assert ("ACCUSE", "Die Linke", "Frankreich") in got
