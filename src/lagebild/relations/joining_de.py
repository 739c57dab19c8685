"""German verbs of joining a war: who joins it fights (issue 10, taking part in a war).

"Belarus will im Syrien-Krieg mitkämpfen", "sollte sich Iran in den Krieg einschalten", "greift in den Krieg ein",
"beteiligt sich an den Kämpfen": the seeds and story-dev German code the one who joins as attacker (ASSAULT), with
the opponent the clause names ("gegen") or none. The same verbs join anything else ("sich an den Kosten beteiligen",
"für ein Ende des Krieges eintreten", "sich in den Wahlkampf einmischen", "die Staatsanwaltschaft hat sich
eingeschaltet"), so a trigger typed "ASSAULT#" in triggers.txt counts only when its clause holds a noun of war right
after a preposition of joining (lang/de/relations/joining.txt); otherwise the word is no trigger of triggers.txt and
the other rules (frames.txt: the public prosecutor called in) may read it. A war named by a country ("im
Ukraine-Krieg") is the side attacked only when the document puts the actor on the other side (``sided``). A
person who joins with no forces in the sentence stays a fight in words (figurative.py): a leader may join a war as
its mediator ("Macron schaltet sich in den Krieg ein").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .events import PARTNERING
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_OR_SENTENCE_END, clause_bounds

PENDING = "relations.joining.pending"  # Doc.user_data: fights given the country their war is named by
NOTE = " (recipient: the country the war is named by)"
WAR_COMPOUND = re.compile(r"(\w+?)-?[Kk]rieg(?:es|s)?")  # "Ukraine-Krieg", "Syrienkrieg": the country's name first
FLAG = "#"  # the trigger flag of triggers.txt: only with a noun of war after a preposition in its clause
RESOURCE = "relations/joining.txt"
BETWEEN = 2  # words an article and an adjective take between the preposition and the noun of war


KINDS = ("war", "prep", "figurative", "narrow", "narrow-prep", "narrow-not")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, re.Pattern]:
    rows = resources.load("de", RESOURCE).rows(2)
    return {kind: re.compile("|".join(f"(?:{p})" for p, k in rows if k == kind) or r"(?!)") for kind in KINDS}


def admitted(trig: Trigger | None, words: list[str], low: list[str], k: int, lang: str = "de") -> Trigger | None:
    """``trig`` (the trigger of triggers.txt at word ``k``), or None when it is a verb of joining whose clause
    names no war joined ("in den Krieg", "an den Kämpfen"). A verb of kind "narrow" ("eintreten", which also
    means to advocate) joins only through its own "narrow-prep" ("in den Krieg", not "im Krieg") and never with
    a "narrow-not" word in its clause ("für")."""
    if trig is None or FLAG not in trig.type or lang != "de":  # English: nonevents_en.no_event
        return trig
    lo, hi = clause_bounds(words, k, CLAUSE_OR_SENTENCE_END)
    kinds = _kinds()
    if kinds["narrow"].fullmatch(low[k]):
        if any(kinds["narrow-not"].fullmatch(w) for w in low[lo:hi]):
            return None
        return trig if war_joined(words, low, lo, hi, kinds["narrow-prep"]) is not None else None
    return trig if war_joined(words, low, lo, hi) is not None else None


def war_joined(words: list[str], low: list[str], lo: int, hi: int, preps: re.Pattern | None = None) -> int | None:
    """The index of a noun of war (a capitalized word) at most ``BETWEEN`` lower-case words after a preposition
    of joining (or of ``preps``) among words ``lo`` to ``hi`` ("in den Krieg", "im Ukraine-Krieg", "an den
    heftigen Kämpfen"); a war in words (kind "figurative": "Krieg der Worte") is none."""
    kinds = _kinds()
    for j in range(lo, hi):
        if not (preps or kinds["prep"]).fullmatch(low[j]):
            continue
        for m in range(j + 1, min(hi, j + 2 + BETWEEN)):
            if words[m][:1].isupper():
                if kinds["war"].fullmatch(low[m]) and not kinds["figurative"].match(" ".join(low[m:m + 3])):
                    return m
                break
    return None


def opponents(doc: Doc, rels: list[Relation], trig: Trigger, words: list[str], low: list[str], starts: list[int],
              k: int, lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``rels`` (of the trigger at word ``k``) where a verb of joining keeps only a recipient its opponent
    preposition names ("in den Krieg gegen die Ukraine eingreifen"): where the war is ("in den Krieg in Syrien
    eingreifen") or who comes next ("..., wird das Südkorea auf den Plan rufen") is no side attacked. A war
    named by its country ("im Ukraine-Krieg mitkämpfen") names the side attacked when the document puts the
    actor on the other side (``sided``)."""
    if FLAG not in trig.type:
        return rels
    war = war_joined(words, low, *clause_bounds(words, k, CLAUSE_OR_SENTENCE_END))
    country = _war_country(words[war], gaz) if war is not None else None
    for rel in rels:
        if rel.recipient is not None:
            at = bisect_left(starts, rel.recipient_start) if rel.recipient_start is not None else -1
            if at >= 0 and any(w in lex.opponent for w in low[max(0, at - 1 - BETWEEN):at]):
                continue
            rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None
            rel.provenance = rel.provenance.split(" (recipient:")[0]
        if country is not None and war is not None and country != rel.actor:
            rel.recipient, rel.recipient_text = country, words[war]
            rel.recipient_start, rel.recipient_end = starts[war], starts[war] + len(words[war])
            rel.provenance += NOTE
            doc.user_data.setdefault(PENDING, []).append(rel)
    return rels


def _war_country(word: str, gaz: Gazetteer) -> str | None:
    """The country a war noun is named by ("Ukraine-Krieg", "Syrienkrieg": the war in or against it)."""
    named = WAR_COMPOUND.fullmatch(word)
    entry = gaz.names.get((named.group(1),)) if named else None
    return entry.canonical if entry is not None and entry.source == "countries.txt" else None


def sided(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` where a fight given the country its war is named by (``opponents``) keeps it only when the
    document shows the actor on the other side: a partner of the actor (AID, COOPERATE, SUPPORT, AGREE either
    way) fights that country, or the actor does elsewhere; else the fight has no recipient, or is dropped when
    its sentence records it without one already."""
    pending = doc.user_data.pop(PENDING, [])
    if not pending:
        return relations
    marked = {id(r) for r in pending}
    partners: dict[str, set[str]] = {}
    enemies: dict[str, set[str]] = {}
    for rel in relations:
        if rel.recipient is None or rel.status == "negated" or id(rel) in marked:
            continue
        if rel.type in PARTNERING:
            partners.setdefault(rel.actor, set()).add(rel.recipient)
            partners.setdefault(rel.recipient, set()).add(rel.actor)
        elif rel.type == "ASSAULT":
            enemies.setdefault(rel.actor, set()).add(rel.recipient)
            enemies.setdefault(rel.recipient, set()).add(rel.actor)
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations if id(r) not in marked}
    out = []
    for rel in relations:
        if id(rel) in marked:
            foes = enemies.get(rel.recipient or "", set())
            if rel.actor not in foes and not (partners.get(rel.actor, set()) & foes):
                if (rel.sentence, rel.type, rel.actor, None) in seen:
                    continue
                rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None
                rel.provenance = rel.provenance.replace(NOTE, "")
        out.append(rel)
    return out
