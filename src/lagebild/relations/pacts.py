"""A pact signed or ratified by one party (issue 10; gold/SCHEMA.md: "Signing or ratifying a pact: SUPPORT with
recipient the other party").

German reporting on a pact names its two parties once and then tells each step by one of them: "Belarus hat
den Vertrag ratifiziert", "Serbien hatte ihn schon unterzeichnet". The other party is the one the document shows
as the actor's partner (one side aids, backs, works with or promises the other): a SUPPORT of a signing word
(lang/de/relations/pacts.txt, kind act) without a recipient is kept by extract._relations, marked, and filled in
here once the document's relations are known; without a partner it is dropped. Only a country has such a
partner: a player signing a contract, a minister a decree, a petition's signers have none (and a legislature,
"die Duma", is no mention yet).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Relation
from .anaphora import country_of
from .events import PARTNERING

WORDS = "relations/pacts.txt"
PENDING = " (pact: the other party is the actor's partner in the document)"


@lru_cache(maxsize=None)
def _acts(lang: str) -> re.Pattern | None:
    if lang != "de":
        return None
    return re.compile("|".join(f"(?:{p})" for p, kind in resources.load(lang, WORDS).rows(2) if kind == "act"))


def pending(kind: str, word: str, lang: str) -> bool:
    """Whether a SUPPORT at the lower-case trigger ``word`` with no recipient waits for the pact's other party."""
    acts = _acts(lang) if kind == "SUPPORT" else None
    return acts is not None and acts.fullmatch(word) is not None


def mark(relations: list[Relation]) -> list[Relation]:
    """``relations`` marked in their provenance as waiting for the pact's other party (``fill``)."""
    for rel in relations:
        rel.provenance += PENDING
    return relations


def fill(relations: list[Relation], gaz: Gazetteer) -> list[Relation]:
    """The marked pacts with the actor's partner as recipient; those whose actor has none are dropped."""
    if not any(PENDING in r.provenance for r in relations):
        return relations
    partners: dict[str, Counter] = {}
    for rel in relations:
        if rel.type in PARTNERING and rel.recipient and rel.actor != rel.recipient:
            partners.setdefault(rel.actor, Counter())[rel.recipient] += 1
            partners.setdefault(rel.recipient, Counter())[rel.actor] += 1
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        if PENDING not in rel.provenance or rel.recipient is not None:
            out.append(rel)
            continue
        state = country_of(rel.actor, gaz)
        # the partner that is a state: "Putin und Kim unterzeichneten" makes no person the party of Nordkorea
        other = next((name for name, _ in partners.get(state, Counter()).most_common()
                      if name != state and country_of(name, gaz)), None) if state else None
        if other is not None and (rel.sentence, rel.type, rel.actor, other) not in seen:
            rel.recipient = other
            out.append(rel)
    return out
