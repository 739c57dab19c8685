"""One claim per figure: the quantity joined with its parties, source, certainty, reference time and type."""

from __future__ import annotations

import bisect
import re

from ..engine import check_deadline
from ..model import Claim, Doc, Quantity, Timex
from .knowledge import ClaimKnowledge
from .meaning import (
    Meaning,
    MeaningKnowledge,
    counted_noun,
    find_measure,
    meaning_knowledge,
)
from .parties import Parties, SentenceView, find_parties, sentence_view, topic_actor

CLAUSE_BREAK = re.compile(r"[,;:–—()]")
# Timex values that name a time (not PRESENT_REF, FUTURE_REF, durations)
CONCRETE = re.compile(r"^\d{4}")


def clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] within [lo, hi): up to the nearest comma, dash, colon or bracket."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in CLAUSE_BREAK.finditer(text, end, hi)), hi)
    return left, right


def clause_at(breaks: list[int], start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``clause`` by binary search in the sorted offsets of the clause breaks of the sentence [lo, hi)."""
    k = bisect.bisect_left(breaks, start) - 1  # the last break before start
    left = breaks[k] + 1 if k >= 0 and breaks[k] >= lo else lo
    k = bisect.bisect_left(breaks, end)  # the first break at or after end
    right = breaks[k] if k < len(breaks) and breaks[k] < hi else hi
    return left, right


def dated_timexes(doc: Doc) -> dict[int, list[Timex]]:
    """The dated time expressions (a concrete, anchored DATE, not part of a figure) of each sentence, in document
    order: found in one pass, so that each figure looks only at its own sentence's."""
    found: dict[int, list[Timex]] = {}
    figures = sorted((q.start, q.end) for q in doc.quantities)
    for timex in doc.timexes:
        if timex.type == "DATE" and timex.value and CONCRETE.match(timex.value) and timex.anchored \
                and not _overlaps_figure(figures, timex):
            i = doc.sentence_at(timex.start)
            if i >= 0:
                found.setdefault(i, []).append(timex)
    return found


def _overlaps_figure(figures: list[tuple[int, int]], timex: Timex) -> bool:
    """Whether a time expression overlaps a figure: the quantities read "2000 Stellen" as a count, so its
    "2000" is no year, whatever the time tagger made of it (``figures`` sorted by start)."""
    k = bisect.bisect_left(figures, (timex.end, timex.end))
    return any(end > timex.start for _, end in figures[max(0, k - 2):k])


def reference_time(doc: Doc, qty: Quantity, kb: ClaimKnowledge, dated: dict[int, list[Timex]] | None = None,
                   breaks: dict[int, list[int]] | None = None) -> tuple[str | None, str]:
    """The time a figure refers to, and why: the dated time expression of its clause nearest to it, else the
    nearest one of its sentence, else the publication month when its clause says "bislang"/"bisher"/"derzeit";
    ``dated`` is ``dated_timexes(doc)`` when many figures are asked about, ``breaks`` a cache of each sentence's
    clause break offsets (filled here).

    A duration or an age ("seit 38 Jahren", "der 72-Jährige", "within three days") is a span of time, not a
    figure that holds at a date, so it takes none; nor does a figure take a time expression that overlaps it
    ("2000 Stellen" read as the year 2000 as well)."""
    if qty.sentence < 0 or qty.kind == "duration":
        return None, ""
    sent = doc.sents[qty.sentence]
    if breaks is None:
        lo, hi = clause(doc.text, qty.start, qty.end, sent.start, sent.end)
    else:
        if qty.sentence not in breaks:
            breaks[qty.sentence] = [m.start() for m in CLAUSE_BREAK.finditer(doc.text, sent.start, sent.end)]
        lo, hi = clause_at(breaks[qty.sentence], qty.start, qty.end, sent.start, sent.end)
    best = None
    for timex in (dated_timexes(doc) if dated is None else dated).get(qty.sentence, ()):
        if sent.start <= timex.start < sent.end and (timex.end <= qty.start or timex.start >= qty.end):
            distance = min(abs(timex.start - qty.end), abs(qty.start - timex.end))
            rank = (not lo <= timex.start < hi, distance)  # its own clause first, then the nearest
            if best is None or rank < best[0]:
                best = (rank, timex)
    if best:
        return best[1].value, f"time expression «{best[1].text}»"
    match = kb.reference_adverbs.search(doc.text, lo, hi)
    if match and doc.anchor_date:
        return doc.anchor_date[:7], f"«{match.group(0)}» refers to the publication date"
    return None, ""


def claim_type(doc: Doc, qty: Quantity, kb: ClaimKnowledge, cache: dict[int, tuple[str, str]] | None = None
               ) -> tuple[str, str]:
    """The type of a claim from its sentence's wording (searched once per sentence with ``cache``)."""
    if qty.trend:  # "stieg um 5 Prozent": a change, not a level
        return "flow", f"trend {qty.trend} of the quantity"
    if qty.sentence < 0:
        return "stock", ""
    if cache is not None and qty.sentence in cache:
        return cache[qty.sentence]
    sentence = doc.sentence_text(qty.sentence) or ""
    found = next(((kind, rule) for kind, pattern, rule in kb.claim_types if pattern.search(sentence)), ("stock", ""))
    if cache is not None:
        cache[qty.sentence] = found
    return found


def figure_meaning(doc: Doc, qty: Quantity, view: SentenceView, mk: MeaningKnowledge,
                   neighbours: tuple[int, int], after: Quantity | None = None) -> Meaning:
    """The concept and measure of one figure; ``neighbours`` are the character offsets where the figures
    before and after it in the sentence end and start (an event word beyond them belongs to them), ``after``
    the next figure of the sentence.

    A figure without a noun of its own takes the noun of the next figure when the two are coordinated
    ("30 getötete und 12 verletzte belarussische Soldaten"), else a counted noun shortly before it in its
    clause ("Belarusian troop numbers might rise to 6,000")."""
    span = view.span(qty.start, qty.end)
    if not span:
        return Meaning()
    first, last = span[0], span[-1]
    noun, concept, reason = counted_noun(view.tokens, first, last, qty, mk)
    lo, hi = view.clause(first)
    if concept is None and qty.kind not in ("percent", "duration"):
        noun, concept, reason = _elliptic_noun(view, last, after, mk) or _noun_before(view, first, lo, mk) \
            or (None, None, "")
    lo = max(lo, bisect.bisect_left(view.starts, neighbours[0]))
    hi = min(hi, bisect.bisect_left(view.starts, neighbours[1]))
    measure, why = find_measure(view.tokens, first, last if noun is None or noun < last else noun, lo, hi, mk)
    return Meaning(concept, measure, noun, "; ".join(r for r in (reason, why) if r))


COORDINATION = frozenset({"und", "oder", "and", "or", "sowie"})
NOUN_BEFORE_REACH = 8  # tokens before a bare figure that may hold its counted noun


def _elliptic_noun(view: SentenceView, last: int, after: Quantity | None, mk: MeaningKnowledge
                   ) -> tuple[int | None, str | None, str] | None:
    if after is None:
        return None
    span = view.span(after.start, after.end)
    if not span or span[0] - last > 3 or not any(view.tokens[k].text.lower() in COORDINATION
                                                 for k in range(last + 1, span[0])):
        return None
    noun, concept, reason = counted_noun(view.tokens, span[0], span[-1], after, mk)
    if concept is None or noun is None:
        return None
    return noun, concept, f"{reason} of the coordinated figure «{after.text}»"


def _noun_before(view: SentenceView, first: int, lo: int, mk: MeaningKnowledge
                 ) -> tuple[int | None, str | None, str] | None:
    for k in range(first - 1, max(lo, first - NOUN_BEFORE_REACH) - 1, -1):
        word = view.tokens[k].text
        if not word[:1].isalpha() or (mk.lang == "de" and not word[:1].isupper()):
            continue
        concept, lemma = mk.concept_of(word)
        if concept and concept != "=":
            return k, concept, f"concept {concept} («{lemma}» before the figure)"
    return None


def build_claims(doc: Doc, kb: ClaimKnowledge, mk: MeaningKnowledge | None = None) -> list[Claim]:
    """A claim for every quantity of ``doc``; also sets each quantity's reference time.

    A figure without a counted noun ("2.700 verwundet", "47 injured") takes the concept of the figure before
    it (in the sentence, else the sentence before) and, within one sentence, its party too; so does a figure
    of the same concept whose own party is only a guess ("200 belarussische Soldaten getötet und weitere
    1.900 Soldaten verletzt")."""
    mk = mk or meaning_knowledge(doc.lang or "de")
    topic = topic_actor(doc, kb) if doc.quantities else None  # a pass over the whole text: only for figures
    views: dict[int, SentenceView] = {}
    types: dict[int, tuple[str, str]] = {}
    claims: list[Claim] = []
    previous: tuple[Quantity, Meaning, Parties] | None = None
    # concept -> party -> (figures, index of the last one, its reason) of the figures so far
    seen_parties: dict[str, dict[str, tuple[int, int, str]]] = {}
    dated, breaks = dated_timexes(doc), {}
    for i, qty in enumerate(doc.quantities):
        check_deadline()
        attr = doc.attributions[qty.attribution] if qty.attribution is not None \
            and 0 <= qty.attribution < len(doc.attributions) else None
        source_span = (attr.source_start, attr.source_end) if attr and attr.source_start is not None else None
        view = sentence_view(doc, qty.sentence, kb, views) if qty.sentence >= 0 else None
        meaning = Meaning()
        if view is not None:
            after = doc.quantities[i + 1] if i + 1 < len(doc.quantities) \
                and doc.quantities[i + 1].sentence == qty.sentence else None
            meaning = figure_meaning(doc, qty, view, mk, _neighbours(doc, i), after)
        parties = find_parties(doc, qty, kb, source_span, topic, view, meaning.noun)
        if previous is not None and qty.kind not in ("percent", "duration"):
            meaning, parties = _inherit(qty, meaning, parties, *previous)
        if parties.reason.startswith("topic") and meaning.concept in seen_parties:
            # the story goes on: the party the figures before counting the same thing mostly have beats the
            # topic (ties: the latest)
            counts = seen_parties[meaning.concept]
            actor = max(counts, key=lambda a: (counts[a][0], counts[a][1]))
            parties = Parties(actor, parties.location if parties.location != actor else None,
                              f"party of the {meaning.concept} figures before: {counts[actor][2]}")
        if meaning.concept and parties.actor and not parties.reason.startswith(("topic", "party of the")):
            count = seen_parties.setdefault(meaning.concept, {}).get(parties.actor, (0, 0, ""))[0]
            seen_parties[meaning.concept][parties.actor] = (count + 1, i, parties.reason)
        actor = parties.actor  # a relation may still give one (pipeline/relations.give_parties)
        time, time_reason = reference_time(doc, qty, kb, dated, breaks)
        qty.time = time
        kind, type_rule = claim_type(doc, qty, kb, types)
        provenance = [f"quantity: {qty.provenance}"] + [f"type: {type_rule}"] * bool(type_rule)
        provenance += [r for r in (meaning.reason, parties.reason, time_reason) if r]
        claims.append(Claim(
            quantity=i, value=qty.value, low=qty.low, high=qty.high, qualifier=qty.qualifier, unit=qty.unit,
            about=qty.about, about_entities=[a for a in (actor, parties.location) if a],
            source=qty.source, source_chain=list(attr.chain) if attr else [], hedge=qty.hedge, time=time,
            claim_type=kind, sentence=qty.sentence, start=qty.start, end=qty.end,
            provenance="; ".join(provenance),
            actor=actor, location=parties.location, unit_class=kb.unit_class(qty.unit),
            concept=meaning.concept, measure=meaning.measure,
        ))
        previous = (qty, meaning, parties)
    return claims


def _neighbours(doc: Doc, i: int) -> tuple[int, int]:
    qty = doc.quantities[i]
    before = doc.quantities[i - 1] if i > 0 and doc.quantities[i - 1].sentence == qty.sentence else None
    after = doc.quantities[i + 1] if i + 1 < len(doc.quantities) \
        and doc.quantities[i + 1].sentence == qty.sentence else None
    return (before.end if before else 0), (after.start if after else len(doc.text))


def _inherit(qty: Quantity, meaning: Meaning, parties: Parties, prev_qty: Quantity, prev: Meaning,
             prev_parties: Parties) -> tuple[Meaning, Parties]:
    same_sentence = prev_qty.sentence == qty.sentence
    if meaning.concept is None and prev.concept and (same_sentence or prev_qty.sentence == qty.sentence - 1):
        why = f"concept {prev.concept} of the figure before («{prev_qty.text}»)"
        meaning = Meaning(prev.concept, meaning.measure, None,
                          "; ".join(r for r in (why, meaning.reason) if r))
        if same_sentence and prev_parties.actor and not parties.strong:
            parties = Parties(prev_parties.actor, parties.location, f"party of the figure before: {prev_parties.reason}")
    elif same_sentence and meaning.concept == prev.concept and prev_parties.strong and not parties.strong:
        parties = Parties(prev_parties.actor, parties.location, f"party of the figure before: {prev_parties.reason}")
    return meaning, parties
