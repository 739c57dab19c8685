"""A pact signed or ratified by one party (issue 10; gold/SCHEMA.md: "Signing or ratifying a pact: SUPPORT with
recipient the other party").

German reporting on a pact names its two parties once and then tells each step by one of them: "Belarus hat
den Vertrag ratifiziert", "Serbien hatte ihn schon unterzeichnet". A SUPPORT of a signing word
(lang/de/relations/pacts.txt, kind act) without a recipient is kept by extract._relations, marked, and filled in
here once the document is read. The other party is the one the document names with the actor in a sentence about
the pact itself: a pact noun (kind noun: "Abkommen", "Handelsvertrag") with the actor's state and exactly one other
state ("Ungarn und Serbien schlossen ein Abkommen", "der Vertrag zwischen Ungarn und Serbien", "sein Vertrag mit
Serbien"), persons counting as their state ("Orbán" for Ungarn, "Präsident Putin" by the gazetteer's roles) and no denied sentence ("kein Abkommen") counting.
The signing sentence itself must be about such a pact (its noun or a pronoun for it: "hat ihn ratifiziert", or the
act named by its noun: "nach der Billigung durch den Bundestag"); a
convention of many states ("die Konvention gegen Folter"), a petition or a document naming no such pact sentence
give nothing, and the marked relation is dropped. Only a state has a party: a player signing a contract has none;
a parliament of one state (lang/de/relations/legislatures.txt: "die Staatsduma hat den Vertrag ratifiziert") ratifies
for its state and stays the actor.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .events import EXCLUDES
from .lexicon import RelationLexicon
from .meetings import person_countries
from .mentions import mentions
from .sides import state_of

WORDS = "relations/pacts.txt"
LEGISLATURES = "relations/legislatures.txt"
PENDING = " (pact: the other party is the one the document names with the actor in a pact sentence)"


@lru_cache(maxsize=None)
def _kinds(lang: str) -> dict[str, re.Pattern] | None:
    if lang != "de":
        return None
    rows = resources.load(lang, WORDS).rows(2)
    return {kind: re.compile("|".join(f"(?:{p})" for p, k in rows if k == kind)) for kind in ("act", "noun", "pronoun", "concluded")}


@lru_cache(maxsize=None)
def _legislatures(lang: str) -> Mapping[str, str]:
    """Parliament canonical -> the state it ratifies for (legislatures.txt); empty where the language has none.
    Read-only: the cached table is shared by every caller."""
    if not resources.exists(lang, LEGISLATURES):
        return MappingProxyType({})
    return MappingProxyType(dict(resources.load(lang, LEGISLATURES).rows(2)))


def pending(kind: str, word: str, lang: str) -> bool:
    """Whether a SUPPORT at the lower-case trigger ``word`` with no recipient waits for the pact's other party."""
    kinds = _kinds(lang) if kind == "SUPPORT" else None
    return kinds is not None and kinds["act"].fullmatch(word) is not None


def passive_sides(kind: str, found: list, low: list[str], k: int) -> tuple | None:
    """The two parties of a pact signed in the passive without an agent, named right after "zwischen" by the pact
    noun before the signing word ("der Vertrag zwischen Ungarn und Serbien, der im Mai unterzeichnet wurde", "das
    Abkommen zwischen den beiden Ländern wurde geschlossen"): (first, second) mention, else None. The signing
    word is an act word or one of kind concluded (pacts.txt); a pair phrase gives its two mentions at once."""
    kinds = _kinds("de") if kind == "SUPPORT" else None
    if kinds is None or not (kinds["act"].fullmatch(low[k]) or kinds["concluded"].fullmatch(low[k])):
        return None
    at = next((j + 2 for j in range(k - 2, -1, -1) if low[j + 1] == "zwischen" and kinds["noun"].fullmatch(low[j])),
              None)
    if at is None:
        return None
    sides = [m for m in found if at <= m.first < k and m.first <= at + 3]  # "zwischen den beiden Ländern"
    if len(sides) == 2 and sides[0].first == sides[1].first:  # a pair phrase: both at once
        return sides[0], sides[1]
    joined = [m for m in found if at <= m.first < k]
    if len(joined) >= 2 and sides and joined[0] is sides[0] and low[joined[0].last] == "und" \
            and joined[1].first <= joined[0].last + 2:  # "zwischen Ungarn und (dem) Serbien"
        return joined[0], joined[1]
    return None


def pact_noun(word: str, lang: str) -> bool:
    """Whether the lower-case ``word`` names a pact (pacts.txt, kind noun: "Abkommen", "Vertrag")."""
    kinds = _kinds(lang)
    return kinds is not None and kinds["noun"].fullmatch(word) is not None


ARMED = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # acts of forces, which no parliament has


def unarmed(relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` without the acts of force of a parliament (legislatures.txt): it acts by vote and word, so a
    deployment word in its sentence ("Während der Bundestag den Vertrag billigte, wurden Soldaten nach Litauen
    verlegt") is the forces' act, not its own."""
    bodies = _legislatures(lang)
    if not bodies:
        return relations
    return [r for r in relations if r.actor not in bodies or not (r.type in ARMED or r.type == "AID" and r.mode == "troops")]


def mark(relations: list[Relation]) -> list[Relation]:
    """``relations`` marked in their provenance as waiting for the pact's other party (``fill``)."""
    for rel in relations:
        rel.provenance += PENDING
    return relations


def _pact_states(doc: Doc, gaz: Gazetteer, lex: RelationLexicon, people: dict[str, str]) -> tuple[
        set[int], list[set[str]]]:
    """The sentences that name a pact (noun or pronoun for it), and for each undenied sentence with a pact noun
    the states it names (``people``: persons as their state)."""
    kinds = _kinds(lex.lang)
    # "kein", "nicht"; not the forms of "ausschließen" ("schlossen" concludes the pact when no "aus" follows)
    negated = [p[0] for p, status in lex.status if status == "negated" and len(p) == 1]
    about: set[int] = set()
    pairs: list[set[str]] = []
    for i in range(len(doc.sents)):
        toks = doc.sent_tokens(i)
        low = [t.text.lower() for t in toks]
        nouns = any(kinds["noun"].fullmatch(w) for w in low)
        if nouns or any(kinds["pronoun"].fullmatch(w) for w in low):
            about.add(i)
        if not nouns or any(p.fullmatch(w) for p in negated for w in low if w not in EXCLUDES):
            continue
        states = set()
        for m in mentions(doc, i, [t.text for t in toks], [t.start for t in toks], gaz, lex):
            state = state_of(m.canonical, people, gaz)
            if state:
                states.add(state)
        pairs.append(states)
    return about, pairs


def fill(doc: Doc, relations: list[Relation], gaz: Gazetteer, lex: RelationLexicon) -> list[Relation]:
    """The marked pacts with the other party of the actor's pact as recipient; the others are dropped."""
    if not any(PENDING in r.provenance for r in relations):
        return relations
    people = person_countries(doc, gaz)
    about, pairs = _pact_states(doc, gaz, lex, people)
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        if PENDING not in rel.provenance or rel.recipient is not None:
            out.append(rel)
            continue
        state = state_of(rel.actor, people, gaz) or _legislatures(lex.lang).get(rel.actor)
        others = {s for states in pairs if state in states and len(states) == 2 for s in states - {state}}
        # the act named by its noun ("nach der Billigung durch den Bundestag") is the act on the pact the text is about
        if state and (rel.sentence in about or rel.predicate[:1].isupper()) and len(others) == 1:
            other = others.pop()
            if (rel.sentence, rel.type, rel.actor, other) not in seen:
                rel.recipient = other
                out.append(rel)
    return out
