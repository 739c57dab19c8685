"""The actor of a German noun trigger named after "kam von": "Scharfe Kritik an dem Plan kam von der Opposition".

A noun trigger that is the subject of "kommen" ("Kritik kam", "Lob kommt", "Forderungen kamen") has its actor
after "von"/"vom" in the same clause (the words: lang/de/relations/coming_from.txt): whoever the criticism comes from made it. Without such
a verb a "von" phrase after a noun is its genitive or an origin (roles_de.von_after_noun, extract._relations)."""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .mentions import PLACE

WORDS = "relations/coming_from.txt"
CLAUSE_MARKS = frozenset({",", ";", ":"})
LIST_WORDS = frozenset({",", "und", "sowie"})
REACH = 6  # words between the noun and the verb at most: "Kritik an dem Minister Karl Huber kam"


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The German words of ``kind`` ("verb", "from") in coming_from.txt."""
    return frozenset(row[0] for row in resources.load("de", WORDS).rows(2) if row[1] == kind)


def _verb(words: list[str], low: list[str], k: int, n: int) -> int | None:
    """The form of "kommen" a few words after the capitalised noun trigger at ``k`` in its clause, or None."""
    if not words[k][:1].isupper():
        return None
    verb = next((j for j in range(k + n, min(len(low), k + n + REACH)) if low[j] in _words("verb")), None)
    if verb is None or any(w in CLAUSE_MARKS for w in words[k + n:verb]):
        return None
    return verb


def comes_from(words: list[str], low: list[str], k: int, n: int, first: int, prep: str | None) -> bool:
    """Whether the mention at word ``first``, after ``prep``, names whom the noun trigger at ``k`` comes from."""
    verb = _verb(words, low, k, n) if prep in _words("from") else None
    return verb is not None and first > verb and not any(w in CLAUSE_MARKS for w in words[verb:first])


def roles(words: list[str], low: list[str], k: int, n: int, found: list, roles_now: list, preps: dict,
          lang: str) -> list:
    """``roles_now`` with the mention after "kam von" made the actor (role None, as a subject's)."""
    if lang != "de" or _verb(words, low, k, n) is None:
        return roles_now
    starts = {m.first for m in found}
    return [None if m.label != PLACE and comes_from(words, low, k, n, m.first, preps.get(id(m)))
            and not _listed(low, m.last, starts) else role for m, role in zip(found, roles_now, strict=True)]


def _listed(low: list[str], last: int, starts: set[int]) -> bool:
    """Whether another mention follows the one ending at ``last`` in a list ("von der Weltbank, der EU
    und ..."): the critics are several, and the rules that pair one actor with one recipient would take a
    co-critic for the criticised, so the list keeps the roles it had."""
    return last < len(low) and low[last] in LIST_WORDS and any(j in starts for j in range(last + 1, last + 4))
