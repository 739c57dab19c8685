"""The data model: a document and the layers the pipeline adds to it.

Names follow ../shared/gold/SCHEMA.md, which is the output contract. Every span
keeps character offsets into ``Doc.text`` (the text as read from its file,
end exclusive) and ``provenance``: the rule id or model name that produced it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import E016, LagebildError

AUTHOR = "AUTHOR"
SENTENCE_KINDS = ("text", "headline", "dateline", "teaser")
QUANTITY_KINDS = ("count", "amount", "percent", "duration")
QUALIFIERS = ("exact", "approx", "at_most", "at_least", "under", "over", "range", "vague")
HEDGES = ("asserted", "reported", "uncertain")
MODES = ("direct", "indirect", "according_to")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
# PLOVER event types (github.com/openeventdata/PLOVER) and the status of a relation (gold/SCHEMA.md RELATION)
RELATION_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("factual", "planned", "hypothetical", "negated")

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None) -> str | None:
    """Validate a publication date (YYYY, YYYY-MM or YYYY-MM-DD); return it or raise E016."""
    if value is None or value == "":
        return None
    value = str(value).strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}T", str(value)) else str(value).strip()
    if not _DATE_RE.match(value):
        raise LagebildError(E016, value=value)
    return value


@dataclass(slots=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    sent: int = -1  # index of the sentence holding the token


@dataclass(slots=True)
class Sentence:
    i: int
    start: int
    end: int
    kind: str = "text"  # text | headline | dateline | teaser
    token_start: int = 0  # index of the first token
    token_end: int = 0  # index after the last token


@dataclass(slots=True)
class Entity:
    text: str
    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC
    canonical: str | None = None
    wikidata: str | None = None
    provenance: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "label": self.label,
                "canonical": self.canonical, "wikidata": self.wikidata, "provenance": self.provenance}


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None
    anchored: bool = True  # False: a relative value resolved without a known publication date
    provenance: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
                "value": self.value, "mod": self.mod, "anchored": self.anchored, "provenance": self.provenance}


@dataclass(slots=True)
class Attribution:
    source: str | None
    source_text: str | None
    cue: str | None
    mode: str  # direct | indirect | according_to
    content: str | None
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    sentence: int = -1  # index into Doc.sents of the sentence holding the cue (or content)
    chain: list[str] = field(default_factory=list)  # upstream sources cited by the source
    provenance: str = ""

    def to_dict(self, doc: Doc) -> dict[str, Any]:
        return {"source": self.source, "source_text": self.source_text, "cue": self.cue, "mode": self.mode,
                "content": self.content, "sentence": doc.sentence_text(self.sentence),
                "source_start": self.source_start, "source_end": self.source_end,
                "cue_start": self.cue_start, "cue_end": self.cue_end,
                "content_start": self.content_start, "content_end": self.content_end,
                "chain": self.chain}


@dataclass(slots=True)
class Quantity:
    text: str
    number_text: str
    start: int
    end: int
    kind: str  # count | amount | percent | duration
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str = "exact"
    unit: str | None = None
    about: str | None = None
    number_start: int | None = None
    number_end: int | None = None
    sentence: int = -1
    source: str = AUTHOR
    hedge: str = "asserted"
    hedge_cue: str | None = None  # the word(s) that made the hedge decision
    attribution: int | None = None  # index into Doc.attributions governing the figure
    time: str | None = None  # TIMEX value the figure refers to
    provenance: str = ""
    trend: str | None = None  # up | down: the figure is a change ("stieg um 5 Prozent"), not a level

    def to_dict(self, doc: Doc) -> dict[str, Any]:
        return {"text": self.text, "number_text": self.number_text, "kind": self.kind, "value": self.value,
                "low": self.low, "high": self.high, "qualifier": self.qualifier, "unit": self.unit,
                "about": self.about, "source": self.source, "hedge": self.hedge, "time": self.time,
                "sentence": doc.sentence_text(self.sentence), "start": self.start, "end": self.end,
                "hedge_cue": self.hedge_cue, "provenance": self.provenance, "trend": self.trend}


@dataclass(slots=True)
class Claim:
    """One figure with what it is about, who says it, how sure, and when it applies."""

    quantity: int  # index into Doc.quantities
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    unit: str | None
    about: str | None
    about_entities: list[str] = field(default_factory=list)  # canonical names
    source: str = AUTHOR
    source_chain: list[str] = field(default_factory=list)
    hedge: str = "asserted"
    time: str | None = None
    claim_type: str = "stock"  # stock | flow | need | plan | estimate
    sentence: int = -1
    start: int = 0
    end: int = 0
    provenance: str = ""
    actor: str | None = None  # the party behind the figure (whose soldiers)
    location: str | None = None  # where it applies
    unit_class: str | None = None  # units that measure the same thing share a class (Soldat, Söldner -> Soldat)
    concept: str | None = None  # what is counted, shared across languages (Soldat, Truppen, troops -> troops)
    measure: str | None = None  # what happened to it: sent (or present), killed, wounded, captured ...

    def to_dict(self, doc: Doc) -> dict[str, Any]:
        data = asdict(self)
        data["sentence"] = doc.sentence_text(self.sentence)
        data["doc_id"] = doc.doc_id
        return data


@dataclass(slots=True)
class Relation:
    """One event or flow between actors: who does what to whom, with figure, source, certainty and status."""

    type: str  # PLOVER event type, see RELATION_TYPES
    mode: str | None
    context: list[str]
    actor: str
    actor_text: str
    recipient: str | None
    recipient_text: str | None
    predicate: str
    object: str | None = None
    quantity: str | None = None  # number_text of the figure counting the object
    quantity_index: int | None = None  # index into Doc.quantities
    time: str | None = None
    source: str = AUTHOR
    hedge: str = "asserted"
    status: str = "factual"  # factual | planned | hypothetical | negated
    status_cue: str | None = None
    sentence: int = -1
    actor_start: int | None = None
    actor_end: int | None = None
    recipient_start: int | None = None
    recipient_end: int | None = None
    predicate_start: int | None = None
    predicate_end: int | None = None
    provenance: str = ""

    def to_dict(self, doc: Doc) -> dict[str, Any]:
        sent = doc.sents[self.sentence] if 0 <= self.sentence < len(doc.sents) else None
        return {"type": self.type, "mode": self.mode, "context": list(self.context), "actor": self.actor,
                "actor_text": self.actor_text, "recipient": self.recipient, "recipient_text": self.recipient_text,
                "predicate": self.predicate, "object": self.object, "quantity": self.quantity, "time": self.time,
                "source": self.source, "hedge": self.hedge, "status": self.status,
                "sentence": doc.sentence_text(self.sentence),
                "sentence_start": sent.start if sent else None, "sentence_end": sent.end if sent else None,
                "actor_start": self.actor_start, "actor_end": self.actor_end,
                "recipient_start": self.recipient_start, "recipient_end": self.recipient_end,
                "predicate_start": self.predicate_start, "predicate_end": self.predicate_end,
                "status_cue": self.status_cue, "provenance": self.provenance}


@dataclass
class Doc:
    """A document and every layer found in it."""

    doc_id: str
    text: str
    published: str | None = None
    published_estimate: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    path: str | None = None
    lang: str | None = None
    body_start: int = 0  # where the text starts after a ` date ...` prefix
    meta: dict[str, Any] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    ents: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    dating: dict[str, Any] | None = None  # estimate, interval and evidence for undated documents
    warnings: list[str] = field(default_factory=list)
    # Layers a component assigned, so the engine can check requires/assigns at run time.
    layers: set[str] = field(default_factory=set)
    # Private per-document state of components (e.g. a spaCy Doc); never serialized.
    user_data: dict[str, Any] = field(default_factory=dict)

    def sentence_text(self, i: int) -> str | None:
        if 0 <= i < len(self.sents):
            sent = self.sents[i]
            return self.text[sent.start:sent.end]
        return None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding the character ``offset`` (-1 when none)."""
        lo, hi = 0, len(self.sents) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            sent = self.sents[mid]
            if offset < sent.start:
                hi = mid - 1
            elif offset >= sent.end:
                lo = mid + 1
            else:
                return mid
        return -1

    def sent_tokens(self, i: int) -> list[Token]:
        sent = self.sents[i]
        return self.tokens[sent.token_start:sent.token_end]

    def span_tokens(self, start: int, end: int) -> tuple[list[Token], int, int] | None:
        """The tokens of the sentence holding the characters ``start:end`` and the indices among them of the span's
        first and last token; None when no sentence or token holds it."""
        i = self.sentence_at(start)
        if i < 0:
            return None
        toks = self.sent_tokens(i)
        first = next((k for k, t in enumerate(toks) if t.start >= start), None)
        last = next((k for k, t in enumerate(toks) if t.end >= end), None)
        return None if first is None or last is None else (toks, first, last)

    @property
    def anchor_date(self) -> str | None:
        """The date relative expressions resolve against: published, else the estimate."""
        return self.published or self.published_estimate

    def to_dict(self) -> dict[str, Any]:
        """The document in the analyze contract of gold/SCHEMA.md."""
        return {
            "doc_id": self.doc_id,
            "published": self.published,
            "published_estimate": self.published_estimate or self.published,
            "title": self.title,
            "url": self.url,
            "lang": self.lang,
            "quantities": [qty.to_dict(self) for qty in self.quantities],
            "attributions": [attr.to_dict(self) for attr in self.attributions],
            "timexes": [timex.to_dict() for timex in self.timexes],
            "entities": [ent.to_dict() for ent in self.ents],
            "claims": [claim.to_dict(self) for claim in self.claims],
            "relations": [rel.to_dict(self) for rel in self.relations],
            "dating": self.dating,
            "sentences": [{"start": s.start, "end": s.end, "kind": s.kind} for s in self.sents],
            "warnings": self.warnings,
        }
