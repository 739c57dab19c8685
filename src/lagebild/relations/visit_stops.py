"""The stops a German sentence names for a trip (issue 10): "Polen war die erste Etappe von Macrons Europa-Reise",
"Lettland, Litauen und Polen waren die Etappen der Baltikum-Reise des Präsidenten", "Erste Station von Macrons
Reise ist Polen".

A stop noun (visits.txt, kind "stop": "Station", "Etappe") before the visit noun ties the trip to the states a
copula (kind "copula": "ist", "sind", "war") joins to it, listed before the stop noun or after the trip's phrase.
The word order rules read such a state as no side (it stands before the noun, or after it without a host
preposition: visits.py's stray host) or took another one ("..., die ihn danach nach Ungarn führt"): each stop
becomes a visit of the trip's traveller. In the 1,028 10kGNAD test articles two sentences name a trip's stops so
(a foreign minister's, a pope's).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .index import trigger_word
from .lexicon import load

WORDS = "relations/visits.txt"  # kinds "stop" and "copula" (FORMAT there)
CLAUSE_MARKS = frozenset(",;:–—()„“«»\".!?")
LIST_WORDS = frozenset({",", "und", "sowie"})
GAP = 6  # words at most between the stop noun and the visit noun ("Station von Macrons kurzer Europa-Reise")
STOP = " (recipient: a stop the sentence names for the trip)"


def with_stops(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the stops of each German visit noun's trip as its recipient (one without a recipient)
    or as visits of their own (see the module)."""
    if doc.lang != "de":
        return relations
    out = list(relations)
    for rel in relations:
        if rel.type != "CONSULT" or rel.predicate_start is None or not 0 <= rel.sentence < len(doc.sents):
            continue
        for state, start, end in _stops(doc, rel):
            if state == rel.actor or any((o.sentence, o.type, o.actor, o.recipient) == (
                    rel.sentence, rel.type, rel.actor, state) for o in out):
                continue
            if rel.recipient is None:
                rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = (
                    state, doc.text[start:end], start, end)
                rel.provenance += STOP
            else:
                out.append(replace(rel, recipient=state, recipient_text=doc.text[start:end], recipient_start=start,
                                   recipient_end=end, provenance=rel.provenance + STOP))
    return out


def _stops(doc: Doc, rel: Relation) -> list[tuple[str, int, int]]:
    """(state, start, end) of each stop the sentence of ``rel`` names for its trip, in order."""
    toks = doc.sent_tokens(rel.sentence)
    words = [t.text for t in toks]
    k = trigger_word(toks, rel)
    if k is None:
        return []
    stop = next((j for j in range(k - 1, max(-1, k - GAP - 2), -1) if words[j].lower() in _words("stop")), None)
    if stop is None or any(w in CLAUSE_MARKS for w in words[stop:k]):
        return []
    lo = stop  # the clause before the stop noun: "Polen war die erste Etappe"
    while lo > 0 and words[lo - 1] not in CLAUSE_MARKS - LIST_WORDS:
        lo -= 1
    copula = next((j for j in range(stop - 1, lo - 1, -1) if words[j].lower() in _words("copula")), None)
    if copula is not None:
        span = (toks[lo].start, toks[copula].start)
    else:  # "Erste Station von Macrons Reise ist Polen": the states after the copula behind the trip's phrase
        hi = k + 1
        while hi < len(words) and words[hi] not in CLAUSE_MARKS - LIST_WORDS:
            hi += 1
        copula = next((j for j in range(k + 1, hi) if words[j].lower() in _words("copula")), None)
        if copula is None or copula + 1 >= hi:
            return []
        span = (toks[copula + 1].start, toks[hi - 1].end)
    gaz, places = gazetteer("de"), load("de").places
    found = []
    for ent in sorted(doc.ents, key=lambda e: e.start):
        if ent.label == "LOC" and span[0] <= ent.start and ent.end <= span[1]:
            state = country_of(ent.canonical or ent.text, gaz) or places.get((ent.text,))
            if state is not None and all(state != s for s, _, _ in found):
                found.append((state, ent.start, ent.end))
    return found


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


__all__ = ["with_stops"]
