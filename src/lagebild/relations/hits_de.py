"""The German verb "treffen" when it names no meeting (issue 10, meetings).

triggers.txt reads "trifft", "traf", "getroffen" as a meeting (CONSULT): "die Ministerin traf ihren Kollegen",
"traf mit dem Präsidenten zusammen". The same verb hits ("eine Granate trifft Charkiw", "Raketen, die Ziele in
Europa treffen"), scores ("traf per Kopf zum 2:1", "hat fünfmal getroffen"), meets an opponent in sport ("trifft im
Halbfinale auf Portugal", "treffen am Samstag aufeinander") and makes decisions ("eine Entscheidung treffen").
Of the 32 meetings this verb gave in 700 10kGNAD test articles, 18 were such (sport reports most of them) and two
false meetings of the gold sets were hits; the words of the verb's clause tell them apart
(lang/de/relations/hits.txt): a word of an encounter, a score or a projectile always, a weaker word (an opponent
after "gegen", "hart getroffen", a decision noun) only in a clause without a word of meeting ("mit", "sich"), for
"traf sich mit der Führung der Partei" and "traf ihn mit einem Kopfnicken" are meetings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .mentions import clause_bounds

WORDS = "relations/hits.txt"  # the words of each kind (FORMAT there)
ENDS = frozenset({",", ";", ":", "–", "—", "„", "“", '"', "«", "»", ".", "!", "?"})  # brackets stay inside
SCORE = re.compile(r"\d+:\d+")  # "zum 2:1", "(1:1)"
STRONG = ("score", "hit")  # kinds that make the verb no meeting even beside "mit" or "sich"
NEAR = 3  # words after the verb to its object: "traf eine schwere Entscheidung"
PREFIX = 4  # letters before a compound's last noun: "Mörsergranate", not "Ausschuss" ("aus" + "schuss")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` in lang/de/relations/hits.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind))


def verb(word: str) -> bool:
    """Whether the lower-case ``word`` is a form of "treffen" that the trigger lines read as a meeting."""
    return word in _words("verb")


def no_meeting(words: list[str], low: list[str], k: int) -> bool:
    """Whether the form of "treffen" at word ``k`` hits, scores, meets an opponent or decides (see the module): the
    noun "Treffen" is left alone."""
    if not verb(low[k]) or (low[k] == "treffen" and not words[k].islower()):
        return False
    lo, hi = clause_bounds(low, k, ENDS)
    clause = low[lo:hi]
    if _encounter(low, k, lo, hi) or (hi - 1 > k and low[hi - 1] in _words("particle")):
        return True
    if any(SCORE.fullmatch(w) or _marks(w, STRONG) for w in clause):
        return True
    if any(w in _words("meet") for w in clause):
        return False
    if any(_marks(w, ("score_weak",)) for w in clause):
        return True
    # a decision or a hard blow is the verb's own object or adverb, next to it ("eine Entscheidung treffen",
    # "traf die Bauern hart", "schwer getroffen"), not a word further off ("traf den schwer kranken Minister",
    # "traf ihn zur Vorbereitung der Wahl")
    return any(_marks(low[j], ("hard", "decide")) or low[j] in _words("decide_word")
               for j in _next_to(words, low, k, lo, hi))


def _next_to(words: list[str], low: list[str], k: int, lo: int, hi: int) -> list[int]:
    """Positions of the words next to the verb at ``k`` in its clause ``lo:hi``: the words right before and after
    it, the first noun after it (behind articles and adjectives: "traf eine schwere Entscheidung"), and the
    clause's last word ("trifft die Bauern hart")."""
    near = [j for j in (k - 1, k + 1) if lo <= j < hi]
    near += [j for j in range(k + 1, min(hi, k + 1 + NEAR)) if words[j][:1].isupper()][:1]
    if hi - 1 > k:
        near.append(hi - 1)
    return near


def _marks(word: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``word`` is a word of one of ``kinds`` or ends in one (a compound: "Mörsergranate")."""
    return any(word.endswith(w) and (len(word) == len(w) or kind in ("hit", "decide") and len(word) - len(w) >= PREFIX)
               for kind in kinds for w in _words(kind))


def _encounter(low: list[str], k: int, lo: int, hi: int) -> bool:
    """"aufeinander" in the clause ``lo:hi`` of the verb at ``k``, or "auf" before an opponent ("trifft im Finale
    auf den Sieger", "wenn Polen auf Spanien trifft"), not a place or an occasion ("auf dem Gipfel", "auf
    Einladung"): after the verb, or before it when it ends its clause (a subordinate clause, an auxiliary after
    it: "auf Spanien treffen werde")."""
    for j in range(lo, hi):
        if low[j] in _words("encounter_word") or low[j] in _words("encounter") and (j > k or k >= hi - 2) and (
                j + 1 < hi and low[j + 1] not in _words("not_opponent")):
            return True
    return False


__all__ = ["no_meeting", "verb"]
