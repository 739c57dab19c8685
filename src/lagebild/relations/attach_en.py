"""English: the preposition the parser hung on the verb instead of the noun trigger right before it.

"The minister criticized Iran's dispatch of troops to Belarus", "voiced worry about Iran's drone
shipments to Belarus", "Minsk launched an attack on Lutsk": spaCy's parser attaches the prepositional phrase
after a noun in the object to the clause's verb, so the noun trigger (the flow, the attack) loses the recipient
its own phrase names. A preposition of the verb that follows the noun's phrase immediately belongs to the noun
too when the noun is the verb's object or the object of one of its prepositions and the phrase ends with the
noun or its "of"-object (the noun nearest the preposition).

The subject the parser hung on an auxiliary: "with some 3,000 Belarusian sappers being prepared for a new offensive"
(an absolute "with" clause) makes the sappers the subject of "being", so that the verb "prepared" has none of its
own (or takes a noun of the main clause for its passive subject). The subject of the verb's auxiliary is the
verb's subject (``auxiliary_subjects``).
"""

from __future__ import annotations

from typing import Any

# links from the noun trigger up to the verb whose preposition may be its own: object, object of a preposition,
# the preposition; a compound or conjunct noun on the way ("troop dispatch", "drones and the supply of shells")
UP = frozenset({"dobj", "pobj", "prep", "attr", "conj", "compound"})
DEPTH = 4


def stranded(tok: Any) -> list[Any]:
    """The prepositions (tokens) of the verb governing the noun trigger ``tok`` that stand right after the
    noun's phrase (see the module docstring); empty when there are none."""
    end = tok.right_edge.i
    # the noun nearest the preposition takes it: the phrase ends with the trigger or its "of"-object ("dispatch
    # of troops | to"), not with another noun's phrase ("worry about the dispatch | to Belarus": the dispatch's)
    if end != tok.i and not any(c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i == end for c in tok.children):
        return []
    head = tok
    for _ in range(DEPTH):
        if head.dep_ not in UP or head.head.i == head.i:
            return []
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.i == end + 1]


def auxiliary_subjects(verb: Any) -> list[Any]:
    """The subjects (tokens) the parser hung on an auxiliary of ``verb`` ("sappers being prepared": on
    "being"), for a verb without a subject of its own; empty when there are none."""
    return [s for c in verb.children if c.dep_ in ("aux", "auxpass") for s in c.children if s.dep_ == "nsubj"]
