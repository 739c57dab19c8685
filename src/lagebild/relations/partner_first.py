"""A meeting's partner before its place: "traf in Ankara mit dem Abgeordneten X zusammen" is a meeting with X.

A meeting verb can mark two sides as its recipient: the place after "in"/"im" (a capital standing for its state,
"in Ankara" -> Türkei: the country visited) and the partner after "mit". The rules took the mention nearest the
trigger, the place, and so the meeting of a head of state at home with a deputy became a visit to his own
country ("Erdogan -> Türkei"), and "sprach in Berlin mit Putin" a talk with Germany. Gold codes the partner
(story-dev's meetings "mit" a minister "in" a city, in the host's country or abroad: the pair of people, never
the place). So when the trigger's clause names a partner after "mit" and a place after "in", the partner is
the recipient. Not for travel and arrival ("reiste mit seiner Frau nach Rom", "traf mit Beratern in Kiew ein"):
there "mit" names a companion, the place is visited. The words: lang/<code>/relations/partners.txt.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .mentions import Mention

WORDS = "relations/partners.txt"  # the prepositions and verbs of each kind (FORMAT there)


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, frozenset[str]]:
    """kind -> its words in partners.txt (partner, place, companion, arrival); empty without the file."""
    if not resources.exists(lang, WORDS):
        return {}
    kinds: dict[str, set[str]] = {}
    for word, kind in resources.load(lang, WORDS).rows(2):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def before_place(named: list[Mention], preps: dict[int, str | None], kind: str, low: list[str], k: int,
                 lo: int, hi: int, lang: str) -> list[Mention]:
    """The recipient candidates ``named`` of the trigger at word ``k`` (clause ``lo``..``hi``), only its partners
    after "mit" when the clause also names a place after "in" and the trigger is a CONSULT that is no travel or
    arrival; else ``named`` unchanged."""
    if kind != "CONSULT" or len(named) < 2:  # a choice between a partner and a place needs two candidates
        return named
    words = _words(lang)
    last = next((w for w in reversed(low[lo:hi]) if w.isalpha()), "")  # "traf ... ein": the particle ends it
    if not words or low[k] in words.get("companion", ()) or last in words.get("arrival", ()):
        return named
    partners = [m for m in named if preps.get(id(m)) in words.get("partner", ()) and lo <= m.first < hi]
    placed = any(preps.get(id(m)) in words.get("place", ()) for m in named)
    return partners if partners and placed else named


__all__ = ["before_place"]
