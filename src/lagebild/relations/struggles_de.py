"""German verbs of fighting for an effort, no armed act: "kämpft um den Titel", "hat mit Problemen zu kämpfen".

General news (10kGNAD) fights for prizes, votes and budgets: "Österreich kämpft um den Einzug ins Finale",
"Griechenland kämpft mit der Schuldenkrise", "wir werden mit einer Depression zu kämpfen haben", "als er gegen das
Sparpaket kämpfte". Of the 6 ASSAULTs the verb gave in the 1,028 10kGNAD test articles, 5 were such struggles
(figurative.py keeps them, for a state fights). A war report's fight names forces, a party or a place after its
preposition ("kämpfen gegen litauische Truppen", "um die Stadt Grodno", "mit 3.000 Soldaten") or none at all
("kämpfen in der Region Kursk"). So the verb (lang/de/relations/struggles.txt, kind "fight") is no trigger when
"zu" before it has a form of "haben" in its clause, or when its clause holds a preposition of a goal whose object (the
first capitalized word after it, an article or adjectives between: a bare one may be a name) is none of those.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, Mention

RESOURCE = "relations/struggles.txt"
REACH = 4  # words from the preposition to the noun it governs (an article, a number, adjectives between)
ZU = "zu"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, re.Pattern]:
    rows = resources.load("de", RESOURCE).rows(2)
    return {kind: re.compile("|".join(f"(?:{p})" for p, k in rows if k == kind)) for kind in ("fight", "goal", "have")}


def no_event(trig: Trigger, words: list[str], low: list[str], k: int, found: list[Mention],
             lex: RelationLexicon) -> bool:
    """Whether the German ASSAULT trigger at word ``k`` is a verb of fighting used for a struggle (see the module)."""
    if lex.lang != "de" or not trig.type.startswith("ASSAULT") or not words[k][:1].islower():
        return False
    kinds = _kinds()
    if not kinds["fight"].fullmatch(low[k]):
        return False
    lo = k
    while lo > 0 and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = k + 1
    while hi < len(words) and words[hi] not in CLAUSE_END and words[hi] != ".":
        hi += 1
    if k > 0 and low[k - 1] == ZU and any(kinds["have"].fullmatch(w) for w in low[lo:hi]):
        return True  # "mit Problemen zu kämpfen haben", "hat mit Problemen zu kämpfen"
    for j in range(lo, hi):
        if j != k and kinds["goal"].fullmatch(low[j]) and _a_goal(words, low, j, hi, found, lex):
            return True
    return False


def _a_goal(words: list[str], low: list[str], j: int, hi: int, found: list[Mention], lex: RelationLexicon) -> bool:
    """Whether the preposition at ``j`` governs a noun after an article or adjective that is no party, forces,
    arms or place ("um den Titel", "mit hohen Schulden")."""
    if j + 1 < hi and low[j + 1] == ZU:
        return False  # "um zu": a purpose clause, no object
    for m in range(j + 1, min(hi, j + 1 + REACH)):
        if any(f.first <= m < f.last for f in found) or lex.is_agent(low[m]) or lex.is_object(low[m]):
            return False
        if words[m][:1].isupper():  # a bare capitalized word may be a name the gazetteer lacks ("um Aleppo")
            return m > j + 1 and low[m] not in lex.place_nouns
    return False
