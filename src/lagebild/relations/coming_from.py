"""The actor of a German noun trigger named after "kam von": "Scharfe Kritik an dem Plan kam von der Opposition".

A noun trigger that is the subject of "kommen" ("Kritik kam", "Lob kommt", "Forderungen kamen") has its actor
after "von"/"vom" in the same clause (the words: lang/de/relations/coming_from.txt): whoever the criticism comes from made it. Without such
a verb a "von" phrase after a noun is its genitive or an origin (roles_de.von_after_noun, extract._relations)."""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .mentions import CLAUSE_END, PLACE

WORDS = "relations/coming_from.txt"
CLAUSE_MARKS = frozenset({",", ";", ":"})
LIST_WORDS = frozenset({",", "und", "sowie"})
# what else may stand between two listed critics: articles, "auch", a repeated "von"
LIST_GLUE = LIST_WORDS | frozenset({"der", "die", "dem", "den", "des", "auch", "von", "vom", "seitens"})
PART_MARKS = CLAUSE_END - {","}  # what ends the part of a sentence a list after "kam von" stands in
LISTED = "listed"  # the role of a sender listed after the first and of unmarked mentions after the verb: no recipient
REACH = 6  # words between the noun and the verb at most: "Kritik an dem Minister Karl Huber kam"


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The German words of ``kind`` ("verb", "from") in coming_from.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


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
    """``roles_now`` with the first mention after "kam von" made the actor (role None, as a subject's); the
    others listed with it are actors too (``senders``) and, like any mention after the verb that no preposition
    marks, no free mention to be taken for the criticised ("Kritik kam von der EU, den USA und Polen"): the
    criticised is named before the verb or with a preposition ("Kritik an X kam", "Lob kam von A für X")."""
    verb = _verb(words, low, k, n) if lang == "de" else None
    if verb is None:
        return roles_now
    first = next((m for m in found if m.label != PLACE and comes_from(words, low, k, n, m.first, preps.get(id(m)))),
                 None)
    if first is None:
        return roles_now
    listed = {id(m) for m in _list_from(found, first, low)}
    return [None if m is first else LISTED if id(m) in listed or role is None and _same_part(words, verb, m.first)
            else role for m, role in zip(found, roles_now, strict=True)]


def _same_part(words: list[str], verb: int, first: int) -> bool:
    """Whether word ``first`` follows the verb at ``verb`` in the same part of the sentence: commas of a list may
    stand between, a colon or a dash may not ("Kritik kam von der Opposition: der Minister habe versagt": what it
    says names the criticised)."""
    return first > verb and not any(w in PART_MARKS for w in words[verb:first])


def senders(actor, found: list, words: list[str], low: list[str], k: int, n: int, preps: dict, lang: str) -> list:
    """The actors of the noun trigger at ``k`` when ``actor`` came after "kam von": it and those listed with it
    ("Lob für X kam von A und B", "von Polen und den USA"), each a sender of its own, also for a mutual kind
    (not a pact between A and B); [] otherwise (the caller's coordination decides)."""
    if lang != "de" or actor not in found or _verb(words, low, k, n) is None \
            or not comes_from(words, low, k, n, actor.first, preps.get(id(actor))):
        return []
    return _list_from(found, actor, low)


def _list_from(found: list, first, low: list[str]) -> list:
    """``first`` and the mentions listed after it: only list words, articles and a repeated "von" between
    ("von der Weltbank, der EU und von Rumänien"); a place ends the list (a critic is no place)."""
    out = [first]
    for m in found[found.index(first) + 1:]:
        between = low[out[-1].last:m.first]
        if m.label == PLACE or not between or not set(between) & LIST_WORDS or not set(between) <= LIST_GLUE:
            break
        out.append(m)
    return out
