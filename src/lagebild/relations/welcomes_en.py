"""A host's welcome of a visitor to a place, in English: a visit, not support ("Macron welcomed Scholz to Paris").

"welcome" is a SUPPORT trigger of lang/en/relations/triggers.txt: welcoming a decision or a step backs it. A person
welcomed to a place the entity layer names (a city, a country, a seat: "to the Kremlin", "in Moscow") is a guest
received: the visit is CONSULT (mode visit), whose actor is the visitor and whose recipient the host, as the gold
codes visits (the words: lang/en/relations/welcomes.txt). German "begrüßen" of guests is handled in endorsed.py
(no support)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from ..spans import ents_starting
from .meetings import swap

WORDS = "relations/welcomes.txt"
NOTE = " (a welcome to a place: the visit of the welcomed)"
SKIPPED = frozenset({"the"})  # "to the Kremlin"
METONYMS = "entities/metonyms.txt"  # a seat standing for its government ("the Kremlin"), a place to be welcomed to


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """The verb pattern, the prepositions and the words before the person of welcomes.txt."""
    rows = resources.load("en", WORDS).rows(2)
    verbs = "|".join(f"(?:{row[1]})" for row in rows if row[0] == "verb")
    return re.compile(verbs), frozenset(row[1] for row in rows if row[0] == "prep"), \
        frozenset(row[1] for row in rows if row[0] == "before")


def as_visits(doc: Doc, relations: list[Relation]) -> None:
    """Turn each English SUPPORT welcoming a person to a named place into the visit of that person (in place)."""
    if doc.lang != "en":
        return
    verbs, preps, before = _words()
    for rel in relations:
        if rel.type != "SUPPORT" or rel.recipient_end is None or not verbs.fullmatch(rel.predicate.lower()) \
                or (rel.predicate_start or 0) > (rel.recipient_start or 0):
            continue
        between = doc.text[rel.predicate_end or 0:rel.recipient_start or 0].split()
        if not all(w[:1].isupper() or w in before for w in between):
            continue  # "welcomed remarks by X": X's words are welcomed, not X
        if _person(doc, rel) and _to_place(doc, rel.recipient_end, preps):
            rel.type, rel.mode = "CONSULT", "visit"
            swap(rel)
            rel.provenance += NOTE


def _person(doc: Doc, rel: Relation) -> bool:
    """Whether the recipient's span is a person the entity layer names."""
    return any(e.label == "PER" and e.start <= (rel.recipient_start or -1) < e.end
               for e in ents_starting(doc, rel.recipient_start or 0, rel.recipient_end or 0))


def _to_place(doc: Doc, end: int, preps: frozenset[str]) -> bool:
    """Whether a preposition of ``preps`` follows the character offset ``end`` and a place entity it."""
    starts = [t.start for t in doc.tokens]
    at = bisect_left(starts, end)
    if at >= len(doc.tokens) or doc.tokens[at].text.lower() not in preps:
        return False
    at += 1
    while at < len(doc.tokens) and doc.tokens[at].text.lower() in SKIPPED:
        at += 1
    if at >= len(doc.tokens):
        return False
    tok = doc.tokens[at]
    return any(ent.label == "LOC" or METONYMS in ent.provenance for ent in ents_starting(doc, tok.start, tok.end))
