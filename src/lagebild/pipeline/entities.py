"""Named entities (PER, ORG, LOC, MISC) with canonical names and Wikidata IDs.

The statistical model (German: our own, see models/ner-de/MODEL_CARD.md) finds names; the
gazetteer in ``lang/<code>/entities/`` corrects and completes them and names them: countries
and demonym adjectives ("nordkoreanische" -> Nordkorea), capitals and seats of power acting
for their government ("Moskau warnte" -> Russland), organizations and outlets with aliases,
role nouns valid at the publication date ("Kreml-Chef" -> Wladimir Putin); finally short
names resolve to the full name the document uses ("Kim" -> Kim Jong-un).
"""

from __future__ import annotations

import re
from typing import Any

from ..engine import Component
from ..entities import resolve
from ..entities.gazetteer import FILES, gazetteer
from ..entities.ner import load_model, token_lists
from ..model import Doc, Entity

_DATED = re.compile(r"^\[(\d{4}(?:-\d{2}(?:-\d{2})?)?)\]\s*(.*)$", re.S)


class Entities(Component):
    name = "entities"
    requires = ("tokens", "sents")
    assigns = ("ents",)
    resources = FILES

    def __init__(self, lang: str, **config: Any) -> None:
        super().__init__(lang, **config)
        # model=False runs the rules alone (resource examples, tests); model_path picks another model
        self.model = load_model(lang, config.get("model_path")) if config.get("model", True) else None
        if not hasattr(self.model, "prefetch"):  # no model: no batch stage (engine.Pipeline.batch_stage),
            self.prefetch = None  # documents run straight through
        self.gaz = gazetteer(lang)
        self.person_tokens = self.gaz.person_tokens

    # Longer documents run the model alone, within their own time budget (engine.Deadline).
    PREFETCH_TOKENS = 20_000

    def prefetch(self, docs: list[Doc]) -> list[Doc]:
        """The model over the tokens of many documents in one batched pass (engine.Component.prefetch): the
        same spans as one document at a time, for less CPU; each document's call then finds its answer kept.
        Returns the documents the pass tagged: not those too long for it, nor those whose answer was kept."""
        fitting = [doc for doc in docs if len(doc.tokens) <= self.PREFETCH_TOKENS]
        return [fitting[i] for i in self.model.prefetch([token_lists(doc) for doc in fitting])]

    def __call__(self, doc: Doc) -> Doc:
        words, spaces, starts = token_lists(doc)
        model_spans: list[resolve.Span] = []
        if self.model is not None:
            prov = f"model:{self.model.name}"
            model_spans = [resolve.Span(s, e, label, None, None, prov, "model")
                           for s, e, label in self.model.spans(words, spaces, starts)]
        dateline = frozenset(i for s in doc.sents if s.kind == "dateline"
                             for i in range(s.token_start, s.token_end))
        published = doc.published or doc.published_estimate
        if self.model is not None:
            if self.model.name.startswith(f"ner-{self.lang}-crf"):  # the CRF's error classes (MODEL_CARD, exp. 13)
                model_spans = resolve.split_model_spans(words, model_spans, self.model.lexicon or {})
            model_spans = resolve.trim_model_spans(words, model_spans, self.model.lexicon or {},
                                                   self.person_tokens)
        rules, modes = resolve.rule_spans(words, self.gaz, published, dateline)
        sent_starts = frozenset(s.token_start for s in doc.sents)
        lexicon = self.model.lexicon if self.model else None
        spans = resolve.merge(model_spans, rules, modes, words, sent_starts, lexicon)
        resolve.glue_hyphens(words, spaces, spans)
        spans = resolve.resolve_persons(words, spans, self.gaz, lexicon,
                                        relabel=self.model is not None and self.model.name.startswith(f"ner-{self.lang}-crf"))
        spans = resolve.acronyms(words, spans, self.lang)
        resolve.finish(words, spans)
        toks = doc.tokens
        doc.ents = []
        for s in spans:
            text = doc.text[toks[s.start].start:toks[s.end - 1].end]
            # a name made of its words keeps the text's spacing ("Kim Yong-hyun", not "Kim Yong - hyun")
            canonical = text if s.canonical == " ".join(words[s.start:s.end]) else s.canonical
            doc.ents.append(Entity(text=text, start=toks[s.start].start, end=toks[s.end - 1].end, label=s.label,
                                   canonical=canonical, wikidata=s.wikidata, provenance=s.provenance))
        return doc

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        # Given: a sentence, optionally "[YYYY-MM] " first for the publication date.
        # Expected: "text=canonical" of every entity the rules find (no model), joined by " | ".
        from .segmenter import segment

        match = _DATED.match(given)
        published, text = (match.group(1), match.group(2)) if match else (None, given)
        doc = Doc(doc_id="example", text=text, published=published, lang=lang)
        doc.tokens, doc.sents = segment(text, lang)
        doc = _rules_only(lang)(doc)
        got = " | ".join(f"{e.text}={e.canonical}" for e in doc.ents)
        return None if got == expected else f"got {got!r}"


_RULES: dict[str, Entities] = {}


def _rules_only(lang: str) -> Entities:
    if lang not in _RULES:
        _RULES[lang] = Entities(lang, model=False)
    return _RULES[lang]
