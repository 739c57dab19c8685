"""The side forces are readied or moved to join, in English: "10,000 troops are being readied to join Belarusian
forces" mobilizes them for Belarus (the recipient of the MOBILIZE), where the trigger's own phrases name no one.

The verbs of joining are in lang/en/relations/joined.txt; only their object counts, as the parse gives it (the
infinitive completing the MOBILIZE verb: ``xcomp``), so "readied to join the fight" names no side (no mention)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import resources

WORDS = "relations/joined.txt"
KINDS = frozenset({"MOBILIZE"})


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
