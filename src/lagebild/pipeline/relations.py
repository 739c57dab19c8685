"""Relations: who does what to whom (PLOVER event types), with figure, time, source, certainty and status.

The rules live in ``lagebild.relations``; their words in lang/<code>/relations/*.txt. Actors and recipients are
the entities layer's canonical names; source and hedge come from the attribution layer as for figures.
"""

from __future__ import annotations

from ..engine import Component
from ..entities.gazetteer import gazetteer
from ..model import Doc
from ..relations import crowd_lexicon, extract, lexicon, parse_de, sourcing
from ..relations.replay import Replay
from ..resources import LANGUAGES

REPLAY = Replay()  # per process: the first extractions of undated documents (relations/replay.py)


def give_parties(doc: Doc) -> None:
    """A claim whose sentence named no party takes the actor of the relation its figure counts the object of:
    in "Pjöngjang schickte 12.000 nach Russland" the 12.000 are North Korea's (the party is whose things are
    counted, never the source or the place). A party read from the sentence stands."""
    claims = {claim.quantity: claim for claim in doc.claims}
    for rel in doc.relations:
        claim = claims.get(rel.quantity_index) if rel.quantity_index is not None else None
        if claim is not None and claim.actor is None and rel.actor and rel.status != "negated":
            claim.actor = rel.actor
            claim.provenance += f"; party from the relation {rel.type} {rel.actor} («{rel.predicate}»)"


class Relations(Component):
    name = "relations"
    requires = ("tokens", "sents", "ents")
    assigns = ("relations",)
    resources = lexicon.RESOURCES

    def __init__(self, lang: str, **config) -> None:
        super().__init__(lang, **config)
        if lang == "de":
            # the parser now, with the pipeline (Lagebild.pipeline's warm-up), not in the first document that
            # asks for a parse: the load (~1 s) is no document's time
            parse_de.available()
            crowd_lexicon.warm(lang)  # its patterns too (relations/crowd_lexicon.py)

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang if doc.lang in LANGUAGES else self.lang
        lex, gaz = lexicon.load(lang), gazetteer(lang)
        # the re-dating's second run of an undated document replays the first where no date read changed
        doc.relations = REPLAY.extract(doc, lang, gaz, lambda: extract.extract(doc, lex, gaz))
        sourcing.name_sources(doc, doc.relations, gaz, lex)  # "nach russischen Angaben": Russland (sourcing.py)
        give_parties(doc)
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Examples are one sentence, analyzed with the gazetteer entities (no model) and attribution.

        Expected: "TYPE actor->recipient status" of the first relation (of the last one for anaphors.txt; "-"
        for none), or for objects.txt "object WORD", or "figure NUMBER" (its figure), "hedge HEDGE" (its hedge) or
        "source NAME" (its source).
        """
        from .attribution import Attributor
        from .entities import _rules_only
        from .quantities import Quantities
        from .segmenter import segment

        doc = Doc(doc_id="example", text=given, lang=lang)
        doc.tokens, doc.sents = segment(given, lang)
        if expected.startswith("figure "):  # the figures the relation may count
            doc = Quantities(lang)(doc)
        doc = Attributor(lang)(_rules_only(lang)(doc))
        doc = cls(lang)(doc)
        if not doc.relations:
            got = "-"
        elif resource.endswith("objects.txt"):
            got = f"object {doc.relations[0].object}"
        elif expected.startswith(("figure ", "hedge ", "source ")):  # conjunctions.txt, statements.txt
            field = expected.split()[0]
            got = f"{field} {getattr(doc.relations[0], 'quantity' if field == 'figure' else field)}"
        else:  # anaphors: the relation of the last sentence
            rel = doc.relations[-1 if resource.endswith("anaphors.txt") else 0]
            got = f"{rel.type} {rel.actor}->{rel.recipient} {rel.status}"
        return None if got == expected else f"got {got!r}"
