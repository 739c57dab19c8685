"""Figures of a delegation's people are no flow (issue 10, English visits).

"The minister landed in Minsk with a delegation of 40 officials": "arrived" is a flow when the sentence names
something that flows (forces, goods, a figure: triggers.txt "AID/CONSULT") and a visit otherwise. A figure whose
counted noun is a member of a delegation (lang/<code>/relations/delegations.txt) counts the visiting party, not forces
or goods sent, so it does not make the sentence a flow: the visit stands (before, the flow had no goods and was
dropped, and the visit was lost)."""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..model import Quantity

WORDS = "relations/delegations.txt"


@lru_cache(maxsize=None)
def _nouns(lang: str) -> frozenset[str]:
    if not resources.exists(lang, WORDS):
        return frozenset()
    return frozenset(row[0].lower() for row in resources.load(lang, WORDS).rows(1))


def counts_flow(quantity: Quantity, lang: str) -> bool:
    """Whether ``quantity`` may make its sentence name something that flows: a count or an amount, unless it counts
    a delegation's people."""
    if quantity.kind not in ("count", "amount"):
        return False
    nouns = _nouns(lang)
    return not nouns or not ((quantity.unit or "").lower() in nouns or (quantity.about or "").lower() in nouns)
