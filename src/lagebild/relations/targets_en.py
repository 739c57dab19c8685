"""The attacked side named only by a country adjective, in English: "Russian forces shelled Ukrainian positions",
"an Israeli strike killed two Iranian generals".

mentions.py admits a country adjective as an actor only before a noun of force or goods ("Ukrainian soldiers");
before a military target or people of another kind ("positions", "generals": lang/en/relations/targets.txt) the
adjective stays an attribute, so such an attack had no recipient (or only the place it happened in: "in
Damascus"). Here the adjective's state becomes the recipient, narrowly: the adjective stands after the attack in
its clause, separated from it only by articles, numbers and the like (or a verb of harm after an attack noun, "the
strike killed"), and the target noun follows it at once or after one more word. A preposition between ("from
Ukrainian positions") keeps it an attribute."""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import gazetteer
from .lexicon import RelationLexicon
from .mentions import PLACE, Mention

WORDS = "relations/targets.txt"
REACH = 5  # words between the attack and the adjective at most ("killed at least two Iranian generals")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` ("target", "between", "filler", "verb") in targets.txt."""
    return frozenset(resources.load("en", WORDS).of_kind(kind, kind_first=False))


def attacked(words: list[str], low: list[str], starts: list[int], k: int, n: int, hi: int, kind: str,
             actor: Mention, recipient: Mention | None, lex: RelationLexicon) -> Mention | None:
    """The state whose targets the attack at ``k`` (``n`` words) hits, as a mention of its adjective, when the
    attack has no recipient or only a place; None otherwise (also for the actor's own state)."""
    if lex.lang != "en" or kind != "ASSAULT" or recipient is not None and recipient.label != PLACE:
        return None
    names = gazetteer("en").names
    harm = 0  # verbs of harm passed ("the strike killed"): one at most
    j = k + n
    while j < min(hi, k + n + REACH):
        word = low[j]
        for size in (2, 1):  # "North Korean" before "Korean"
            entry = names.get(tuple(words[j:j + size]))
            if entry is not None and entry.kind == "adjective":
                return _target(words, low, starts, j, size, entry.canonical, actor)
        harm += word in _words("verb")
        if harm > 1 or not (word in _words("filler") or word.isdigit() or word in lex.numbers or word in _words("verb")):
            return None
        j += 1
    return None


def _target(words: list[str], low: list[str], starts: list[int], j: int, size: int, state: str,
            actor: Mention) -> Mention | None:
    """The adjective at ``j`` as a mention of ``state`` when a target noun follows it, at once or after a word of
    the state's own forces ("Syrian air defences", "Ukrainian army positions")."""
    after = low[j + size:j + size + 2]
    targets = _words("target")
    if state == actor.canonical or not (after[:1] and after[0] in targets or after[1:] and after[1] in targets
                                        and after[0] in _words("between")):
        return None  # "Syrian opposition positions": the opposition's, not the state's
    end = starts[j + size - 1] + len(words[j + size - 1])
    return Mention(state, " ".join(words[j:j + size]), starts[j], end, j, j + size, "LOC")
