"""Join the text's own dating with the evidence of dated documents in the store.

The text speaks first when it names the writing time closely (a dateline, a dated day: confidence high) or
a month (medium), moved no earlier than the first dated report of a figure, quote or relation the article
repeats; otherwise the corpus gives the guess: the weighted median of the dated documents that share the
article's figures, quotes, relations and subject, no earlier than that first report, and inside the text's own
interval. Months the text names without any year take the year the corpus suggests: from the text's latest
year otherwise, from the reports it repeats, or (low confidence) from the documents sharing its subject.
"""

from __future__ import annotations

from collections.abc import Callable
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


# How far the corpus guess may be off: a past event placed up to a quarter after it may still be right.
SLACK = timedelta(days=92)


def _move_to_corpus_year(text: Dating, guess: date, low: date | None) -> None:
    """A year-less date ("Anfang Dezember") whose year the text left open: the year that puts it nearest the
    corpus guess (no earlier than the first dated report the article repeats), preferring one not (much) after
    it: the text tells it in the past, so it happened before the writing. It may lie before that report."""
    guess = max(guess, low) if low else guess

    def rank(moved: date) -> tuple:
        return (moved > guess + SLACK, abs(moved - guess))

    best = None
    for shift in range(-3, 4):
        try:
            moved = text.estimate.replace(year=text.estimate.year + shift)
        except ValueError:  # 29 February
            continue
        if best is None or rank(moved) < rank(best):
            best = moved
    if best and best != text.estimate:
        shift = best.year - text.estimate.year
        text.estimate = best
        text.low = text.low.replace(year=text.low.year + shift) if text.low else None
        text.high = text.high.replace(year=text.high.year + shift) if text.high else None
        text.reason += f"; the year of «{text.guessed_year.text}» from the corpus ({best.year})"


def _weights(corpus: list[CorpusEvidence]) -> list[tuple[date, float]]:
    return [(e.day, KIND_WEIGHT.get(e.kind, 1.0) * e.weight) for e in corpus]


def combine(text: Dating, corpus: list[CorpusEvidence],
            retry: Callable[[int], Dating] | None = None) -> Dating:
    """The text's dating, narrowed or replaced by the corpus evidence (kept in ``text.corpus``).

    ``retry(year)`` estimates from the text again with year-less dates placed in ``year``: when the text names
    no year at all ("im August", "in January and February"), the corpus gives one and the text the month."""
    text.corpus = corpus
    if not corpus:
        return text
    bounds = [e.day for e in corpus if e.bound]
    low = max(bounds) if bounds else None
    documents = len({e.doc_id for e in corpus})
    # a figure, a quote or a relation with a figure ties the article to a report; a subject or a background
    # relation only places it in the story
    strong = any(e.bound or e.kind in ("figure", "quote") for e in corpus)
    if retry and text.estimate is None and not strong:
        # the year from the corpus, the month from the text (reports tied to it date it better than both);
        # low confidence: the year rests on the subject alone
        guess = _weighted_median(_weights(corpus))
        again = retry(guess.year)
        if again.estimate and again.guessed_year:
            again.corpus = corpus
            _move_to_corpus_year(again, guess, None)
            again.confidence = "low"
            again.reason += f" (the year from {documents} dated documents in the store sharing its subject)"
            return again
    first = max((e for e in corpus if e.bound), key=lambda e: e.day, default=None)
    if text.guessed_year and strong:  # the subject alone does not overrule a year the text implies
        _move_to_corpus_year(text, _weighted_median(_weights(corpus)), low)
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
    weighted = _weights(corpus)
    if text.low:  # what the text says happened before writing bounds the corpus too
        inside = [(d, w) for d, w in weighted if d >= text.low]
        weighted = inside or weighted
    guess = _weighted_median(weighted)

    reason = (f"the weighted median of {documents} dated documents in the store sharing its "
              "figures, quotes, relations or subject")
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
