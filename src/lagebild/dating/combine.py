"""Join the text's own dating with the evidence of dated documents in the store.

The text speaks first when it names the writing time closely (a dateline, a dated day: confidence high) or
a month the corpus does not contradict; otherwise the corpus gives the guess: the weighted median of the dated
documents that share the article's figures, quotes and subject, no earlier than the first dated report of a
figure or quote the article repeats, and inside the text's own interval.
"""

from __future__ import annotations

from datetime import date, timedelta

from .estimate import Dating
from .store_evidence import CorpusEvidence

# Weight of each kind of corpus evidence (a shared quote or figure is stronger than a shared subject).
KIND_WEIGHT = {"figure": 2.0, "quote": 3.0, "neighbour": 1.0, "relation": 2.0}


def _weighted_median(items: list[tuple[date, float]]) -> date:
    items = sorted(items)
    total = sum(w for _, w in items)
    run = 0.0
    for day, weight in items:
        run += weight
        if run >= total / 2:
            return day
    return items[-1][0]


def _move_to_corpus_year(text: Dating, guess: date) -> None:
    """A year-less date ("Anfang Dezember") whose year the text left open: the year that puts it nearest the
    corpus guess, and not after it (the text tells it in the past: it happened before the writing). The
    first dated report of a shared figure bounds the writing, not the event the text recalls."""
    best = None
    for shift in range(-3, 4):
        try:
            moved = text.estimate.replace(year=text.estimate.year + shift)
        except ValueError:  # 29 February
            continue
        late = moved > guess + timedelta(days=31)
        if best is None or (late, abs(moved - guess)) < (best > guess + timedelta(days=31), abs(best - guess)):
            best = moved
    if best and best != text.estimate:
        shift = best.year - text.estimate.year
        text.estimate = best
        text.low = text.low.replace(year=text.low.year + shift) if text.low else None
        text.high = text.high.replace(year=text.high.year + shift) if text.high else None
        text.reason += f"; the year of «{text.guessed_year.text}» from the corpus ({best.year})"


def combine(text: Dating, corpus: list[CorpusEvidence]) -> Dating:
    """The text's dating, narrowed or replaced by the corpus evidence (kept in ``text.corpus``)."""
    text.corpus = corpus
    if not corpus:
        return text
    bounds = [e.day for e in corpus if e.bound]
    low = max(bounds) if bounds else None
    first = max((e for e in corpus if e.bound), key=lambda e: e.day, default=None)
    # a figure, a quote or a relation with a figure ties the article to a report; a subject or a background
    # relation only places it in the story
    strong = any(e.bound or e.kind in ("figure", "quote") for e in corpus)
    if text.guessed_year and strong:  # the subject alone does not overrule a year the text implies
        _move_to_corpus_year(text, _weighted_median([(e.day, KIND_WEIGHT.get(e.kind, 1.0) * e.weight)
                                                     for e in corpus]))
    if low and text.low and text.low > low:
        low = text.low
    high = text.high
    if text.estimate and text.confidence == "high":
        return text
    if text.estimate and text.confidence == "medium":
        if low and text.estimate < low:  # the latest event the text tells is older than a report it repeats
            text.estimate = low
            text.reason += (f"; no earlier than the first dated report {first.doc_id} ({first.published}) of "
                            f"{first.what}, which it repeats")
        elif low:
            text.reason += "; no earlier than the first dated report of a figure or quote it repeats"
        text.low = max(low, text.low) if low and text.low else low or text.low
        return text
    weighted = [(e.day, KIND_WEIGHT.get(e.kind, 1.0) * e.weight) for e in corpus]
    if text.low:  # what the text says happened before writing bounds the corpus too
        inside = [(d, w) for d, w in weighted if d >= text.low]
        weighted = inside or weighted
    guess = _weighted_median(weighted)

    reason = f"the weighted median of {len(corpus)} dated documents in the store sharing its figures, quotes or subject"
    if low and guess < low:
        guess = low
        reason += f"; no earlier than the first dated report {first.doc_id} ({first.published}) of {first.what}"
    if high and guess >= high:
        guess = high - timedelta(days=1)
        reason += f"; before the future event starting {high.isoformat()}"
    if text.estimate:
        reason += f" (the text alone: {text.value}, {text.confidence} confidence)"
    return Dating(guess, low or text.low, high, "month", text.evidence, reason,
                  confidence="medium" if strong else "low", corpus=corpus)
