"""English forces named again by a description: "these soldiers", "the troops" are the forces the text last named.

"About 9,000 North Korean soldiers are stationed in Russia. Several of these soldiers have since
seen combat": the anaphor of kind actor (lang/en/relations/anaphors.txt) takes the actor of the
document's last relation (extract.py), which here is another side (an earlier "Ukraine ... killed three North
Korean soldiers"). A description of forces repeats the forces the text last named with their country ("North
Korean soldiers", "Russian troops": a country mention right before a noun of force, agents.txt), in a sentence
with or without a relation; other anaphors ("they", "he") keep extract.py's rule.
"""

from __future__ import annotations

from typing import Any

from .lexicon import RelationLexicon

LANGS = frozenset({"en"})
KEY = "forces"  # key in extract.py's carry-over memory: (Mention, canonical) of the forces last named


def note(carry: dict, found: list, low: list[str], lex: RelationLexicon, carried: Any) -> None:
    """Remember the country of the last forces the sentence names ("North Korean soldiers"); ``carried`` makes
    the carry-over Mention of a canonical name (extract.py's Mention with no offsets)."""
    if lex.lang not in LANGS:
        return
    for m in found:
        if m.label == "LOC" and m.last < len(low) and lex.is_agent(low[m.last]) and m.canonical:
            carry[KEY] = (carried(m.canonical), m.canonical)


def owner(carry: dict, low: list[str], lo: int, hi: int, lex: RelationLexicon) -> Any | None:
    """The forces last named, when the anaphor between words ``lo`` and ``hi`` is a description of forces
    ("these soldiers", "the troops"); None otherwise."""
    if lex.lang not in LANGS or KEY not in carry:
        return None
    for m in range(lo, hi):
        for phrase, kind in lex.anaphors:
            if kind == "actor" and tuple(low[m:m + len(phrase)]) == phrase and lex.is_agent(phrase[-1]):
                return carry[KEY]
    return None
