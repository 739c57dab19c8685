"""Help asked for is no help given (general news and war reporting alike).

"ob das Land Hilfe beim Schutz seiner Küste anfordern könnte", "Kiew bat um Unterstützung", "fordert
Hilfen vom Bund": the noun of help ("Hilfe", "Unterstützung", "Hilfen") is an AID trigger and the request verb a
REQUEST trigger; the noun's actor is the one who asks, so an AID from that actor coded from the noun alone is the
request read twice, with the giver (if named) as its recipient. A German AID whose predicate is a noun (capitalized)
is dropped when the same sentence holds a REQUEST of the same actor whose verb stands within a few words of it;
the REQUEST stays as the event.
"""

from __future__ import annotations

from bisect import bisect_right

from ..model import Doc, Relation

NEAR = 12  # words: the help noun and the request verb of one clause ("Hilfe beim Schutz seiner Küste, ...")


def without_asked(doc: Doc, relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` without the German AIDs named by a noun that a REQUEST of the same actor asks for."""
    if lang != "de":
        return relations
    requests = [r for r in relations if r.type == "REQUEST" and r.predicate_start is not None]
    if not requests:
        return relations
    out = []
    for rel in relations:
        if rel.type == "AID" and rel.predicate[:1].isupper() and rel.predicate_start is not None and any(
                r.sentence == rel.sentence and r.actor == rel.actor and _near(doc, r, rel) for r in requests):
            continue
        out.append(rel)
    return out


def _near(doc: Doc, request: Relation, aid: Relation) -> bool:
    """Whether the request's verb follows the help noun closely (verb-final: "Hilfe ... anfordern") or precedes
    it ("bat um Hilfe", "fordert Hilfen"), within ``NEAR`` words (positions among the tokens that are words, not
    punctuation: a relative clause's commas do not part the noun from its verb)."""
    starts = [t.start for t in doc.tokens if any(c.isalnum() for c in t.text)]
    gap = abs(bisect_right(starts, request.predicate_start or 0) - bisect_right(starts, aid.predicate_start or 0))
    return gap <= NEAR


__all__ = ["without_asked"]
