"""Visits named by a noun whose visitor is its own possessor or genitive (issue 10, German).

"Macrons Besuch", "nach dem Besuch Macrons", "Lulas kurzer Asien-Reise": the noun names its visitor itself, and
the visited side is what its own phrase names ("Besuch Macrons in Algier", "Macrons Reise nach Rabat", "Besuch
bei Tebboune"). The word order rules of extract._relations take any other mention after the noun in its clause
instead, which is no host: the genitive of another noun ("seit Macrons Besuch wächst die Kritik Marokkos":
Marokko), the subject of the main clause ("nach dem Besuch Macrons wurde der Gesandte Marokkos zum
Gespräch gebeten": the envoy). ``without_stray_hosts`` drops such meetings (the host is then mostly one the sentence never
names: the gold codes the state visited, which only the story gives). A side named before the noun ("Marokko und
Frankreich vereinbarten im Rahmen von Macrons Besuch eine engere Zusammenarbeit") or in a clause of its own is left
as it is.
"""

from __future__ import annotations

import re

from ..model import Doc, Relation
from .lexicon import load

VISIT = re.compile(r"(?:\w+-)?\w*(?:besuch|reise|visite)(?:s|es|e|en)?", re.IGNORECASE)  # "Staatsbesuchs", "Nahost-Reise"
HOST_PREPS = frozenset({"in", "im", "ins", "nach", "bei", "beim", "mit", "zu", "zum", "zur"})
CLAUSE_MARKS = frozenset(",;:–—()„“«»\"")
NEAR = 3  # at most so many words between the noun and its genitive ("Besuchs von Kanzlerin Angela Merkel")


def without_stray_hosts(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the German visit nouns' meetings whose visitor is the noun's own possessor or
    genitive and whose other side stands after the noun in its clause, outside the noun's phrase."""
    if doc.lang != "de" or not any(r.type == "CONSULT" and VISIT.fullmatch(r.predicate or "") for r in relations):
        return relations  # the set test first: most documents name no visit by a noun
    return [r for r in relations if not _unhosted(doc.text, r)]


def _unhosted(text: str, rel: Relation) -> bool:
    """Whether ``rel`` is a meeting named by a visit noun whose visitor is its own possessor or genitive and whose
    other side the noun's phrase does not name."""
    if rel.type != "CONSULT" or not VISIT.fullmatch(rel.predicate or ""):
        return False
    visitor = _own_visitor(text, rel)
    return visitor is not None and not _hosted(text, rel, visitor, load("de").place_nouns)


def _own_visitor(text: str, rel: Relation) -> str | None:
    """"actor" or "recipient": the side of ``rel`` that is its visit noun's own possessor ("Macrons Besuch",
    "Lulas kurzer Asien-Reise") or genitive ("Besuch Macrons", "Besuchs von Kanzlerin Merkel"); None."""
    if rel.predicate_start is None or rel.predicate_end is None:
        return None
    for side, start, end in (("actor", rel.actor_start, rel.actor_end),
                             ("recipient", rel.recipient_start, rel.recipient_end)):
        if start is None or end is None:
            continue
        if end <= rel.predicate_start and text[start:end].endswith("s"):
            between = text[end:rel.predicate_start].split()
            if len(between) <= 2 and all(w[:1].islower() and w.isalpha() for w in between):
                return side
        if start >= rel.predicate_end:
            between = text[rel.predicate_end:start].split()
            if len(between) <= NEAR and not any(c in CLAUSE_MARKS for c in "".join(between)) \
                    and all(w in ("von", "des", "der") or w[:1].isupper() for w in between):
                return side
    return None


def _hosted(text: str, rel: Relation, visitor: str, place_nouns: frozenset[str]) -> bool:
    """Whether the other side of the visit may be its host: a mention after the noun in its clause with a
    preposition of a host ("in", "nach", "bei", "mit") before it; one before the noun, in
    another clause ("Lulas Reise, die ihn dann nach Peru führt": a visit of its own) or carried from another
    sentence (no offsets) is left as the rules made it."""
    start = rel.actor_start if visitor == "recipient" else rel.recipient_start
    if start is None or rel.predicate_end is None or start < rel.predicate_end:
        return True
    between = text[rel.predicate_end:start]
    if any(c in CLAUSE_MARKS for c in between):
        return True
    words = between.split()
    at = max((j for j, w in enumerate(words) if w.lower() in HOST_PREPS), default=None)
    # only articles, adjectives and a place noun between the preposition and the side ("in der Hauptstadt X"),
    # not another name or a verb ("nach dem Besuch Macrons in Tunesien warnte Marokko")
    return at is not None and len(words) - at <= 3 and all(
        w[:1].islower() and not w.endswith("te") or w.lower() in place_nouns for w in words[at + 1:])


__all__ = ["VISIT", "without_stray_hosts"]
