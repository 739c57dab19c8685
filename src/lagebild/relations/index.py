"""What the relation rules look up per sentence or per mention, indexed once per document.

The rules ask, for every sentence, which figures and attribution sources it holds, and for every actor mention,
which attributions it is the source of. Answered by scanning ``doc.quantities`` and ``doc.attributions`` each
time, the relations component grew with the square of a document's length; these lookups are by sentence
number or by binary search over source offsets instead.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..entities.gazetteer import Gazetteer, Role
from ..model import Attribution, Doc, Entity, Quantity, Relation
from ..spans import ents_starting

_KEY = "relations.index"
# Doc.user_data: a replay.Reads collecting what the rules read that a new date can change (relations/replay.py)
READS = "relations.reads"


@dataclass
class DocIndex:
    reporters: set[str]  # every attribution's source name: bodies that report events are no actors
    sources_by_sentence: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    quantities_by_sentence: dict[int, list[tuple[int, Quantity]]] = field(default_factory=dict)
    by_source: list[tuple[int, int, Attribution]] = field(default_factory=list)  # sorted by source start
    source_starts: list[int] = field(default_factory=list)
    widest_source: int = 0


def doc_index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use and rebuilt when its attributions or quantities change."""
    stamp = (id(doc.attributions), len(doc.attributions), id(doc.quantities), len(doc.quantities))
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    index = DocIndex({a.source for a in doc.attributions if a.source})
    sent_starts = [s.start for s in doc.sents]
    for attr in doc.attributions:
        if attr.source_start is None or attr.source_end is None:
            continue
        sent = bisect_left(sent_starts, attr.source_start + 1) - 1
        index.sources_by_sentence.setdefault(sent, []).append((attr.source_start, attr.source_end))
        index.by_source.append((attr.source_start, attr.source_end, attr))
        origin = _originator(doc, attr)
        if origin is not None:
            index.sources_by_sentence[sent].append((origin.start, origin.end))
            index.by_source.append((origin.start, origin.end, attr))
    index.by_source.sort(key=lambda row: (row[0], row[1]))
    index.source_starts = [row[0] for row in index.by_source]
    index.widest_source = max((end - start for start, end, _ in index.by_source), default=0)
    for n, qty in enumerate(doc.quantities):
        index.quantities_by_sentence.setdefault(qty.sentence, []).append((n, qty))
    doc.user_data[_KEY] = (stamp, index)
    return index


def _originator(doc: Doc, attr: Attribution) -> Entity | None:
    """The originator a relay names right after itself ("zitiert die Zeitung Ana Ruiz"): the attribution's span is
    the relay's, but the name after it is its source (the entity layer keeps the two apart), no actor of the quote."""
    if not attr.chain or attr.source_end is None:
        return None
    return next((e for e in ents_starting(doc, attr.source_end, attr.source_end + 2)
                 if attr.source in (e.canonical, e.text)), None)


def sources_in(doc: Doc, sentence: int) -> list[tuple[int, int]]:
    """(start, end) of every attribution source in sentence ``sentence``."""
    return doc_index(doc).sources_by_sentence.get(sentence, [])


def quantities_in(doc: Doc, sentence: int) -> list[tuple[int, Quantity]]:
    """(index into doc.quantities, quantity) of every figure of sentence ``sentence``, in document order."""
    return doc_index(doc).quantities_by_sentence.get(sentence, [])


def attributions_sourced_by(doc: Doc, start: int, end: int) -> list[Attribution]:
    """The attributions whose source span overlaps [start, end), in document order of their sources."""
    index = doc_index(doc)
    lo = bisect_left(index.source_starts, start - index.widest_source)
    hi = bisect_left(index.source_starts, end)
    return [attr for s, e, attr in index.by_source[lo:hi] if s < end and start < e]


def dates_in(doc: Doc, i: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, value) of the anchored date expressions of sentence ``i`` with a calendar value."""
    sent = doc.sents[i]
    return tuple((timex.start, timex.end, timex.value) for timex in doc.timexes
                 if sent.start <= timex.start < sent.end and timex.type == "DATE" and timex.value
                 and timex.anchored and timex.value[:1].isdigit())


def time_near(doc: Doc, i: int, start: int, end: int) -> str | None:
    """The value of the anchored date expression of sentence ``i`` nearest the span [start, end) (the first of
    equally near ones), None when the sentence holds none. Noted for the replay (``READS``, replay.py)."""
    dates = dates_in(doc, i)
    reads = doc.user_data.get(READS)
    if reads is not None:
        reads.timed[i] = dates
    time, best = None, None
    for t_start, t_end, value in dates:
        distance = min(abs(t_start - end), abs(start - t_end))
        if best is None or distance < best:
            best, time = distance, value
    return time


def roles_at(doc: Doc, gaz: Gazetteer, words: list[str]) -> list[tuple[int, int, Role]]:
    """The office roles ``words`` name at the document's anchor date (``Gazetteer.match_roles``). Noted for the
    replay (``READS``, replay.py)."""
    found = gaz.match_roles(words, doc.anchor_date)
    reads = doc.user_data.get(READS)
    if reads is not None:
        reads.roles[tuple(words)] = found
    return found


def trigger_word(toks: list, rel: Relation) -> int | None:
    """The index among its sentence's tokens ``toks`` of the word ``rel``'s trigger starts at; None when no word
    starts there (a trigger inside a word)."""
    return next((j for j, t in enumerate(toks) if t.start == rel.predicate_start), None)
