"""Implicit flows in German war reporting (issue 10, event detection): a side that relies on, falls back on or
uses another side's goods or forces receives them from that side (AID from the maker to the user).

"Moskaus Artillerie verlässt sich seit Monaten auf nordkoreanische Granaten", "Russland ist auf Kims
Selbstfahrlafette angewiesen", "das Zurückgreifen auf belarussische Pioniere": triggers typed "AID*" in
lang/de/relations/triggers.txt; the mention after "auf" (a country adjective before goods or forces, a possessor
of them) gives, the subject receives; without such a mention there is no event ("Russland ist auf Munition
angewiesen", "Putin hat das Militär angewiesen", "verließen das Land"). "Russland hat die von Nordkorea gelieferte
Munition eingesetzt": the attributive participle is the flow itself, its "von" mention the giver.

Kept apart from extract.py (at its size limit), which calls these per mention.
"""

from __future__ import annotations

from .lexicon import RelationLexicon

RELIES = "*"  # the trigger flag in triggers.txt
STOPS = frozenset({",", ";", ":", ".", "(", ")", "–", "—", "und", "oder"})


def relies(kind: str) -> bool:
    """Whether a trigger's type (with its flags) marks reliance: the mention after "auf" gives."""
    return RELIES in kind


def relied_on(words: list[str], low: list[str], first: int, last: int, lex: RelationLexicon) -> bool:
    """Whether the mention at words ``first``..``last`` follows "auf" (articles, adjectives, numbers between) and
    names goods or forces of its side ("auf nordkoreanische Waffen", "auf Kims Selbstfahrlafette"), not the side
    alone ("kann sich auf die USA verlassen": a partner trusted, no flow)."""
    if not any(lex.is_object(w) or lex.is_agent(w) for w in low[last:last + 2]):
        return False
    for j in range(first - 1, max(-1, first - 4), -1):
        if low[j] == "auf":
            return True
        if words[j] in STOPS or low[j] in STOPS or (words[j][:1].isupper() and j > 0):
            return False
    return False


def supplied(kind: str, last: int, k: int, low: list[str], lex: RelationLexicon) -> bool:
    """Whether a mention ending before word ``last`` stands in an attribute whose participle is the flow's own
    trigger at ``k``, before the goods that flow ("die von Nordkorea gelieferte Munition"): it gives, the user of
    the goods receives. Not before other nouns ("der von Katar unterstützten Miliz": the group
    helped is the noun, not an actor elsewhere in the sentence)."""
    return kind == "AID" and last == k and k + 1 < len(low) and lex.is_object(low[k + 1])


PROVIDES = "%"  # the trigger flag in triggers.txt: a pact's provision, an event only with help in its clause
HELP = ("hilfe", "unterstützung", "beistand")


def unprovided(kind: str, low: list[str], lo: int, hi: int) -> bool:
    """Whether a pact's provision ("vorsieht", "sieht ... vor") has no help noun in its clause (words ``lo``..
    ``hi``): "Der Plan sieht vor, dass ..." names no cooperation."""
    return PROVIDES in kind and not any(w.endswith(HELP) for w in low[lo:hi])
