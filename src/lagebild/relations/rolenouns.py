"""Role nouns of general news resolved in the document: "die Regierung" is the government of the story's country.

groups.txt names a government by its noun ("die Bundesregierung" -> Regierung) and mentions.py gives it a country
where the sentence does ("die Regierung in Athen" -> Griechenland). General news mostly says "die Regierung" of
the one country the article is about (an article on a budget quarrel in a country, naming it again and again, in
which the EU-Kommission asks "die Regierung" for figures). The gold codes such a government as its country
(gold/SCHEMA.md: canonical actor, the country as alias). So a relation side that is a bare singular government
noun takes the country the document names most, when it names one at least twice and more often than any other
(continents do not count), and that country is not the relation's other side; else it stays "Regierung".
"Die Bundesregierung" of German-language press is Germany's or Austria's: it takes the document's country only
when that is one of them. Regional governments ("Landesregierung", "Inselregierung") are not the country's and
stay, and so does a government followed by whose it is ("die Regierung von Nauru": a country the gazetteer
lacks). A government followed by the person leading it ("die Regierung von Kim") is that person's state when the
document or the gazetteer's roles give the person one (``leader_state``, asked by mentions.py): the gold codes it
as the state. The nouns, the countries they govern, the words of whose and the continents are
lang/de/relations/governments.txt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .meetings import person_countries
from .sides import role_states

GOVERNMENT = "Regierung"  # the canonical groups.txt gives
AT_LEAST = 2  # mentions of the document's country
WORDS = "relations/governments.txt"  # the government nouns, the words naming whose, the continents (lang/de)


@dataclass(frozen=True)
class Governments:
    nouns: dict[str, frozenset[str] | None]  # noun -> the countries it can govern, None: any
    owner: frozenset[str]  # "die Regierung von Nauru": a country the gazetteer lacks
    continents: frozenset[str]  # countries.txt places without a government (Europa, Asien, ...)


@lru_cache(maxsize=None)
def governments(lang: str) -> Governments | None:
    """The words of lang/<code>/relations/governments.txt, None for a language without the file."""
    if not resources.exists(lang, WORDS):
        return None
    rows = resources.load(lang, WORDS).rows(2)
    nouns = {row[1]: None if len(row) < 3 or row[2] == "*" else frozenset(row[2].split("|"))
             for row in rows if row[0] == "noun"}
    return Governments(nouns, frozenset(row[1] for row in rows if row[0] == "owner"),
                       frozenset(row[1] for row in rows if row[0] == "continent"))


def story_country(doc: Doc, gaz: Gazetteer) -> str | None:
    """The country the document names most (entities, country adjectives included), or None when it names none
    at least ``AT_LEAST`` times or two equally often."""
    words = governments(doc.lang or "de")
    continents = words.continents if words is not None else frozenset()
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        entry = gaz.by_canonical.get(ent.canonical or "") if ent.label == "LOC" else None
        if entry is not None and entry.source == "countries.txt" and entry.canonical not in continents:
            counts[entry.canonical] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < AT_LEAST or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def resolve(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> list[Relation]:
    """``relations`` with a bare government noun on either side made the document's country (languages with
    lang/<code>/relations/governments.txt: German)."""
    words = governments(doc.lang or "")
    if words is None or not any(GOVERNMENT in (r.actor, r.recipient) for r in relations):
        return relations
    country = story_country(doc, gaz)
    if country is None:
        return relations
    for rel in relations:
        if rel.actor == GOVERNMENT and _bare(doc, rel.actor_text, rel.actor_end, country, words) \
                and rel.recipient != country:
            rel.actor = country
            rel.provenance += f" (actor: the government of the document's country, {country})"
        if rel.recipient == GOVERNMENT and _bare(doc, rel.recipient_text, rel.recipient_end, country, words) \
                and rel.actor != country:
            rel.recipient = country
            rel.provenance += f" (recipient: the government of the document's country, {country})"
    return relations


def leader_state(doc: Doc, noun: str | None, person: str, gaz: Gazetteer) -> str | None:
    """The state of a government noun followed by the person leading it ("die Regierung von Kim": mentions.py):
    the person's state when the document (meetings.person_countries: "Nordkoreas Machthaber Kim") or the roles of
    the gazetteer (sides.role_states) give one, for a government noun of governments.txt; else None."""
    words = governments(doc.lang or "")
    if words is None or (noun or "").lower() not in words.nouns:
        return None
    return person_countries(doc, gaz).get(person) or role_states(gaz).get(person)


def _bare(doc: Doc, text: str | None, end: int | None, country: str, words: Governments) -> bool:
    """Whether ``text`` is a government noun of ``country`` with at most an article ("die Bundesregierung" of
    Österreich, "der Regierung"), not followed by whose it is ("die Regierung von Nauru", "die Regierung in
    Canberra")."""
    said = (text or "").lower().split()
    if not said or len(said) > 2 or said[-1] not in words.nouns:
        return False
    governs = words.nouns[said[-1]]
    if governs is not None and country not in governs:
        return False
    after = next((t.text for t in doc.tokens if end is not None and t.start >= end), None)
    return not (after is not None and after.lower() in words.owner)


__all__ = ["Governments", "governments", "leader_state", "resolve", "story_country"]
