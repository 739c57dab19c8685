"""The side forces are readied or moved to join, in English: "10,000 troops have been readied to join Belarusian
forces" mobilizes them for Belarus (the recipient of the MOBILIZE), where the trigger's own phrases name no one.

The verbs of joining are in lang/en/relations/joined.txt; only their object counts, as the parse gives it (the
infinitive completing the MOBILIZE verb: ``xcomp``), so "readied to join the fight" names no side (no mention).
Such a MOBILIZE stays one (as the gold codes it): forces readied for a side are not yet sent to a state, which
extract.py otherwise records as AID (``noted``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import resources

WORDS = "relations/joined.txt"
KINDS = frozenset({"MOBILIZE"})
KEY = "relations.joined_en"  # Doc.user_data: (sentence, trigger word) of each MOBILIZE whose side joined is named


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    rows = resources.load("en", WORDS).rows(1)
    return re.compile("|".join(f"(?:{row[0]})" for row in rows))


def sides(tok: Any, kind: str) -> list[Any]:
    """The objects of the verbs of joining that complete the trigger token ``tok`` of ``kind`` (the phrases naming
    the side joined); none for other types."""
    if kind not in KINDS:
        return []
    verbs = _verbs()
    return [d for c in tok.children if c.dep_ == "xcomp" and verbs.fullmatch(c.lower_)
            for d in c.children if d.dep_ == "dobj"]


def note(doc: Any, i: int, k: int) -> None:
    """Remember that the trigger at word ``k`` of sentence ``i`` names the side its forces are readied to join."""
    doc.user_data.setdefault(KEY, set()).add((i, k))


def noted(doc: Any, i: int, k: int) -> bool:
    """Whether the trigger at word ``k`` of sentence ``i`` names the side its forces are readied to join: its
    recipient is that side, and the MOBILIZE is no flow to a state (AID)."""
    return (i, k) in doc.user_data.get(KEY, ())
