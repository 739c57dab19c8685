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
from .mentions import CLAUSE_END, clause_bounds

WORDS = "relations/sought.txt"  # the words of each kind (FORMAT there)
SENTENCE_END = frozenset({".", "!", "?"})


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` in lang/de/relations/sought.txt."""
    return frozenset(word for k, word in resources.load("de", WORDS).rows(2) if k == kind)


def turning(word: str) -> bool:
    """Whether the lower-case ``word`` is a form of "wenden" that may be an appeal."""
    return word in _words("turn")


def no_appeal(low: list[str], k: int) -> bool:
    """Whether the form of "wenden" at word ``k`` lacks the reflexive and the "an" after it in its clause."""
    lo, hi = clause_bounds(low, k, CLAUSE_END | SENTENCE_END)
    reflexive = next((j for j in range(lo, hi) if low[j] in _words("reflexive")), None)
    return reflexive is None or not any(w in _words("to") for w in low[reflexive + 1:hi])


__all__ = ["no_appeal", "turning"]
