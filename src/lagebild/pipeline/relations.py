"""Relations: who does what to whom (PLOVER event types), with figure, time, source, certainty and status.

The rules live in ``lagebild.relations``; their words in lang/<code>/relations/*.txt. Actors and recipients are
the entities layer's canonical names; source and hedge come from the attribution layer as for figures.
"""

from __future__ import annotations

from ..engine import Component
from ..entities.gazetteer import gazetteer
from ..model import Doc
from ..relations import extract, lexicon
from ..resources import LANGUAGES


class Relations(Component):
    name = "relations"
    requires = ("tokens", "sents", "ents")
    assigns = ("relations",)
    resources = lexicon.RESOURCES

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang if doc.lang in LANGUAGES else self.lang
        doc.relations = extract.extract(doc, lexicon.load(lang), gazetteer(lang))
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Examples are one sentence, analyzed with the gazetteer entities (no model) and attribution.

        Expected: "TYPE actor->recipient status" of the first relation (of the last one for anaphors.txt; "-"
        for none), or for objects.txt "object WORD".
        """
        from .attribution import Attributor
        from .entities import _rules_only
        from .segmenter import segment

        doc = Doc(doc_id="example", text=given, lang=lang)
        doc.tokens, doc.sents = segment(given, lang)
        doc = Attributor(lang)(_rules_only(lang)(doc))
        doc = cls(lang)(doc)
        if not doc.relations:
            got = "-"
        elif resource.endswith("objects.txt"):
            got = f"object {doc.relations[0].object}"
        else:  # anaphors: the relation of the last sentence
            rel = doc.relations[-1 if resource.endswith("anaphors.txt") else 0]
            got = f"{rel.type} {rel.actor}->{rel.recipient} {rel.status}"
        return None if got == expected else f"got {got!r}"
