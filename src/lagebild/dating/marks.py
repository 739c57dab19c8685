"""Mark what an undated document's estimated date decided: the times of its figures and relations.

The dating component resolves the relative time expressions of an undated document against its estimated
publication date and says so in each expression's provenance. Claims and relations take their time from
those expressions (or, for "bislang", from the publication month), so their provenance says it too: a
timeline built from them rests on an estimate, and `lagebild show` tells which.
"""

from __future__ import annotations

from ..model import Doc

ESTIMATED = "resolved against the estimated publication date"


def mark_estimated(doc: Doc) -> Doc:
    """Append to the provenance of every claim and relation whose time an estimated date gave (idempotent)."""
    if doc.published or not doc.published_estimate:
        return doc
    note = f"time {ESTIMATED} {doc.published_estimate}"
    by_sentence: dict[int, set[str]] = {}
    for timex in doc.timexes:
        if ESTIMATED in timex.provenance and timex.value:
            by_sentence.setdefault(doc.sentence_at(timex.start), set()).add(timex.value)
    for item in [*doc.claims, *doc.relations]:
        if not item.time or note in item.provenance:
            continue
        from_timex = item.time in by_sentence.get(item.sentence, set())
        # "bislang": the claim's time is the publication month (claims.build says so in its provenance)
        from_publication = "refers to the publication date" in item.provenance
        if from_timex or from_publication:
            item.provenance = f"{item.provenance}; {note}" if item.provenance else note
    return doc
