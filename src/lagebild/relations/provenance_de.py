"""Where goods come from, said of them in German (issue 10, event detection): "stammen aus" and the other receiving
triggers (typed "AID~" in lang/de/relations/triggers.txt) make the mention after "aus" the giver and the side
holding the goods the receiver.

The verb may stand before its subject, and the subject may name the holder inside it: "Zuletzt stammte ein Drittel
der von Venezuelas Armee verschossenen Munition aus Kuba" (Kuba gives, Venezuela holds), "stammt ein Teil der
venezolanischen Raketen nicht aus eigener Fertigung, sondern aus Kuba". The holder then also counts as an origin
(the agent "von" of an attributive participle, a country adjective before goods: exchange.made_by), and the one
nearest the verb would be read as the giver. ``split`` separates the two kinds of origin.

Nouns of supplies and reinforcements ("der Nachschub aus Kuba", "Maduros Verstärkungen aus Kuba", "die
Abhängigkeit von Raketen aus Kuba"; typed with the flag "&" in triggers.txt) state a flow only with their origin
named after "aus": alone they are a team's new players ("Verstärkung für die Abwehr"), a need ("rechnen nicht mit
Verstärkung für X") or a dependence on trade ("Abhängigkeit von russischem Gas"). ``unsourced`` tells.

Kept apart from extract.py (at its size limit), which calls ``split`` for German receiving triggers and
``unsourced`` for every trigger. The words are German's (lexicon.load("de")): the preposition of the origin is the
"source" of lang/de/relations/preps.txt ("aus"), the contrast "nicht aus X, sondern aus Y" (the second names the
origin) the "contrast" of lang/de/relations/conjunctions.txt.
"""

from __future__ import annotations

from . import lexicon
from .mentions import Mention

SOURCED = "&"  # the trigger flag in triggers.txt: an event only with an origin after "aus"
ATTRIBUTE_SPAN = 3  # words that may stand between a preposition and its mention (articles, adjectives)


def split(origins: list[Mention], found: list[Mention], roles: list[str | None], low: list[str], k: int, lo: int,
          hi: int, receiving: bool) -> tuple[list[Mention], list[Mention]]:
    """The origins of the trigger at ``k`` (clause ``lo``..``hi``) as (givers, holders): when a mention after
    "aus" follows the trigger, the first such mention (the one after "sondern" in a contrast) alone gives, and the
    other origins between the trigger and it hold the goods (their possessor or user); those before the trigger
    stay (extract.py reads them as the possessor when no holder follows). The clause reaches over "nicht ...,
    sondern aus X". Only for a German ``receiving`` trigger; else, or without such a mention, ``origins``
    unchanged and no holders."""
    if not receiving:
        return origins, []
    german = lexicon.load("de")
    end = _contrast_end(low, lo, hi)
    candidates = [m for m, r in zip(found, roles, strict=True) if r == "origin" and lo <= m.first < end]
    givers = [m for m in candidates if m.first > k and _after(low, m.first, german.source_preps)]
    if not givers:
        return origins, []
    contrast = german.contrast[1] if german.contrast else None
    giver = givers[-1] if any(w == contrast for w in low[k:givers[-1].first]) else givers[0]
    # the agent of an attributive participle in the subject ("der von Venezuelas Armee verschossenen Munition")
    # or a country adjective before the goods ("der venezolanischen Raketen"): the side holding them
    holders = [m for m in candidates if m is not giver and m.canonical != giver.canonical and k < m.first < giver.first
               and not _after(low, m.first, german.source_preps)]
    return [giver] + [m for m in origins if m.first < k], holders  # one before the verb: a possessor still


def unsourced(flags: str, origins: list[Mention], low: list[str]) -> bool:
    """Whether a trigger typed ``flags`` needs an origin after "aus" and none of ``origins`` (those of its
    clause) has one."""
    source_preps = lexicon.load("de").source_preps
    return SOURCED in flags and not any(m.first > 0 and _after(low, m.first, source_preps) for m in origins)


def _after(low: list[str], first: int, preps: frozenset[str] | tuple[str, ...], gap: int = ATTRIBUTE_SPAN) -> bool:
    """Whether one of ``preps`` stands up to ``gap`` words before word ``first`` with only lower-case words
    (articles, adjectives) between."""
    for j in range(first - 1, max(-1, first - 1 - gap), -1):
        if low[j] in preps:
            return True
        if not low[j].isalpha():
            return False
    return False


def _contrast_end(low: list[str], lo: int, hi: int) -> int:
    """``hi``, or the end of the clause after it when the clause says "nicht" and the next one starts with
    "sondern" (the "contrast" of conjunctions.txt)."""
    contrast = lexicon.load("de").contrast
    if contrast and hi + 1 < len(low) and low[hi] == "," and low[hi + 1] == contrast[1] and contrast[0] in low[lo:hi]:
        end = hi + 2
        while end < len(low) and low[end] not in (",", ";", ".", ":"):
            end += 1
        return end
    return hi
