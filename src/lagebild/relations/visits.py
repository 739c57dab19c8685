"""Visits named by a noun whose visitor is its own possessor or genitive (issue 10, German).

"Macrons Besuch", "nach dem Besuch Macrons", "Lulas kurzer Asien-Reise": the noun names its visitor itself, and
the visited side is what its own phrase names ("Besuch Macrons in Algier", "Macrons Reise nach Rabat", "Besuch
bei Tebboune"). The word order rules of extract._relations take any other mention after the noun in its clause
instead, which is no host: the genitive of another noun ("seit Macrons Besuch wächst die Kritik Marokkos":
Marokko), the subject of the main clause ("nach dem Besuch Macrons wurde der Gesandte Marokkos zum
Gespräch gebeten": the envoy). ``without_stray_hosts`` drops such meetings (the host is then mostly one the sentence never
names: the gold codes the state visited, which only the story gives). A side named before the noun ("Marokko und
Frankreich vereinbarten im Rahmen von Macrons Besuch eine engere Zusammenarbeit") or in a clause of its own is left
as it is.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc, Relation
from . import visit_hosts, visit_stops
from .anaphora import country_of
from .index import trigger_word
from .lexicon import load
from .roles_de import possessed

# the heads event_nouns.py takes for visits ("Staatsbesuchs", "Nahost-Reise"), and the test extract.py asks of a
# visit whose sentence names no host (visit_hosts.py)
from .visit_hosts import VISIT, awaits_host, own_visitor

WORDS = "relations/visits.txt"  # host and place prepositions, links of the noun's phrase (FORMAT there)
HOSTED = " (recipient: the place the visit noun's phrase names)"
CLAUSE_MARKS = frozenset(",;:–—()„“«»\"")
NEAR = 3  # at most so many words between the noun and its genitive ("Besuchs von Kanzlerin Angela Merkel")


def without_stray_hosts(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the German visit nouns' meetings whose visitor is the noun's own possessor or
    genitive and whose other side stands after the noun in its clause, outside the noun's phrase; and without
    journeys whose traveller is one of the places they go to (``_destination_actor``)."""
    if doc.lang != "de":
        return relations
    if any(r.type == "CONSULT" and r.predicate in _words_of("travel") for r in relations):
        relations = [r for r in relations if not _destination_actor(doc, r)]
    if not any(r.type == "CONSULT" and VISIT.fullmatch(r.predicate or "") for r in relations):
        return relations  # the set test first: most documents name no visit by a noun
    out = []
    for r in relations:
        if r.recipient is None and r.type == "CONSULT" and VISIT.fullmatch(r.predicate or ""):
            host = _phrase_host(doc, r)  # "Xi wollte nach seinem Besuch in Rom ...": its own phrase
            if host is not None:
                out.append(_rehosted(doc, r, *host))
            elif not _possessed(doc, r):  # its own visitor: the host the document gives (visit_hosts.fill)
                out.append(r)
            continue  # "nach seinem Besuch": a possessive only, no host named, none taken from elsewhere
        if not _unhosted(doc, r):
            out.append(r)
        elif (host := _phrase_host(doc, r)) is not None:  # "Putins Besuch mit ... Lawrow in Pjöngjang"
            r = _rehosted(doc, r, *host)
            if not any((o.type, o.actor, o.recipient, o.sentence) == (r.type, r.actor, r.recipient, r.sentence)
                       for o in relations if o is not r):
                out.append(r)
        else:  # "nach der Reise Macrons gab es Proteste": the host the document gives, or none
            out.append(_unhosted_visit(doc, r))
    # "Polen war die erste Etappe von Macrons Reise" (visit_stops.py), "kurz nach Putins Besuch" (visit_hosts.py)
    return visit_hosts.fill(doc, visit_stops.with_stops(doc, out))


def _possessed(doc: Doc, rel: Relation) -> bool:
    """Whether a possessive ("seinem", "ihrer") stands before the visit noun of ``rel`` (roles_de.possessed)."""
    toks = doc.sent_tokens(rel.sentence) if 0 <= rel.sentence < len(doc.sents) else []
    k = trigger_word(toks, rel)
    return k is not None and possessed([t.text.lower() for t in toks], k)


def _unhosted_visit(doc: Doc, rel: Relation) -> Relation:
    """``rel`` with its visitor as the actor and no recipient, for visit_hosts.fill."""
    if _own_visitor(doc, rel) == "recipient":
        rel.actor, rel.actor_text, rel.actor_start, rel.actor_end = (
            rel.recipient or "", rel.recipient_text or "", rel.recipient_start, rel.recipient_end)
    rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None
    return rel


def _destination_actor(doc: Doc, rel: Relation) -> bool:
    """Whether ``rel`` is a journey told by a verb of travel ("reiste", "gereist") whose actor and recipient are
    two of the places it goes to, listed after one preposition of a place ("ist nach Polen und Litauen gereist",
    "sei über Ungarn, nach Polen, die Slowakei und Tschechien gereist"): the traveller is a pronoun or a
    word no mention names ("er", "wer"), and word order took a destination for the actor. In the 1,028 10kGNAD
    test articles 2 of the 6 meetings of these verbs were such, both wrong."""
    if rel.type != "CONSULT" or rel.predicate not in _words_of("travel") or rel.actor_start is None \
            or rel.recipient_start is None or not 0 <= rel.sentence < len(doc.sents):
        return False
    toks = doc.sent_tokens(rel.sentence)
    starts = [t.start for t in toks]
    if rel.actor_start not in starts or rel.recipient_start not in starts:
        return False
    first, second = sorted((starts.index(rel.actor_start), starts.index(rel.recipient_start)))
    listed = _words_of("link") | _words_of("place") | {",", "sowie"}
    if not all(t.text in listed or t.text[:1].isupper() for t in toks[first:second]):
        return False  # not one list: "Polen reiste nach Litauen"
    for t in reversed(toks[max(0, first - 2 * NEAR):first]):  # back over the list to its preposition
        if t.text.lower() in _words_of("place"):
            return True
        if not (t.text in listed or t.text[:1].isupper()):
            return False
    return False


def _phrase_host(doc: Doc, rel: Relation) -> tuple[str, int, int] | None:
    """(state, start, end) of the first place the visit noun's own phrase names after a preposition of a place
    ("Putins Besuch mit Außenminister Lawrow in Pjöngjang war kurz": Nordkorea), else None. The phrase, on the
    sentence's tokens, ends at a clause mark or at the first lower-case word that is no preposition, article or
    adjective (its verb)."""
    if rel.predicate_end is None or not 0 <= rel.sentence < len(doc.sents):
        return None
    toks = [t for t in doc.sent_tokens(rel.sentence) if t.start >= rel.predicate_end]
    end = next((t.start for t in toks if _ends_phrase(t.text)), len(doc.text))
    toks = [t for t in toks if t.start < end]
    gaz = gazetteer("de")
    place_nouns = load("de").place_nouns
    for ent in sorted(doc.ents, key=lambda e: e.start):
        if ent.label != "LOC" or not rel.predicate_end <= ent.start < end:
            continue
        words = [t.text for t in toks if t.end <= ent.start]
        at = max((j for j, w in enumerate(words) if w.lower() in _words_of("place")), default=None)
        if at is None or len(words) - at > 3 or not all(
                w[:1].islower() or w.lower() in place_nouns for w in words[at + 1:]):
            continue
        country = country_of(ent.canonical or ent.text, gaz)
        if country is not None:
            return country, ent.start, ent.end
    return None


def _ends_phrase(word: str) -> bool:
    """Whether the token ``word`` ends a visit noun's phrase: a clause or sentence mark, or a lower-case word that
    is no preposition, article or adjective ("war", "dauerte"; not "in", "der", "kurzen")."""
    if any(c in CLAUSE_MARKS or c in ".!?" for c in word):
        return True
    return word[:1].islower() and word not in _words_of("host") | _words_of("link") and (
        not word.endswith(("e", "en", "er", "em", "es")) or word.endswith(("te", "ten")))


def _rehosted(doc: Doc, rel: Relation, host: str, start: int, end: int) -> Relation:
    """``rel`` with the place its noun's phrase names as the visited side in place of the stray one."""
    if _own_visitor(doc, rel) == "recipient":  # the visitor acts: "nach dem Besuch Macrons in Tunesien"
        rel.actor, rel.actor_text, rel.actor_start, rel.actor_end = (
            rel.recipient or "", rel.recipient_text or "", rel.recipient_start, rel.recipient_end)
    rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = host, doc.text[start:end], start, end
    rel.provenance += HOSTED
    return rel


@lru_cache(maxsize=None)
def _words_of(kind: str) -> frozenset[str]:
    """The words of visits.txt of ``kind`` ("host", "place", "link")."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


def _unhosted(doc: Doc, rel: Relation) -> bool:
    """Whether ``rel`` is a meeting named by a visit noun whose visitor is its own possessor or genitive and whose
    other side the noun's phrase does not name."""
    if rel.type != "CONSULT" or not VISIT.fullmatch(rel.predicate or ""):
        return False
    visitor = _own_visitor(doc, rel)
    return visitor is not None and not _hosted(doc, rel, visitor, load("de").place_nouns)


def _own_visitor(doc: Doc, rel: Relation) -> str | None:
    """"actor" or "recipient": the side of ``rel`` that is its visit noun's own possessor ("Macrons Besuch",
    "Lulas kurzer Asien-Reise") or genitive ("Besuch Macrons", "Besuchs von Kanzlerin Merkel"); None."""
    if rel.predicate_start is None or rel.predicate_end is None:
        return None
    gaz = gazetteer("de")
    for side, name, start, end in (("actor", rel.actor, rel.actor_start, rel.actor_end),
                                   ("recipient", rel.recipient or "", rel.recipient_start, rel.recipient_end)):
        if start is None or end is None:
            continue
        if end <= rel.predicate_start and _genitive(doc.text[start:end], name, gaz):  # "Putins", not "Paris"
            between = _words(doc, rel, end, rel.predicate_start)
            if len(between) <= 2 and all(w[:1].islower() and w.isalpha() for w in between):
                return side
        if start >= rel.predicate_end:
            between = _words(doc, rel, rel.predicate_end, start)
            if len(between) <= NEAR and not any(c in CLAUSE_MARKS for c in "".join(between)) \
                    and all(w in ("von", "des", "der") or w[:1].isupper() for w in between):
                return side
    return None


def _genitive(word: str, name: str, gaz: Gazetteer) -> bool:
    """Whether ``word``, a mention of ``name``, is its "-s" genitive: "Putins" (the gazetteer's test, which tells
    it from "Paris"), or of a name it does not list, one word of the canonical name plus "s" ("Lulas" of "Luiz
    Inácio Lula da Silva"; not "Paris" of Frankreich)."""
    return gaz.is_genitive(word) or word.endswith("s") and word[:-1] in name.split()


def _hosted(doc: Doc, rel: Relation, visitor: str, place_nouns: frozenset[str]) -> bool:
    """Whether the other side of the visit may be its host: a mention after the noun in its clause with a
    preposition of a host ("in", "nach", "bei", "mit") before it; one before the noun, in
    another clause ("Lulas Reise, die ihn dann nach Peru führt": a visit of its own) or carried from another
    sentence (no offsets) is left as the rules made it."""
    start = rel.actor_start if visitor == "recipient" else rel.recipient_start
    if start is None or rel.predicate_end is None or start < rel.predicate_end:
        return True
    words = _words(doc, rel, rel.predicate_end, start)
    if any(c in CLAUSE_MARKS for c in "".join(words)):
        return True
    at = max((j for j, w in enumerate(words) if w.lower() in _words_of("host")), default=None)
    # only articles, adjectives and a place noun between the preposition and the side ("in der Hauptstadt X"),
    # not another name or a verb ("nach dem Besuch Macrons in Tunesien warnte Marokko")
    return at is not None and len(words) - at <= 3 and all(
        w[:1].islower() and not w.endswith("te") or w.lower() in place_nouns for w in words[at + 1:])


def _words(doc: Doc, rel: Relation, start: int, end: int) -> list[str]:
    """The tokens of ``rel``'s sentence (of the document when it has none) from offset ``start`` to ``end``."""
    toks = doc.sent_tokens(rel.sentence) if 0 <= rel.sentence < len(doc.sents) else doc.tokens
    return [t.text for t in toks if start <= t.start and t.end <= end]


__all__ = ["VISIT", "awaits_host", "own_visitor", "without_stray_hosts"]
