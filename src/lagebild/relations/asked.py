"""Help asked for, negotiated or hoped for is no help given (general news and war reporting alike).

"ob das Land Hilfe beim Schutz seiner Küste anfordern könnte", "Kiew bat um Unterstützung", "fordert
Hilfen vom Bund": the noun of help ("Hilfe", "Unterstützung", "Hilfen") is an AID trigger and the request verb a
REQUEST trigger; the noun's actor is the one who asks, so an AID from that actor coded from the noun alone is the
request read twice, with the giver (if named) as its recipient. A German AID whose predicate is a noun (capitalized)
is dropped when the same sentence holds a REQUEST of the same actor whose verb stands within a few words of it;
the REQUEST stays as the event.

The help's giver may be named instead ("Serbien bat um russische Hilfe", "dass Kuba russische Hilfe aushandeln
könnte"): the noun then reads as an AID from the giver to the one who asks or negotiates. Such an AID is dropped
too when its recipient is the actor of a REQUEST or of a negotiation (a CONSULT of lang/de/relations/sought.txt
kind "negotiate") whose verb has the noun in its own clause (no comma, "und" or "oder" between: "dankte für die
Hilfe der USA und forderte mehr" keeps the help given). The giver is the negotiation's partner: it becomes the
CONSULT's recipient when the CONSULT has none between its actor and the help noun ("In Tokio wächst die Sorge,
dass Kuba ... aushandeln könnte": Tokio names where the worry is, not the partner). Help after a word of hoping in
its clause ("hofft auf chinesische Unterstützung", sought.txt kind "hope") is only wished for: no AID either.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from . import events

NEAR = 12  # words: the help noun and the request verb of one clause ("Hilfe beim Schutz seiner Küste, ...")
WORDS = "relations/sought.txt"  # the words of negotiating and hoping (FORMAT there)
PUNCTUATION = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "(", ")"})  # a clause ends at them (and at "bound" words)


@lru_cache(maxsize=None)
def _words(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` in lang/de/relations/sought.txt."""
    return tuple(resources.load("de", WORDS).of_kind(kind))


def without_asked(doc: Doc, relations: list[Relation], lang: str,
                  displaced: dict[int, tuple[Relation, Relation]] | None = None) -> list[Relation]:
    """``relations`` without the German AIDs named by a noun that a REQUEST of the same actor asks for, that
    the one who asks or negotiates would receive, or that is hoped for (see the module docstring). A request the
    AID had replaced as the same event of the sentence ("Kiew ersucht Berlin um Hilfe": the noun's line comes
    first in triggers.txt; ``displaced``: id of a relation -> (it, the one it replaced)) counts and takes its place
    back (events.without)."""
    nouns = [r for r in relations if r.type == "AID" and r.predicate[:1].isupper() and r.predicate_start is not None]
    if lang != "de" or not nouns:
        return relations
    displaced = displaced or {}
    negotiate = _words("negotiate")
    back = [events.replaced(displaced, n) for n in nouns]
    asking = [r for r in [*relations, *(r for r in back if r is not None)]
              if r.predicate_start is not None and (
                  r.type == "REQUEST" or r.type == "CONSULT" and r.predicate.lower().startswith(negotiate))]
    dropped: list[Relation] = []
    for aid in nouns:
        if any(r.type == "REQUEST" and r.sentence == aid.sentence and r.actor == aid.actor and _near(doc, r, aid)
               for r in asking):
            dropped.append(aid)
            continue
        sought = next((r for r in asking if r.sentence == aid.sentence and r.actor == aid.recipient
                       and r.recipient != aid.recipient and _same_clause(doc, r, aid)), None)
        if sought is not None:
            dropped.append(aid)
            if sought.type == "CONSULT" or sought.recipient is None and _giver_in_clause(doc, aid):
                _partner(doc, sought, aid)  # "Hilfe aus X angefordert": X is asked
        elif _hoped(doc, aid):
            dropped.append(aid)
    return events.without(relations, dropped, displaced) if dropped else relations


def _giver_in_clause(doc: Doc, aid: Relation) -> bool:
    """Whether the giver of ``aid`` is named in the clause of its help noun ("Hilfe aus X"), not found
    elsewhere (a speaker, a name of an earlier clause)."""
    if aid.actor is None or aid.actor_start is None or aid.predicate_start is None:
        return False
    return not any(_bound(w) for w in _tokens_between(doc, aid.actor_start, aid.predicate_start)[1:])


def _partner(doc: Doc, talks: Relation, aid: Relation) -> None:
    """Make the giver of the help negotiated or asked for the partner of the negotiation or the request, unless
    it has a recipient between its actor and the help noun or the verb ("mit Schweden ... aushandeln")."""
    lo = min(talks.actor_start if talks.actor_start is not None else talks.predicate_start, aid.predicate_start)
    hi = max(talks.predicate_start or 0, aid.predicate_start or 0)
    if talks.recipient is not None and talks.recipient_start is not None and lo <= talks.recipient_start <= hi:
        return
    if aid.actor == talks.actor:
        return
    talks.recipient, talks.recipient_text = aid.actor, aid.actor_text
    talks.recipient_start, talks.recipient_end = aid.actor_start, aid.actor_end
    talks.provenance += " (recipient: the giver of the help negotiated, asked.py)"


def _tokens_between(doc: Doc, a: int, b: int) -> list[str]:
    """The texts of the tokens from offset ``a`` to offset ``b`` (exclusive), either order."""
    lo, hi = min(a, b), max(a, b)
    return [t.text.lower() for t in doc.tokens if lo <= t.start < hi]


def _bound(word: str) -> bool:
    """Whether the lower-case ``word`` ends a clause: punctuation, or a conjunction of sought.txt kind bound."""
    return word in PUNCTUATION or word in _words("bound")


def _same_clause(doc: Doc, verb: Relation, aid: Relation) -> bool:
    """Whether the help noun of ``aid`` and the verb of ``verb`` stand in one clause, within ``NEAR`` words."""
    if not _near(doc, verb, aid):
        return False
    between = _tokens_between(doc, verb.predicate_start or 0, aid.predicate_start or 0)[1:]
    return not any(_bound(w) for w in between)


def _hoped(doc: Doc, aid: Relation) -> bool:
    """Whether a word of hoping stands before the help noun in its clause, within ``NEAR`` words."""
    i = aid.sentence
    if not 0 <= i < len(doc.sents):
        return False
    before = [t.text.lower() for t in doc.sent_tokens(i) if t.start < (aid.predicate_start or 0)][-NEAR:]
    hope = _words("hope")
    for w in reversed(before):
        if _bound(w):
            return False
        if w in hope:
            return True
    return False


def _near(doc: Doc, request: Relation, aid: Relation) -> bool:
    """Whether the request's verb follows the help noun closely (verb-final: "Hilfe ... anfordern") or precedes
    it ("bat um Hilfe", "fordert Hilfen"), within ``NEAR`` words (positions among the tokens that are words, not
    punctuation: a relative clause's commas do not part the noun from its verb)."""
    starts = [t.start for t in doc.tokens if any(c.isalnum() for c in t.text)]
    gap = abs(bisect_right(starts, request.predicate_start or 0) - bisect_right(starts, aid.predicate_start or 0))
    return gap <= NEAR


__all__ = ["without_asked"]
