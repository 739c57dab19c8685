"""Forces or goods that arrive in a state: the flow of their origin to that state (German, AID).

"Soldaten aus Kuba sind in Venezuela eingetroffen", "In Venezuela trafen zwanzig Panzer aus Kuba ein", "Haubitzen
aus kubanischer Produktion sind in Venezuela eingetroffen": the arrival (triggers.txt, AID/CONSULT: AID when
something flows) names its origin after "aus" and the state it reaches after "in", which for an AID is otherwise
a place (preps.txt: "in der Ukraine stationiert"), so the flow had no recipient and was dropped. Here, for an
arrival verb of lang/de/relations/arrivals.txt (kind verb; kind split only with its particle "ein" closing the
clause: "traf" alone hits), with a noun of forces or goods (objects.txt) in its clause:
- the state or a place of a state after "in" receives;
- a country adjective after "aus" before a noun of kind origin_noun ("aus kubanischer Produktion", "aus spanischen
  Beständen") names the giver, which the mentions know only before a noun of forces ("kubanische Soldaten").
People who arrive without forces or goods ("Flüchtlinge aus Syrien sind in Österreich eingetroffen", counted or
not) are no flow: their clause holds no noun of objects.txt.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, PLACE, Mention, clause_bounds

WORDS = "relations/arrivals.txt"
ARRIVAL = "AID/CONSULT"  # the trigger type of arriving (triggers.txt)
PARTICLE = "ein"  # "trafen ... ein"
ARRIVED_IN = frozenset({"in"})  # the preposition of the state reached ("in Venezuela eingetroffen")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` (verb, split, origin_noun) in lang/de/relations/arrivals.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind))


def arrived(doc: Doc, i: int, trig: Trigger, kind: str, words: list[str], low: list[str], k: int,
            found: list[Mention], roles: list, preps: dict, lex: RelationLexicon) -> tuple[list[Mention], list]:
    """``found`` and ``roles`` of the trigger at ``k`` (see the module): for an arrival of forces or goods, the
    state reached after "in" made the recipient and the giver named by an adjective of origin added as an
    origin; unchanged for any other trigger."""
    if lex.lang != "de" or kind != "AID" or trig.type != ARRIVAL or not _arrival(low, k):
        return found, roles
    lo, hi = clause_bounds(low, k, CLAUSE_END)
    if not any(w[:1].isupper() and lex.is_object(w.lower()) for w in words[lo:hi]):
        return found, roles  # people arrive, no forces or goods: no flow
    roles = ["recipient" if preps.get(id(m)) in ARRIVED_IN and m.label in ("LOC", PLACE) and role in (None, "place")
             else role for m, role in zip(found, roles, strict=True)]
    if "origin" in roles:
        return found, roles
    made = _made_in(doc.sent_tokens(i), words, low, lo, hi, gazetteer(lex.lang))
    if made is None or any(m.first <= made.first < m.last for m in found):
        return found, roles
    at = next((n for n, m in enumerate(found) if m.first > made.first), len(found))
    return found[:at] + [made] + found[at:], roles[:at] + ["origin"] + roles[at:]


def _arrival(low: list[str], k: int) -> bool:
    """Whether the word at ``k`` states an arrival: a form of kind verb, or of kind split with "ein" last in its
    clause."""
    if low[k] in _words("verb"):
        return True
    if low[k] not in _words("split"):
        return False
    _, hi = clause_bounds(low, k, CLAUSE_END | {".", "!", "?"})
    return hi - 1 > k and low[hi - 1] == PARTICLE


def _made_in(toks: list, words: list[str], low: list[str], lo: int, hi: int, gaz: Gazetteer) -> Mention | None:
    """The state of a country adjective right after "aus" and before a noun of kind origin_noun in ``lo:hi``
    ("aus kubanischer Produktion" -> Kuba), as a mention at the adjective; None without one."""
    for j in range(lo, hi - 2):
        if low[j] != "aus" or low[j + 2] not in _words("origin_noun"):
            continue
        entry = gaz.names.get((words[j + 1],))
        if entry is not None and entry.kind == "adjective" and entry.source == "countries.txt":
            return Mention(entry.canonical, words[j + 1], toks[j + 1].start, toks[j + 1].end, j + 1, j + 2, "LOC")
    return None
