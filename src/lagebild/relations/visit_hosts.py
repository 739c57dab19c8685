"""The host of a German visit noun whose sentence names none (issue 10): "kurz nach Macrons Besuch", "drei Tage nach
dem Besuch Macrons", "Macrons China-Reise", "Macrons Afrika-Reise".

A visit noun names its visitor itself, as its possessor or genitive (event_nouns.possessor, the "genitive" role of
extract._relations), and mostly its host in its own phrase ("Besuch Macrons in Algier"). A news text speaks of the
visit again without the host, in a phrase of time before another event ("kurz nach Macrons Besuch ruhte der
Handel"): the sentence then names no other side and extract.py had no relation, though the gold codes the visit
with the host the story gives. Such a visit (``awaits_host``, asked by extract._relations) is kept without a
recipient, and ``fill`` (called by visits.without_stray_hosts) gives it one or drops it:

- a hyphenated compound whose first part is a state or its capital names the host itself ("Putins China-Reise");
- one whose first part is a region (visits.txt, kind "region": "Ostasien-Reise", "Nahost-Reise") goes to several
  states: it stays without a recipient, as the gold codes it;
- else the host of the visitor's own visits the document told before, when they all went to one state ("Putin
  reiste nach Pjöngjang ... nach Putins Besuch");
- else the state of the article's dateline ("Pjöngjang – ...", "Washington/Pjöngjang – ...") when it is also
  the state the document names most, the visitor's own state aside: a text datelined in a capital and about its
  state reports a foreign leader's visit there. The dateline alone is not enough (10kGNAD: "Paris – ..." on a
  visit to Kiew, "Genf – ..." on one to Israel). Tried on the 16 visits with a named state host in the 1,028
  10kGNAD test articles, that host hidden: the rule named 4 hosts, all the one the sentence names, and left 12
  (visitor's state unknown, no dateline, or the dateline's state not the story's);
- else it is dropped: a visit without a host is no edge of the situation graph.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .event_nouns import VISITS, possessor
from .lexicon import load
from .meetings import person_countries
from .mentions import Mention
from .sides import role_states

# the heads event_nouns.py takes for visits, closed or hyphenated and inflected (as visits.VISIT, which imports this)
VISIT = re.compile(rf"(?:\w+-)?\w*(?:{'|'.join(VISITS)})(?:s|es|e|en)?", re.IGNORECASE)
WORDS = "relations/visits.txt"  # kind "region" (FORMAT there)
DASHES = frozenset({"–", "—", "-"})
AT_LEAST = 2  # mentions of the state a document is about
DATELINE_SENTENCES = 3  # a dateline before a dash opens one of the first sentences (a title before it)
DATELINE_LINES = 8  # a line the segmenter marks as the dateline comes after the title and the teaser
REGION = " (no recipient: a trip through a region)"


def awaits_host(kind: str, word: str, lang: str) -> bool:
    """Whether the trigger ``word`` of ``kind``, whose actor is its own possessor or genitive and whose sentence
    names no other side, is a German visit noun kept for the host the document gives (``fill``)."""
    return lang == "de" and kind == "CONSULT" and word[:1].isupper() and _visit_noun(word)


def own_visitor(kind: str, words: list[str], k: int, found: list[Mention], roles: list[str | None], lang: str) -> bool:
    """Whether the German visit noun at ``k`` names its visitor itself, a genitive after it ("nach dem Besuch
    Putins wurde ...": the "genitive" role of ``roles``, one per mention of ``found``) or a possessor before it:
    an auxiliary next to the noun then belongs to the clause's verb, it makes no passive of the visit
    (extract._relations drops a passive without its agent)."""
    if not awaits_host(kind, words[k], lang):
        return False
    return "genitive" in roles or possessor([m for m, r in zip(found, roles, strict=True) if r != "recipient"],
                                            words, k, []) is not None


def _visit_noun(word: str) -> bool:
    """Whether ``word`` is a visit noun (event_nouns.VISITS as its head: "Besuchs", "Staatsbesuch", "Asien-Reise")."""
    return VISIT.fullmatch(word) is not None


def fill(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each German visit without a recipient given its host (see the module), or without it."""
    pending = [r for r in relations if r.type == "CONSULT" and r.recipient is None and _visit_noun(r.predicate or "")]
    if not pending or doc.lang != "de":
        return relations
    gaz = gazetteer("de")
    out: list[Relation] = []
    for rel in sorted(relations, key=lambda r: r.sentence):
        if rel not in pending:
            out.append(rel)
            continue
        first = (rel.predicate or "").rpartition("-")[0]
        if first and first.lower() in _regions():
            rel.provenance += REGION
            out.append(rel)
            continue
        host, why = _host(doc, rel, first, out, gaz)
        if host is None or host == country_of(rel.actor, gaz) or any(
                (o.sentence, o.type, o.actor, o.recipient) == (rel.sentence, rel.type, rel.actor, host) for o in out):
            continue
        rel.recipient = host
        rel.provenance += f" (recipient: {why})"
        out.append(rel)
    order = {id(r): j for j, r in enumerate(relations)}
    return sorted(out, key=lambda r: order[id(r)])


def _host(doc: Doc, rel: Relation, first: str, earlier: list[Relation], gaz: Gazetteer) -> tuple[str | None, str]:
    """The state ``rel`` visits and why, or (None, "")."""
    if first and (state := country_of(first, gaz)) is not None:
        return state, "the state its compound names"
    visited = {r.recipient for r in earlier if r.type == "CONSULT" and r.actor == rel.actor and r.recipient
               and r.sentence < rel.sentence and country_of(r.recipient, gaz) == r.recipient}
    if len(visited) == 1:
        return visited.pop(), "the state the document has the visitor visit"
    own = country_of(rel.actor, gaz) or person_countries(doc, gaz).get(rel.actor) or role_states(gaz).get(rel.actor)
    if own is None:
        return None, ""  # whether the dateline is abroad for the visitor is not known
    story = _story_state(doc, own, gaz)
    if story is None or story not in _dateline_states(doc, gaz) or visited and story not in visited:
        return None, ""
    return story, "the state of the article's dateline, the one it names most"


def _story_state(doc: Doc, own: str, gaz: Gazetteer) -> str | None:
    """The state the document names most besides the visitor's own ``own`` (entities, country adjectives
    included), when named ``AT_LEAST`` times and more often than any other; else None."""
    named = Counter(country_of(e.canonical or e.text, gaz) for e in doc.ents if e.label == "LOC")
    named.pop(own, None)
    named.pop(None, None)
    top = named.most_common(2)
    if not top or top[0][1] < AT_LEAST or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def _dateline_states(doc: Doc, gaz: Gazetteer) -> list[str]:
    """The states of the places of the article's dateline: a sentence the segmenter marks as one, or the places
    before a dash in one of the first sentences, joined by slashes ("Kairo – Trotz ...", "Prag/Wien – Die ...";
    a title without a final stop runs into the dateline: "Ein Minister lobt Rabat Rabat – ...")."""
    words: list[str] = []
    for sent in doc.sents[:DATELINE_LINES]:
        if sent.kind == "dateline":  # each place by itself: the tokenizer may join them ("D.C./Pjöngjang")
            words += re.split(r"[\s/,]+", doc.text[sent.start:sent.end])
            continue
        if sent.i >= DATELINE_SENTENCES:
            continue
        toks = [t.text for t in doc.sent_tokens(sent.i)]
        for dash in (j for j, w in enumerate(toks) if w in DASHES and j > 0):
            j = dash - 1
            words.append(toks[j])
            while j >= 2 and toks[j - 1] == "/":
                j -= 2
                words.append(toks[j])
    states: list[str] = []
    places = load("de").places  # cities the gazetteer does not give a state: "Kairo" -> Ägypten
    for word in words:
        state = (country_of(word, gaz) or places.get((word,))) if word[:1].isupper() else None
        if state is not None and state not in states:
            states.append(state)
    return states


@lru_cache(maxsize=None)
def _regions() -> frozenset[str]:
    """The first parts of a trip's compound that name a region of several states (visits.txt, kind "region")."""
    return frozenset(w for w, k in resources.load("de", WORDS).rows(2) if k == "region")


__all__ = ["VISIT", "awaits_host", "fill", "own_visitor"]
