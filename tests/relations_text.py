"""Relations of a text through the rules-only pipeline (segmenter, gazetteer entities, attribution, relations):
what the relation tests run their own sentences through."""

from __future__ import annotations

from lagebild.model import Doc
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.entities import _rules_only
from lagebild.pipeline.relations import Relations
from lagebild.pipeline.segmenter import segment


def attributed(text: str, lang: str = "en", published: str | None = None) -> Doc:
    """The document of ``text`` with its sentences, entities (rules only) and attributions."""
    doc = Doc(doc_id="t", text=text, lang=lang, published=published)
    doc.tokens, doc.sents = segment(text, lang)
    return Attributor(lang)(_rules_only(lang)(doc))


def relations_of(text: str, lang: str = "en", published: str | None = None) -> list:
    return Relations(lang)(attributed(text, lang, published)).relations


def edges(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    return {(r.type, r.actor, r.recipient) for r in relations_of(text, lang)}


def record_mentions(monkeypatch) -> list[int]:
    """The sentence indices extract.mentions is asked for from now on, in order (the list fills as it is asked)."""
    from lagebild.relations import extract

    calls: list[int] = []
    real = extract.mentions
    monkeypatch.setattr(extract, "mentions", lambda doc, i, *rest: calls.append(i) or real(doc, i, *rest))
    return calls
