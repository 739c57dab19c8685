"""Per-document indexes of the entity layer, so that a question asked per word, figure or sentence ("which
entities overlap these offsets?", "does an entity start here?") costs a binary search or a set look-up, not a
scan of every entity of the document (issue 12: linear time).

Each index is built on first use and kept in ``doc.user_data`` with the identity and length of ``doc.ents``;
a component that replaces or extends the entity list gets a fresh index. Answers keep ``doc.ents`` order, so
code that took the first matching entity of a scan takes the same one here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from .model import Doc, Entity

_KEY = "spans.entity_index"  # Doc.user_data key


@dataclass
class EntityIndex:
    order: list[int]  # indices into doc.ents, by start
    starts: list[int]  # their starts, ascending
    widest: int  # the longest entity's length: no entity starting further left than this reaches an offset
    start_set: frozenset[int]
    end_set: frozenset[int]
    persons: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) -> canonical of the first PER
    person_names: frozenset[str] = frozenset()  # canonical names of the PER entities
    # PER entities with a canonical name of two words or more, by end, and the running maximum of their index
    full_name_ends: list[int] = field(default_factory=list)
    full_name_last: list[int] = field(default_factory=list)


def entity_index(doc: Doc) -> EntityIndex:
    ents = doc.ents
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == id(ents) and cached[1] == len(ents):
        return cached[2]
    order = sorted(range(len(ents)), key=lambda n: ents[n].start)
    persons: dict[tuple[int, int], str] = {}
    for ent in ents:
        if ent.label == "PER" and ent.canonical:
            persons.setdefault((ent.start, ent.end), ent.canonical)
    full = sorted((e.end, n) for n, e in enumerate(ents) if e.label == "PER" and e.canonical and " " in e.canonical)
    index = EntityIndex(order, [ents[n].start for n in order], max((e.end - e.start for e in ents), default=0),
                        frozenset(e.start for e in ents), frozenset(e.end for e in ents), persons,
                        frozenset(persons.values()),
                        [end for end, _ in full], list(accumulate((n for _, n in full), max)))
    doc.user_data[_KEY] = (id(ents), len(ents), index)
    return index


def ents_between(doc: Doc, lo: int, hi: int) -> list[Entity]:
    """The entities overlapping [lo, hi) (``e.end > lo and e.start < hi``), in ``doc.ents`` order."""
    index = entity_index(doc)
    ents = doc.ents
    first, last = bisect_left(index.starts, lo - index.widest), bisect_left(index.starts, hi)
    return [ents[n] for n in sorted(n for n in index.order[first:last] if ents[n].end > lo)]


def ents_starting(doc: Doc, lo: int, hi: int) -> list[Entity]:
    """The entities starting in [lo, hi), in ``doc.ents`` order."""
    index = entity_index(doc)
    ents = doc.ents
    return [ents[n] for n in sorted(index.order[bisect_left(index.starts, lo):bisect_left(index.starts, hi)])]


def last_full_name(doc: Doc, offset: int) -> Entity | None:
    """The last entity (in ``doc.ents`` order) that names a person with two words or more and ends by ``offset``."""
    index = entity_index(doc)
    k = bisect_right(index.full_name_ends, offset)
    return doc.ents[index.full_name_last[k - 1]] if k else None
