"""The claims component: one claim per figure, with parties, source, certainty, reference time and type."""

from __future__ import annotations

import re

from ..claims.build import build_claims, claim_type, reference_time
from ..claims.knowledge import RESOURCES, knowledge
from ..claims.meaning import meaning_knowledge
from ..claims.parties import find_parties
from ..claims.replay import Replay
from ..engine import Component
from ..model import Doc, Quantity
from ..morphology import analyze

# The figure of an example sentence: digits, then adjectives and the counted noun (German nouns are capitalized).
FIGURE_DE = re.compile(r"(\d[\d.,]*\d)(?: Millionen)?(?:\s+((?:[a-zäöü]\w*\s+)*)([A-ZÄÖÜ][\w-]*))?")
FIGURE_EN = re.compile(r"(\d[\d.,]*\d)(?: million)?(?:\s+((?:[A-Z]\w+\s+)*)([a-z][\w-]*))?")
REPLAY = Replay()  # per process: the first claims of undated documents (claims/replay.py)


def unit_lemma(word: str) -> str:
    """The lemma of a counted noun (German via HanTa)."""
    return analyze(word)[0]


class Claims(Component):
    name = "claims"
    requires = ("tokens", "sents", "quantities")
    assigns = ("claims",)
    resources = RESOURCES

    def __call__(self, doc: Doc) -> Doc:
        # the re-dating's second run of an undated document replays the first and finds the reference times again
        doc.claims = REPLAY.build(doc, self.lang, knowledge(self.lang), meaning_knowledge(self.lang))
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Examples are one sentence; its first figure (digits, then the next word as unit) is the quantity."""
        from .segmenter import segment

        text, _, published = given.partition(" @")
        kb = knowledge(lang)
        if resource.endswith("unit_classes.txt"):
            got = kb.unit_class(text)
            return None if got == expected else f"got {got}"
        doc = Doc(doc_id="example", text=text, published=published or None, lang=lang)
        doc.tokens, doc.sents = segment(text, lang)
        figure = FIGURE_DE if lang == "de" else FIGURE_EN
        for match in figure.finditer(text):
            # English units are left to the claims component, which reads the noun phrase after the number
            unit = unit_lemma(match.group(3)) if lang == "de" and match.group(3) else None
            doc.quantities.append(Quantity(match.group(0), match.group(1), match.start(), match.end(), "count", 0,
                                           0, 0, unit=unit, sentence=doc.sentence_at(match.start())))
        if not doc.quantities:
            return "no figure in the example"
        qty = doc.quantities[0]
        if resource.endswith("reference_time.txt"):
            got = str(reference_time(doc, qty, kb)[0])
        elif resource.endswith("claim_types.txt"):
            got = claim_type(doc, qty, kb)[0]
        elif resource.endswith(("concepts.txt", "measures.txt")):
            claim = build_claims(doc, kb, meaning_knowledge(lang))[0]
            got = claim.measure or "None" if resource.endswith("measures.txt") \
                else f"{claim.concept} | {claim.measure} | {claim.actor}"
        else:
            parties = find_parties(doc, qty, kb, None, None)
            got = " | ".join(str(p) for p in (parties.actor, parties.location) if p) or "None"
        return None if got == expected else f"got {got}"
