"""The data that passes between the attribution stages, and what a stage may ask of the document reader.

A stage (according-to cues, the English parse, ...) reads one sentence and yields ``Found`` items: a cue with its
candidate source, the content it governs and the rule that chose them. The extractor resolves each source to its
canonical name and records the attribution. Stages import this module, never the extractor, so that any of them
can be tested alone or replaced (a syntax-based choice for a heuristic one) without touching the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..model import Attribution, Doc
from .lexicon import Lexicon
from .sources import Phrase
from .words import Sent


@dataclass(slots=True)
class Found:
    """One attribution a stage decided on, before its source is resolved."""

    mode: str  # direct | indirect | according_to
    cue: tuple[int, int]  # character span of the cue
    cue_text: str
    phrase: Phrase | None  # the source's words in the sentence (None: ``source`` comes from elsewhere)
    content: tuple[int, int]  # character span of what is attributed
    rule: str  # the rule that chose source and content (provenance)
    source: str | None = None  # a source already resolved (a pronoun, "demnach"), else None
    dative: bool = False  # the phrase is a dative ("dem Bericht zufolge"): adjectives are normalized


class Reader(Protocol):
    """What a stage may ask of the extractor that reads the document."""

    doc: Doc
    lex: Lexicon
    attrs: list[Attribution]  # the attributions recorded so far, in text order
    last_source: tuple[int, Attribution] | None  # (sentence, attribution) of the source named last
    previous_source: tuple[int, Attribution] | None  # the same, as the current sentence began

    def in_quote(self, sent: Sent, k: int) -> bool: ...

    def subject(self, sent: Sent, a: int, f: int, b: int) -> Phrase | None: ...

    def resolve_pronoun(self, sent: Sent, pronoun: str, offset: int | None = None) -> str | None: ...
