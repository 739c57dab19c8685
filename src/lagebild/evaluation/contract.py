"""Check an analyze record against the contract of gold/SCHEMA.md (field names, enums, offsets)."""

from __future__ import annotations

from typing import Any

from ..model import (
    HEDGES,
    MODES,
    QUALIFIERS,
    QUANTITY_KINDS,
    RELATION_TYPES,
    SENTENCE_KINDS,
    STATUSES,
    TIMEX_TYPES,
)

REQUIRED = ("doc_id", "published", "published_estimate", "quantities", "attributions", "timexes", "entities",
            "relations")
QUANTITY_FIELDS = ("text", "number_text", "kind", "value", "low", "high", "qualifier", "unit", "about", "source",
                   "hedge", "time", "sentence", "start", "end")
ATTRIBUTION_FIELDS = ("source", "source_text", "cue", "mode", "content", "sentence", "source_start", "source_end",
                      "cue_start", "cue_end", "content_start", "content_end")
RELATION_FIELDS = ("type", "mode", "context", "actor", "actor_text", "recipient", "recipient_text", "predicate",
                   "object", "quantity", "time", "source", "hedge", "status", "sentence", "sentence_start",
                   "sentence_end", "actor_start", "actor_end", "recipient_start", "recipient_end", "predicate_start",
                   "predicate_end", "provenance")
RELATION_ENUMS = {"type": RELATION_TYPES, "status": STATUSES, "hedge": HEDGES}
ENUMS = {"kind": QUANTITY_KINDS, "qualifier": QUALIFIERS, "hedge": HEDGES, "mode": MODES, "type": TIMEX_TYPES,
         "label": ("PER", "ORG", "LOC", "MISC")}
# (layer, text field, start field, end field) whose offsets must cut the text out of the document
SPANS = (("quantities", "text", "start", "end"), ("timexes", "text", "start", "end"),
         ("entities", "text", "start", "end"), ("attributions", "source_text", "source_start", "source_end"),
         ("attributions", "cue", "cue_start", "cue_end"), ("relations", "actor_text", "actor_start", "actor_end"),
         ("relations", "recipient_text", "recipient_start", "recipient_end"),
         ("relations", "predicate", "predicate_start", "predicate_end"),
         ("relations", "sentence", "sentence_start", "sentence_end"))


def validate(record: dict[str, Any], text: str | None = None) -> list[str]:
    """Problems of one record (empty when it holds); with ``text``, offsets are checked too."""
    problems = [f"missing field '{name}'" for name in REQUIRED if name not in record]
    for i, item in enumerate(record.get("relations", [])):
        problems += [f"relations[{i}].{name}: {item.get(name)!r} not in {allowed}"
                     for name, allowed in RELATION_ENUMS.items() if item.get(name) not in allowed]
    for layer, fields in (("quantities", QUANTITY_FIELDS), ("attributions", ATTRIBUTION_FIELDS),
                          ("relations", RELATION_FIELDS)):
        for i, item in enumerate(record.get(layer, [])):
            problems += [f"{layer}[{i}]: missing '{name}'" for name in fields if name not in item]
    for layer in ("quantities", "attributions", "timexes", "entities"):
        for i, item in enumerate(record.get(layer, [])):
            for name, allowed in ENUMS.items():
                if name in item and item[name] is not None and item[name] not in allowed:
                    problems.append(f"{layer}[{i}].{name}: {item[name]!r} not in {allowed}")
    problems += [f"sentences[{i}].kind: {s.get('kind')!r} not in {SENTENCE_KINDS}"
                 for i, s in enumerate(record.get("sentences", [])) if s.get("kind") not in SENTENCE_KINDS]
    if text is not None:
        for layer, field, start, end in SPANS:
            for i, item in enumerate(record.get(layer, [])):
                if item.get(start) is None:
                    continue
                cut = text[item[start]:item[end]]
                # cues like "kündigte ... an" are discontinuous: the offsets cover the first part
                expected = (item.get(field) or "").split(" ... ")[0]
                if not cut.startswith(expected):
                    problems.append(f"{layer}[{i}].{field}: offsets {item[start]}:{item[end]} give {cut!r}, "
                                    f"not {item.get(field)!r}")
    return problems
