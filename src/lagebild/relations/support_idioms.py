"""Support said by an idiom that closes its clause keeps its recipient in that clause (German, issue 10).

lang/de/relations/triggers.txt (su1) names support by idioms whose last word closes the clause: "während sich X
hinter Y stellt", "hat X den Rücken gestärkt", "streute X Rosen", "zollte X Respekt" (a separable trigger: its
particle is the clause's last word). The one backed is named inside that clause, after "hinter" or as the
dative; a name of the next clause ("..., ringt Russland um Verbündete") is no recipient, though the word-order
rules fall back to the next free mention of the sentence. Without a recipient in its clause the idiom backs a
matter ("hinter die Reform", endorsed.txt) or no one named.

The tagger reads the gift noun right after a person's name as part of the name ("streute Heinz Fischer Rosen":
the person "Heinz Fischer Rosen"); the recipient is then the name without it, a name of two words or more, and
none when only a noun is left ("dem Bundespräsidenten Respekt").

Troops of one state marching in another state's parade back that state (su2, lang/de/relations/parades.txt):
"kubanische Soldaten marschieren bei der Parade in Caracas mit" is Cuba's support of Venezuela, the host
named by the place after "in", "über", "durch" (``host``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import resources
from .lexicon import Trigger
from .mentions import PLACE, Mention

CLOSED = frozenset({"SUPPORT"})  # the types whose clause-closing idioms this rule reads
NAME_WORDS = 2  # words a person's name keeps at least once the gift noun is cut off


def inside(recipient: Mention | None, trig: Trigger, kind: str, words: list[str], low: list[str], lo: int,
           hi: int) -> Mention | None:
    """The recipient of the clause-closing trigger ``trig`` (of ``kind``): ``recipient`` when it stands in the
    trigger's clause, words ``lo``..``hi``, without the idiom's closing word it swallowed, else None. Any
    recipient of other triggers, and one carried from another sentence (first < 0), is kept as it is."""
    if recipient is None or trig.particle is None or kind not in CLOSED or recipient.first < 0:
        return recipient
    if not lo <= recipient.first < hi:
        return None
    if not any(trig.particle.fullmatch(w) for w in low[recipient.first:recipient.last]):
        return recipient
    gift = words[recipient.last - 1]
    if not trig.particle.fullmatch(low[recipient.last - 1]) or recipient.label != "PER" or recipient.text is None \
            or recipient.last - 1 - recipient.first < NAME_WORDS or not recipient.canonical.endswith(" " + gift) \
            or not recipient.text.endswith(" " + gift):
        return None  # the gift noun alone ("Rosen") or a noun before it ("dem Bundespräsidenten Respekt")
    text = recipient.text[:-len(gift) - 1]
    end = None if recipient.start is None else recipient.start + len(text)
    return replace(recipient, canonical=recipient.canonical[:-len(gift) - 1], text=text, end=end,
                   last=recipient.last - 1)


@lru_cache(maxsize=None)
def _parades(lang: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """One pattern of the parade words of lang/<lang>/relations/parades.txt and its place prepositions."""
    if not resources.exists(lang, "relations/parades.txt"):
        return None, frozenset()
    rows = resources.load(lang, "relations/parades.txt").rows(2)
    words = [pattern for kind, pattern in rows if kind == "parade"]
    preps = frozenset(p for kind, pattern in rows if kind == "prep" for p in pattern.split("|"))
    return (re.compile("|".join(f"(?:{p})" for p in words)) if words else None), preps


def host(recipient: Mention | None, actor: Mention, found: list[Mention], preps: dict[int, str | None],
         words: list[str], low: list[str], k: int, n: int, kind: str, lo: int, hi: int, lang: str) -> Mention | None:
    """The recipient of a parade word of parades.txt at ``k`` (``n`` words): the state whose parade the actor's
    troops march in, the first state named as a place after one of its prepositions in the clause ``lo``..``hi``
    that is not the actor's, when no other recipient was found. A parade noun ("die Militärparade") backs no one
    but a state's host: people named around it watch or meet ("als X und Y eintrafen"), and a state's own
    parade ("Chinas Militärparade") has guests, no host. Other triggers keep ``recipient``."""
    if kind != "SUPPORT" or (recipient is not None and not words[k][:1].isupper()):
        return recipient
    parade, places = _parades(lang)
    if parade is None or not any(parade.fullmatch(w) for w in low[k:k + n]):
        return recipient
    noun = words[k][:1].isupper()
    if actor.label != "LOC":
        return None if noun else recipient
    place = next((m for m in found if lo <= m.first < hi and m.label in ("LOC", PLACE)
                  and preps.get(id(m)) in places and m.canonical != actor.canonical), None)
    return place if noun else recipient or place  # "Chinas Militärparade" with guests: China's own, no host


def settled(recipient: Mention | None, trig: Trigger, kind: str, actor: Mention, found: list[Mention],
            preps: dict[int, str | None], words: list[str], low: list[str], k: int, n: int, lo: int, hi: int,
            lang: str) -> Mention | None:
    """The recipient of the trigger at ``k`` after both rules: kept in a clause-closing idiom's clause
    (``inside``), else the host of a parade (``host``)."""
    return host(inside(recipient, trig, kind, words, low, lo, hi), actor, found, preps, words, low, k, n, kind, lo, hi,
                lang)


__all__ = ["host", "inside", "settled"]
