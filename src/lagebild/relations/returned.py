"""A flow given back for another, its recipient left to the document (issue 10, German AID).

"Kuba schickte Soldaten nach Venezuela. ... dass Venezuela im Gegenzug Raketentechnik weitergegeben haben könnte":
the second flow names no recipient, but "im Gegenzug" (lang/de/relations/returned.txt) says it answers a flow to
its actor, so it goes back to the one who gave that flow. The recipient extract.py carried over from the sentence
before, and the document's main AID recipient, are here the actor itself (Venezuela): the relation was dropped. The
recipient is not carried over to the actor's own side in such a sentence (``returns_to_giver``), and the giver
is the side named most often as the actor of an AID to the actor or to the actor's state (a person's state: "Putin
... im Gegenzug" answers Nordkorea's flow to Russland); without one the relation keeps no recipient and is dropped as
before. exchange.py, later, adds the flow back when the phrase names it ("im Gegenzug für die Waffenhilfe").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc, Relation
from .meetings import person_countries
from .sides import state_of

RESOURCE = "relations/returned.txt"
PROVENANCE = " (recipient: the giver of the flow it returns: returned.py)"


@lru_cache(maxsize=None)
def phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The return phrases of ``lang`` as lower-case word tuples (none for a language without the file)."""
    if not resources.exists(lang, RESOURCE):
        return ()
    return tuple(tuple(row[0].lower().split()) for row in resources.load(lang, RESOURCE).rows(1))


def returns_to_giver(doc: Doc, i: int, carried: str, actor: str, lang: str) -> bool:
    """Whether an AID of ``actor`` in sentence ``i`` that says the flow is given back ("im Gegenzug") would take as
    its recipient, carried over from an earlier sentence, ``actor`` itself or its own side (a person of the actor's
    state, the actor's state): a flow never goes there (sides.drop_own_side would drop it), so extract.py carries
    no such recipient and leaves the relation to ``fill``. Other sentences keep the carried recipient as before
    (and lose the relation, as before)."""
    if not gives_back(doc, i):
        return False
    if carried == actor:
        return True
    gaz = gazetteer(lang)
    return _side(doc, carried, gaz) == _side(doc, actor, gaz)


def fill(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> None:
    """Give each AID without a recipient whose sentence holds a return phrase the giver of the flow it returns."""
    said = phrases(doc.lang or "")
    open_aids = [r for r in relations if r.type == "AID" and r.recipient is None and 0 <= r.sentence < len(doc.sents)]
    if not said or not open_aids:
        return

    def side(name: str) -> str:
        return _side(doc, name, gaz)

    for rel in open_aids:
        if not gives_back(doc, rel.sentence):
            continue
        own = side(rel.actor)
        givers = Counter(r.actor for r in relations if r.type == "AID" and r.recipient and r.status != "negated"
                         and side(r.recipient) == own and side(r.actor) != own)
        if givers:
            rel.recipient = givers.most_common(1)[0][0]
            rel.provenance += PROVENANCE


def gives_back(doc: Doc, i: int) -> bool:
    """Whether sentence ``i`` of ``doc`` holds a return phrase of its language ("im Gegenzug")."""
    said = phrases(doc.lang or "")
    low = [t.text.lower() for t in doc.sent_tokens(i)] if said and 0 <= i < len(doc.sents) else []
    return any(_holds(low, phrase) for phrase in said)


def _side(doc: Doc, name: str, gaz: Gazetteer) -> str:
    """The state ``name`` is or belongs to (sides.state_of: a capital's state, a person's country in the document
    or by the gazetteer's office roles), else ``name`` itself."""
    return state_of(name, person_countries(doc, gaz), gaz) or name


def _holds(low: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the lower-case words ``low`` hold ``phrase`` as consecutive words."""
    n = len(phrase)
    return any(tuple(low[j:j + n]) == phrase for j in range(len(low) - n + 1))


__all__ = ["fill", "gives_back", "phrases", "returns_to_giver"]
