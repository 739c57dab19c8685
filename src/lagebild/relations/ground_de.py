"""The ground an occupation or a capture holds, named before its relative clause (issue 10, event detection).

"Die Kämpfe gehen in der Provinz Brjansk weiter, die zum Teil von ukrainischen Truppen besetzt ist": the place
the relative clause describes is the ground taken, and its country the side attacked (triggers typed "ASSAULT>"
in lang/de/relations/triggers.txt, "eingenommen", "erobert", "besetzt"); inside the clause no place is named, so the
rule that reads the side attacked from a place after "in" finds none. So too the subject of the passive: "Ein Teil
der Region Brjansk ist von ukrainischen Truppen besetzt".

Kept apart from extract.py (at its size limit), which asks ``taken`` when such a trigger, its actor named by "von"
(a passive), has no recipient.
"""

from __future__ import annotations

from .frames import RELATIVE
from .mentions import PLACE, Mention

VERB_GAP = 3  # verbs after the place, the relative clause put after them: "in X eingesetzt werden, die ..."


def taken(found: list[Mention], words: list[str], low: list[str], lo: int, k: int, actor: Mention) -> Mention | None:
    """The ground the passive trigger at ``k`` (clause from word ``lo``) says ``actor`` took: the antecedent of
    its relative clause, else a place its clause names before it (the subject); None when there is none."""
    return antecedent(found, words, low, lo, actor) or next(
        (m for m in found if lo <= m.first < k and m.label == PLACE and m.canonical != actor.canonical), None)


def antecedent(found: list[Mention], words: list[str], low: list[str], lo: int, actor: Mention) -> Mention | None:
    """The place or country before the comma that opens the relative clause starting at word ``lo`` (its pronoun
    at ``lo``, or after one preposition), only lower-case words (the verbs of its clause) between, when it is no
    side of ``actor``; None otherwise."""
    if lo < 2 or words[lo - 1] != ",":
        return None
    if not (low[lo] in RELATIVE or lo + 1 < len(low) and low[lo + 1] in RELATIVE and words[lo][:1].islower()):
        return None
    return next((m for m in found if lo - 1 - VERB_GAP <= m.last <= lo - 1 and m.label in (PLACE, "LOC")
                 and all(w[:1].islower() for w in words[m.last:lo - 1]) and m.canonical != actor.canonical), None)
