"""German event nouns that a sentence uses as its verb (issue 10, event detection): a noun trigger alone is no
event of its clause's subject ("Russland meldet einen Angriff" names no attacker), but two constructions make the
subject its actor, as a verb's:

- taking part in fighting: a fight noun after "bei"/"in" whose clause names its fighters before it ("Kämpfer aus
  Nordkorea waren bei heftigen Kämpfen aktiv", "standen bei Gefechten mit ukrainischen Soldaten unter Druck"): ASSAULT of the fighters, the mention right
  after "mit" their opponent; not when the clause counts casualties ("bei Kämpfen getötet": the victims, gold
  codes none);
- a support verb whose object the noun is ("hat eine Gegenoffensive gestartet", "startete eine Offensive"): the
  verb's subject acts, and the place the attack lands names the side attacked (warzone.attacked), as for a verb;
- a noun of mobilization with a support verb ("hat die Mobilmachung angeordnet": mobilize_de.verbal);
- a noun of entering a war ("der Kriegseintritt von Belarus", "Belarus wird Kriegspartei"): the party named in
  its clause enters, with no side attacked (gold: ASSAULT, no recipient).

extract._relations asks ``verbal`` for each German noun trigger; it keeps the rest of the actor rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..model import Relation
from . import mobilize_de
from .mentions import Mention
from .warzone import FIGHTING

FIGHT_PREPS = frozenset({"bei", "in"})
WORDS = "relations/verbal_nouns.txt"  # support verbs and casualty words (German), with FORMAT and EXAMPLE lines
MARK = " (a noun used as the verb: verbal_nouns)"
# STTS tags of the words that may stand between a preposition and its noun (articles, pronouns, numbers, adjectives)
NOMINAL = frozenset({"ART", "ADJA", "CARD", "PPOSAT", "PIAT", "PDAT", "PIDAT", "PRELAT", "PWAT", "ADV"})


def verbal(words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, kind: str,
           actor: Mention | None, prep: str | None, quoted: tuple[int, int]) -> bool:
    """Whether the German noun trigger at ``k`` (``n`` words, clause ``lo``..``hi``, governed by the preposition
    ``prep``: prepositions.governing) of type ``kind`` is used as the verb of ``actor`` (see the module): fighting taken
    part in, or the object of a support verb (in the clause with its quoted words, ``quoted``:
    extract._clause(..., quoted=True))."""
    if kind == mobilize_de.KIND:  # "hat die Mobilmachung angeordnet" (mobilize_de.py)
        return mobilize_de.verbal(words, low, k, lo, hi, kind, actor)
    if kind == "ACCUSE":  # "übt Kritik an X", "erhob schwere Vorwürfe"
        return voiced(words, low, k, n, *quoted, actor=actor, prep=prep)
    if kind != "ASSAULT" or actor is None or actor.first < 0 or not words[k][:1].isupper():
        return False
    return fought(low, k, n, lo, hi, actor, prep) or started(words, low, k, *quoted, actor=actor, prep=prep) \
        or entered(low, k, n, lo, hi, actor)


def voiced(words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, actor: Mention | None,
           prep: str | None) -> bool:
    """Whether the noun of criticism at ``k`` is the object of a support verb of voicing it in its clause
    ("übt Kritik an der Reform", "Heftige Kritik übte X", "erhob Vorwürfe": kind "voiced"): the criticism of
    ``actor``, named in that clause, as a verb's would be. Not a noun a preposition governs ("trotz Kritik",
    "nach Kritik von X") and not a subject of its own ("die Kritik übt Druck aus")."""
    if n != 1 or actor is None or actor.first < 0 or not words[k][:1].isupper() or prep is not None \
            or not lo <= actor.first < hi or governed([words[0].lower(), *words[1:]], k):  # "Trotz Kritik"
        return False
    return any(_is(w, "voiced") for w in low[lo:hi])


def entered(low: list[str], k: int, n: int, lo: int, hi: int, actor: Mention) -> bool:
    """Whether the one-word trigger at ``k`` is a noun of entering a war ("Kriegseintritt", "Kriegspartei": kind
    "entering"), an act of its actor alone, the one named in its clause ("Kriegseintritt von Belarus",
    "Belarus bald Kriegspartei")."""
    return n == 1 and _is(low[k], "entering") and lo <= actor.first < hi


def fought(low: list[str], k: int, n: int, lo: int, hi: int, actor: Mention, prep: str | None) -> bool:
    """Whether the trigger at ``k`` is a fight noun after "bei"/"in" (``prep``), ``actor`` named before that
    preposition in its clause, and the clause counts no casualties."""
    # a noun of fighting (warzone.FIGHTING), not of an attack: "bei einem Angriff" names the victims' situation
    if n != 1 or not low[k].startswith(FIGHTING) or prep not in FIGHT_PREPS:
        return False
    at = next(j for j in range(k - 1, -1, -1) if low[j] == prep)
    if not (lo <= actor.first and actor.last <= at):
        return False
    return not any(_is(w, "casualty") for w in low[lo:hi])


def started(words: list[str], low: list[str], k: int, lo: int, hi: int, actor: Mention, prep: str | None) -> bool:
    """Whether a support verb in the trigger's clause takes it as its object ("hat ... eine Gegenoffensive
    gestartet"), ``actor`` named before the noun in that clause. A noun a preposition governs is no object of
    the verb ("hat Ermittlungen zu dem Angriff auf ... eröffnet")."""
    return prep is None and not governed(words, k) and lo <= actor.first < k \
        and any(_is(w, "support") for w in low[lo:hi])


def governed(words: list[str], k: int) -> bool:
    """Whether a preposition of any kind governs the noun at ``k`` over up to three articles, pronouns, numbers
    or adjectives before it ("zu dem Angriff", "wegen der Offensive"): prepositions.governing knows only the prepositions
    that mark a role (relations/preps.txt)."""
    from ..attribution.words import tag_de

    for j in range(k - 1, max(-1, k - 5), -1):
        if not words[j][:1].islower():
            return False
        tag = tag_de(words[j])
        if tag in ("APPR", "APPRART", "PTKZU"):  # "zu" before a noun phrase is the preposition
            return True
        if tag not in NOMINAL:
            return False
    return False


def mark(relations: list[Relation], verbal: bool) -> None:
    """Note in the provenance of ``relations`` that their noun trigger was read as a verb."""
    if verbal:
        for rel in relations:
            rel.provenance += MARK


def opponent(found: list[Mention], low: list[str], k: int, n: int, actor: Mention) -> Mention | None:
    """The mention right after "mit" following the fight noun ("bei Gefechten mit der ukrainischen Armee"): the
    other side; None when there is none."""
    if k + n >= len(low) or low[k + n] != "mit":
        return None
    return next((m for m in found if k + n < m.first <= k + n + 3 and m.canonical != actor.canonical
                 and m.label != "place"), None)


@lru_cache(maxsize=None)
def _patterns(kind: str) -> re.Pattern:
    """One pattern of the German words of ``kind`` in relations/verbal_nouns.txt."""
    return re.compile("|".join(f"(?:{p})" for p in resources.load("de", WORDS).of_kind(kind, kind_first=False)))


def _is(word: str, kind: str) -> bool:
    return _patterns(kind).fullmatch(word) is not None
