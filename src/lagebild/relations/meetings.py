"""Who visits whom: in a meeting the visitor acts (PLOVER CONSULT), and the place of the meeting tells the host.

"Das kündigte Yoon nach Gesprächen mit dem tschechischen Präsidenten Petr Pavel in Seoul an": the
talks are in Südkorea, Yoon is South Korea's president, so Pavel is the visitor (actor) and Yoon the host
(recipient), whatever the word order. A person's country is read off the document: a country word right before
the person's title and name ("Südkoreas Präsident Yoon", "dem russischen Außenminister Sergej Lawrow",
"Nordkoreas Machthaber Kim") or a role the entity layer resolved with a country adjective in it ("der
nordkoreanische Diktator" -> Kim Jong-un). The place is a name after "in"/"im" in the sentence ("in Seoul",
"in der Küstenstadt Wonsan") that stands for a country (a country, a capital, a place of places.txt).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import POSSESSIVES, country_of
from .lexicon import RelationLexicon

AT = frozenset({"in", "im"})  # prepositions placing a meeting
WORDS = "relations/visits.txt"  # kind "call": the German nouns of a phone call (FORMAT there)
GAP = 3  # at most so many words between "in" and the place ("in der Küstenstadt Wonsan")


def titled_country(before: list[str], gaz: Gazetteer, lang: str) -> str | None:
    """The country of the words ``before`` a person's name when they end in a title right after a country word
    ("Südkoreas Präsident", "dem polnischen Präsidenten", "North Korean leader"), else None: a country word
    without a title between it and the name ("North Korean troops would fight against his country") is no
    person's country."""
    titles = 0
    while titles < len(before) and attr_lexicon.load(lang).is_title(before[len(before) - 1 - titles]):
        titles += 1
    if not titles or titles == len(before):
        return None
    at = len(before) - 1 - titles
    # "North Korean leader Kim": an adjective of two words
    return country_word(before[at], gaz) or (country_word(" ".join(before[at - 1:at + 1]), gaz) if at else None)


def person_countries(doc: Doc, gaz: Gazetteer) -> dict[str, str]:
    """Canonical person -> the country the document makes them of (the country named most before their titles)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    ents = sorted(doc.ents, key=lambda e: e.start)
    for ent in ents:  # "Südkoreas Präsident Yoon", "dem finnischen Präsidenten Alexander Stubb"
        if ent.label != "PER":
            continue
        before = doc.text[max(0, ent.start - 60):ent.start].split()[-3:]
        country = titled_country(before, gaz, doc.lang or "de")
        if country:
            seen[ent.canonical or ent.text][country] += 1
    for ent in ents:  # a role with a country adjective: "der nordkoreanische Diktator" (entities/roles.txt)
        words = ent.text.split()
        if ent.label == "PER" and len(words) >= 2:
            country = country_word(words[0], gaz)
            if country:
                seen[ent.canonical or ent.text][country] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in seen.items()}


def possessor_country(doc: Doc, found: list, first: int, low: list[str], gaz: Gazetteer) -> str | None:
    """The country of "ihr Land", "sein Land" at word ``first``: the one of the person the sentence names last
    before it ("Die belarussische Ministerin Olga Petrowa sagte, ihr Land werde ..."), else None."""
    if low[first] not in POSSESSIVES:
        return None
    people = [m for m in found if m.label == "PER" and m.last <= first]
    if not people:
        return None
    name = people[-1].canonical
    # "Belarusian leader Alexander Lukashenko thanked his border guards": the adjective and title before the
    # person (a mention the entity layer left without an entity of its own)
    before = [w.capitalize() for w in low[max(0, people[-1].first - 3):people[-1].first]]
    return person_countries(doc, gaz).get(name) or titled_country(before, gaz, doc.lang or "de")


def country_word(word: str, gaz: Gazetteer) -> str | None:
    """The country a single word names: "Südkoreas", "polnischen", "Nordkorea" (gazetteer names and adjectives)."""
    entry = gaz.names.get(tuple(word.strip(".,;:").split()))
    return country_of(entry.canonical, gaz) if entry is not None and entry.label == "LOC" else None


def _in_place_phrase(word: str, lex: RelationLexicon) -> bool:
    if word[:1].isupper():
        return word.lower() in lex.place_nouns
    return word in ("der", "die", "dem", "den", "des") or word.endswith(("e", "en", "er", "em", "es"))


def _place(doc: Doc, rel: Relation, gaz: Gazetteer, lex: RelationLexicon) -> str | None:
    """The country the relation's sentence places its meeting in ("in Seoul", "in der Küstenstadt Wonsan")."""
    sent = doc.sents[rel.sentence]
    for ent in doc.ents:
        if ent.label != "LOC" or not sent.start <= ent.start < sent.end:
            continue
        before = doc.text[sent.start:ent.start].split()[-GAP - 1:]
        at = [j for j, w in enumerate(before) if w.lower() in AT]
        # only articles, adjectives and a place noun between ("in der Küstenstadt", "in der russischen Stadt"),
        # not a clause ("im Koffer ist Real Betis Sevilla")
        if not at or not all(_in_place_phrase(w, lex) for w in before[at[-1] + 1:]):
            continue
        name = ent.canonical or ent.text
        country = country_of(name, gaz) or lex.places.get((ent.text,)) or lex.places.get((name,))
        if country:
            return country
    return None


def hosts_first(doc: Doc, relations: list[Relation], gaz: Gazetteer, lex: RelationLexicon) -> None:
    """Turn a meeting whose actor is the host of the place it happens in and whose recipient is of another
    country around: the visitor acts. Marked in the provenance."""
    meetings = [r for r in relations if r.type == "CONSULT" and r.recipient and 0 <= r.sentence < len(doc.sents)]
    if not meetings or doc.lang != "de":  # German only so far (English roles come from its parse, roles_en.py)
        return
    for rel in meetings:
        _call_partner(doc, rel, meetings)
    people = person_countries(doc, gaz)

    def country(name: str) -> str | None:
        if country_of(name, gaz) or name in people:
            return country_of(name, gaz) or people[name]
        # a short name the entity layer left unresolved ("Yoon" after "Südkoreas Präsident Yoon Seok Yeol")
        full = {people[p] for p in people if " " not in name and name in p.replace("-", " ").split()}
        return full.pop() if len(full) == 1 else None

    for rel in meetings:
        mine, theirs = country(rel.actor), country(rel.recipient or "")
        if mine is None or theirs is None or mine == theirs:
            continue
        place = _place(doc, rel, gaz, lex)
        if place == mine:
            swap(rel)
            rel.provenance += f" (actor: the visitor, the meeting is in {place})"


@lru_cache(maxsize=None)
def _calls() -> frozenset[str]:
    return frozenset(w for w, k in resources.load("de", WORDS).rows(2) if k == "call")


def _call_partner(doc: Doc, rel: Relation, meetings: list[Relation]) -> None:
    """A phone call's other side is a person the clause names after the call noun ("hat bei einem Telefonat X
    gemahnt", "warnte in einem Telefonat X"), never a place named before it ("wollte den Streit in Syrien
    schlichten und hat bei einem Telefonat ..."): word order took that place. The first person after the noun in
    the sentence, not the caller, replaces it (marked in the provenance); without one, or when another meeting of
    the sentence has that pair already, the place stays."""
    if (rel.predicate or "").lower() not in _calls() or rel.recipient_start is None or rel.predicate_start is None \
            or rel.recipient_start > rel.predicate_start:
        return
    before = doc.text[doc.sents[rel.sentence].start:rel.recipient_start].split()[-GAP - 1:]
    if not any(w.lower() in AT for w in before):
        return
    sent = doc.sents[rel.sentence]
    person = next((e for e in sorted(doc.ents, key=lambda e: e.start) if e.label == "PER"
                   and rel.predicate_start < e.start < sent.end and (e.canonical or e.text) != rel.actor), None)
    if person is not None and not any((o.actor, o.recipient, o.sentence) == (rel.actor, person.canonical or person.text,
                                                                   rel.sentence) for o in meetings):
        rel.recipient, rel.recipient_text = person.canonical or person.text, doc.text[person.start:person.end]
        rel.recipient_start, rel.recipient_end = person.start, person.end
        rel.provenance += " (recipient: the person after the call noun, not a place before it)"


def swap(rel: Relation) -> None:
    """Exchange actor and recipient with their texts and offsets."""
    rel.actor, rel.recipient = rel.recipient, rel.actor  # type: ignore[assignment]
    rel.actor_text, rel.recipient_text = rel.recipient_text, rel.actor_text  # type: ignore[assignment]
    rel.actor_start, rel.recipient_start = rel.recipient_start, rel.actor_start
    rel.actor_end, rel.recipient_end = rel.recipient_end, rel.actor_end


__all__ = ["country_word", "hosts_first", "person_countries", "possessor_country", "swap", "titled_country"]


def visitors_first(relations: list[Relation], gaz: Gazetteer) -> None:
    """In a meeting the visitor acts (PLOVER CONSULT): who visits a country in the document is the actor of
    its meetings there ("Kim traf Lawrow" in an article on Lawrow's visit to Nordkorea). Marked in the
    provenance."""
    def country(name: str | None) -> bool:
        entry = gaz.by_canonical.get(name or "")
        return entry is not None and entry.source == "countries.txt"

    visitors = {r.actor for r in relations if r.type == "CONSULT" and country(r.recipient) and not country(r.actor)}
    for rel in relations:
        if rel.type == "CONSULT" and rel.recipient in visitors and rel.actor not in visitors:
            swap(rel)
            rel.provenance += " (actor: the visitor of the document)"
