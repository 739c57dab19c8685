"""German event nouns that a sentence uses as its verb (issue 10, event detection): a noun trigger alone is no
event of its clause's subject ("Russland meldet einen Angriff" names no attacker), but two constructions make the
subject its actor, as a verb's:

- taking part in fighting: a fight noun after "bei"/"in" whose clause names its fighters before it ("Nordkoreanische
  Soldaten sollen bei Kämpfen in Kursk aktiv sein", "haben bei Gefechten mit der ukrainischen Armee Verluste
  erlitten", "von einer Verwicklung der Nordkoreaner in Gefechte"): ASSAULT of the fighters, the mention right
  after "mit" their opponent; not when the clause counts casualties ("bei Kämpfen getötet": the victims, gold
  codes none);
- a support verb whose object the noun is ("hat eine Gegenoffensive gestartet", "startete eine Offensive"): the
  verb's subject acts, and the place the attack lands names the side attacked (warzone.attacked), as for a verb.

extract._relations asks ``verbal`` for each German noun trigger; it keeps the rest of the actor rules.
"""

from __future__ import annotations

import re

# nouns of fighting (not attacks: "bei einem Angriff" names the victims' situation, not the attackers')
FIGHT = re.compile(r"(?:kampf|kämpfe|kämpfen|kampfhandlung(?:en)?|gefecht(?:e|en)?|schlacht|schlachten)")
FIGHT_PREPS = frozenset({"bei", "in"})
# words that may stand between the preposition and the noun ("bei heftigen Kämpfen", "in schwere Gefechte")
FILLERS = frozenset({"den", "der", "die", "einer", "einem", "einen", "schweren", "schwere", "heftigen", "heftige",
                     "blutigen", "blutige", "erbitterten", "erbitterte", "ersten", "neuen", "neue", "direkten",
                     "direkte"})
# casualties counted in the clause: its subject suffered the fighting ("bei Kämpfen getötet")
CASUALTIES = re.compile(r"(?:getötet|verletzt|verwundet|gefallen|umgekommen|ums|starben|tot|gestorben)")
# support verbs whose object noun is the event ("eine Gegenoffensive gestartet")
SUPPORT_VERBS = re.compile(r"(?:gestartet|startet|startete|starteten|starten|lanciert\w*|eröffnet|eröffnete\w*)")
# clause ends for a support verb's object: quotation marks stay inside ('eine "intensive" Gegenoffensive')
STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "-"})


def verbal(words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, kind: str,  # type: ignore[no-untyped-def]
           actor) -> bool:
    """Whether the German noun trigger at ``k`` (``n`` words, clause ``lo``..``hi``) of type ``kind`` is used
    as the verb of ``actor`` (see the module): fighting taken part in, or the object of a support verb."""
    if kind != "ASSAULT" or actor is None or actor.first < 0 or not words[k][:1].isupper():
        return False
    return fought(words, low, k, n, lo, hi, actor) or started(low, k, *bounds(low, k, n), actor=actor)


def fought(words: list[str], low: list[str], k: int, n: int, lo: int, hi: int, actor) -> bool:  # type: ignore[no-untyped-def]
    """Whether the trigger at ``k`` is a fight noun after "bei"/"in", ``actor`` named before that preposition in
    its clause, and the clause counts no casualties."""
    if n != 1 or not FIGHT.fullmatch(low[k]):
        return False
    at = k - 1
    while at > lo and low[at] in FILLERS:
        at -= 1
    if low[at] not in FIGHT_PREPS or not (lo <= actor.first and actor.last <= at):
        return False
    return not any(CASUALTIES.fullmatch(w) for w in low[lo:hi])


def started(low: list[str], k: int, lo: int, hi: int, actor) -> bool:  # type: ignore[no-untyped-def]
    """Whether a support verb in the trigger's clause takes it as its object ("hat ... eine Gegenoffensive
    gestartet"), ``actor`` named before the noun in that clause."""
    return lo <= actor.first < k and any(SUPPORT_VERBS.fullmatch(w) for w in low[lo:hi])


MARK = " (a noun used as the verb: verbal_nouns)"


def mark(relations: list, verbal: bool) -> None:
    """Note in the provenance of ``relations`` that their noun trigger was read as a verb."""
    for rel in relations if verbal else ():
        rel.provenance += MARK


def bounds(low: list[str], k: int, n: int) -> tuple[int, int]:
    """Word bounds of the clause around the trigger at ``k`` with quoted words inside it."""
    lo, hi = k, k + n
    while lo > 0 and low[lo - 1] not in STOPS:
        lo -= 1
    while hi < len(low) and low[hi] not in STOPS:
        hi += 1
    return lo, hi


def opponent(found: list, low: list[str], k: int, n: int, actor):  # type: ignore[no-untyped-def]
    """The mention right after "mit" following the fight noun ("bei Gefechten mit der ukrainischen Armee"): the
    other side; None when there is none."""
    if k + n >= len(low) or low[k + n] != "mit":
        return None
    return next((m for m in found if k + n < m.first <= k + n + 3 and m.canonical != actor.canonical
                 and m.label != "place"), None)
