"""The agent of a German passive nominalisation: "die Ratifizierung des Paktes durch das Parlament".

A noun trigger names its actor by a genitive or a possessive ("die Unterstützung Polens", "Russlands Angriff",
extract._relations). When the noun's phrase goes on with "durch X" (lang/de/relations/noun_agents.txt, kind
agent), X does the act, as the agent of the passive the noun stands for ("der Pakt wurde vom Parlament
ratifiziert"), and the genitive right after the noun is whom it is done to: "die Unterstützung der Ukraine durch
die USA" is the USA's support of Ukraine, "die Besetzung der Krim durch Russland" Russia's. The agent word must
belong to the noun's own phrase: only its attributes may stand between (articles, attribute prepositions,
capitalised nouns and names, an adjective before a noun), never a verb ("die Kritik wurde durch ... laut"), and
only lower-case words between the agent word and the name ("durch die neue Regierung"). The phrase then names
both sides: a mention outside it (the subject of a verb reporting the act) takes no part. A country after "durch"
is the way, no actor, for nouns of travel and troop moves (kind path: "eine Rundreise durch Polen"). The capture
nouns of patients.py read their agent themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from .mentions import CLAUSE_END, PLACE

WORDS = "relations/noun_agents.txt"
REACH = 10  # words from the noun to its agent word: "die Ratifizierung des Abkommens mit Nordkorea durch"
NAME_GAP = 3  # lower-case words between the agent word and the name: "durch die neue russische Regierung"
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "des neuen Abkommens": an adjective before its noun


@dataclass(frozen=True)
class NounAgents:
    agent: frozenset[str]  # "durch"
    path: frozenset[str]  # event types whose nouns go through a country: "Reise durch Polen"
    attribute: frozenset[str]  # lower-case words of the noun's phrase: "des", "auf", "mit"


@lru_cache(maxsize=None)
def noun_agents(lang: str) -> NounAgents | None:
    """The words of lang/<code>/relations/noun_agents.txt, None for a language without the file."""
    if not resources.exists(lang, WORDS):
        return None
    rows = resources.load(lang, WORDS).rows(2)
    return NounAgents(*(frozenset(row[0] for row in rows if row[1] == kind) for kind in ("agent", "path", "attribute")))


def _in_phrase(words: list[str], low: list[str], start: int, end: int, words_of: NounAgents) -> bool:
    """Whether words [start, end) may all be attributes of the noun before them (see the module docstring)."""
    for j in range(start, end):
        if words[j][:1].isupper() or low[j] in words_of.attribute or words[j] in ("-", "'"):
            continue
        if low[j].endswith(ADJECTIVE_ENDINGS) and j + 1 < len(words) and words[j + 1][:1].isupper():
            continue  # "des neuen Abkommens"
        return False
    return True


def assign(words: list[str], low: list[str], k: int, n: int, kind: str, found: list, roles: list[str | None],
           lang: str) -> list[str | None]:
    """``roles`` (of the mentions ``found``) with the agent of the German noun trigger at word ``k`` (``n``
    words) after "durch" made its actor (role "genitive", extract._relations' actor of a noun) and a genitive
    that would otherwise act made its recipient; unchanged when the noun has no such agent."""
    words_of = noun_agents(lang)
    if words_of is None or k == 0 or not words[k][:1].isupper():
        return roles  # not a noun ("Angriffe durch ..." opening a sentence stays unread)
    end = k + n
    opener = next((j for j in range(end, min(len(low), end + REACH))
                   if low[j] in words_of.agent or words[j] in CLAUSE_END or words[j] == "."), None)
    if opener is None or low[opener] not in words_of.agent or not _in_phrase(words, low, end, opener, words_of):
        return roles
    agent = next((at for at, m in enumerate(found) if opener < m.first <= opener + 1 + NAME_GAP
                  and all(w[:1].islower() for w in words[opener + 1:m.first])), None)
    if agent is None:
        return roles
    m = found[agent]
    if m.label == PLACE:
        return roles
    if m.label == "LOC" and kind in words_of.path:  # "eine Reise durch Polen": the way, neither side
        return [r if at != agent else "place" for at, r in enumerate(roles)]
    # the noun's phrase names both sides: a genitive after the noun receives; a mention outside the phrase (the
    # subject of the verb around it: "X informierte über die Rückeroberung ... durch Y") takes no part
    out = [("recipient" if end <= o.first < opener else "place") if r == "genitive"
           else "place" if r is None and not end <= o.first < opener else r for o, r in zip(found, roles, strict=True)]
    out[agent] = "genitive"
    return out


def after_agent(words: list[str], k: int, first: int) -> bool:
    """Whether the mention starting at word ``first`` follows an agent word of the German noun at ``k`` ("die
    Ratifizierung des Abkommens durch die Duma": the Duma acts, the genitive is what it ratifies)."""
    words_of = noun_agents("de")
    if words_of is None or not k < first <= k + REACH + NAME_GAP + 1:
        return False
    for j in range(first - 1, max(k, first - 2 - NAME_GAP), -1):
        if words[j].lower() in words_of.agent:
            return True
        if not words[j][:1].islower():
            return False
    return False
