"""Verb forms that mark reported speech: Konjunktiv I and II, reportive "würden"/"sollen", zu-infinitives.

The attribution extractor asks these to decide whether a clause continues someone's speech."""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import Lexicon
from .words import Sent


class Mood:
    """The mood tests of one language's lexicon; ``in_quote(sent, k)`` tells tokens inside quotation marks."""

    def __init__(self, lex: Lexicon, in_quote: Callable[[Sent, int], bool]) -> None:
        self.lex = lex
        self.in_quote = in_quote

    def has_k1(self, sent: Sent, a: int, n: int) -> bool:
        for m in range(a, n):
            if self.is_k1(sent, m):
                return True
        return False

    def is_k1(self, sent: Sent, m: int) -> bool:
        low = sent.low[m]
        subjunctive = low in self.lex.subjunctive
        if not subjunctive and (self.lex.lang != "de" or not low.endswith("e")):
            return False  # checked first: the cheapest answer for most words
        if sent.cap(m) or self.in_quote(sent, m):
            return False
        if subjunctive:
            return True
        if low.endswith("te"):
            # no form below ends in "-te" (they end in "-le", "-re" or "-e" without "-te"): a preterite
            # ("meldete") is answered before it is tagged
            return False
        if not sent.tag(m).endswith("FIN"):
            # every answer below needs a finite verb: the tag alone spares the lemma's analysis (HanTa's
            # viterbi pass) for the many other words ending in -e; where the tag and the lemma's tag differ,
            # the lemma's is HanTa's UNKNOWN, no finite verb either
            return False
        lemma, tag = sent.info(m)
        if lemma.endswith("eln") and low == lemma[:-3] + "le":  # "entwickeln" -> "entwickle"
            return tag.endswith("FIN")
        if lemma.endswith("ern") and low == lemma[:-1] + "e":  # "erinnern" -> "erinnere", "fördern" -> "fördere"
            return tag.endswith("FIN")
        return tag.endswith("FIN") and lemma.endswith("en") and low == lemma[:-1] and not low.endswith("te")

    def is_k2_form(self, sent: Sent, m: int) -> bool:
        """A strong verb's Konjunktiv II with umlaut ("sprächen", "ginge"): no cue of its own."""
        low = sent.low[m]
        lemma = sent.lemma(m)
        return self.lex.lang == "de" and low.endswith(("e", "en")) and any(ch in low for ch in "äöü") \
            and not any(ch in lemma for ch in "äöü") and sent.tag(m).endswith("FIN")

    def is_reportive(self, sent: Sent, m: int) -> bool:
        """Forms that continue reported speech right after it besides Konjunktiv I: "würden", hearsay "sollen"."""
        if sent.cap(m) or self.in_quote(sent, m):
            return False
        return sent.low[m] in self.lex.fw("reportive")

    def zu_infinitive(self, sent: Sent, a: int, b: int) -> bool:
        if b - a >= 1 and sent.tag(b - 1) == "VVIZU":
            return True
        return b - a >= 2 and sent.low[b - 2] == "zu" and sent.tag(b - 1).startswith("V")
