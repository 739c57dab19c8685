"""The relations of a document analyzed again for a new date, replayed from its first analysis.

An ingest's re-dating analyzes an undated document again when the corpus moves its estimated date
(core.Lagebild._finish_dated): its text, tokens, sentences, entities, attributions and figures are those of the
first analysis, its date and time expressions are new. Of what the relation rules read, only two things can follow
the date: the anchored date expressions of the sentences a relation takes its time from (index.time_near) and the
office roles a title names at the anchor date (index.roles_at, for "Präsident Kim"). Both note what they read in
``Doc.user_data`` (index.READS).

So the first extraction of an undated document is kept (``Kept``: its inputs field by field, what it read of
the date, copies of its relations), and a later extraction of the same document returns copies of those
relations when every input is equal and every date read gives the same answer for the new date: the rules,
run again, would read exactly the same and find exactly the same. Anything else (another text, another entity or
figure, a moved date expression in a relation's sentence, another office holder) runs the rules again.
tests/test_relations_replay.py keeps the modules of relations/ from reading the date any other way.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any

from ..entities.gazetteer import Gazetteer
from ..model import Attribution, Doc, Entity, Quantity, Relation, Sentence, Token
from .index import READS, dates_in

# tokens of the documents kept per process, as many as the ingest keeps dating probes of (core.PROBE_TOKENS): an
# ingest re-dates the undated documents of its batches at its end; the oldest are dropped first
LIMIT = 2_000_000
# what a figure carries that the rules never read and the re-dating changes (claims set its time)
FIGURE_DATE_FIELDS = frozenset({"time"})


def _getter(cls: type, leave: frozenset[str] = frozenset()) -> Callable[[Any], tuple]:
    """A function giving the fields of a record of ``cls`` as a tuple (new fields are compared too)."""
    return attrgetter(*(f.name for f in fields(cls) if f.name not in leave))


_TOKEN = _getter(Token)
_SENT = _getter(Sentence)
_ENT = _getter(Entity)
_ATTR = _getter(Attribution)
_QTY = _getter(Quantity, FIGURE_DATE_FIELDS)


def _frozen(values: tuple) -> tuple:
    """``values`` with its lists as tuples (a later change to the record does not change what was kept); a list
    built in one step, not a generator (this runs for every attribution and figure of every undated document)."""
    return tuple([tuple(v) if isinstance(v, list) else v for v in values])


# Doc.user_data key: (the token list, its length, the hash of its tokens' fields) of the last ``_tokens_hash``
TOKENS_HASH = "relations.replay.tokens_hash"


def _tokens_hash(doc: Doc) -> int:
    """The hash of the fields of ``doc``'s tokens, once per token list: the claims' replay and the relations'
    replay ask for the inputs of the same document in turn, and the hash over every token is most of their cost.
    The list itself is kept with it (no other list can take its id) and its length compared; tokens are made by
    the segmenter and never changed in place (they are a function of the text)."""
    memo = doc.user_data.get(TOKENS_HASH)
    if memo is not None and memo[0] is doc.tokens and memo[1] == len(doc.tokens):
        return memo[2]
    value = hash(tuple(map(_TOKEN, doc.tokens)))
    doc.user_data[TOKENS_HASH] = (doc.tokens, len(doc.tokens), value)
    return value


def inputs(doc: Doc) -> tuple:
    """Everything the relation rules read of ``doc`` but its date and time expressions, compared by value; the
    tokens (a function of the text, which is compared itself) by the hash of their fields, to keep this small."""
    return (doc.text, doc.lang, len(doc.tokens), _tokens_hash(doc),
            tuple(map(_SENT, doc.sents)), tuple(map(_ENT, doc.ents)),
            tuple([_frozen(_ATTR(a)) for a in doc.attributions]), tuple([_frozen(_QTY(q)) for q in doc.quantities]))


@dataclass
class Reads:
    """What one extraction read that a date can change: sentence -> its anchored date expressions (start, end,
    value), and title words -> the roles they named at the anchor date."""

    timed: dict[int, tuple] = field(default_factory=dict)
    roles: dict[tuple[str, ...], list] = field(default_factory=dict)


@dataclass
class Kept:
    inputs: tuple
    reads: Reads
    relations: list[Relation]
    size: int  # tokens


def _copy(rel: Relation) -> Relation:
    return replace(rel, context=list(rel.context))


class Bounded:
    """What is kept of documents by (document id, language), up to ``limit`` tokens, the oldest dropped first;
    each kept value has a ``size`` in tokens (also claims/replay.py)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit  # tokens
        self.kept: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self.size = 0
        self.replayed = 0  # counts, for tests and profiles

    def replay(self, key: tuple[str, str]) -> None:
        """Count a replay of the value kept for ``key`` and keep it longest."""
        self.replayed += 1
        self.kept.move_to_end(key)

    def put(self, key: tuple[str, str], value: Any | None) -> None:
        """Keep ``value`` for ``key`` (None: keep nothing for it), dropping the oldest beyond the limit."""
        old = self.kept.pop(key, None)
        self.size -= old.size if old is not None else 0
        if value is not None:
            self.kept[key] = value
            self.size += value.size
        while self.size > self.limit and self.kept:
            self.size -= self.kept.popitem(last=False)[1].size


class Replay(Bounded):
    """The kept first extractions of undated documents, by document id and language (oldest dropped first)."""

    def extract(self, doc: Doc, lang: str, gaz: Gazetteer, run: Callable[[], list[Relation]]) -> list[Relation]:
        """The relations of ``doc`` in language ``lang`` (``gaz`` its gazetteer): replayed when a kept extraction
        holds for it, else ``run()`` (kept when the document is undated: only those are analyzed again for a new
        date)."""
        key = (doc.doc_id, lang)
        kept = self.kept.get(key)
        now = inputs(doc) if kept is not None or doc.published is None else None
        if kept is not None and kept.inputs == now and _same_reads(doc, gaz, kept.reads):
            self.replay(key)
            return [_copy(rel) for rel in kept.relations]
        if now is None:
            return run()
        reads = doc.user_data[READS] = Reads()
        try:
            relations = run()
        finally:
            doc.user_data.pop(READS, None)
        self.put(key, Kept(now, reads, [_copy(rel) for rel in relations], len(doc.tokens)))
        return relations


def _same_reads(doc: Doc, gaz: Gazetteer, reads: Reads) -> bool:
    """Whether every date read of the kept extraction gives the same answer for ``doc`` (its date now)."""
    return all(dates_in(doc, i) == dates for i, dates in reads.timed.items()) and \
        all(gaz.match_roles(list(words), doc.anchor_date) == found for words, found in reads.roles.items())
