"""What the components before dating gave an undated document, kept for the store's re-dating.

The re-dating of an ingest (``Lagebild.redate``) estimates every undated document again from the dated
evidence in the store, and for that it needs the document as dating first saw it: its tokens and sentences
(segmenter) and its time expressions before any estimate (timexes). Those depend on the text alone, so the first
analysis keeps them (``Probe.given``, called by the dating component; ``Probe.take`` when the
ingest keeps it) and the re-dating restores them instead of
segmenting and tagging the text again, a third of its time. Tokens are kept as offsets (three integers each, their
text is the text's slice), so that the documents of a large ingest fit in memory.
"""

from __future__ import annotations

import copy
import dataclasses
from array import array
from dataclasses import dataclass

from ..model import Doc, Quantity, Sentence, Timex, Token
from ..pipeline.quantities import DATE_TYPES
from ..timex.tagger import keep_matches, kept_matches
from .estimate import Evidence

# Key of Doc.user_data under which the dating component leaves the probe of an undated document's first analysis.
PROBE = "dating.probe"
# Key of Doc.user_data under which a restored probe hands the dating component the office holders its first
# analysis found (they depend on the text alone: a scan of every holder's name over the whole text, spared).
KEPT_OFFICES = "dating.offices"
# Key of Doc.user_data under which a restored probe hands the dating component the answers its first analysis
# gave about the time expressions (tense and weekday per span: they read the text and sentences alone).
KEPT_ANSWERS = "dating.answers"
# The fields of a Quantity that the components after the quantities one set (attribution: the source and hedge;
# claims: the time), with the defaults the quantities component leaves in them.
SET_LATER = {f.name: f.default for f in dataclasses.fields(Quantity)
             if f.name in ("source", "hedge", "hedge_cue", "attribution", "time")}


def figure_dates(doc: Doc) -> tuple[tuple[int, int], ...]:
    """What the quantities component reads of the time expressions: the spans of the dates (as its extract;
    a number inside one is no figure)."""
    if "timexes" not in doc.layers:
        return ()
    return tuple(sorted((t.start, t.end) for t in doc.timexes if t.type in DATE_TYPES))


@dataclass(frozen=True)
class Probe:
    text: str  # the document's text, lang and body start: a probe fits only the same document
    lang: str | None
    body_start: int
    starts: array  # per token: start, end, sentence
    ends: array
    token_sents: array
    sents: tuple[tuple[int, int, int, str, int, int], ...]
    timexes: tuple[Timex, ...]  # as the timexes component gave them, before dating resolved any
    warnings: tuple[str, ...]
    matches: tuple | None = None  # the time scanner's matches (dating tags the text again once it has a date)
    # The figures of the first analysis as the quantities component found them, and the date spans it read then:
    # the re-dating keeps them when the new estimate leaves those spans as they were (see with_figures)
    figures: tuple[Quantity, ...] = ()
    dates: tuple[tuple[int, int], ...] | None = None
    offices: tuple[Evidence, ...] | None = None  # the office holders dating found in the text (None: not kept)
    answers: tuple[dict, dict] | None = None  # dating's tense and weekday per (start, end) of an expression

    @staticmethod
    def given(doc: Doc, offices: list[Evidence] | None = None, answers: tuple[dict, dict] | None = None) -> tuple:
        """What the components before dating gave ``doc``, as dating receives it (shallow copies: cheap, for
        every undated document analyzed; ``take`` compacts the few kept), the office holders dating found
        in its text (``offices``, copied before dating uses them) and the answers dating gives about its time
        expressions (``answers``: dating fills them after this call)."""
        return (list(doc.tokens), list(doc.sents), [copy.copy(t) for t in doc.timexes], list(doc.warnings),
                kept_matches(doc.text, doc.lang, doc.body_start) if doc.lang else None,
                None if offices is None else tuple(copy.copy(e) for e in offices), answers)

    @classmethod
    def take(cls, doc: Doc, given: tuple, read_warnings: int = 0) -> Probe | None:
        """The probe of ``doc`` from what dating was ``given``, without the first ``read_warnings`` warnings
        (the reader's: a document analyzed again starts without them); None when a token's text is not its
        slice of the text (a component that rewrites tokens: then the re-dating segments the text again)."""
        tokens, sents, timexes, warnings, matches, offices, *rest = given
        text = doc.text
        if any(text[t.start:t.end] != t.text for t in tokens):
            return None
        return cls(text=text, lang=doc.lang, body_start=doc.body_start,
                   starts=array("l", (t.start for t in tokens)), ends=array("l", (t.end for t in tokens)),
                   token_sents=array("l", (t.sent for t in tokens)),
                   sents=tuple((s.i, s.start, s.end, s.kind, s.token_start, s.token_end) for s in sents),
                   timexes=tuple(timexes), warnings=tuple(warnings[read_warnings:]), matches=matches,
                   offices=offices, answers=rest[0] if rest else None)

    def with_figures(self, doc: Doc) -> Probe:
        """The probe with the figures of ``doc``'s first analysis, as the quantities component gave them (the
        fields later components set back to its defaults). The quantities component reads tokens, sentences and
        the date spans (``figure_dates``); the first two are the text's, so where the date spans after the
        re-dating are those of the first analysis, it would find these figures again."""
        figures = tuple(dataclasses.replace(q, **SET_LATER) for q in doc.quantities)
        return dataclasses.replace(self, figures=figures, dates=figure_dates(doc))

    def figures_for(self, doc: Doc) -> list[Quantity] | None:
        """New copies of the kept figures when ``doc`` (the re-dated document) has the date spans they were found
        with, else None (the quantities component runs again)."""
        if self.dates is None or figure_dates(doc) != self.dates:
            return None
        return [copy.copy(q) for q in self.figures]

    @property
    def size(self) -> int:
        return len(self.starts)

    def fits(self, doc: Doc) -> bool:
        return doc.text == self.text and doc.lang == self.lang and doc.body_start == self.body_start

    def restore(self, doc: Doc, tokens: bool = True) -> None:
        """Give ``doc`` (the same document, nothing analyzed yet) the layers the probe kept, as new objects;
        without ``tokens`` all but the tokens, which dating does not read: ``restore_tokens`` adds them when the
        analysis goes on (the estimate moved), a fifth of the re-dating's documents never need them."""
        text = self.text
        if tokens:
            self.restore_tokens(doc)
        doc.sents = [Sentence(i=i, start=start, end=end, kind=kind, token_start=first, token_end=last)
                     for i, start, end, kind, first, last in self.sents]
        doc.timexes = [copy.copy(t) for t in self.timexes]
        doc.warnings = list(self.warnings)
        if self.matches is not None and doc.lang:
            keep_matches(text, doc.lang, doc.body_start, self.matches)
        if self.offices is not None:
            doc.user_data[KEPT_OFFICES] = [copy.copy(e) for e in self.offices]
        if self.answers is not None:  # the same spans of the same sentences: the same answers
            doc.user_data[KEPT_ANSWERS] = (dict(self.answers[0]), dict(self.answers[1]))

    def restore_tokens(self, doc: Doc) -> None:
        """The tokens of ``restore`` (positional and by ``map``: half the cost of keyword calls per token)."""
        text = self.text
        doc.tokens = list(map(Token, range(len(self.starts)), self.starts, self.ends,
                              [text[start:end] for start, end in zip(self.starts, self.ends, strict=True)],
                              self.token_sents))
