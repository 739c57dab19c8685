"""Time expressions (TIMEX3): find, type and normalize them against the document's anchor date.

The work is done by ``lagebild.timex`` (rules compiled from ``lang/<code>/time/`` into one scanner);
this component feeds it the document text, its sentences and ``doc.anchor_date`` (published, else
the dating estimate). Without an anchor, relative expressions keep no guessed value: they stay
unresolved (``anchored=False``) and each is named in ``doc.warnings`` (E024), so that dating can
estimate the date and the component run again.
"""

from __future__ import annotations

import re
from typing import Any

from ..engine import Component
from ..errors import E024
from ..model import Doc, Timex
from ..timex import FILES, grammar, tag

_ANCHOR = re.compile(r"\s+@(\d{4}(?:-\d{2}(?:-\d{2})?)?|-)$")


class Timexes(Component):
    name = "timexes"
    requires = ("tokens", "sents")
    assigns = ("timexes",)
    resources = FILES

    def __init__(self, lang: str, prepositions: bool = True, narrative: bool = False, **config: Any) -> None:
        """Args: prepositions: keep "am", "im", "seit" ... in the span (False: TimeML spans);
        narrative: resolve year-less dates against the last date mentioned (history texts), not the anchor."""
        super().__init__(lang, prepositions=prepositions, narrative=narrative, **config)
        self.prepositions = prepositions
        self.narrative = narrative
        grammar(lang)  # compiled with the pipeline (~0.7 s: a scanner per first character), not on the first text

    def __call__(self, doc: Doc) -> Doc:
        sents = [(sent.start, sent.end) for sent in doc.sents]
        doc.timexes = tag(doc.text, self.lang, doc.anchor_date, sents, doc.body_start, self.prepositions,
                          self.narrative)
        for timex in doc.timexes:
            if not timex.anchored:
                warning = E024.format(text=timex.text)
                if warning not in doc.warnings:
                    doc.warnings.append(warning)
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        # given: "text @ANCHOR" (anchor optional, "@-" = none); expected: "span|TYPE|VALUE[|MOD]"
        # items joined by " ; ", or "-" when the text holds no time expression.
        found = _ANCHOR.search(given)
        anchor = found.group(1) if found and found.group(1) != "-" else None
        text = given[:found.start()] if found else given
        got = describe(tag(text, lang, anchor))
        return None if got == expected else f"got {got!r}"


def describe(timexes: list[Timex]) -> str:
    """Timexes as "span|TYPE|VALUE[|MOD]" joined by " ; " ("-" when there are none)."""
    parts = []
    for timex in timexes:
        part = f"{timex.text}|{timex.type}|{timex.value}"
        parts.append(part + (f"|{timex.mod}" if timex.mod else ""))
    return " ; ".join(parts) or "-"
