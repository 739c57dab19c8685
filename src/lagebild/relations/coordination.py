"""Recipients coordinated with their preposition repeated ("traf er mit Scholz und anschließend auch mit
Macron zusammen", "protested against France and then against Germany"). extract.py keeps one recipient for an
English mutual event (a meeting), so "talks with Seoul and then with Tokyo" stays a meeting with Seoul.

extract._coordinated joins mentions separated only by commas, "und", "sowie" and the like. A meeting, demand or
accusation aimed at two parties often repeats the preposition, with an adverb between ("und anschließend auch
mit", "und dann mit"): the second party is the event's as much as the first. Joined here when
the words between are a conjunction, at most three lower-case words and the preposition that also governs the
first mention.
"""

from __future__ import annotations

from .mentions import Mention

CONJUNCTIONS = frozenset({"und", "sowie", "and"})
ADVERBS = 3  # lower-case words between the conjunction and the repeated preposition ("anschließend auch")
PREP_BEFORE = 5  # words before the first mention within which its preposition stands ("mit seinem ägyptischen Kollegen")


def repeated(words: list[str], head: Mention, start: int, head_start: int) -> bool:
    """Whether the words between ``head`` (its phrase starting at ``head_start``) and the next mention's phrase
    at ``start`` join them by a repeated preposition."""
    between = words[head.last:start]
    if len(between) < 2 or between[0].lower() not in CONJUNCTIONS or len(between) > ADVERBS + 2:
        return False
    prep = between[-1]
    if not prep.isalpha() or not prep.islower() or not all(w.isalpha() and w.islower() for w in between[1:-1]):
        return False
    return prep in (w.lower() for w in words[max(0, head_start - PREP_BEFORE):head_start])


__all__ = ["repeated"]
