"""German appeals: turning to someone ("wandte sich an die EU", "werde man sich an Brüssel wenden") asks them for
something (REQUEST, triggers.txt ng3), as the gold codes "sich an X wenden".

A form of "wenden" names an appeal only with a reflexive pronoun and, after it, "an" in its clause: "das Blatt
wenden", "wandte sich gegen den Plan" (opposition), "wandte sich dem Publikum zu", "ein gewandter Redner" ask no
one. That the one turned to must be an actor (not "die Öffentlichkeit") is the trigger's "!" (only with a
recipient). The words are in lang/de/relations/sought.txt (kinds turn, reflexive, to).
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from .mentions import CLAUSE_END, clause_bounds

WORDS = "relations/sought.txt"  # the words of each kind (FORMAT there)
SENTENCE_END = frozenset({".", "!", "?"})
SPAN = 5  # words between "an" and the one turned to ("an den polnischen Präsidenten Duda")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` in lang/de/relations/sought.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind))


def turning(word: str) -> bool:
    """Whether the lower-case ``word`` is a form of "wenden" that may be an appeal."""
    return word in _words("turn")


def no_appeal(low: list[str], k: int) -> bool:
    """Whether the form of "wenden" at word ``k`` lacks the reflexive and the "an" after it in its clause."""
    lo, hi = clause_bounds(low, k, CLAUSE_END | SENTENCE_END)
    reflexive = next((j for j in range(lo, hi) if low[j] in _words("reflexive")), None)
    return reflexive is None or not any(w in _words("to") for w in low[reflexive + 1:hi])


def addressed(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the German appeals whose recipient is not the one after "an" (within ``SPAN``
    words, no clause bound between): a name the rules took from another clause ("Weil die Flüchtlinge ...,
    werde sich X an die Gemeinschaft wenden") was not turned to."""
    if doc.lang != "de":
        return relations
    return [r for r in relations if r.type != "REQUEST" or not turning(r.predicate.lower()) or _after_an(doc, r)]


def _after_an(doc: Doc, rel: Relation) -> bool:
    if rel.recipient_start is None or not 0 <= rel.sentence < len(doc.sents):
        return False
    before = [t.text.lower() for t in doc.sent_tokens(rel.sentence) if t.start < rel.recipient_start][-SPAN - 1:]
    for w in reversed(before):
        if w in _words("to"):
            return True
        if w in CLAUSE_END or w in SENTENCE_END:
            return False
    return False


__all__ = ["addressed", "no_appeal", "turning"]
