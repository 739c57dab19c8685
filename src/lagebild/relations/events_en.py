"""English: two events of different types for one pair in one sentence, when the parse puts them in clauses of
their own.

events.same_event keeps one relation per sentence and pair unless two verbs stand in clauses joined by "and",
"but" or a comma. English links a second event through a preposition or a subordinate clause as often: "North
Korea and Belarus have widened their military ties since signing a defense pact" (COOPERATE and
SUPPORT in the gold), "Russia launched an attack after the talks with Ukraine". The parse tells them apart: each
trigger belongs to the verb it is (or whose object or prepositional phrase it completes); two triggers of
different types on different verbs are two events, unless one verb is the other's complement ("promised to send",
"agreed to help": one promise, AGREE) or a noun trigger hangs on the other trigger ("thanked Kim for his
support": the thanks).
"""

from __future__ import annotations

from typing import Any

from . import events
from .lexicon import RelationLexicon
from .roles_en import sentence_parse, trigger_token

LANGS = frozenset({"en"})
COMPLEMENTS = frozenset({"xcomp", "ccomp"})  # "promised to send", "agreed that it would send": one act
# heads climbed from a noun trigger to its verb: a noun phrase with its prepositions ("the delivery of shells to
# the front") is a few levels deep; a bound stops at the parse's root on a cycle-free tree long before
CLAUSE_DEPTH = 6


def _clause(tok: Any) -> Any:
    """The verb the trigger token belongs to: itself, or the verb its noun phrase completes."""
    for _ in range(CLAUSE_DEPTH):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _separate(sdoc: Any, k: int, n: int, k_old: int, n_old: int) -> bool:
    """Whether the triggers at words [k, k + n) and [k_old, k_old + n_old) of the parse belong to verbs of
    their own, neither the other's complement."""
    if max(k + n, k_old + n_old) > len(sdoc):
        return False
    new, old = trigger_token(sdoc, k, n), trigger_token(sdoc, k_old, n_old)
    a, b = _clause(new), _clause(old)
    # a noun trigger completing the other trigger's verb is its frame ("thanked Kim for his support")
    if a.i == b.i or a.pos_ not in ("VERB", "AUX") or b.pos_ not in ("VERB", "AUX"):
        return False
    if (a.head.i == b.i and a.dep_ in COMPLEMENTS) or (b.head.i == a.i and b.dep_ in COMPLEMENTS):
        return False
    return True


def same_event(doc: Any, i: int, rel: Any, k: int, earlier: list[tuple], words: list[str],
               lex: RelationLexicon) -> int | None:
    """events.same_event, and in ``LANGS`` with a parse two triggers of different types in clauses of their
    own are two events (see the module docstring)."""
    sdoc = sentence_parse(doc, i, lex) if lex.lang in LANGS else None
    if sdoc is None:
        return events.same_event(rel, k, earlier, words)
    n = len(rel.predicate.split())
    for old, k_old, index in earlier:
        if old.type != rel.type and _separate(sdoc, k, n, k_old, len(old.predicate.split())):
            continue
        if events.same_event(rel, k, [(old, k_old, index)], words) is not None:
            return index
    return None
