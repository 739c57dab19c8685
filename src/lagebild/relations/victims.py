"""Victims named by a common noun in a German passive attack (general news, issue 10).

"Die herbeigerufenen Sanitäter wurden in der Nacht von Vermummten attackiert": the passive's agent attacks
and its subject suffered the attack. When that subject is a noun phrase no mention names (no country, group or
person of the lexicons), the attack has a victim the rules cannot name, and a relation without recipient would
state an attack on no one (gold codes the victims, "Polizei und Feuerwehr"): no relation. A subject that is a
mention is the recipient as before ("Nordkoreanische Soldaten wurden von ukrainischen Drohnen angegriffen").
"""

from __future__ import annotations

from .mentions import Mention

# words that open a subject noun phrase ("Die Einsatzkräfte", "Zwei Polizisten", "Ein Beamter")
DETERMINERS = frozenset({"die", "der", "das", "ein", "eine", "einige", "mehrere", "zwei", "drei", "vier", "viele"})


def unnamed(words: list[str], low: list[str], lo: int, agent: Mention, found: list[Mention]) -> bool:
    """Whether the clause ``lo``.. opens with a determiner and a noun before the passive's ``agent`` that no
    mention of ``found`` covers: the victims, named by a common noun."""
    if lo >= agent.first or low[lo] not in DETERMINERS:
        return False
    nouns = [j for j in range(lo + 1, agent.first) if words[j][:1].isupper()]
    return bool(nouns) and not any(m.first <= j < m.last for j in nouns for m in found)
