"""One claim per figure: the quantity joined with its parties, source, certainty, reference time and type."""

from __future__ import annotations

import re

from ..model import Claim, Doc, Quantity
from .knowledge import ClaimKnowledge
from .parties import find_parties, topic_actor

CLAUSE_BREAK = re.compile(r"[,;:–—()]")
# Timex values that name a time (not PRESENT_REF, FUTURE_REF, durations)
CONCRETE = re.compile(r"^\d{4}")


def clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] within [lo, hi): up to the nearest comma, dash, colon or bracket."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in CLAUSE_BREAK.finditer(text, end, hi)), hi)
    return left, right


def reference_time(doc: Doc, qty: Quantity, kb: ClaimKnowledge) -> tuple[str | None, str]:
    """The time a figure refers to, and why: the nearest dated time expression of its sentence,
    else the publication month when its clause says "bislang"/"bisher"/"derzeit"."""
    if qty.sentence < 0:
        return None, ""
    sent = doc.sents[qty.sentence]
    best = None
    for timex in doc.timexes:
        if sent.start <= timex.start < sent.end and timex.type == "DATE" and timex.value \
                and CONCRETE.match(timex.value) and timex.anchored:
            distance = min(abs(timex.start - qty.end), abs(qty.start - timex.end))
            if best is None or distance < best[0]:
                best = (distance, timex)
    if best:
        return best[1].value, f"time expression «{best[1].text}»"
    lo, hi = clause(doc.text, qty.start, qty.end, sent.start, sent.end)
    match = kb.reference_adverbs.search(doc.text, lo, hi)
    if match and doc.anchor_date:
        return doc.anchor_date[:7], f"«{match.group(0)}» refers to the publication date"
    return None, ""


def claim_type(doc: Doc, qty: Quantity, kb: ClaimKnowledge) -> tuple[str, str]:
    if qty.trend:  # "stieg um 5 Prozent": a change, not a level
        return "flow", f"trend {qty.trend} of the quantity"
    if qty.sentence < 0:
        return "stock", ""
    sentence = doc.sentence_text(qty.sentence) or ""
    for kind, pattern, rule in kb.claim_types:
        if pattern.search(sentence):
            return kind, rule
    return "stock", ""


def build_claims(doc: Doc, kb: ClaimKnowledge) -> list[Claim]:
    """A claim for every quantity of ``doc``; also sets each quantity's reference time."""
    topic = topic_actor(doc, kb)
    claims = []
    for i, qty in enumerate(doc.quantities):
        attr = doc.attributions[qty.attribution] if qty.attribution is not None \
            and 0 <= qty.attribution < len(doc.attributions) else None
        source_span = (attr.source_start, attr.source_end) if attr and attr.source_start is not None else None
        parties = find_parties(doc, qty, kb, source_span, topic)
        time, time_reason = reference_time(doc, qty, kb)
        qty.time = time
        kind, type_rule = claim_type(doc, qty, kb)
        provenance = [f"quantity: {qty.provenance}"] + [f"type: {type_rule}"] * bool(type_rule)
        provenance += [r for r in (parties.reason, time_reason) if r]
        claims.append(Claim(
            quantity=i, value=qty.value, low=qty.low, high=qty.high, qualifier=qty.qualifier, unit=qty.unit,
            about=qty.about, about_entities=[a for a in (parties.actor, parties.location) if a],
            source=qty.source, source_chain=list(attr.chain) if attr else [], hedge=qty.hedge, time=time,
            claim_type=kind, sentence=qty.sentence, start=qty.start, end=qty.end,
            provenance="; ".join(provenance),
            actor=parties.actor, location=parties.location, unit_class=kb.unit_class(qty.unit),
        ))
    return claims
