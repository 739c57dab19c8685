"""Nouns of an act done to someone: whom it is done to follows them, who does it follows "durch" or "by".

"Die Gefangennahme zweier nordkoreanischer Soldaten", "die Festnahme von zwei Agenten durch die polnische Polizei",
"the capture of four Iranian gunners by Georgian forces": after a noun of capture, arrest, killing or
expulsion the genitive ("von", "of") names the captives, the victims, the expelled: the recipient, not the actor
("die Unterstützung Nordkoreas" or "der Angriff Russlands" name their actor so, extract._relations). The agent
of such a noun follows "durch" or "by"; with none, the actor is found as for any noun trigger: the subject of the
clause, also when it is the side that reports the act ("Die Ukraine meldete die Gefangennahme ...",
"Kyiv reported the capture of ..."). The nouns and the words before the patient and the agent are
lang/<code>/relations/patients.txt. story-dev has four such phrases (two relations found, both right), the 10kGNAD
test articles 9 in 1,028 (arrests, killings, expulsions of people the entities mostly do not name: no relation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .mentions import CLAUSE_END

WORDS = "relations/patients.txt"
AGENT_REACH = 10  # words between the noun and its agent: "von zwei verwundeten Soldaten aus Nordkorea durch"
REACH = 4  # words between the noun and the mention: "der Gefangennahme von zwei verwundeten nordkoreanischen"


@dataclass(frozen=True)
class Patients:
    nouns: re.Pattern  # the nouns, one pattern matched in full against a lower-case word
    patient: frozenset[str]  # words opening the patient: "von", "des", "zweier", "of"
    agent: frozenset[str]  # words opening the agent: "durch", "by"


@lru_cache(maxsize=None)
def patients(lang: str) -> Patients | None:
    """The words of lang/<code>/relations/patients.txt, None for a language without the file."""
    if not resources.exists(lang, WORDS):
        return None
    rows = resources.load(lang, WORDS).rows(2)
    nouns = [row[0] for row in rows if row[1] == "noun"]
    return Patients(re.compile("|".join(f"(?:{p})" for p in nouns)),
                    frozenset(row[0] for row in rows if row[1] == "patient"),
                    frozenset(row[0] for row in rows if row[1] == "agent"))


def assign(words: list[str], low: list[str], k: int, n: int, found: list, roles: list[str | None],
           lang: str) -> list[str | None]:
    """``roles`` (of the mentions ``found``) with the patient of the noun trigger at word ``k`` (``n`` words) made
    its recipient and its agent after "durch"/"by" its actor (role "genitive", extract._relations' actor of a
    noun); unchanged when the trigger is no such noun."""
    words_of = patients(lang)
    if words_of is None or (lang == "de" and not words[k][:1].isupper()) \
            or not any(words_of.nouns.fullmatch(w) for w in low[k:k + n]):
        return roles
    opened = low[k + n - 1] in words_of.patient  # a trigger ending in its patient word: "capture of"
    out = list(roles)
    taken = False
    for at, m in enumerate(found):
        if m.first < k + n or m.first - (k + n) > AGENT_REACH or any(w in CLAUSE_END for w in low[k + n:m.first]):
            continue
        gap = low[k + n:m.first]
        # "durch die polnische Polizei", "by Ukrainian forces": the agent word and lower-case words before the name
        opener = next((j for j in range(len(gap) - 1, max(-1, len(gap) - 4), -1) if gap[j] in words_of.agent), None)
        if opener is not None and all(w[:1].islower() for w in words[m.first - (len(gap) - opener - 1):m.first]):
            out[at] = "genitive"
        elif not taken and (gap and gap[0] in words_of.patient or opened) and len(gap) <= REACH \
                and not any(o is not m and k + n <= o.first < m.first for o in found):
            out[at] = "recipient"
            taken = True
    return out


TITLE_GAP = 3  # words between a country and the person it qualifies: "Ukrainian President", "der ukrainische Präsident"


def for_states(doc: Doc, relations: list[Relation], lang: str, gaz: Gazetteer) -> None:
    """A person named as the actor of such a noun, qualified by a country ("the Georgian defence minister X
    reported the capture of ..."), stands for the state: its forces capture, arrest or kill, the person reports
    or orders it. The country replaces the person (marked in the provenance); a person without one stays."""
    words_of = patients(lang)
    if words_of is None:
        return
    for rel in relations:
        if rel.actor_start is None or not any(words_of.nouns.fullmatch(w) for w in rel.predicate.lower().split()):
            continue
        if not any(e.label == "PER" and e.start == rel.actor_start for e in doc.ents):
            continue
        country = None
        for word in reversed(doc.text[max(0, rel.actor_start - 60):rel.actor_start].split()[-TITLE_GAP:]):
            if word[-1:] in ",;:.–":
                break  # "..., sagte Selenskyj": no title before the name
            entry = gaz.names.get((word,))
            if entry is not None and entry.source == "countries.txt":
                country = entry.canonical
                break
        if country is not None and country != rel.recipient:
            rel.provenance += f" (actor: {rel.actor} stands for {country})"
            rel.actor = country  # actor_text and its offsets stay the person's words, as the text names them
