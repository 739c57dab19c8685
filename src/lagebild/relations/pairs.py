"""Two parties as one subject of a mutual event: "Norwegen und Dänemark schließen ein Bündnis".

A mutual event (kinds.MUTUAL: COOPERATE, SUPPORT, CONSULT) is one relation between its two parties, the first
named the actor (gold/SCHEMA.md: one relation per sentence, type, actor and recipient; the gold keeps the text's
order of an explicit coordination). extract.py takes the recipient from the free mentions of the sentence in
their order, so a name before the clause wins over the partner coordinated with the actor: in the headline
"Olaf Scholz in Oslo – Norwegen und Dänemark schließen Energiebündnis" the pact was Norwegen's with Scholz.
Here the partner coordinated right after the actor ("X und Y", "X and Y", "X sowie Y"; an article may stand
between) before the trigger becomes the recipient, when the sentence names no recipient after the actor (none, one
carried over, or one before it as in the headline). A recipient the clause names itself stays: in "X und Y
unterzeichneten mit Z einen Vertrag" both signed with Z. Marked in the provenance.
"""

from __future__ import annotations

from bisect import bisect_left

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Entity, Relation
from .anaphora import FILLER, JOIN
from .mentions import actor_name


def coordinated_partner(doc: Doc, relations: list[Relation], gaz: Gazetteer, mutual: frozenset[str]) -> None:
    """Give a mutual relation whose actor is coordinated with a second party before the trigger that party as
    its recipient."""
    ents: list[Entity] | None = None
    starts: list[int] = []
    for rel in relations:
        if rel.type not in mutual or rel.actor_end is None or rel.predicate_start is None:
            continue
        if ents is None:
            ents = sorted(doc.ents, key=lambda e: e.start)
            starts = [e.start for e in ents]
        at = bisect_left(starts, rel.actor_end)
        ent = ents[at] if at < len(ents) else None
        if ent is None or ent.end > rel.predicate_start or not _joined(doc, rel.sentence, rel.actor_end, ent.start):
            continue
        if rel.recipient is not None and rel.recipient_start is not None and rel.actor_start is not None \
                and rel.recipient_start > rel.actor_start:
            continue  # a recipient the clause names itself: "X und Y unterzeichneten mit Z ein Abkommen" is X's with Z
        partner = actor_name(ent.canonical or ent.text, ent.label, gaz)
        if partner is None or partner in (rel.actor, rel.recipient):
            continue
        rel.provenance += f" (recipient: {partner}, coordinated with the actor; was {rel.recipient})"
        rel.recipient, rel.recipient_text = partner, ent.text
        rel.recipient_start, rel.recipient_end = ent.start, ent.end


def _joined(doc: Doc, sentence: int, end: int, start: int) -> bool:
    """Whether the words between offsets ``end`` and ``start`` of a sentence coordinate two names: a joining word
    and at most an article ("und", "sowie die"; anaphora.JOIN, FILLER, as for the pairs it remembers)."""
    if not 0 <= sentence < len(doc.sents):
        return False
    between = [t.text.lower() for t in doc.sent_tokens(sentence) if end <= t.start and t.end <= start]
    return 0 < len(between) <= 2 and between[0] in JOIN and set(between[1:]) <= FILLER


__all__ = ["coordinated_partner"]
