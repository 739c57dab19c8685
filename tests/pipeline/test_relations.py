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


@pytest.fixture(scope="module")
def app():
    from lagebild.core import Lagebild

    return Lagebild()


def test_figure_counts_the_object_and_the_first_of_coordinated_figures(app):
    doc = app.analyze_text("Die russische Armee hat 440 Drohnen und 32 Raketen gegen die Ukraine eingesetzt.", lang="de")
    (rel,) = doc.relations
    assert rel.quantity == "440" and rel.object == "Drohnen"
    doc = app.analyze_text("Nordkoreanische Soldaten griffen die Ukraine an, es gab 110 Verletzte.", lang="de")
    assert doc.relations and all(r.quantity is None for r in doc.relations)  # the wounded are not what moves


def test_country_described_and_pair_of_countries():
    rels = relations_of("Nordkorea schickt Soldaten. Das abgeschottete Land beliefert Russland mit Munition.")
    assert (rels[-1].type, rels[-1].actor, rels[-1].recipient) == ("AID", "Nordkorea", "Russland")
    assert rels[-1].actor_text == "Das abgeschottete Land"
    rels = relations_of("Russland und Nordkorea rücken zusammen. Im Juni unterzeichneten beide Länder einen Vertrag.")
    assert (rels[-1].type, rels[-1].actor, rels[-1].recipient) == ("SUPPORT", "Russland", "Nordkorea")


def test_place_in_a_country_is_a_recipient_never_an_actor():
    (rel,) = relations_of("North Korea sent troops to Kursk.", "en")
    assert (rel.actor, rel.recipient, rel.recipient_text) == ("Nordkorea", "Russland", "Kursk")
    (rel,) = relations_of("Russland stationiert Truppen in Belgorod.")
    assert (rel.type, rel.actor, rel.recipient) == ("MOBILIZE", "Russland", None)


def test_demonym_acts_and_killing_needs_a_victim():
    (rel,) = relations_of("Seit dem Winter kämpfen Nordkoreaner in Putins Streitkräften.")
    assert (rel.type, rel.actor, rel.recipient) == ("ASSAULT", "Nordkorea", None)
    assert relations_of("Hundreds of North Korean soldiers were killed in Kursk.", "en") == []


def test_the_visitor_of_the_document_acts_in_its_meetings():
    rels = relations_of("Wladimir Putin besuchte Nordkorea. Dort empfing ihn Kim Jong-un zu Gesprächen mit Putin.")
    meeting = [r for r in rels if r.sentence == 1 and r.type == "CONSULT"]
    assert meeting and all(r.actor == "Wladimir Putin" for r in meeting)


def test_a_claim_without_a_party_takes_the_actor_of_the_relation_that_counts_its_figure():
    from lagebild.model import Claim, Doc, Relation
    from lagebild.pipeline.relations import give_parties

    doc = Doc(doc_id="t", text="(three figures; only the claims and relations matter here)")
    unnamed, named, denied = (Claim(i, 10, 10, 10, "exact", None, None) for i in range(3))
    named.actor = "Russland"
    doc.claims = [unnamed, named, denied]
    doc.relations = [Relation("AID", "personnel", [], "Nordkorea", "Pjöngjang", "Russland", "Moskau", "schickte",
                              quantity_index=i, status="negated" if i == 2 else "factual") for i in range(3)]
    give_parties(doc)
    assert unnamed.actor == "Nordkorea" and "party from the relation AID Nordkorea" in unnamed.provenance
    assert named.actor == "Russland"  # a party read from the sentence stands
    assert denied.actor is None  # a denied sending names no party


def test_the_document_index_answers_as_the_scans_it_replaces():
    from lagebild.core import Lagebild
    from lagebild.relations.index import attributions_sourced_by, quantities_in, sources_in

    text = ("Laut Pentagon schickte Nordkorea 10.000 Soldaten. Seoul sagte, es seien 12.000 Soldaten. "
            "Der Kreml dementierte. Kiew zufolge kamen 3.000 Soldaten hinzu, sagte ein Sprecher.")
    doc = Lagebild().analyze_text(text, doc_id="t", published="2024-11-02")
    assert len(doc.attributions) >= 3
    for i, sent in enumerate(doc.sents):
        assert [q for _, q in quantities_in(doc, i)] == [q for q in doc.quantities if q.sentence == i]
        assert sorted(sources_in(doc, i)) == sorted(
            (a.source_start, a.source_end) for a in doc.attributions
            if a.source_start is not None and sent.start <= a.source_start < sent.end)
    for start in range(0, len(text), 7):
        expected = [a for a in doc.attributions if a.source_start is not None
                    and a.source_start < start + 9 and start < a.source_end]
        assert sorted(map(id, attributions_sourced_by(doc, start, start + 9))) == sorted(map(id, expected))
