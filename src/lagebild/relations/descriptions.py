"""Who a description of a state names: mentions at the descriptions of a sentence (``described``, asked by
extract.py for each sentence with a trigger).

"das Land", "das Regime" (kind country, anaphora.py): the state the sentence names last before the clause of the
description begins ("Polen verlangt X, jedoch hält das Land ...": Polen), else the country the
text named last before the sentence, never a union or continent ("Brüssel" is the EU's); in its own clause a
state named is its other party. A government named by whose it is ("Kims Regime", regimes.py) is that state.
"beide Länder" (kind pair): the two the sentence names before it, the two the text coordinated, the visitor's and
the host's state of the latest visit told before, else the two it names most in the order it first names them (a
pact of two has no direction of its own; the headline that names Moskau first puts Russland first). A name in the genitive right after a description ("die Nachbarländer
Syriens") says whose they are: no referent.

Kinds of this module (lang/<code>/relations/anaphors.txt, found by anaphora.find):

``region`` ("dieser ostasiatische Staat", "the East Asian nation", regions.py): the country of that region the
sentence named last before the description, else the one the text named last before the sentence.

``allies`` ("verbündete Länder", "allied nations"): states the text does not name one by one, a mention of the
words as written, a place like the states it stands for ("Soldaten an befreundete Staaten geschickt").

``ally`` ("dem Verbündeten", "sein Verbündeter", "Moskaus Partner", "its ally", "Moscow's partner"): the state
the document pairs with the one the description belongs to. That one is the possessor named right before the
noun ("Moskaus", "Russia's"; adjectives may stand between: "Moskaus engster Partner"), else a state the sentence
names (a person as the state the document gives them: "Kim verspricht dem Verbündeten"). A noun alone
("Partner", "ally") needs the possessor: "der Partner" in business news is a firm. The document pairs two states
when it coordinates them ("Russland und Nordkorea"), the possessor with one partner only; when it coordinates the
possessor with none, the state it names most beside it, if named at least twice and twice as often as any
other. Two candidates (the sentence names both sides, the document two partners) give no referent: no guess.
A name right after the description ("der Verbündete Nordkorea", "Russlands Partner China") is its apposition:
the description is left alone, and so is its possessor (the named ally acts).
"""

from __future__ import annotations

from collections import Counter

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import (
    POSSESSIVES,
    Memory,
    coordinated_pairs,
    country_of,
    find,
    qualifies_person,
    sentence_pair,
)
from .lexicon import RelationLexicon
from .meetings import person_countries, possessor_country
from .mentions import CLAUSE_END, Mention
from .regimes import ARTICLES, OWNER_AFTER, owned, possessor
from .regimes import nouns as owned_nouns
from .regions import match as region_match
from .regions import region_noun
from .rolenouns import governments
from .sides import state_of

KINDS = frozenset({"region", "ally"})
MIN_NAMED = 2  # a state named once beside the possessor pairs nothing with it
VISIT_REACH = 2  # sentences back a visit gives "beide Länder" its pair ("X reiste nach Y. ... Beide Länder ...")


def described(doc: Doc, words: list[str], low: list[str], toks: list, found: list[Mention], lex: RelationLexicon,
              memory: Memory, gaz: Gazetteer, earlier: list[Relation] | None = None) -> list[Mention]:
    """``found`` and mentions for the sentence's descriptions of countries ("das Land", "beide Länder",
    anaphora.py; "dieser ostasiatische Staat", "dem Verbündeten", this module), at the description's words; the
    genitive an ally belongs to leaves ("Kubas Partner liefert": the partner acts, not Kuba). ``earlier``: the
    relations of the sentences before (a visit gives "beide Länder" its pair)."""
    governments, owners = owned(doc, words, low, toks, found, lex, gaz)  # "Kims Regime", "das Regime in Pjöngjang"
    out: list[Mention] = []
    found = _without(found, owners) + governments if governments else found
    here = {m.canonical for m in found if m.label == "LOC"}
    for first, last, kind in find(words, low, lex):
        if any(m.first < last and first < m.last for m in found):
            continue
        after = next((m for m in found if m.first == last and m.label != "PER"), None)
        if qualifies_person(words, found, last) or (after is not None and (kind in KINDS or _genitive(after))):
            if kind == "ally" and last - first == 1:  # "Russia's partner China": China acts, not Russia
                found = _without(found, [possessor(words, found, first, lex.lang)])
            if after is not None and kind != "region" and _genitive(after):
                found = _without(found, [after])  # "die Verbündeten Russlands kritisieren": states it does not
                # name act, not Russland (a region's owner stays: "griff den Norden Syriens an" is Syrien's)
            continue  # "the island's ruler Ana Novak": it qualifies the person; "der Verbündete Kuba", "der Norden
            # Syriens", "die Nachbarländer Syriens": a name right after says who or whose (after "das Land" and
            # "beide Länder" only in the genitive: "beliefert das Land Russland" names the one supplied)
        if low[last - 1] in owned_nouns(lex) and last < len(low) and low[last] in OWNER_AFTER:
            continue  # "das Regime in X", "the regime of X" whose X is no known state: not the last one named
        start, end = toks[first].start, toks[last - 1].end
        text = doc.text[start:end]
        if kind in KINDS:
            names = referents(kind, doc, words, low, found, first, last, memory, gaz, lex.lang)
            owner = possessor(words, found, first, lex.lang) if names and kind == "ally" and last - first == 1 else None
            found = _without(found, [owner] if owner else [])  # "Kubas Partner liefert": the partner acts
        elif kind == "allies":  # "an verbündete Länder": states of no one name, a group as the text says it
            out.append(Mention(" ".join(words[first + (low[first] in ARTICLES):last]), text, start, end, first, last,
                               "LOC"))  # a place as "in" and "nach" name it
            continue
        elif low[first] in POSSESSIVES:  # "sagte Choe, ihr Land werde": hers
            names = [possessor_country(doc, found, first, low, gaz) or (
                memory.country(here, lambda name: is_state(name, gaz)) if POSSESSIVES[low[first]] else None)]
        elif kind == "country":  # "Die Türkei fordert X, allerdings erfüllt das Land ...": the Türkei
            names = [earlier_clause(doc, words, low, found, first, lex, gaz)
                     or memory.country(here, lambda name: is_state(name, gaz))]
        else:  # "X lieferte Y Granaten und beide Länder ...": X and Y, in the sentence's order
            names = list(sentence_pair(found, first, gaz) or memory.coordinated() or visit_pair(
                doc, earlier or [], _sentence_of(doc, toks[first].start), gaz)
                         or in_document_order(doc, gaz, memory.pair()))
        out.extend(Mention(name, text, start, end, first, last, "LOC") for name in names if name)
    return sorted(found + out, key=lambda m: m.first) if out or governments else found


def _genitive(m: Mention) -> bool:
    """Whether a name stands in the genitive ("Syriens"): its text ends in "s", its canonical name does not."""
    return (m.text or "").endswith("s") and not m.canonical.endswith("s")


def _without(found: list[Mention], owners: list[Mention | None]) -> list[Mention]:
    """``found`` without the mentions of ``owners`` (taken into a description of what they own)."""
    return [m for m in found if not any(m is owner for owner in owners)] if owners else found


def is_state(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is a country with a government (countries.txt, no continent): what "das Land" can mean
    (not "Europäische Union", the government of "Brüssel", nor "Europa")."""
    entry = gaz.by_canonical.get(name)
    words = governments("de")  # the continents' canonical names are the same in every language
    return entry is not None and entry.source == "countries.txt" and (words is None or name not in words.continents)


def earlier_clause(doc: Doc, words: list[str], low: list[str], found: list[Mention], first: int,
                   lex: RelationLexicon, gaz: Gazetteer) -> str | None:
    """The state the sentence names last before the clause of the description at word ``first`` begins ("Polen
    verlangt X, jedoch hält das Land ...", "X steht treu zur Führung in Damaskus und stützt das
    Regime"): the description takes it up; in the description's own clause a state is its other
    party ("Nordkorea ist ein Lieferant für das Land"). Not a source nor an origin ("Laut Seoul, ...")."""
    seams = lex.coordinated | lex.adversative
    bound = next((j for j in range(first - 1, -1, -1) if words[j] in CLAUSE_END or low[j] in seams), -1)
    people = person_countries(doc, gaz) if bound > 0 else {}
    for m in sorted(found, key=lambda m: m.first, reverse=True):
        if m.last > bound or m.source or m.label not in ("LOC", "PER") or (m.first and low[m.first - 1] in lex.origin):
            continue
        state = state_of(m.canonical, people, gaz)
        if state and is_state(state, gaz):
            return state
    return None


def _sentence_of(doc: Doc, start: int) -> int:
    """The index of the sentence holding the character ``start``."""
    return next((s.i for s in doc.sents if s.start <= start < s.end), len(doc.sents))


def visit_pair(doc: Doc, earlier: list[Relation], sentence: int, gaz: Gazetteer) -> tuple[str, str] | None:
    """The two states of the latest visit told just before sentence ``sentence`` (the visitor's state, a person as
    the state the document gives them, then the host's): "Kim reiste nach Peking. Beide Länder ..." are Nordkorea
    and China, the visitor first as the gold keeps a pact sealed on a visit (pair_order.py). None when either has
    no state, or when the visit was told further back than ``VISIT_REACH`` sentences (a side story: a long
    report on two states mentions a trip of one of them to a third)."""
    visit = next((r for r in reversed(earlier) if r.type == "CONSULT" and r.mode == "visit" and r.recipient), None)
    if visit is None or not 0 < sentence - visit.sentence <= VISIT_REACH:
        return None
    people = person_countries(doc, gaz)
    visitor, host = state_of(visit.actor, people, gaz), state_of(visit.recipient or "", people, gaz)
    return (visitor, host) if visitor and host and visitor != host and is_state(visitor, gaz) and is_state(
        host, gaz) else None


def in_document_order(doc: Doc, gaz: Gazetteer, pair: tuple[str, str] | None) -> tuple[str, ...]:
    """The two states of ``pair`` (the two the document names most: it coordinates none) in the order the
    document first names them, a person as their state (the headline "Putin empfängt Kim" puts Russland first):
    a pact or an alliance of two named by a description has no direction of its own; with no "X und Y" to give
    one, the order of introduction is the one the document gives it."""
    if pair is None:
        return ()
    people = person_countries(doc, gaz)
    seen: list[str] = []
    for e in sorted(doc.ents, key=lambda e: e.start):
        state = state_of(e.canonical or e.text, people, gaz) if e.label in ("LOC", "PER", "ORG") else None
        if state in pair and state not in seen:
            seen.append(state)
    return tuple(seen) if len(seen) == 2 else pair


def referents(kind: str, doc: Doc, words: list[str], low: list[str], found: list, first: int, last: int,
              memory: Memory, gaz: Gazetteer, lang: str) -> list[str]:
    """The state (a list of one, or none) the description of ``kind`` at words ``first`` .. ``last`` names."""
    if kind == "region":
        phrase = (low[first], low[last - 1])
        matched = region_match(words, low, first, phrase, lang)
        region = matched[1] if matched else region_noun(phrase, lang)  # "dieser ostasiatische Staat", "der Norden"
        if not region:
            return []
        before = [country_of(m.canonical, gaz) for m in found if m.label == "LOC" and m.last <= first]
        named = [c for c in reversed(before) if c in region]
        latest = named[0] if named else memory.latest(region)
        return [latest] if latest else []
    people = person_countries(doc, gaz)
    owner = possessor(words, found, first, lang) if last - first == 1 else None  # "Moskaus Partner", not "dem Partner"
    if owner is None and last - first == 1:
        return []  # "Partner" alone: whose is not said
    outside = [m for m in found if m.last <= first or m.first >= last]
    anchors = {state_of(m.canonical, people, gaz) for m in ([owner] if owner else outside)} - {None}
    partners = {partner_of(doc, gaz, anchor, people) for anchor in anchors} - {None}
    if len(partners) != 1:
        return []
    partner = partners.pop()
    return [] if partner in anchors else [partner]


def partner_of(doc: Doc, gaz: Gazetteer, state: str, people: dict[str, str]) -> str | None:
    """The one state the document pairs with ``state``: the only one it coordinates it with, else the state it
    names most beside it when that stands out (see the module docstring), else None."""
    coordinated = {b if a == state else a for a, b in coordinated_pairs(doc, gaz) if state in (a, b)}
    if coordinated:
        return coordinated.pop() if len(coordinated) == 1 else None
    named = Counter(s for s in (state_of(e.canonical or e.text, people, gaz) for e in doc.ents
                                if e.label in ("LOC", "PER")) if s and s != state)
    top = named.most_common(2)
    if not top or top[0][1] < MIN_NAMED or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]
