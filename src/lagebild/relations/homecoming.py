"""Forces that come home with no side of their own: the document's one sender of forces.

"Minsk held a parade when its sappers were back: the soldiers returned from Aleppo last week", "the return of
troops that served with the 3rd brigade": the forces are a bare noun of force (a word both of agents.txt and of
objects.txt: "troops", "soldiers", "sappers"; or a unit of WORDS), without a country or a possessor, and no
mention of the sentence qualifies them (a unit's own name may: "the 3rd Brigade"), so no rule of extract.py finds
an actor and the event is lost. Forces that come home were abroad: in a story on one state's forces sent abroad
they are that state's. The sender is the one country the document's flows of forces (an AID whose object is
forces) come from; with none, or with two, nothing is added. English bare forces that set out for or arrive in a
place count only when its state is one the sender's flows of forces already go to (a further group of the same
deployment); any other arrival or departure is as often a visit or a move. Withdrawals and moves are left alone:
in a war they are as often the other side's.

The words are in lang/<code>/relations/homecoming.txt: a coming home has no recipient (the place left is none),
a setting out goes to the state of the place it names.
English reads the forces from the parse (the subject, through a relative pronoun, or the "of"-object of the noun);
German, without a parse here, from the words around the trigger: the noun of force in the genitive after the noun
("die Rückkehr der Soldaten"), right after an attributive participle ("die aus Kursk zurückgekehrten Pioniere"),
or before the relative clause whose verb it is ("Pioniere, die aus Kursk zurückgekehrt sind"), else anywhere in
the trigger's clause; a country word (a mention) or a possessive right before the noun, or a mention right after
it ("Soldaten aus Kuba") gives them a side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation, Sentence
from . import record
from .captures import GENITIVE_OPENERS
from .implied import countries as named_countries
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, PLACE, Mention, mentions
from .roles_en import RELATIVE, sentence_parse, trigger_token

LANGS = frozenset({"en", "de"})
WORDS = "relations/homecoming.txt"
FORCES = "forces"  # the type of the lines of unit nouns in WORDS
OWNER = "owner"  # German: the type of the lines of possessives before a noun of force ("seine Truppen")
WORD_KINDS = frozenset({FORCES, OWNER})
GOAL_PREPS = frozenset({"for", "to", "in", "into"})  # "left for Aleppo", "arrived in Aleppo"
RELATIVE_DE = frozenset({"die", "der", "welche"})  # "Pioniere, die ... zurückgekehrt sind"
NOTE = " (actor: the document's one sender of forces, {})"


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[Trigger, ...]:
    """The lines of homecoming.txt as triggers (type, mode, the file's line for the provenance)."""
    res = resources.load(lang, WORDS)
    return tuple(Trigger(tuple(re.compile(w) for w in cols[0].split()), cols[1], None if cols[2] == "-" else cols[2],
                         ("military",), f"rule:{lang}/{WORDS}:{line}")
                 for (line, _), cols in zip(res.lines, res.rows(3), strict=True))


@lru_cache(maxsize=4096)
def _starting(word: str, lang: str) -> tuple[Trigger, ...]:
    """The event lines of WORDS whose first word matches the lower-case ``word`` (none for most words; remembered
    per word form, as lexicon.starting does for triggers.txt)."""
    return tuple(t for t in _words(lang) if t.type not in WORD_KINDS and t.words[0].fullmatch(word))


@lru_cache(maxsize=None)
def _any_first(lang: str) -> re.Pattern:
    """One pattern for the first words of all event lines of WORDS: a sentence without any is skipped in one scan."""
    return first_words(t for t in _words(lang) if t.type not in WORD_KINDS)


def first_words(triggers: Iterable[Trigger]) -> re.Pattern:
    """One pattern for the first words of ``triggers`` (see gated_sentences)."""
    firsts = "|".join(f"(?:{t.words[0].pattern})" for t in triggers)
    return re.compile(rf"(?<!\w)(?:{firsts})(?!\w)")


def gated_sentences(doc: Doc, pattern: re.Pattern) -> Iterator[tuple[Sentence, list, list[str]]]:
    """Each sentence but a dateline whose lower-case words ``pattern`` finds, with its tokens and those words: a
    pass over the rest of a document's sentences costs one scan each."""
    for sent in doc.sents:
        if sent.kind == "dateline":
            continue
        toks = doc.sent_tokens(sent.i)
        low = [t.text.lower() for t in toks]
        if pattern.search(" ".join(low)):
            yield sent, toks, low


def _trigger(low: list[str], k: int, lang: str) -> Trigger | None:
    """The line of WORDS whose words match the lower-case words from ``k`` on ("returned home")."""
    return next((t for t in _starting(low[k], lang) if k + len(t.words) <= len(low)
                 and all(p.fullmatch(w) for p, w in zip(t.words[1:], low[k + 1:], strict=False))), None)


def _listed(word: str, kind: str, lang: str) -> bool:
    return any(t.type == kind and t.words[0].fullmatch(word) for t in _words(lang))


def _country(name: str | None, gaz: Gazetteer) -> bool:
    entry = gaz.by_canonical.get(name or "")
    return entry is not None and entry.source == "countries.txt"


def forces_word(word: str, lex: RelationLexicon) -> bool:
    return lex.is_agent(word) and lex.is_object(word) or _listed(word, FORCES, lex.lang)


def sender(relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> str | None:
    """The one country the document's flows of forces come from ("Pyongyang sent 1,000 engineering troops"),
    None when it has none or several."""
    senders = {r.actor for r in relations if r.type == "AID" and r.status != "negated" and r.object
               and forces_word(r.object.lower(), lex) and _country(r.actor, gaz)}
    return next(iter(senders)) if len(senders) == 1 else None


def _forces(tok: Any, lex: RelationLexicon) -> Any | None:
    """The bare noun of force that comes home or sets out at the trigger token ``tok``: the "of"-object of a noun
    ("the return of troops"), else the verb's subject, through a relative pronoun to the noun it hangs on
    ("soldiers that came back and returned home"); None when it is no bare noun of force."""
    if tok.pos_ == "NOUN":
        found = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    else:
        found = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if found is not None and found.lower_ in RELATIVE and tok.dep_ == "relcl":
            found = tok.head
    if found is not None and not forces_word(found.lower_, lex):
        # "a battalion of sappers returned"; "soldiers of the 2nd brigade, which returned": the parser hangs the
        # verb or the relative clause on the name of the unit the forces belong to
        inner = next((p for c in found.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        outer = found.head.head if found.dep_ == "pobj" and found.head.lower_ in ("of", "from") else None
        found = next((t for t in (inner, outer) if t is not None and forces_word(t.lower_, lex)), None)
    if found is None:
        return None
    if any(c.dep_ == "poss" for c in found.children):
        return None  # "its troops", "Russia's troops": forces the sentence gives to a side
    return found


def _named_side(forces: Any, found: list[Mention]) -> bool:
    """Whether a mention qualifies ``forces`` (before the noun, or in its "from" or "of" phrase: "Belarusian
    troops", "troops from Minsk"), not counting its relative clause ("soldiers that returned from Russia"): forces
    named with a side are extract.py's, which found their event or had a reason to find none."""
    spans = [(forces.left_edge.i, forces.i)] + [(c.left_edge.i, c.right_edge.i) for c in forces.children
                                                 if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return any(lo <= m.first <= hi for m in found for lo, hi in spans)


def _goal(tok: Any, found: list[Mention], owner: str, destinations: set[str]) -> Mention | None:
    """The mention of the place a setting out goes to ("set off for Aleppo": its state), when one the sender's
    flows of forces go to (``destinations``)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in GOAL_PREPS:
            for p in c.children:
                hit = next((m for m in found if m.first <= p.i < m.last and m.label in ("LOC", PLACE)), None)
                if hit is not None and hit.canonical != owner and hit.canonical in destinations:
                    return hit
    return None


def _german_forces(low: list[str], k: int, found: list[Mention], lex: RelationLexicon) -> bool:
    """Whether the German coming home at word ``k`` is of a bare noun of force (see the module)."""
    lo = next((j + 1 for j in range(k - 1, -1, -1) if low[j] in CLAUSE_END), 0)
    hi = next((j for j in range(k + 1, len(low)) if low[j] in CLAUSE_END), len(low))
    if lo >= 2 and low[lo - 1] == "," and low[lo] in RELATIVE_DE:
        lo -= 2  # the noun the relative clause hangs on: "Pioniere, die ... zurückgekehrt sind"
    # right after the trigger ("die heimgekehrten Soldaten") or its genitive article ("die Rückkehr der Soldaten")
    near = [k + 1] + ([k + 2] if k + 1 < len(low) and low[k + 1] in GENITIVE_OPENERS else [])
    at = [j for j in near if j < hi and forces_word(low[j], lex)] or [j for j in range(lo, hi) if forces_word(low[j], lex)]
    if not at:
        return False
    j = at[0]
    return not any(m.last == j or m.first in (j + 1, j + 2) for m in found) \
        and not (j > 0 and _listed(low[j - 1], OWNER, lex.lang))


def fill(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` and the comings home and settings out of bare forces in sentences that record none of
    their type (see the module), with the document's one sender of forces for their actor."""
    if lex.lang not in LANGS:
        return relations
    owner = sender(relations, lex, gaz)
    if owner is None or owner not in named_countries(doc, gaz):
        return relations
    have = {(r.sentence, r.type) for r in relations}
    destinations = {r.recipient for r in relations if r.type == "AID" and r.actor == owner and r.recipient
                    and r.object and forces_word(r.object.lower(), lex)}
    added: list[Relation] = []
    attr_lex = attr_lexicon.load(lex.lang)
    for sent, toks, low in gated_sentences(doc, _any_first(lex.lang)):
        hits = [(k, trig) for k in range(len(low)) if (trig := _trigger(low, k, lex.lang)) is not None
                and (sent.i, trig.type) not in have]
        sdoc = sentence_parse(doc, sent.i, lex) if hits and lex.lang == "en" else None
        if not hits or lex.lang == "en" and sdoc is None:
            continue
        words = [t.text for t in toks]
        found = mentions(doc, sent.i, words, [t.start for t in toks], gaz, lex)
        for k, trig in hits:
            goal = None
            if sdoc is None:  # German: comings home only (WORDS), read from the words
                if not _german_forces(low, k, found, lex):
                    continue
            else:
                if k >= len(sdoc):
                    continue
                tok = trigger_token(sdoc, k, 1)
                forces = _forces(tok, lex)
                if forces is None or _named_side(forces, found):
                    continue  # no bare forces, or forces the sentence gives to a side ("troops from Minsk")
                goal = _goal(tok, found, owner, destinations) if trig.type == "AID" else None
                if trig.type == "AID" and goal is None:
                    continue  # set out for no place the sender's forces go to: no flow of this deployment
            actor = Mention(owner, None, None, None, -1, -1, "carried")
            rel = record.relation(doc, sent.i, words, low, k, 1, trig, trig.type, actor, goal, lex)
            rel.provenance += NOTE.format(owner)
            record.hedge(rel, Sent(doc, sent.i, attr_lex), k, lex)
            added.append(rel)
            have.add((sent.i, trig.type))
    if not added:
        return relations
    record.sources(doc, added, lex)
    return sorted(relations + added, key=lambda r: r.sentence)  # in the order of the text, as extract.py gives them
