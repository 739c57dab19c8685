"""An event noun in the object of a verb of backing: the backer is no side of the event (German).

"Nordkoreanische Soldaten unterstützen Russlands Offensive": the word-order rules gave the noun "Offensive" its
possessor as actor and the verb's subject, the next free name, as its recipient (an attack of Russia on North
Korea), and the supporters' own AID then fell as an aid to an enemy. The subject of a verb of
lang/de/relations/supported.txt ("unterstützen", "helfen", "verstärken") whose object holds a noun trigger backs
that event: it is never the noun's recipient. The verb stands right before the noun's phrase (verb second: "X
unterstützt die russische Offensive") or right after it (verb last: "..., um die Offensive Russlands zu
unterstützen"); only articles, adjectives, a genitive name or "zu" and an adverb lie between. A recipient the noun
names after itself ("die Offensive gegen Moldau") is not touched, nor talks and joint work, which the subject
strengthens as a side ("beide Länder verstärkten ihre Zusammenarbeit").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .mentions import CLAUSE_END, Mention

JOINS = frozenset({"und", "oder", "aber", "sondern", "dass", "weil", "wenn", "als"})  # another clause between
# the events one backs whose sides are others: not talks or joint work ("verstärkten ihre Zusammenarbeit": their own)
BACKED = frozenset({"ASSAULT", "AID", "COERCE", "MOBILIZE", "SANCTION"})
GAP = 4  # words between the verb and the noun (articles, adjectives, a genitive name) or after the noun's phrase


@lru_cache(maxsize=None)
def _verb(lang: str) -> re.Pattern | None:
    if not resources.exists(lang, "relations/supported.txt"):
        return None
    return re.compile("|".join(f"(?:{p})" for p in resources.load(lang, "relations/supported.txt").items()) + r"\Z")


def backer(recipient: Mention | None, words: list[str], low: list[str], k: int, n: int, kind: str, lang: str) -> bool:
    """Whether ``recipient``, named before the noun trigger at ``k`` (``n`` words) of an event of ``kind``, is the
    subject of a verb of backing whose object holds the noun."""
    verb = _verb(lang)
    if verb is None or kind not in BACKED or recipient is None or recipient.first < 0 or recipient.last > k or k == 0 \
            or not words[k][:1].isupper():
        return False
    # verb second: the verb between the subject and the noun's phrase (articles, adjectives, a genitive name)
    for j in range(k - 1, max(recipient.last, k - GAP - 1) - 1, -1):
        if low[j] in CLAUSE_END or low[j] in JOINS:
            break
        if verb.match(low[j]):
            return True
    # verb last: after the noun's phrase ("die Offensive Russlands [massiv] [zu] unterstützen")
    for j in range(k + n, min(len(words), k + n + GAP)):
        if low[j] in CLAUSE_END:
            return False
        if verb.match(low[j]):
            return True
    return False
