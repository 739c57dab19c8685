"""The claims of a document analyzed again for a new date, replayed from its first analysis.

An ingest's re-dating analyzes an undated document again when the corpus moves its estimated date
(core.Lagebild._finish_dated): its text, tokens, sentences, entities, attributions and figures are those of the
first analysis (relations/replay.py says why), its date and time expressions are new. Of what the claims read,
only the reference time follows the date: ``build.reference_time`` reads the anchored date expressions of a
figure's sentence and the anchor date itself; the concept, measure, parties, type and source of a claim read
none of them. So the first claims of an undated document are kept with their inputs (``relations.replay.inputs``:
every field the rules read but the date and the time expressions, the figures' ``time`` aside, which is what
claims set) and their provenance without its time part; a later build of the same document with the same inputs
takes copies of them and asks ``reference_time`` again for each figure, as ``build_claims`` would. Anything else
builds them again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Claim, Doc
from ..relations.replay import Bounded, inputs
from .build import build_claims, dated_timexes, reference_time
from .knowledge import ClaimKnowledge
from .meaning import MeaningKnowledge


@dataclass
class Kept:
    inputs: tuple
    claims: list[Claim]
    untimed: list[str]  # each claim's provenance without its time part (the last one, when it has one)
    size: int  # tokens


def _copy(claim: Claim) -> Claim:
    return replace(claim, about_entities=list(claim.about_entities), source_chain=list(claim.source_chain))


def _timed(doc: Doc, kb: ClaimKnowledge) -> list[tuple[str | None, str]]:
    """(time, its reason) of every figure of ``doc`` at its date now, as ``build_claims`` finds them."""
    dated, breaks = dated_timexes(doc), {}
    return [reference_time(doc, qty, kb, dated, breaks) for qty in doc.quantities]


def _untimed(claims: list[Claim], timed: list[tuple[str | None, str]]) -> list[str] | None:
    """The provenance of each claim without its time reason (``build_claims`` puts that last); None when a claim
    does not end so (then nothing is kept)."""
    out = []
    for claim, (time, reason) in zip(claims, timed, strict=True):
        if claim.time != time or reason and not claim.provenance.endswith("; " + reason):
            return None
        out.append(claim.provenance[:len(claim.provenance) - len(reason) - 2] if reason else claim.provenance)
    return out


class Replay(Bounded):
    """The kept first claims of undated documents, by document id and language (oldest dropped first)."""

    def build(self, doc: Doc, lang: str, kb: ClaimKnowledge, mk: MeaningKnowledge) -> list[Claim]:
        """The claims of ``doc`` (``kb``, ``mk``: the knowledge of language ``lang``): replayed when a kept build
        holds for it, else built (and kept when the document is undated: only those are analyzed again for a
        new date)."""
        key = (doc.doc_id, lang)
        kept = self.kept.get(key)
        now = inputs(doc) if kept is not None or doc.published is None else None
        if kept is not None and kept.inputs == now and len(kept.claims) == len(doc.quantities):
            self.replay(key)
            claims = [_copy(claim) for claim in kept.claims]
            for claim, untimed, (time, reason) in zip(claims, kept.untimed, _timed(doc, kb), strict=True):
                claim.time = doc.quantities[claim.quantity].time = time
                claim.provenance = f"{untimed}; {reason}" if reason else untimed
            return claims
        claims = build_claims(doc, kb, mk)
        if now is None or len(claims) != len(doc.quantities):
            return claims
        untimed = _untimed(claims, _timed(doc, kb))
        self.put(key, Kept(now, [_copy(claim) for claim in claims], untimed, len(doc.tokens))
                 if untimed is not None else None)
        return claims
