"""Support voiced for a matter, not for an actor (German): "begrüßte die Idee", "verteidigte das Abkommen".

SUPPORT needs a recipient in extract.py (signing, praising someone); a speaker who welcomes, praises or defends a
policy, a decision or a pact supports it with no one named to receive it (gold/SCHEMA.md: the recipient is null
when none is stated). lang/de/relations/endorsed.txt lists the verbs and the matters: ``matter`` tells whether the
trigger's clause names one as the verb's object. "verteidigen" is support only with such a matter: defending a
town, a title or oneself ("verteidigte sich") is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .mentions import CLAUSE_END, Mention
from .roles_de import zu_infix

REFLEXIVE = frozenset({"sich"})  # "verteidigte sich": defending oneself, no support
PARTNER = frozenset({"mit"})  # "das Abkommen mit X": the matter's other party, no recipient of the support


@lru_cache(maxsize=None)
def _rows(lang: str) -> tuple[tuple[tuple[re.Pattern, bool], ...], re.Pattern | None]:
    """(verb pattern, whether it needs a matter) rows and one pattern of the matters of endorsed.txt."""
    if not resources.exists(lang, "relations/endorsed.txt"):
        return (), None
    verbs, matters = [], []
    for row in resources.load(lang, "relations/endorsed.txt").rows(2):
        if row[0] == "verb":
            verbs.append((re.compile(row[1]), len(row) > 2 and row[2] == "only"))
        elif row[0] == "matter":
            matters.append(row[1])
    return tuple(verbs), re.compile("|".join(f"(?:{p})" for p in matters)) if matters else None


def matter(words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, kind: str, lang: str) -> int | None:
    """For the SUPPORT verb at word ``k`` of endorsed.txt: the word of the matter its clause ``lo``..``hi`` names
    (a capitalized noun of the list, no reflexive "sich" right around the verb), -1 when the verb needs a matter
    and its clause names none (no event), None when the rule does not apply (another verb, type or language)."""
    if kind != "SUPPORT" or n != 1 or not words[k][:1].islower():
        return None
    verbs, matters = _rows(lang)
    only = next((needs for pattern, needs in verbs if pattern.fullmatch(low[k])), None)
    if only is None:
        return None
    if REFLEXIVE & set(low[max(lo, k - 1):k + 2]):
        return -1 if only else None
    at = next((j for j in range(lo, hi) if j != k and words[j][:1].isupper() and j > lo and matters is not None
               and matters.fullmatch(low[j])), None)
    if at is None:
        return -1 if only else None
    return at


def recipient(found: Mention | None, low: list[str], at: int) -> Mention | None:
    """The recipient the rules ``found`` for a verb supporting the matter at word ``at``: none when it is the
    matter's partner after "mit" ("verteidigte das Abkommen mit dem Iran", "begrüßte die Einigung mit X": the
    speaker supports the pact, not its other party); the matter's author stays ("den Vorschlag von X")."""
    if found is None or found.first < at or not PARTNER & set(low[at + 1:found.first]):
        return found
    return None


def described(recipient: Mention | None, found: list[Mention], words: list[str], low: list[str], k: int, n: int,
              lang: str) -> tuple[int, Mention | None] | None:
    """(the matter's word, its owner or None) when ``recipient`` stands in the infinitive clause that describes a
    matter after the trigger at ``k`` ("stellte sich hinter den Vorschlag, Russland zu sanktionieren": Russland is
    whom the proposal is about, not whom the speaker backs; "hinter den Plan Frankreichs, ...": France owns it).
    The owner is a mention between the matter and the clause's comma; None when the rule does not apply."""
    _, matters = _rows(lang)
    if recipient is None or matters is None or recipient.first < k + n:
        return None
    comma = next((j for j in range(recipient.first - 1, k + n, -1) if words[j] in CLAUSE_END), None)
    if comma is None or words[comma] != "," or not _infinitive(words, low, recipient.last, lang):
        return None
    at = next((j for j in range(k + n, comma) if words[j][:1].isupper() and matters.fullmatch(low[j])), None)
    if at is None or any(w in CLAUSE_END for w in words[k + n:comma]):
        return None
    owner = next((m for m in found if at < m.first and m.last <= comma), None)
    return at, owner


def _infinitive(words: list[str], low: list[str], start: int, lang: str) -> bool:
    """Whether the clause going on at word ``start`` ends in an infinitive with "zu" ("... zu sanktionieren",
    "... einzufrieren") before its next clause mark."""
    for j in range(start, len(words)):
        if words[j] in CLAUSE_END or words[j] == ".":
            return False
        if low[j] == "zu" and j + 1 < len(words) and words[j + 1][:1].islower() or zu_infix(low[j], lang):
            return True
    return False


__all__ = ["described", "matter", "recipient"]
