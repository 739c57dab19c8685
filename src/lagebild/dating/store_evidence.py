"""Evidence for dating from the store: the same figures reported by dated documents.

A figure repeated from one source (the same value, unit class and party) tends to be reported within
weeks; the dated documents that carry it bound when an undated document could have been written.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Doc
from ..situation.variables import load_claims
from ..store.sqlite import Store


@dataclass
class Echo:
    doc_id: str
    published: str
    figure: str
    source: str

    def describe(self) -> str:
        return f"the same figure {self.figure} ({self.source}) is in {self.doc_id}, published {self.published}"


def echoes(doc: Doc, store: Store) -> list[Echo]:
    """Claims of dated documents in the store that repeat one of ``doc``'s figures."""
    wanted = {(c.unit_class, c.actor, c.value) for c in doc.claims if c.value is not None}
    found = []
    dated = {r["doc_id"] for r in store.query("SELECT doc_id FROM documents WHERE published IS NOT NULL")}
    for claim in load_claims(store):
        if claim.doc_id == doc.doc_id or claim.doc_id not in dated:
            continue
        if (claim.unit_class, claim.actor, claim.value) in wanted:
            found.append(Echo(claim.doc_id, claim.published, claim.shown(), claim.source))
    return sorted(found, key=lambda e: e.published)
