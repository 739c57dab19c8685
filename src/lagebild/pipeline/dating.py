"""The dating component: estimate the publication date of an undated document, then resolve its relative
time expressions against the estimate (flagged in their provenance as resolved against an estimate)."""

from __future__ import annotations

import re

from ..claims.build import clause
from ..dating.estimate import estimate
from ..engine import Component, component_class
from ..errors import E024
from ..model import Doc, Timex
from ..timex.grammar import grammar


class Dating(Component):
    name = "dating"
    requires = ("sents", "timexes")
    assigns = ("dating",)

    def __call__(self, doc: Doc) -> Doc:
        if doc.published:
            return doc
        gram = grammar(self.lang)

        def tense(timex: Timex) -> str | None:
            """The tense cue nearest the expression in its clause, else in its sentence."""
            i = doc.sentence_at(timex.start)
            if i < 0:
                return None
            sent = (doc.sents[i].start, doc.sents[i].end)
            for span in (clause(doc.text, timex.start, timex.end, *sent), sent):
                cues = [(abs(m.start() - timex.start), gram.tense[m.group(0).lower()])
                        for m in gram.tense_re.finditer(doc.text, *span)]
                if cues:
                    return min(cues)[1]
            return None

        def weekday(timex: Timex) -> int | None:
            """A weekday named in the expression or right before it ("am Donnerstag, 25. Februar")."""
            for word in re.findall(r"\w+", doc.text[max(0, timex.start - 25):timex.end]):
                found = gram.lookup("weekday", word)
                if found:
                    return int(found)
            return None

        dating = estimate(doc, tense, weekday)
        doc.dating = dating.to_dict()
        if dating.value is None:
            doc.warnings.append(f"{doc.path or doc.doc_id}: no publication date and no evidence to estimate one; "
                                "relative time expressions stay unresolved")
            return doc
        doc.published_estimate = dating.value
        unanchored = {(t.start, t.end) for t in doc.timexes if not t.anchored}
        doc = component_class("timexes")(self.lang)(doc)
        for timex in doc.timexes:
            if (timex.start, timex.end) in unanchored:
                timex.provenance += f"; resolved against the estimated publication date {dating.value}"
        doc.warnings = [w for w in doc.warnings if not w.startswith(E024.split(":")[0])]
        return doc
