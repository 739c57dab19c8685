"""An envoy summoned in a passive clause: the state that summons him is the one that protested to his state before.

"Der russische Botschafter wurde einbestellt", "the Chinese ambassador was summoned" name no one who summons; the
rules drop a passive act without its agent. A state summons a foreign envoy to protest to his state (ACCUSE
disapprove, as the active "Polen hat den belarussischen Botschafter einbestellt"), and news tells the summons
right after the protest or the accusation it belongs to ("X hat bei Russland Protest eingelegt. Auch wurde der
russische Botschafter einbestellt."). So after the document is read, such a clause without a relation of its own
gives ACCUSE from the actor of the nearest hostile act (ACCUSE, THREATEN, SANCTION, REJECT) aimed at the envoy's
state in the WINDOW sentences before it, to that state; but a state other than the envoy's that the sentence
names as its source or as the place ("In Vilnius wurde ...", "..., teilte Litauen mit") is the host who summons,
and wins over that earlier protester; with neither, nothing (an unresolved actor of an active
summons, "das Moskauer Außenministerium", is left alone too: only a passive clause is read). The verbs are those
of lang/<code>/relations/summons.txt; the envoy nouns those stance.txt gives the verb (stance.addressee_preps).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import record
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, PLACE, Mention, clause_bounds, mentions
from .stance import PASSIVE, addressee_preps

_ENDS = CLAUSE_END | {"."}  # a summons' clause ends at the sentence's full stop too

WINDOW = 3  # sentences before the summons the protest may stand in
HOSTILE = frozenset({"ACCUSE", "THREATEN", "SANCTION", "REJECT"})  # acts a summons follows up


@lru_cache(maxsize=None)
def _pattern(lang: str, kind: str) -> re.Pattern | None:
    """One pattern of the rows of ``kind`` of lang/<lang>/relations/summons.txt ("verb": the participles of
    summoning; "place-preposition": the prepositions before the place a summons happens in), None without any."""
    if not resources.exists(lang, "relations/summons.txt"):
        return None
    rows = resources.load(lang, "relations/summons.txt").of_kind(kind)
    return re.compile("|".join(f"(?:{p})" for p in rows), re.IGNORECASE) if rows else None


def _verb(lang: str) -> re.Pattern | None:
    return _pattern(lang, "verb")


def _envoy(found: list[Mention], words: list[str], starts: list[int], ends: list[int], nouns: frozenset[str],
           lo: int, hi: int, gaz: Gazetteer) -> Mention | None:
    """The mention of the envoy's state in words lo..hi: one whose last word or the word after it is an envoy
    noun ("der russische Botschafter", "the Chinese ambassador"); for an envoy named by his name after the noun
    ("der russische Botschafter Igor Petrow": the country adjective only qualifies the person) the country of the
    adjective before the noun, spanning the phrase up to the name."""
    for m in found:
        if not lo <= m.first < hi:
            continue
        if m.label == "LOC" and any(words[j].lower() in nouns for j in range(m.last - 1, min(m.last + 1, hi))):
            return m
        if m.label == "PER" and m.first > lo and words[m.first - 1].lower() in nouns:
            for j in range(max(lo, m.first - 3), m.first - 1):
                entry = gaz.names.get((words[j],))
                if entry is not None and entry.kind == "adjective" and entry.source == "countries.txt":
                    return Mention(entry.canonical, None, starts[j], ends[m.last - 1], j, m.last, "LOC")
    return None


def _named_summoner(found: list[Mention], low: list[str], envoy: Mention, lang: str) -> str | None:
    """The one state other than the envoy's the summons sentence names as its source ("..., teilte Litauen
    mit", "Lithuania said ...") or as the place right after a preposition of summons.txt ("In Vilnius wurde ...",
    "in Litauen"): the host summons the envoy, whoever protested before. None when it names none or several (a
    state after another preposition is what the summons is about: "wegen der Angriffe auf die Ukraine")."""
    at = _pattern(lang, "place-preposition")
    named = {m.canonical for m in found if m.canonical != envoy.canonical and (
        m.source and m.label == "LOC" or m.label in ("LOC", PLACE) and at is not None and m.first > 0
        and at.fullmatch(low[m.first - 1]) is not None)}
    return next(iter(named)) if len(named) == 1 else None


def _summoner(relations: list[Relation], i: int, state: str) -> str | None:
    """The actor of the nearest hostile act aimed at ``state`` in the WINDOW sentences before sentence ``i``."""
    earlier = [r for r in relations if i - WINDOW <= r.sentence < i and r.type in HOSTILE
               and r.recipient == state and r.actor != state]
    return max(earlier, key=lambda r: r.sentence).actor if earlier else None


def passive(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """The ACCUSE of each passive summons of an envoy in ``doc`` without a relation of its own (see the module)."""
    verb = _verb(lex.lang)
    if verb is None or not verb.search(doc.text):
        return []  # most documents summon no one: one search of the text
    told = {(r.sentence, r.predicate_start) for r in relations}
    out: list[Relation] = []
    for sent in doc.sents:
        toks = doc.sent_tokens(sent.i)
        words = [t.text for t in toks]
        low = [w.lower() for w in words]
        for k, word in enumerate(low):
            if not verb.fullmatch(word) or (sent.i, toks[k].start) in told:
                continue
            lo, hi = clause_bounds(words, k, _ENDS)
            if not any(w in PASSIVE for w in low[lo:hi]):
                continue  # an active summons names its actor (or leaves it to the rules)
            found = mentions(doc, sent.i, words, [t.start for t in toks], gaz, lex)
            envoy = _envoy(found, words, [t.start for t in toks], [t.end for t in toks],
                           addressee_preps(lex.lang, low, k, 1), lo, hi, gaz)
            host = _named_summoner(found, low, envoy, lex.lang) if envoy is not None else None
            summoner = host or (_summoner(relations, sent.i, envoy.canonical) if envoy is not None else None)
            trig = lex.triggers_at(low, k)
            if summoner is None or envoy is None or trig is None:
                continue
            actor = Mention(summoner, None, None, None, -1, -1, "carried")
            rel = record.relation(doc, sent.i, words, low, k, 1, trig, "ACCUSE", actor, envoy, lex)
            rel.provenance += " (actor: the state the sentence names as place or source, summons.py)" if host else \
                " (actor: the state that protested to the envoy's state before, summons.py)"
            out.append(rel)
    return out
