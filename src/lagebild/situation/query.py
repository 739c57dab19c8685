"""Queries as people type them: "nordkoreanische Soldaten", "Nordkorea Truppen", "North Korean troops".

Each word (or pair of words: "North Korean") is read through the same language resources that made the
variables, in German and in English: an actor name or adjective gives the party (claims/actors.txt and the
entities gazetteer), a counted noun the concept (claims/concepts.txt, German lemmas from HanTa), an event
word the measure (claims/measures.txt). Words that are none of these must appear in the variable's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..claims.knowledge import knowledge
from ..claims.meaning import DEFAULT_MEASURE, meaning_knowledge
from ..claims.parties import ARTICLES
from ..resources import LANGUAGES
from .variables import ClaimRow, Variable, slug


@dataclass
class Query:
    text: str
    party: str | None = None
    concept: str | None = None
    measure: str | None = None
    words: list[str] = field(default_factory=list)  # words read as none of the above

    def describe(self) -> str:
        parts = [f"{k} {v}" for k, v in (("party", self.party), ("concept", self.concept),
                                           ("measure", self.measure)) if v]
        return ", ".join(parts + [f"text «{w}»" for w in self.words]) or "nothing"


def _party(words: list[str]) -> str | None:
    text = " ".join(words)
    for lang in LANGUAGES:
        actor = knowledge(lang).actor_of(text)
        if actor:
            return actor
    return None


def _concept(word: str) -> str | None:
    for lang in LANGUAGES:
        mk = meaning_knowledge(lang)
        for form in (word, word[:1].upper() + word[1:]) if lang == "de" else (word.lower(),):
            concept, _ = mk.concept_of(form)
            if concept and concept != "=":
                return concept
    return None


def _measure(word: str) -> str | None:
    low = word.lower()
    for lang in LANGUAGES:
        for words, measure in meaning_knowledge(lang).cues:
            if len(words) == 1 and measure != "-" and \
                    (low == words[0] or words[0].endswith("*") and low.startswith(words[0][:-1])):
                return measure
    return None


def _filler(word: str) -> bool:
    """Prepositions (claims/roles.txt) and articles join the words of a query but name nothing."""
    low = word.lower()
    return low in ARTICLES or any(low in knowledge(lang).roles for lang in LANGUAGES)


def parse_query(text: str) -> Query:
    """Read a query's words as party, concept and measure."""
    query = Query(text)
    words = [w for w in re.split(r"[\s·,]+", text.strip()) if w]
    i = 0
    while i < len(words):
        pair = _party(words[i:i + 2]) if i + 1 < len(words) else None
        if pair and query.party is None:
            query.party = pair
            i += 2
            continue
        word = words[i]
        party = _party([word])
        if party and query.party is None:
            query.party = party
        elif (concept := _concept(word)) and query.concept is None:
            query.concept = concept
        elif (measure := _measure(word)) and query.measure is None:
            query.measure = measure
        elif not _filler(word):  # articles and prepositions say nothing about the variable
            query.words.append(word.lower())
        i += 1
    return query


def _meaning_fits(party: str | None, concept: str | None, measure: str | None, query: Query) -> bool:
    """Whether a variable's or a claim's party, concept and measure are the ones ``query`` names."""
    return (not query.party or party == query.party) and (not query.concept or concept == query.concept) and \
        (not query.measure or (measure or DEFAULT_MEASURE) == query.measure)


def _fits(var: Variable, query: Query) -> bool:
    if not _meaning_fits(var.actor, var.concept, var.measure, query):
        return False
    name = var.name.lower()
    return all(w in name or w in slug(name) for w in query.words)


def find_variables(found: list[Variable], text: str) -> list[Variable]:
    """Every variable matching ``text`` (an id, a name, or words as people type them), best first: the
    plain count before killed, wounded ...; then more documents and claims."""
    exact = [v for v in found if v.id == text or v.name == text]
    if exact:
        return exact
    query = parse_query(text)
    matching = [v for v in found if _fits(v, query)]
    if not matching and "-" in text:  # an id typed by hand ("soldat-nordkorea")
        query = parse_query(text.replace("-", " "))
        matching = [v for v in found if _fits(v, query)]
    if not matching:  # the old way: every word in the name
        words = [w for w in re.split(r"[\s·]+", text.lower()) if w]
        matching = [v for v in found if all(w in v.name.lower() or w in v.id for w in words)]
    return sorted(matching, key=lambda v: ((v.measure or DEFAULT_MEASURE) != DEFAULT_MEASURE and not query.measure,
                                           "(bis " in v.name, -v.documents, -len(v.claims), v.name))


def claim_matches(claim: ClaimRow, query: Query) -> bool:
    """Whether a claim is about what ``query`` asks for (``lagebild claims --about``)."""
    if not _meaning_fits(claim.actor, claim.what, claim.measure, query):
        return False
    haystack = f"{claim.text} {claim.unit} {claim.actor} {claim.concept}".lower()
    return all(w in haystack for w in query.words)
