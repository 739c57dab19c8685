"""Attribution and certainty: who says what, how (direct / indirect / according_to), and how sure each figure is.

Reads tokens and sentences (and entities and quantities when earlier components set them): finds quotations,
reported speech and according-to cues with their source, cue and content spans (``doc.attributions``), then sets
``source``, ``hedge``, ``hedge_cue`` and ``attribution`` of every quantity in ``doc.quantities``.
The rules live in ``lagebild.attribution``; the words they use in lang/<code>/attribution/*.txt.
"""

from __future__ import annotations

import re

from ..attribution import extract, hedging, lexicon, syntax_en
from ..engine import Component
from ..model import Doc, Quantity
from ..resources import LANGUAGES

# The attributions stored for a document's text, kept when the store re-dates it (see keep_stored).
STORED = "attribution.stored"


def keep_stored(doc: Doc, stored: Doc) -> None:
    """Let ``doc``, a re-dated document whose text and signature equal those of ``stored``, keep its stored
    attributions instead of finding them again: the German rules read tokens, sentences and entities, none of
    which depends on the date (the figures' hedges, which do, are still assigned). English attribution reads the
    figures as well and runs again."""
    doc.user_data[STORED] = list(stored.attributions)


class Attributor(Component):
    name = "attribution"
    requires = ("tokens", "sents")
    assigns = ("attributions", "hedges")
    resources = lexicon.RESOURCES

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang if doc.lang in LANGUAGES else self.lang
        lex = lexicon.load(lang if lang in LANGUAGES else "de")
        parsed = syntax_en.parse(doc, lex) if lex.lang == "en" else None  # English: sources and hedges by syntax
        if parsed is not None:  # kept for the relations layer (relations/roles_en.py), which reads it again
            doc.user_data["attribution.parse_en"] = parsed
        stored = doc.user_data.pop(STORED, None)
        if stored is not None and parsed is None:  # a re-dated document: see keep_stored
            doc.attributions = stored
        else:
            doc.attributions = extract.extract(doc, lex, parsed)
        hedging.assign(doc, doc.attributions, lex, parsed)
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Run one EXAMPLE; what ``expected`` holds depends on the file (see each file's FORMAT header).

        cue_verbs, according_to, function_words: "source|cue|mode" of an attribution found, or "-" for none;
        roles: the canonical source of "Die Lage ist ernst, <given>." ("The risk is high, ..."); pronouns: the source of the last
        attribution; subjunctive: "source|cue" of a Konjunktiv I continuation, or "-"; hedges: "hedge|hedge_cue"
        of the first figure, "-" for no cue.
        """
        name = resource.rsplit("/", 1)[-1]
        lead = {"de": "Die Lage ist ernst", "en": "The risk is high"}.get(lang, "")
        text = f"{lead}, {given}." if name == "roles.txt" else given
        doc = analyze_text(text, lang, figures=(name == "hedges.txt"))
        attrs = doc.attributions
        if name == "hedges.txt":
            if not doc.quantities:
                return "no figure in the example"
            qty = doc.quantities[0]
            got = f"{qty.hedge}|{qty.hedge_cue or '-'}"
        elif name == "roles.txt":
            got = attrs[0].source if attrs else "-"
        elif name == "pronouns.txt":
            got = attrs[-1].source if attrs else "-"
        elif name == "subjunctive.txt":
            conts = [a for a in attrs if "continuation" in a.provenance]
            got = f"{conts[-1].source}|{conts[-1].cue}" if conts else "-"
        else:
            found = [f"{a.source}|{a.cue}|{a.mode}" for a in attrs]
            if expected == "-":
                return None if not found else f"got {found}"
            return None if expected in found else f"got {found or '-'}"
        return None if got == expected else f"got {got!r}"


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def analyze_text(text: str, lang: str, figures: bool = False) -> Doc:
    """Segment ``text`` and run attribution on it; with ``figures``, every number becomes a hand-made Quantity."""
    from .segmenter import segment

    doc = Doc(doc_id="example", text=text, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    if figures:
        for match in _NUMBER.finditer(text):
            doc.quantities.append(Quantity(text=match.group(), number_text=match.group(), start=match.start(),
                                           end=match.end(), kind="count", value=None, low=None, high=None,
                                           sentence=doc.sentence_at(match.start())))
    return Attributor(lang)(doc)
