"""lagebild's components as spaCy factories, for use in an existing spaCy pipeline.

    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_quantities")
    doc = nlp("Laut Nato soll Minsk bislang 4.000 Soldaten an die Grenze geschickt haben.")
    doc.spans["lagebild_quantities"][0]._.lagebild["value"]   # 4000

Each factory runs the lagebild components its layer needs (those not run yet on this text) and
writes the layer into ``doc.spans[<factory name>]``; every span carries its record of the analyze
contract in ``span._.lagebild``, and ``doc._.lagebild`` holds lagebild's own ``Doc``. The factories
are registered through the ``spacy_factories`` entry point, so ``add_pipe`` finds them by name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span

from .engine import Pipeline
from .model import Doc
from .registry import DEFAULT_PIPELINE

# factory name -> (lagebild component, Doc attribute holding the layer)
FACTORIES = {
    "lagebild_entities": ("entities", "ents"),
    "lagebild_timexes": ("timexes", "timexes"),
    "lagebild_quantities": ("quantities", "quantities"),
    "lagebild_attribution": ("attribution", "attributions"),
    "lagebild_claims": ("claims", "claims"),
    "lagebild_relations": ("relations", "relations"),
}

if not SpacyDoc.has_extension("lagebild"):
    SpacyDoc.set_extension("lagebild", default=None)
if not Span.has_extension("lagebild"):
    Span.set_extension("lagebild", default=None)


class LagebildPipe:
    """Runs lagebild up to one component and exposes its layer as a span group."""

    def __init__(self, nlp: Language, name: str, component: str, attr: str, published: str | None = None):
        self.name, self.attr, self.published = name, attr, published
        needed = DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index(component) + 1]
        self.pipeline = Pipeline.from_config(nlp.lang, needed)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        ours: Doc | None = doc._.lagebild
        if ours is None or ours.text != doc.text:
            ours = Doc(doc_id=doc.user_data.get("doc_id", "spacy"), text=doc.text, lang=self.pipeline.lang,
                       published=doc.user_data.get("published", self.published))
        for comp in self.pipeline.components:  # skip what an earlier lagebild factory already ran
            if not set(comp.assigns) <= ours.layers:
                ours = comp(ours)
                ours.layers.update(comp.assigns)
        doc._.lagebild = ours
        spans = []
        for item in getattr(ours, self.attr):
            start, end = _bounds(item)
            span = doc.char_span(start, end, label=_label(item), alignment_mode="expand")
            if span is not None:
                span._.lagebild = item.to_dict(ours) if self.attr in ("quantities", "attributions", "claims", "relations") \
                    else item.to_dict()
                spans.append(span)
        doc.spans[self.name] = spans
        return doc


def _bounds(item) -> tuple[int, int]:
    """Character bounds of a layer item; an attribution spans its source, cue and content, a relation its
    actor, predicate and recipient (those in its sentence)."""
    if hasattr(item, "predicate_start"):
        starts = [x for x in (item.actor_start, item.predicate_start, item.recipient_start) if x is not None]
        ends = [x for x in (item.actor_end, item.predicate_end, item.recipient_end) if x is not None]
        return min(starts), max(ends)
    if hasattr(item, "start"):
        return item.start, item.end
    starts = [x for x in (item.source_start, item.cue_start, item.content_start) if x is not None]
    ends = [x for x in (item.source_end, item.cue_end, item.content_end) if x is not None]
    return min(starts), max(ends)


def _label(item) -> str:
    for field in ("label", "type", "kind", "mode", "claim_type"):
        value = getattr(item, field, None)
        if value:
            return str(value)
    return "lagebild"


def _factory(name: str):
    component, attr = FACTORIES[name]

    def make(nlp: Language, name: str, published: str | None) -> LagebildPipe:
        return LagebildPipe(nlp, name, component, attr, published)

    return make


for _name in FACTORIES:
    if not Language.has_factory(_name):
        Language.factory(_name, default_config={"published": None})(_factory(_name))

# Entry points of the `spacy_factories` group name a callable; these are the registered factories.
make_entities = _factory("lagebild_entities")
make_timexes = _factory("lagebild_timexes")
make_quantities = _factory("lagebild_quantities")
make_attribution = _factory("lagebild_attribution")
make_claims = _factory("lagebild_claims")
make_relations = _factory("lagebild_relations")
