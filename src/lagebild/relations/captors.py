"""Captives and casualties whose captor or killer the sentence leaves out, told by a source of the other side.

"Zwei belarussische Soldaten sind laut dem litauischen Präsidenten gefangen genommen worden", "Vilnius said four
Belarusian troops were killed during a night attack by border guards": a passive capture or killing of forces named
by their country (a country word right before a noun of force, at most one word between), with no agent of a side
in the clause. No rule of extract.py finds an actor and the event is lost. Gold codes the side that reports it as
the captor or killer where that side fights the captives' side in the document (story-dev: a capture a Ukrainian
source reports, a killing in an attack Ukrainian intelligence reports; the same capture with no source in its
sentence is not coded). So the actor is the one state of the sentence's sources (a country, or a person's or an
organization's state), when the document's fights (ASSAULT between two countries) set it against the captives'
country or a country that one aids or works with; the recipient is the captives' country.

A killing counts only with a noun of attack after it in its clause ("killed in a drone strike"): a bare tally of
the dead (a number of a country's soldiers said to have died, by a third country or by the other side) is coded as
no act in the gold (7 of 7 such sentences in story-dev). The words are in lang/<code>/relations/captors.txt.
Passives are read from the words: English needs the auxiliary right before the trigger ("were captured", "were
reportedly killed") and the forces right before it; German a passive word anywhere in the clause and the forces
before the trigger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..attribution import hedging
from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from . import record
from .events import PARTNERING
from .homecoming import first_words, forces_word, gated_sentences
from .lexicon import RelationLexicon, Trigger
from .meetings import country_word, person_countries
from .mentions import CLAUSE_END, PLACE, Mention, clause_bounds, mentions
from .sides import state_of

LANGS = frozenset({"en", "de"})
WORDS = "relations/captors.txt"
PASSIVE = "passive"
ATTACK = "attack"
TAKEN = "taken"  # a seizure of the belongings of those the verb before it took or killed
JOINS = frozenset({"and", "und"})
FORCES = "forces"
WORD_KINDS = frozenset({PASSIVE, ATTACK, FORCES})
FIGHT = "ASSAULT"
NOTE = " (actor: the state of the sentence's source, {}, at war with the captives' side)"


@lru_cache(maxsize=None)
def _lines(lang: str) -> tuple[tuple[Trigger, str], ...]:
    """The lines of captors.txt as triggers, each with what it needs (ATTACK, TAKEN or "-")."""
    res = resources.load(lang, WORDS)
    return tuple((Trigger(tuple(re.compile(w) for w in cols[0].split()), cols[1], None if cols[2] == "-" else cols[2],
                          ("military",), f"rule:{lang}/{WORDS}:{line}"), cols[3])
                 for (line, _), cols in zip(res.lines, res.rows(4), strict=True))


@lru_cache(maxsize=None)
def _any_first(lang: str) -> re.Pattern:
    """One pattern for the first words of all event lines: a sentence without any is skipped in one scan."""
    return first_words(t for t, _ in _lines(lang) if t.type not in WORD_KINDS)


def _listed(word: str, kind: str, lang: str) -> bool:
    return any(t.type == kind and t.words[0].fullmatch(word) for t, _ in _lines(lang))


def _hits(low: list[str], lang: str) -> list[tuple[int, Trigger, str]]:
    """The event lines matching at each word of ``low``: (word index, trigger, what it needs)."""
    out = []
    for k, word in enumerate(low):
        for trig, attack in _lines(lang):
            if trig.type in WORD_KINDS or not trig.words[0].fullmatch(word) or k + len(trig.words) > len(low):
                continue
            if all(p.fullmatch(w) for p, w in zip(trig.words[1:], low[k + 1:], strict=False)):
                out.append((k, trig, attack))
                break
    return out


def _captives(low: list[str], k: int, lo: int, found: list[Mention], lex: RelationLexicon) -> Mention | None:
    """The country mention of the forces taken or killed at word ``k`` (see the module), None when the passive
    or the forces are not there."""
    if lex.lang == "en":
        aux = k - 1 if k >= 1 and _listed(low[k - 1], PASSIVE, "en") else (
            k - 2 if k >= 2 and low[k - 1].endswith("ly") and _listed(low[k - 2], PASSIVE, "en") else -1)
        nouns = [aux - 1] if aux > lo else []
    else:
        hi = clause_bounds(low, k)[1]
        if not any(_listed(w, PASSIVE, "de") for w in low[lo:hi]):
            return None
        nouns = list(range(lo, k))
    for j in nouns:
        if not (forces_word(low[j], lex) or _listed(low[j], FORCES, lex.lang)):
            continue
        hit = next((m for m in found if m.label == "LOC" and not m.source and m.last in (j, j - 1)
                    and m.first >= lo), None)
        if hit is not None and (hit.last == j or low[hit.last][:1].islower() and not forces_word(low[hit.last], lex)):
            return hit
    return None


def _attacked(low: list[str], k: int, lo: int, hi: int, lang: str) -> bool:
    """Whether the clause ``lo:hi`` names an attack: after the English trigger ("killed in a drone strike"),
    anywhere in the German clause, whose participle comes last ("bei einem Drohnenangriff getötet")."""
    return any(_listed(w, ATTACK, lang) for j, w in enumerate(low[lo:hi], lo) if j > k or lang == "de" and j != k)


def _source_state(doc: Doc, i: int, at: int, found: list[Mention], people: dict[str, str], gaz: Gazetteer) -> str | None:
    """The one state the sources of the trigger at character ``at`` of sentence ``i`` stand for: its source
    mentions, and the attribution whose content holds the trigger when its source is in the sentence, by the
    source's name and the country words of its span ("laut dem litauischen Präsidenten", "Kyiv said"); None for
    none or several. A capture a later sentence attributes ("Das teilte Kiew mit") is coded with no captor in the
    gold (story-dev: 0 of 1)."""
    states = {state_of(m.canonical, people, gaz) for m in found if m.source}
    n = hedging.governing_all([at], doc.attributions)[0]
    att = doc.attributions[n] if n is not None else None
    sent = doc.sents[i]
    if att is not None and att.source_start is not None and sent.start <= att.source_start < sent.end:
        if att.source:
            states.add(state_of(att.source, people, gaz))
        if att.source_end is not None:
            lo, hi = att.source_start, att.source_end
            states |= {country_word(w, gaz) for w in doc.text[lo:hi].split()}
            # a capital or a place named as the source ("Vilnius said"): its country
            states |= {m.canonical for m in found if m.label in ("LOC", PLACE) and m.start is not None
                       and lo <= m.start < hi}
    states.discard(None)
    return next(iter(states)) if len(states) == 1 else None


def _at_war(captor: str, captives: str, relations: list[Relation]) -> bool:
    """Whether the document shows ``captor`` fighting ``captives`` or a side that one aids or works with, and
    not working with ``captives`` itself."""
    friends = {captives} | {r.recipient for r in relations if r.type in PARTNERING and r.actor == captives
                            and r.recipient and r.status != "negated"}
    if captor in friends:
        return False
    for rel in relations:
        if rel.type == FIGHT and rel.status != "negated" and rel.recipient \
                and {rel.actor, rel.recipient} & {captor} and {rel.actor, rel.recipient} & friends:
            return True
    return False


def _taken_from(doc: Doc, i: int, words: list[str], low: list[str], k: int, trig: Trigger,
                relations: list[Relation], lex: RelationLexicon) -> list[Relation]:
    """The seizure at word ``k`` of the belongings of those a capture or killing before it in the sentence took
    ("shot two Belarusian scouts and took away their radios"): the same actor takes them from the same
    side. Only with "and" between, and no clause break: the verb shares its subject."""
    toks = doc.sent_tokens(i)
    before = [r for r in relations if r.sentence == i and r.type in (FIGHT, "COERCE") and r.recipient
              and r.recipient != r.actor and r.status != "negated" and r.predicate_end is not None
              and r.predicate_end <= toks[k].start]
    if not before:
        return []
    last = max(before, key=lambda r: r.predicate_end or 0)
    at = next((j for j, t in enumerate(toks) if t.start >= (last.predicate_end or 0)), k)
    between = low[at:k]
    if not set(between) & JOINS or set(between) & CLAUSE_END:
        return []
    actor = Mention(last.actor, None, None, None, -1, -1, "carried")
    taken = Mention(last.recipient, None, None, None, -1, -1, "carried")
    rel = record.relation(doc, i, words, low, k, 1, trig, trig.type, actor, taken, lex)  # the verb, no possessive
    rel.provenance += f" (actor and recipient: those of «{last.predicate}» before it)"
    # a figure near it counts the people taken before ("three soldiers"), not what is seized
    rel.quantity, rel.quantity_index = None, None
    rel.source, rel.hedge = AUTHOR, "asserted"  # record.sources reads the attribution instead of the figure's
    record.hedge(rel, Sent(doc, i, attr_lexicon.load(lex.lang)), k, lex)
    return [rel]


def fill(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` and the captures and killings of the module, each where its sentence records no relation at
    the trigger nor the same edge of its type."""
    if lex.lang not in LANGS or not any(r.type in (FIGHT, "COERCE") for r in relations):
        return relations
    added: list[Relation] = []
    people: dict[str, str] | None = None
    for sent, toks, low in gated_sentences(doc, _any_first(lex.lang)):
        hits = _hits(low, lex.lang)
        if not hits:
            continue
        words = [t.text for t in toks]
        found = mentions(doc, sent.i, words, [t.start for t in toks], gaz, lex)
        for k, trig, needs in hits:
            start, end = toks[k].start, toks[k + len(trig.words) - 1].end
            if any(r.sentence == sent.i and r.predicate_start is not None and start <= r.predicate_start < end
                   for r in relations + added):
                continue  # extract.py read this trigger
            if needs == TAKEN:
                added += _taken_from(doc, sent.i, words, low, k, trig, relations, lex)
                continue
            lo, hi = clause_bounds(low, k)
            victims = _captives(low, k, lo, found, lex)
            if victims is None or needs == ATTACK and not _attacked(low, k, lo, hi, lex.lang):
                continue
            if any(m is not victims and not m.source and m.label != PLACE and lo <= m.first < hi for m in found):
                continue  # another party in the clause: an agent of a side, extract.py's to read
            people = person_countries(doc, gaz) if people is None else people
            captor = _source_state(doc, sent.i, start, found, people, gaz)
            if captor is None or not _at_war(captor, victims.canonical, relations):
                continue
            if any(r.sentence == sent.i and r.type == trig.type and r.actor == captor
                   and r.recipient == victims.canonical for r in relations + added):
                continue
            actor = Mention(captor, None, None, None, -1, -1, "carried")
            rel = record.relation(doc, sent.i, words, low, k, len(trig.words), trig, trig.type, actor, victims, lex)
            rel.provenance += NOTE.format(captor)
            record.hedge(rel, Sent(doc, sent.i, attr_lexicon.load(lex.lang)), k, lex)
            added.append(rel)
    if not added:
        return relations
    record.sources(doc, added, lex)
    return sorted(relations + added, key=lambda r: r.sentence)  # in the order of the text, as extract.py gives them
