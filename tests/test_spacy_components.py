from __future__ import annotations

import spacy


def test_factories_are_found_by_name_through_the_entry_point():
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_timexes", config={"published": "2024-06"})
    nlp.add_pipe("lagebild_quantities")
    doc = nlp("Am 19. Juni kamen laut Pentagon bislang 10.000 Soldaten an.")
    (qty,) = doc.spans["lagebild_quantities"]
    assert qty.text == "bislang 10.000 Soldaten" and qty.label_ == "count"
    assert qty._.lagebild["value"] == 10000 and qty._.lagebild["unit"] == "Soldat"
    (timex,) = doc.spans["lagebild_timexes"]
    assert timex.text == "Am 19. Juni" and timex._.lagebild["value"] == "2024-06-19"
    assert doc._.lagebild.timexes[0].value == "2024-06-19"  # lagebild's own Doc, not analyzed twice


def test_attribution_factory_runs_what_it_needs():
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_attribution")
    doc = nlp("Laut Gressel braucht die russische Armee bald 20.000 Rekruten.")
    (attr,) = doc.spans["lagebild_attribution"]
    assert attr._.lagebild["source"] == "Gressel" and attr.label_ == "according_to"
    assert doc._.lagebild.quantities[0].source == "Gressel"


def test_relations_factory_spans_actor_to_recipient():
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_relations")
    doc = nlp("Nordkorea hat Soldaten nach Russland geschickt.")
    (rel,) = doc.spans["lagebild_relations"]
    assert rel.label_ == "AID" and rel.text == "Nordkorea hat Soldaten nach Russland geschickt"
    assert rel._.lagebild["actor"] == "Nordkorea" and rel._.lagebild["recipient"] == "Russland"
