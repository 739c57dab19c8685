"""A speaker who judges or confirms an event named by a noun is its source, not its actor (German).

"Ende des Monats bestätigte NATO-Generalsekretär Rutte die personelle Unterstützung für Putin": the word-order
rules took Rutte as the actor of "Unterstützung"; he only confirms what North Korea gives. A noun trigger in the
object of a verb of lang/de/relations/judges.txt ("lobte", "nannte", "bestätigte") does not take the verb's subject
as its actor (a genitive, an origin or an adjective of the noun still name it). The relation is kept with a mark in
its provenance and settled once the document is read (``settle``): a "confirm" speaker the document shows acting
in that type elsewhere keeps it ("Nordkorea bestätigte die Entsendung"); otherwise, for a flow (AID), the actor is
the one the document's other relations of the type give the same recipient most, else the relation goes.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..model import Relation

MARK = " (actor: judged by "  # provenance mark: " (actor: judged by <kind>)"
FLOWS = frozenset({"AID"})  # types whose actor the document's other relations to the same recipient tell
BREAKS = frozenset({",", ";", ":", "–", "-", "dass", "ob", "wie", "weil", "und", "aber", "oder"})


@lru_cache(maxsize=None)
def _verbs(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    if not resources.exists(lang, "relations/judges.txt"):
        return ()
    return tuple((re.compile(pattern + r"\Z"), kind) for pattern, kind in resources.load(lang, "relations/judges.txt").rows(2))


def judged(words: list[str], low: list[str], k: int, actor_first: int, lang: str) -> str | None:
    """The kind of the judging verb whose object holds the noun trigger at word ``k``, when the actor the rules
    chose (at word ``actor_first``; -1 for one carried from an earlier sentence) is that verb's subject, else None.
    The verb stands before it with no comma, dash or conjunction between them (quotation marks may: "lobte
    die „standhafte Unterstützung“")."""
    verbs = _verbs(lang)
    if not verbs or k == 0 or not words[k][:1].isupper():
        return None
    for j in range(k - 1, -1, -1):
        if low[j] in BREAKS:
            return None
        if not words[j][:1].islower():
            continue
        kind = next((kind for pattern, kind in verbs if pattern.match(low[j])), None)
        if kind is None:
            continue
        # the subject before the verb ("Rutte bestätigte die ...") or right after it ("bestätigte dann auch
        # Rutte die ..."), or a pronoun carried in ("Sie nannte die Offensive ...")
        if actor_first < 0 or actor_first < k:
            return kind
        return None
    return None


def mark(rel: Relation, kind: str) -> Relation:
    rel.provenance += f"{MARK}{kind})"
    return rel


def settle(relations: list[Relation]) -> list[Relation]:
    """The marked relations with the actor the document gives them (see the module docstring), or without them."""
    if not any(MARK in r.provenance for r in relations):
        return relations
    plain = [r for r in relations if MARK not in r.provenance]
    out = []
    for rel in relations:
        if MARK not in rel.provenance:
            out.append(rel)
            continue
        kind = rel.provenance.rsplit(MARK, 1)[1].rstrip(")")
        same = [r for r in plain if r.type == rel.type]
        if kind == "confirm" and any(r.actor == rel.actor for r in same):
            out.append(rel)  # the speaker confirms its own act
            continue
        # only a flow has a giver the document can tell ("Rutte bestätigte die Unterstützung für Putin"); an
        # attack a speaker judges ("Sie nannte die Offensive gegen die Ukraine ...") may be anyone's
        givers = Counter(r.actor for r in same if rel.recipient is not None and r.recipient == rel.recipient
                         and r.actor != rel.actor and rel.type in FLOWS)
        if not givers:
            continue
        giver = next(r for r in same if r.actor == givers.most_common(1)[0][0])
        rel.actor, rel.actor_text = giver.actor, giver.actor_text
        rel.actor_start = rel.actor_end = None  # named in another sentence
        rel.provenance += f" -> {rel.actor}, the document's actor of {rel.type} to {rel.recipient}"
        out.append(rel)
    return out
