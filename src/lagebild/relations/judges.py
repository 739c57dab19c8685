"""A speaker who judges or confirms an event named by a noun is its source, not its actor (German).

"Am Dienstag bestätigte auch Stoltenberg die Lieferung an Russland": the word-order rules took Stoltenberg as
the actor of "Lieferung"; he only confirms what another state gives. A noun trigger in the
object of a verb of lang/de/relations/judges.txt ("lobte", "nannte", "bestätigte") does not take the verb's subject
as its actor (a genitive, an origin or an adjective of the noun still name it). The relation is kept with a mark in
its provenance, its kind kept by the document's extraction (``mark``), and settled once the document is read
(``settle``): a "confirm" speaker the document shows acting
in that type elsewhere keeps it ("Nordkorea bestätigte die Entsendung"); otherwise, for a flow (AID), the actor is
the one the document's other relations of the type give the same recipient most, else the relation goes.
The judging verb's own praise goes to the side that did the deed, named by the noun's origin (``praised``:
"Chile würdigte die Hilfe von Argentinien", "lobte die Hilfslieferungen aus Quito").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import resources
from ..model import Relation
from .lexicon import FLAGS, RelationLexicon
from .mentions import QUOTES

MARK = " (actor: judged by "  # provenance mark: " (actor: judged by <kind>)"
FLOWS = frozenset({"AID"})  # types whose actor the document's other relations to the same recipient tell
# conjunctions that start another clause or phrase between a verb and a noun (punctuation: the clause bound)
BREAKS = frozenset({"-", "dass", "ob", "wie", "weil", "und", "aber", "oder"})
DEEDS = frozenset({"AID", "SUPPORT"})  # the deeds whose praise goes to their origin (``praised``)
PRAISED = " (recipient: praised deed's origin, judges.praised)"
VERB_KINDS = frozenset({"judge", "confirm"})  # the rows of judges.txt that name verbs (kind "merit": nouns)


@lru_cache(maxsize=None)
def _verbs(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    if not resources.exists(lang, "relations/judges.txt"):
        return ()
    return tuple((re.compile(pattern + r"\Z"), kind) for pattern, kind in resources.load(lang, "relations/judges.txt").rows(2)
                 if kind in VERB_KINDS)


def judged(words: list[str], low: list[str], k: int, actor_first: int, lang: str, lo: int = 0) -> str | None:
    """The kind of the judging verb whose object holds the noun trigger at word ``k``, when the actor the rules
    chose (at word ``actor_first``; -1 for one carried from an earlier sentence) is that verb's subject, else None.
    The verb stands before it in its clause (from word ``lo``: extract._clause with quoted words inside, "lobte
    die „standhafte Unterstützung“") with no conjunction between them."""
    verbs = _verbs(lang)
    if not verbs or k == 0 or not words[k][:1].isupper():
        return None
    for j in range(k - 1, lo - 1, -1):
        if low[j] in BREAKS:
            return None
        if not words[j][:1].islower():
            continue
        kind = next((kind for pattern, kind in verbs if pattern.match(low[j])), None)
        if kind is None:
            continue
        # an actor named before the noun: the verb's subject before it ("Rutte bestätigte die ...") or right
        # after it ("bestätigte dann auch Rutte die ..."), or one carried in (-1: "Sie nannte den Angriff ...");
        # one after the noun is its own ("bestätigte die Lieferung Nordkoreas")
        return kind if actor_first < k else None
    return None


def mark(rel: Relation, kind: str, kinds: dict[int, tuple[Relation, str]]) -> Relation:
    """``rel`` with the judging verb's ``kind`` noted in its provenance and kept in ``kinds`` for ``settle``: by
    object id, beside the relation itself, so that no relation made after a marked one was dropped can take its id
    (later steps append to the provenance, so the mark cannot be read back from it)."""
    rel.provenance += f"{MARK}{kind})"
    kinds[id(rel)] = (rel, kind)
    return rel


def kind_of(kinds: dict[int, tuple[Relation, str]], rel: Relation) -> str | None:
    """The kind ``mark`` noted for ``rel`` itself, None for any other relation."""
    entry = kinds.get(id(rel))
    return entry[1] if entry is not None and entry[0] is rel else None


def settle(relations: list[Relation], kinds: dict[int, tuple[Relation, str]]) -> list[Relation]:
    """The relations ``mark`` noted in ``kinds`` with the actor the document gives them (see the module
    docstring), or without them."""
    if not any(kind_of(kinds, r) for r in relations):
        return relations
    plain = [r for r in relations if kind_of(kinds, r) is None]
    out = []
    for rel in relations:
        kind = kind_of(kinds, rel)
        if kind is None:
            out.append(rel)
            continue
        same = [r for r in plain if r.type == rel.type]
        if kind == "confirm" and any(r.actor == rel.actor for r in same):
            out.append(rel)  # the speaker confirms its own act
            continue
        # only a flow has a giver the document can tell ("Rutte bestätigte die Unterstützung für Putin"); an
        # attack a speaker judges ("Scholz nannte den Angriff auf Polen ...") may be anyone's
        if rel.type not in FLOWS or rel.recipient is None:
            continue
        givers = Counter(r.actor for r in same if r.recipient == rel.recipient and r.actor != rel.actor)
        if not givers:
            continue
        giver = next(r for r in same if r.actor == givers.most_common(1)[0][0])
        rel.actor, rel.actor_text = giver.actor, giver.actor_text
        rel.actor_start = rel.actor_end = None  # named in another sentence
        rel.provenance += f" -> {rel.actor}, the document's actor of {rel.type} to {rel.recipient}"
        out.append(rel)
    return out


@lru_cache(maxsize=None)
def _merits(lang: str) -> re.Pattern | None:
    """One pattern of the nouns of judges.txt kind "merit": a person's or a side's quality or deed praised as
    theirs ("die offene Art von X", "den Mut von X"); None where there are none."""
    if not resources.exists(lang, "relations/judges.txt"):
        return None
    rows = [p for p, kind in resources.load(lang, "relations/judges.txt").rows(2) if kind == "merit"]
    return re.compile("|".join(f"(?:{p})" for p in rows)) if rows else None


@lru_cache(maxsize=None)
def _judge(lang: str) -> re.Pattern | None:
    """One pattern of the judging verbs of kind judge ("lobte", "würdigte"); None where there are none."""
    if not resources.exists(lang, "relations/judges.txt"):
        return None
    rows = [p for p, kind in resources.load(lang, "relations/judges.txt").rows(2) if kind == "judge"]
    return re.compile("|".join(f"(?:{p})" for p in rows)) if rows else None


def praised(found: list, preps: dict[int, str | None], words: list[str], low: list[str], k: int, hi: int,
            kind: str, lex: RelationLexicon):  # type: ignore[no-untyped-def]
    """The side a judging verb's praise goes to when its object is another side's aid or support named by its
    origin ("Chile würdigte die Hilfe von Argentinien": SUPPORT to Argentinien): the first mention of the verb's
    clause (words up to ``hi``, quotes inside: extract._clause) after an origin preposition ("aus", "von") right
    after a noun that is an AID or SUPPORT trigger or a merit of judges.txt ("lobte den Mut von X"); None for
    other verbs, types and nouns ("lobte den Wein aus Argentinien")."""
    judge = _judge(lex.lang) if kind == "SUPPORT" else None
    if judge is None or not judge.fullmatch(low[k]):
        return None
    for m in found:
        prep = preps.get(id(m))
        if not (k < m.first < hi and prep in lex.origin):
            continue
        # the preposition, before the mention's article and adjectives
        at = next((j for j in range(m.first - 1, max(k, m.first - 5), -1) if low[j] == prep), None)
        noun = at - 1 if at is not None else k
        while noun > k and words[noun] in QUOTES:
            noun -= 1
        deed = lex.triggers_at(low, noun) if noun > k and words[noun][:1].isupper() else None
        if deed is not None and deed.type.rstrip(FLAGS) in DEEDS:
            return m
        merit = _merits(lex.lang)  # "lobte die offene Art von X": X's own quality (su3)
        if merit is not None and noun > k and words[noun][:1].isupper() and merit.fullmatch(low[noun]):
            return m
    return None


def mark_praised(relations: list[Relation], side) -> None:  # type: ignore[no-untyped-def]
    """Marks in their provenance the relations whose recipient is the praised ``side`` (``praised``)."""
    for rel in relations:
        if side is not None and rel.recipient == side.canonical:
            rel.provenance += PRAISED
