"""The side holding the ground a German attack or recapture is about (issue 10, military verbs).

"Russische Truppen haben die von der Ukraine kontrollierten Dörfer zurückerobert", "griffen die von Rebellen
gehaltene Stadt an": the mention after "von" before a participle of holding (kind "held" of
lang/de/relations/held.txt) holds the place, so the attack is against it; the preposition rule reads that "von" as
the agent of a passive, the attacker. So too "von X"/"vom X" with a verb of taking back in the active ("hat die
Stadt von den Rebellen zurückerobert", kind "back"); in the passive ("wurde von der Armee zurückerobert") "von"
names the attacker as usual. roles_de.refine asks ``holders`` for every ASSAULT trigger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources

VON = frozenset({"von", "vom"})
GAP = 2  # adverbs between the holder and its participle: "von der Ukraine zeitweise kontrollierten"
LEAD = 3  # article and adjectives between "von" and the name: "von der ukrainischen Armee"
PASSIVE_AUX = frozenset({"wurde", "wurden", "worden", "wird", "werden", "werde", "würden", "würde"})


@lru_cache(maxsize=4)
def _patterns(kind: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in resources.load("de", "relations/held.txt").of_kind(kind, kind_first=False))


def _any(kind: str, word: str) -> bool:
    return any(p.fullmatch(word) for p in _patterns(kind))


def means_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is a noun of help used as a means (kind "means" of held.txt: "Hilfe",
    "Unterstützung"), read here and by event_nouns.means."""
    return _any("means", word)


def _after_von(low: list[str], first: int) -> bool:
    """Whether "von"/"vom" opens the phrase of the mention starting at word ``first`` (only lower-case words,
    its article and adjectives, between), not after a noun of means ("mit Hilfe von Russland": kind "means")."""
    for at in range(first - 1, max(-1, first - 1 - LEAD), -1):
        if low[at] in VON:
            return not (at > 0 and means_noun(low[at - 1]))
        if not low[at].isalpha():
            return False
    return False


def holders(words: list[str], k: int, n: int, found: list, roles: list[str | None], kind: str) -> list[str | None]:
    """``roles`` with each holder of ground (see the module) of the ASSAULT trigger at ``k`` (``n`` words) made its
    recipient; unchanged for other types."""
    if kind != "ASSAULT":
        return roles
    low = [w.lower() for w in words]
    back = any(_any("back", w) for w in low[k:k + n]) and not PASSIVE_AUX & set(low)
    out = list(roles)
    for j, m in enumerate(found):
        if m.first <= 0 or m.label == "place" or not _after_von(low, m.first):
            continue
        tail = low[m.last:m.last + GAP + 1]
        held = any(_any("held", w) and words[m.last + d][:1].islower() for d, w in enumerate(tail)
                   if all(x.isalpha() and words[m.last + e][:1].islower() for e, x in enumerate(tail[:d])))
        if held or back and m.first < k:
            out[j] = "recipient"
    return out
