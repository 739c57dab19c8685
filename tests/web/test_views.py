"""What the pages show: overlapping spans cut into segments, timeline chart specs, source tables."""

from __future__ import annotations

from lagebild.model import Claim, Doc, Entity, Quantity, Sentence
from lagebild.situation.variables import ClaimRow, Variable
from lagebild.web import views


def make_doc() -> Doc:
    text = "Laut Pentagon kamen 10.000 Soldaten. Das ist viel."
    doc = Doc(doc_id="d1", text=text, published="2024-10")
    doc.sents = [Sentence(0, 0, 36), Sentence(1, 37, len(text))]
    doc.ents = [Entity("Pentagon", 5, 13, "ORG", canonical="Pentagon", provenance="model:ner-de")]
    doc.quantities = [Quantity("10.000 Soldaten", "10.000", 20, 35, "count", 10000, 10000, 10000, unit="Soldat",
                               sentence=0, provenance="rule:digits")]
    doc.claims = [Claim(0, 10000, 10000, 10000, "exact", "Soldat", None, source="Pentagon", sentence=0,
                        start=20, end=35, provenance="rule:claim")]
    return doc


def test_overlapping_spans_become_segments_that_keep_every_span():
    shown = views.highlighted(make_doc(), mark=20)
    blocks = shown["blocks"]
    assert [b["sentence"] for b in blocks if b["sentence"] is not None] == [0, 1]
    assert "".join(s["text"] for b in blocks for s in b["segments"]) == make_doc().text  # nothing lost or doubled
    figure = next(s for b in blocks for s in b["segments"] if s["text"] == "10.000 Soldaten")
    assert figure["layers"] == ["claim", "quantity"] and figure["marked"]
    assert {shown["spans"][n]["rule"] for n in figure["spans"]} == {"rule:digits", "rule:claim"}
    pentagon = next(s for b in blocks for s in b["segments"] if s["text"] == "Pentagon")
    assert pentagon["layers"] == ["entity"] and not pentagon["marked"]


def claim(key: str, value: float, when: str, source: str, hedge: str = "reported") -> ClaimRow:
    return ClaimRow(key=key, doc_id=key.split(":")[0], published=when, text=f"{value} Soldaten", value=value,
                    low=value, high=value, qualifier="exact", kind="count", unit="Soldat", unit_class="Soldat",
                    actor="Nordkorea", location=None, source=source, source_chain=[], hedge=hedge, time=when,
                    claim_type="stock", sentence="", provenance="")


def test_timeline_spec_places_points_side_by_side_and_links_each_to_its_sentence():
    var = Variable("troops-nordkorea", "Soldat · Nordkorea", "Soldat", "Nordkorea",
                   claims=[claim("a:5", 10000, "2024-10", "Pentagon", "uncertain"), claim("b:7", 12000, "2024-10", "NIS"),
                           claim("c:9", 11000, "2024-12", "CNN")])
    rows = views.variable_claims(var, [], {"a": [(0, 50)], "b": [(0, 3), (3, 40)], "c": [(0, 20)]})
    assert [r["url"] for r in rows] == ["/documents/a?hl=5#s-0", "/documents/b?hl=7#s-1", "/documents/c?hl=9#s-0"]
    spec = views.timeline_spec(var, rows)
    points = spec["data"]["values"]
    assert len({p["date"] for p in points}) == 3  # two figures of October stand apart
    assert [p["uncertain"] for p in points] == [True, False, False]
    assert "http" not in str(spec)


def test_source_table_counts_claims_and_contradictions():
    from lagebild.situation.conflicts import conflicts

    var = Variable("v", "Soldat · Nordkorea", "Soldat", "Nordkorea",
                   claims=[claim("a:1", 1000, "2024-10", "Pentagon"), claim("b:1", 12000, "2024-10", "NIS")])
    rows = {r["source"]: r for r in views.source_table([var], {"v": conflicts(var)})}
    assert rows["Pentagon"]["claims"] == 1 and rows["Pentagon"]["contradicted"] == 1
    assert rows["NIS"]["contradicted_by"] == [("Pentagon", 1)]
