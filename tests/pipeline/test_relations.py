from __future__ import annotations

import pytest

from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment


def relations_of(text: str, lang: str = "de") -> list:
    doc = Doc(doc_id="t", text=text, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    doc = Relations(lang)(Attributor(lang)(_rules_only(lang)(doc)))
    return doc.relations


@pytest.mark.parametrize("text, lang, expected", [
    ("Laut Pentagon hat Nordkorea Soldaten nach Russland geschickt.", "de", ("AID", "Nordkorea", "Russland")),
    ("Die Ukraine nahm zwei nordkoreanische Soldaten gefangen.", "de", ("COERCE", "Ukraine", "Nordkorea")),
    ("Russia and North Korea signed a defence treaty.", "en", ("SUPPORT", "Russland", "Nordkorea")),
])
def test_type_actor_recipient(text, lang, expected):
    rel = relations_of(text, lang)[0]
    assert (rel.type, rel.actor, rel.recipient) == expected


def test_offsets_source_and_provenance():
    text = "Laut Pentagon hat Nordkorea Soldaten nach Russland geschickt."
    (rel,) = relations_of(text)
    assert text[rel.actor_start:rel.actor_end] == "Nordkorea"
    assert text[rel.recipient_start:rel.recipient_end] == "Russland"
    assert text[rel.predicate_start:rel.predicate_end] == rel.predicate == "geschickt"
    assert rel.source == "Pentagon" and rel.hedge == "reported"  # as a figure in the same place would get
    assert rel.provenance.startswith("rule:de/relations/triggers.txt:")


def test_coordinated_actors_each_get_a_relation():
    rels = relations_of("Deutschland und die USA liefern Waffen an die Ukraine.")
    assert {(r.actor, r.recipient) for r in rels} == {("Deutschland", "Ukraine"), ("USA", "Ukraine")}


def test_recipient_carries_over_to_a_later_sentence():
    rels = relations_of("Nordkorea schickt Soldaten nach Russland. Auch Kim Jong-un schickt Arbeiter.")
    assert rels[-1].actor == "Kim Jong-un" and rels[-1].recipient == "Russland"
    assert rels[-1].recipient_text is None and rels[-1].recipient_start is None


def test_status_negated_and_a_bare_state_is_no_relation():
    (rel,) = relations_of("Südkorea will keine Waffen an die Ukraine liefern.")
    assert rel.status == "negated" and rel.status_cue == "keine"
    assert relations_of("Russland braucht Soldaten.") == []
