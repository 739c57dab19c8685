"""A speech act that names no addressee continues the one the same speaker made in the sentence before.

News tells a demand or a reproach over two sentences and names its addressee in the first only: "Die Kammer
forderte vom Land mehr Geld für die Spitäler. Ohne diese Mittel gehe es nicht, verlangte der Kammerchef." The
second speech act is the same one, made to the same party, so its recipient is the first one's. PLOVER (and the
gold sets) code it with that recipient although the sentence does not name it. A speech act or stance
(appositions.SPOKEN) without a recipient takes the recipient of the relation of the same type by the same actor
(resigned.same_person: "Eva Roth" and "Roth" are one) in the sentence right before, when those name exactly one.
Only the sentence right before: further on, a speaker's next demand is as often addressed to someone else, and a
sentence between that says something else has changed the topic. Marked in the provenance.
"""

from __future__ import annotations

from ..model import Relation
from .appositions import SPOKEN
from .resigned import same_person


def fill(relations: list[Relation]) -> list[Relation]:
    """``relations`` with the recipient of each speech act naming none carried over from the same actor's speech
    act of the same type in the sentence before (see the module docstring)."""
    open_acts = [r for r in relations if r.recipient is None and r.type in SPOKEN and r.sentence > 0]
    if not open_acts:
        return relations
    for rel in open_acts:
        before = {r.recipient for r in relations
                  if r.sentence == rel.sentence - 1 and r.type == rel.type and r.recipient
                  and same_person(r.actor, rel.actor) and not same_person(r.recipient, rel.actor)}
        if len(before) == 1:
            rel.recipient = before.pop()
            rel.provenance += " (recipient: the same speaker's act of the sentence before, continued.py)"
    return relations


__all__ = ["fill"]
