"""The source a headline names beside a colon: "Moskau: X schickt Soldaten nach Y" and "X sends troops to Y:
Zelenskiy" report what the named state, person or organization says (the convention of news headlines), so a
relation of the headline without another source takes that name as its source, hedge reported
(gold/SCHEMA.md, RELATION: source "as for quantities", the most specific named source of the sentence).

Only a headline (Sentence.kind) and only when the side of the colon is one actor name and nothing else: a
topic or place before a colon ("Tribute in Pyongyang: ...") names no source, nor does a country by its own
name, mostly a topic or place label in headlines ("Ukraine: X schickt Soldaten nach Y"); a capital standing for
its government ("Moskau: ...") does.
"""

from __future__ import annotations

from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Entity, Relation
from .mentions import actor_name

# Quotation marks and dashes that may stand around a headline's speaker.
FRAME = " \t\"'„“”«»‚‘’-–—"


def speaker(doc: Doc, i: int, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """The actor name standing alone on one side of the colon of headline ``i`` and the span (start, end) of
    the other side, the claim, or None."""
    sent = doc.sents[i]
    if sent.kind != "headline":
        return None
    text = doc.text[sent.start:sent.end]
    if text.count(":") != 1:
        return None
    colon = sent.start + text.index(":")
    sides = [((sent.start, colon), (colon + 1, sent.end)), ((colon + 1, sent.end), (sent.start, colon))]
    for (a, b), claim in sides:
        named = doc.text[a:b].strip(FRAME + ".")
        if not named:
            continue
        for ent in doc.ents:
            if a <= ent.start and ent.end <= b and ent.text.strip(FRAME) == named:
                if place_label(ent):
                    continue
                name = actor_name(ent.canonical or ent.text, ent.label, gaz)
                if name is not None:
                    return name, claim[0], claim[1]
    return None


def place_label(ent: Entity) -> bool:
    """Whether a place named alone beside a headline's colon labels the topic or place of the claim rather
    than its speaker: a country by its own name ("Ukraine: X schickt Soldaten nach Y"), not a capital or seat
    standing for its government ("Moskau: ...", found by the gazetteer's metonyms)."""
    return ent.label == "LOC" and "metonyms.txt" not in ent.provenance


def attribute(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> None:
    """Give each relation of a headline that names its speaker beside a colon, the article's own claim so far
    (source AUTHOR), that speaker as source, hedge reported unless already uncertain."""
    said: dict[int, tuple[str, int, int] | None] = {}
    for rel in relations:
        if rel.source != AUTHOR or rel.predicate_start is None:
            continue
        if rel.sentence not in said:
            said[rel.sentence] = speaker(doc, rel.sentence, gaz)
        found = said[rel.sentence]
        if found is not None and found[1] <= rel.predicate_start < found[2]:
            rel.source = found[0]
            rel.hedge = "uncertain" if rel.hedge == "uncertain" else "reported"
