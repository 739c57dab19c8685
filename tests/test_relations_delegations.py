"""A delegation's figure is no flow (relations/delegations.py); sentences written for these tests."""

from __future__ import annotations

from lagebild.model import Doc, Quantity
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.quantities import Quantities
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment
from lagebild.relations import delegations


def _edges_with_figures(text: str) -> set[tuple[str, str, str | None]]:
    doc = Doc(doc_id="t", text=text, lang="en")
    doc.tokens, doc.sents = segment(text, "en")
    doc = Relations("en")(Attributor("en")(_rules_only("en")(Quantities("en")(doc))))
    return {(r.type, r.actor, r.recipient) for r in doc.relations}


def test_a_visit_with_a_delegation_of_members_stays_a_visit():
    assert _edges_with_figures("The Belarusian culture minister arrived in Iran with a delegation of 60 members.") == {
        ("CONSULT", "Belarus", "Iran")}


def test_figures_of_goods_still_make_a_flow():
    assert delegations.counts_flow(Quantity("300 shells", "300", 0, 10, "count", 300, 300, 300, about="shells"), "en")
    assert not delegations.counts_flow(
        Quantity("60 members", "60", 0, 10, "count", 60, 60, 60, unit="member", about="members"), "en")
    assert not delegations.counts_flow(Quantity("5 %", "5", 0, 3, "percent", 5, 5, 5), "en")
