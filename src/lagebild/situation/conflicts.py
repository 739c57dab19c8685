"""Conflicts: claims of one variable whose intervals cannot both hold for the same time.

Each figure becomes an interval from its bounds, widened for rounding ("10.000" may be 9.500-10.500)
and more for approximate figures ("rund 10.000" vs "11.000" is no conflict). Only stocks (and
estimates of stocks) at overlapping reference times are compared: a flow ("weitere 3.000") or a need
("braucht 30.000") does not contradict a stock. Two claims that trace back to the same source are
marked: repeating one upstream source is not independent confirmation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .timevalue import overlaps
from .variables import ClaimRow, Variable

ROUNDING = 0.05  # stated exact figures are usually rounded
APPROX = 0.15  # "rund", "etwa", "fast"
COMPARABLE_TYPES = ("stock", "estimate")
MAX_PER_VARIABLE = 50


@dataclass
class Conflict:
    variable: str
    a: ClaimRow
    b: ClaimRow
    ratio: float  # how far apart the intervals are (>1)
    same_source: bool

    def describe(self) -> str:
        note = " — same upstream source, not independent" if self.same_source else ""
        return (f"{self.a.shown()} ({self.a.source}, {self.a.when}, {self.a.doc_id}) vs "
                f"{self.b.shown()} ({self.b.source}, {self.b.when}, {self.b.doc_id}){note}")


def bounds(claim: ClaimRow) -> tuple[float, float]:
    """The interval a claim allows, tolerant of rounding and qualifiers."""
    if claim.value is None:  # vague plurals: their stated bounds
        return float(claim.low or 0.0), float(claim.high) if claim.high is not None else math.inf
    value, q = float(claim.value), claim.qualifier
    if q in ("at_most", "under"):
        return 0.0, value * (1 + ROUNDING)
    if q in ("at_least", "over"):
        return value * (1 - ROUNDING), math.inf
    if q == "range":
        low = float(claim.low if claim.low is not None else value)
        high = float(claim.high if claim.high is not None else value)
        return low * (1 - ROUNDING), high * (1 + ROUNDING)
    if q == "approx":  # "fast 13.000" keeps its stated ceiling; "rund 10.000" goes both ways
        return value * (1 - APPROX), float(claim.high) if claim.high is not None else value * (1 + APPROX)
    return value * (1 - ROUNDING), value * (1 + ROUNDING)


def same_source(a: ClaimRow, b: ClaimRow) -> bool:
    if a.source == "AUTHOR" or b.source == "AUTHOR":
        return False
    upstream_a = {a.source, *a.source_chain}
    upstream_b = {b.source, *b.source_chain}
    return bool(upstream_a & upstream_b)


def conflicts(var: Variable) -> list[Conflict]:
    """Incompatible pairs of claims of ``var``, the widest gaps first."""
    found = []
    claims = [c for c in var.claims if c.claim_type in COMPARABLE_TYPES and c.kind in ("count", "amount")]
    for i, a in enumerate(claims):
        lo_a, hi_a = bounds(a)
        for b in claims[i + 1:]:
            if a.doc_id == b.doc_id and a.key == b.key or not overlaps(a.when, b.when):
                continue
            lo_b, hi_b = bounds(b)
            if hi_a < lo_b:
                ratio = lo_b / hi_a if hi_a else math.inf
            elif hi_b < lo_a:
                ratio = lo_a / hi_b if hi_b else math.inf
            else:
                continue
            first, second = sorted((a, b), key=lambda c: (c.when or "", c.key))
            found.append(Conflict(var.name, first, second, ratio, same_source(a, b)))
    found.sort(key=lambda c: -c.ratio)
    return found[:MAX_PER_VARIABLE]
