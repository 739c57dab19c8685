"""A speaker who judges or confirms an event named by a noun is its source, not its actor (German).

"Am Dienstag bestätigte auch Stoltenberg die Lieferung an Russland": the word-order rules took Stoltenberg as
the actor of "Lieferung"; he only confirms what another state gives. A noun trigger in the
object of a verb of lang/de/relations/judges.txt ("lobte", "nannte", "bestätigte") does not take the verb's subject
as its actor (a genitive, an origin or an adjective of the noun still name it). The relation is kept with a mark in
its provenance, its kind kept by the document's extraction (``mark``), and settled once the document is read
(``settle``): a "confirm" speaker the document shows acting
in that type elsewhere keeps it ("Nordkorea bestätigte die Entsendung"); otherwise, for a flow (AID), the actor is
the one the document's other relations of the type give the same recipient most, else the relation goes.
The judging verb's own praise goes to the side that did the deed, named by the noun's origin (``praised``:
"Lukaschenko lobte die „treue Hilfe“ aus Moskau", "würdigte die Geduld von Minister Huber").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..model import Relation

MARK = " (actor: judged by "  # provenance mark: " (actor: judged by <kind>)"
FLOWS = frozenset({"AID"})  # types whose actor the document's other relations to the same recipient tell
# conjunctions that start another clause or phrase between a verb and a noun (punctuation: the clause bound)
BREAKS = frozenset({"-", "dass", "ob", "wie", "weil", "und", "aber", "oder"})
STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "(", ")"})  # clause ends (quotes are inside: praised)
QUOTES = frozenset({"„", "“", "”", '"', "»", "«", "‚", "‘"})


@lru_cache(maxsize=None)
def _verbs(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    if not resources.exists(lang, "relations/judges.txt"):
        return ()
    return tuple((re.compile(pattern + r"\Z"), kind) for pattern, kind in resources.load(lang, "relations/judges.txt").rows(2))


def judged(words: list[str], low: list[str], k: int, actor_first: int, lang: str, lo: int = 0) -> str | None:
    """The kind of the judging verb whose object holds the noun trigger at word ``k``, when the actor the rules
    chose (at word ``actor_first``; -1 for one carried from an earlier sentence) is that verb's subject, else None.
    The verb stands before it in its clause (from word ``lo``: extract._clause with quoted words inside, "lobte
    die „standhafte Unterstützung“") with no conjunction between them."""
    verbs = _verbs(lang)
    if not verbs or k == 0 or not words[k][:1].isupper():
        return None
    for j in range(k - 1, lo - 1, -1):
        if low[j] in BREAKS:
            return None
        if not words[j][:1].islower():
            continue
        kind = next((kind for pattern, kind in verbs if pattern.match(low[j])), None)
        if kind is None:
            continue
        # an actor named before the noun: the verb's subject before it ("Rutte bestätigte die ...") or right
        # after it ("bestätigte dann auch Rutte die ..."), or one carried in (-1: "Sie nannte den Angriff ...");
        # one after the noun is its own ("bestätigte die Lieferung Nordkoreas")
        return kind if actor_first < k else None
    return None


def mark(rel: Relation, kind: str, kinds: dict[int, str]) -> Relation:
    """``rel`` with the judging verb's ``kind`` noted in its provenance and kept in ``kinds`` (by object id, as
    data: later steps append to the provenance) for ``settle``."""
    rel.provenance += f"{MARK}{kind})"
    kinds[id(rel)] = kind
    return rel


def settle(relations: list[Relation], kinds: dict[int, str]) -> list[Relation]:
    """The relations ``mark`` noted in ``kinds`` with the actor the document gives them (see the module
    docstring), or without them."""
    if not any(id(r) in kinds for r in relations):
        return relations
    plain = [r for r in relations if id(r) not in kinds]
    out = []
    for rel in relations:
        kind = kinds.get(id(rel))
        if kind is None:
            out.append(rel)
            continue
        same = [r for r in plain if r.type == rel.type]
        if kind == "confirm" and any(r.actor == rel.actor for r in same):
            out.append(rel)  # the speaker confirms its own act
            continue
        # only a flow has a giver the document can tell ("Rutte bestätigte die Unterstützung für Putin"); an
        # attack a speaker judges ("Scholz nannte den Angriff auf Polen ...") may be anyone's
        if rel.type not in FLOWS or rel.recipient is None:
            continue
        givers = Counter(r.actor for r in same if r.recipient == rel.recipient and r.actor != rel.actor)
        if not givers:
            continue
        giver = next(r for r in same if r.actor == givers.most_common(1)[0][0])
        rel.actor, rel.actor_text = giver.actor, giver.actor_text
        rel.actor_start = rel.actor_end = None  # named in another sentence
        rel.provenance += f" -> {rel.actor}, the document's actor of {rel.type} to {rel.recipient}"
        out.append(rel)
    return out


def praised(found: list, preps: dict[int, str | None], words: list[str], low: list[str], k: int,
            kind: str, origin: frozenset[str], lang: str):  # type: ignore[no-untyped-def]
    """The side a judging verb's praise goes to when its object is another side's deed named by its origin
    ("Lukaschenko lobte die „treue Hilfe“ aus Moskau": SUPPORT to Russland): the first mention of
    the verb's clause (quotes inside) after an origin preposition ("aus", "von") right after a noun; None for
    other verbs and types."""
    if kind != "SUPPORT" or not any(p.match(low[k]) and v == "judge" for p, v in _verbs(lang)):
        return None
    end = k + 1
    while end < len(low) and low[end] not in STOPS and low[end] not in BREAKS:
        end += 1
    for m in found:
        at = m.first - 1  # the preposition, before the mention's article and adjectives
        while at > k and low[at] != preps.get(id(m)):
            at -= 1
        noun = at - 1
        while noun > k and low[noun] in QUOTES:
            noun -= 1
        if k < m.first < end and preps.get(id(m)) in origin and noun > k and words[noun][:1].isupper():
            return m
    return None
