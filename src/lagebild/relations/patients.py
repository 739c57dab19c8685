"""Nouns of an act done to someone: whom it is done to follows them, who does it follows "durch" or "by".

"die Festnahme dreier lettischer Grenzer durch Belarus", "the killing of two Moldovan guards by Transnistrian
militia": after a noun of capture, arrest or killing the genitive ("von", "of", or a bare genitive plural
"belarussischer Soldaten") names the captives or victims: the recipient, not the actor ("die Unterstützung Nordkoreas"
or "der Angriff Russlands" name their actor so, extract._relations). The agent of such a noun follows "durch" or
"by" and acts also when a verb around the noun has a subject of its own ("Y condemned the killing of ... by Z"); with
no agent, the actor is found as for any noun trigger: the subject of the clause, also the side that reports the act
("Lettland meldete die Festnahme ..."). The nouns (each a trigger of triggers.txt) and the words before the patient
and the agent are lang/<code>/relations/patients.txt. A capture of a place takes ground and abducts or arrests no one. A person
whose title follows a country word stands for that state as the actor of such a noun (``for_states``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import noun_agents
from .implied import ABDUCT
from .meetings import titled_country
from .mentions import CLAUSE_END, PLACE

WORDS = "relations/patients.txt"
AGENT_REACH = 10  # words between the noun and its agent: "von zwei verwundeten Soldaten aus Nordkorea durch"
REACH = 4  # words between the noun and the mention: "der Gefangennahme von zwei verwundeten nordkoreanischen"


@dataclass(frozen=True)
class Patients:
    nouns: re.Pattern  # the nouns, one pattern matched in full against a lower-case word
    patient: frozenset[str]  # words opening the patient: "von", "des", "zweier", "of"
    agent: frozenset[str]  # words opening the agent: "durch", "by"
    takers: re.Pattern | None  # verbs of capture that take ground when what they take is a place: "captured"


@lru_cache(maxsize=None)
def patients(lang: str) -> Patients | None:
    """The words of lang/<code>/relations/patients.txt, None for a language without the file."""
    if not resources.exists(lang, WORDS):
        return None
    rows = resources.load(lang, WORDS).rows(2)
    nouns = [row[0] for row in rows if row[1] == "noun"]
    takers = [row[0] for row in rows if row[1] == "taker"]
    return Patients(re.compile("|".join(f"(?:{p})" for p in nouns)),
                    frozenset(row[0] for row in rows if row[1] == "patient"),
                    frozenset(row[0] for row in rows if row[1] == "agent"),
                    re.compile("|".join(f"(?:{p})" for p in takers)) if takers else None)


def assign(words: list[str], low: list[str], k: int, n: int, kind: str, found: list, roles: list[str | None],
           lang: str) -> list[str | None]:
    """``roles`` (of the mentions ``found``) with the patient of the noun trigger at word ``k`` (``n`` words) made
    its recipient and its agent after "durch"/"by" its actor (role "genitive", extract._relations' actor of a
    noun); for any other German noun trigger of type ``kind`` its agent after "durch" (noun_agents.py: "die
    Ratifizierung durch das Parlament")."""
    words_of = patients(lang)
    if words_of is None or (lang == "de" and not words[k][:1].isupper()) \
            or not any(words_of.nouns.fullmatch(w) for w in low[k:k + n]):
        return noun_agents.assign(words, low, k, n, kind, found, roles, lang)
    opened = low[k + n - 1] in words_of.patient  # a trigger ending in its patient word: "capture of"
    out = list(roles)
    taken = agent = False
    for at, m in enumerate(found):
        if m.first < k + n or m.first - (k + n) > AGENT_REACH or any(w in CLAUSE_END for w in low[k + n:m.first]):
            continue
        gap = low[k + n:m.first]
        # "durch die polnische Polizei", "by Ukrainian forces": the agent word and lower-case words before the name
        opener = next((j for j in range(len(gap) - 1, max(-1, len(gap) - 4), -1) if gap[j] in words_of.agent), None)
        if opener is not None and all(w[:1].islower() for w in words[m.first - (len(gap) - opener - 1):m.first]):
            out[at] = "genitive"
            agent = True
        # "die Gefangennahme belarussischer Soldaten": a genitive plural without article, the adjective right after
        elif not taken and (gap and gap[0] in words_of.patient or opened or not gap and _bare_genitive(words[m.first], lang)) \
                and len(gap) <= REACH and not any(o is not m and k + n <= o.first < m.first for o in found):
            out[at] = "recipient"
            taken = True
    if agent:  # "X condemned the killing of ... by Y": Y acts, not the subject of the verb that reports the noun
        out = [None if r == "genitive" and m.first < k else r for m, r in zip(found, out, strict=True)]
    return out


def _bare_genitive(word: str, lang: str) -> bool:
    """A lower-case German adjective in "-er" ("belarussischer"): the genitive plural that needs no article."""
    return lang == "de" and word[:1].islower() and word.endswith("er")


def taken_place(rel: Relation, recipient, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A capture whose recipient is a place ("the capture of a town", "captured Kharkiv") takes ground and abducts
    or arrests no one: no mode, and a verb of capture (kind "taker" of patients.txt) read as an arrest (COERCE)
    is an ASSAULT (the place's side is attacked)."""
    if recipient is None or recipient.label != PLACE:
        return
    if rel.mode == ABDUCT:
        rel.mode = None
        return
    words_of = patients(lang)
    if rel.type == "COERCE" and words_of is not None and words_of.takers is not None \
            and words_of.takers.fullmatch(rel.predicate.lower()):
        rel.type, rel.mode = "ASSAULT", None
        rel.provenance += " (type: ground taken, no arrest)"


def for_states(doc: Doc, relations: list[Relation], lang: str, gaz: Gazetteer) -> None:
    """A person acting on such a noun whose title follows a country word ("the Estonian interior minister X
    reported the capture of ..."; meetings.titled_country, the test of meetings and pacts) stands for the state:
    its forces capture or kill, the person reports or orders it. A country word without a title before the name
    ("at the Chinese border X") makes no one a state; the country replaces the person (marked in the provenance)."""
    words_of = patients(lang)
    if words_of is None:
        return
    for rel in relations:
        if rel.actor_start is None or not any(words_of.nouns.fullmatch(w) for w in rel.predicate.lower().split()):
            continue
        if not any(e.label == "PER" and e.start == rel.actor_start for e in doc.ents):
            continue
        country = titled_country(doc.text[max(0, rel.actor_start - 60):rel.actor_start].split()[-3:], gaz, lang)
        if country is not None and country != rel.recipient:
            rel.provenance += f" (actor: {rel.actor} stands for {country})"
            rel.actor = country  # actor_text and its offsets stay the person's words, as the text names them
