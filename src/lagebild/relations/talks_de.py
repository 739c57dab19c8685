"""German words of talking that name no talks where they stand (issue 10, meetings).

"sprechen mit" names talks (frames.txt, CONSULT), but "sich aussprechen" is a stance ("Die Partei spricht sich
gegen eine Koalition mit X aus": for or against something, the "mit" belongs to the noun), and being ready to talk
("gesprächsbereit", "verhandlungsbereit", "Gesprächsbereitschaft", which "gespräch\\w*" and "verhandl\\w*" match)
is an offer, no talks held. In the 1,028 10kGNAD test articles each gave one false meeting ("Die Partei spricht sich
... gegen ein Bündnis mit den Liberalen aus", "sind gesprächsbereit"); of "sich aussprechen" 15 uses, none talks.
The words are in lang/de/relations/talks.txt.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources

WORDS = "relations/talks.txt"  # the words of each kind (FORMAT there)
ENDS = frozenset({",", ";", ":", "–", "—", "(", ")", "„", "“", '"', "«", "»", ".", "!", "?"})


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` in lang/de/relations/talks.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind))


def no_talks(low: list[str], k: int) -> bool:
    """Whether the German word at ``k`` (lower-cased ``low``) names no talks: "sich ... aus" around a form of
    "sprechen", or readiness to talk ("gesprächsbereit")."""
    word = low[k]
    if word.startswith(("gespräch", "verhandlung")) and word.endswith(tuple(_words("ready_end"))):
        return True
    if word not in _words("speak"):
        return False
    hi = k + 1
    while hi < len(low) and low[hi] not in ENDS:
        hi += 1
    lo = k
    while lo > 0 and low[lo - 1] not in ENDS:
        lo -= 1
    reflexive = any(w in _words("reflexive") for w in low[max(lo, k - 2):k + 3])  # "spricht sich", "sich ... sprechen"
    return reflexive and low[hi - 1] in _words("particle")


__all__ = ["no_talks"]
