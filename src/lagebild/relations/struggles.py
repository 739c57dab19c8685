"""Verbs of fighting for an effort, no armed act: "kämpft um den Titel", "hat mit Problemen zu kämpfen", "entered
the battle for market share".

General news (10kGNAD) fights for prizes, votes and budgets: "Österreich kämpft um den Einzug ins Finale",
"Griechenland kämpft mit der Schuldenkrise", "wir werden mit einer Depression zu kämpfen haben", "als er gegen das
Sparpaket kämpfte". Of the 6 ASSAULTs the verb gave in the 1,028 10kGNAD test articles, 5 were such struggles
(figurative.py keeps them, for a state fights). A war report's fight names forces, a party or a place after its
preposition ("kämpfen gegen litauische Truppen", "um die Stadt Grodno", "mit 3.000 Soldaten", "fighting for
Russia") or none at all ("kämpfen in der Region Kursk"). So the verb (lang/<de|en>/relations/struggles.txt, kind
"fight") is no trigger when "zu" before it has a form of "haben" in its clause (German), or when its clause holds
a preposition of a goal whose object is none of those: in German the first capitalized word after it (an article
or adjectives between; a bare one may be a name), in English the words after it up to the next preposition (the
articles of kind "article" skipped; a capitalized word is a name). A goal with a complement naming a place is a fight
for ground, not a struggle ("um die Kontrolle über die Stadt", "for control of the town").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_OR_SENTENCE_END, Mention, clause_bounds

RESOURCE = "relations/struggles.txt"
LANGS = ("de", "en")
KINDS = ("fight", "goal", "have", "ground", "complement", "genitive", "article", "stop", "time")
REACH = 4  # words from the preposition to the noun it governs (an article, a number, adjectives between)
ZU = "zu"


@lru_cache(maxsize=2)
def _kinds(lang: str) -> dict[str, re.Pattern]:
    rows = resources.load(lang, RESOURCE).rows(2)
    # a kind a language does not use matches no word (the empty pattern only matches the empty string)
    return {kind: re.compile("|".join(f"(?:{p})" for p, k in rows if k == kind)) for kind in KINDS}


def no_event(trig: Trigger, words: list[str], low: list[str], k: int, found: list[Mention],
             lex: RelationLexicon) -> bool:
    """Whether the ASSAULT trigger at word ``k`` is a verb or noun of fighting used for a struggle (see the
    module)."""
    if lex.lang not in LANGS or not trig.type.startswith("ASSAULT") or not words[k][:1].islower():
        return False
    kinds = _kinds(lex.lang)
    if not kinds["fight"].fullmatch(low[k]):
        return False
    lo, hi = clause_bounds(words, k, CLAUSE_OR_SENTENCE_END)
    if k > 0 and low[k - 1] == ZU and any(kinds["have"].fullmatch(w) for w in low[lo:hi]):
        return True  # "mit Problemen zu kämpfen haben", "hat mit Problemen zu kämpfen"
    goal = _a_goal if lex.lang == "de" else _an_english_goal
    for j in range(lo, hi):
        if j != k and kinds["goal"].fullmatch(low[j]) and goal(words, low, j, hi, found, lex):
            return True
    return False


def _party(low: list[str], m: int, found: list[Mention], lex: RelationLexicon) -> bool:
    """Whether word ``m`` is part of a mention, a word of forces or arms, or the last word of a description of an
    actor or a country ("his country", "the regime": anaphors.txt)."""
    return any(f.first <= m < f.last for f in found) or lex.is_agent(low[m]) or lex.is_object(low[m]) \
        or low[m] in _described(lex)


_DESCRIBED: dict[str, frozenset[str]] = {}  # language -> last words of its descriptions of actors and countries


def _described(lex: RelationLexicon) -> frozenset[str]:
    heads = _DESCRIBED.get(lex.lang)
    if heads is None:
        heads = frozenset(phrase[-1] for phrase, kind in lex.anaphors if kind in ("actor", "country", "pair"))
        _DESCRIBED[lex.lang] = heads
    return heads


def _ground(words: list[str], low: list[str], m: int, hi: int, found: list[Mention], lex: RelationLexicon) -> bool:
    """Whether the goal noun at ``m`` is one of holding ground (kind "ground") with a complement naming a place
    ("die Kontrolle über die Stadt", "der Region", "control of the town", "control over Kherson"): a fight.
    After a German genitive article (kind "genitive") only a place noun counts: a party there owns the goal
    ("gegen die Sparauflagen der Geldgeber")."""
    kinds = _kinds(lex.lang)
    if not kinds["ground"].fullmatch(low[m]) or m + 1 >= hi or not (
            kinds["complement"].fullmatch(low[m + 1]) or kinds["genitive"].fullmatch(low[m + 1])):
        return False  # "um die Zukunft der Region", "for the future of the town": a struggle still
    named = not kinds["genitive"].fullmatch(low[m + 1])
    # an English capitalized word is a name; a German one may be any noun
    names = named and lex.lang == "en"
    return any(low[n] in lex.place_nouns or named and any(f.first <= n < f.last for f in found)
               or names and words[n][:1].isupper() for n in range(m + 2, min(hi, m + 2 + REACH)))


def _a_goal(words: list[str], low: list[str], j: int, hi: int, found: list[Mention], lex: RelationLexicon) -> bool:
    """Whether the German preposition at ``j`` governs a noun after an article or adjective that is no party,
    forces, arms or place ("um den Titel", "mit hohen Schulden")."""
    if j + 1 < hi and low[j + 1] == ZU:
        return False  # "um zu": a purpose clause, no object
    for m in range(j + 1, min(hi, j + 1 + REACH)):
        if _party(low, m, found, lex):
            return False
        if words[m][:1].isupper():  # a bare capitalized word may be a name the gazetteer lacks ("um Aleppo")
            return m > j + 1 and low[m] not in lex.place_nouns and not _ground(words, low, m, hi, found, lex)
    return False


def _an_english_goal(words: list[str], low: list[str], j: int, hi: int, found: list[Mention],
                     lex: RelationLexicon) -> bool:
    """Whether the English preposition at ``j`` governs words that are no party, forces, arms, place or name, up
    to the next preposition ("for market share", "against rising prices")."""
    kinds = _kinds(lex.lang)
    content = False
    for m in range(j + 1, min(hi, j + 1 + REACH)):
        if kinds["stop"].fullmatch(low[m]) or kinds["complement"].fullmatch(low[m]):
            break
        if _party(low, m, found, lex) or words[m][:1].isupper() or low[m] in lex.place_nouns \
                or kinds["time"].fullmatch(low[m]) or low[m][:1].isdigit():
            return False  # "for months", "over the past week", "for 3 days": a duration, no goal
        if not kinds["article"].fullmatch(low[m]):
            content = True
            if _ground(words, low, m, hi, found, lex):
                return False
    return content
