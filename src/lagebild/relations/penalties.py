"""Court sentences are sanctions, not accusations (general news: justice reports).

"verurteilen" is both condemning in words ("Der Minister verurteilte den Anschlag": ACCUSE, disapprove) and
sentencing in court ("Das Gericht verurteilte ihn zu drei Jahren Haft": SANCTION, convict, in PLOVER's modes).
The trigger lines give ACCUSE; a German "verurteil..." relation whose sentence names a penalty after "zu"
("zu einem Jahr Haft", "zu lebenslanger Haft", "zur Zahlung von 51.000 Euro", "zum Tode") becomes a SANCTION
(mode convict). The penalty words are lang/de/relations/penalties.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation

PENALTIES = "relations/penalties.txt"
SPAN = 8  # words after "zu"/"zur"/"zum" within which the penalty noun stands ("zu 3,5 Jahren unbedingter Haft")


@lru_cache(maxsize=None)
def _penalty(lang: str) -> re.Pattern[str] | None:
    """One pattern of the penalty words of lang/<code>/relations/penalties.txt (None without the file)."""
    if not resources.exists(lang, PENALTIES):
        return None
    words = [row[0] for row in resources.load(lang, PENALTIES).rows(1)]
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def sentenced(words: list[str], start: int, lang: str) -> bool:
    """Whether a penalty follows "zu"/"zur"/"zum" in ``words`` from ``start`` on, before the clause ends."""
    penalty = _penalty(lang)
    if penalty is None:
        return False
    for j in range(start, len(words)):
        if words[j] in (";", ":") or words[j] == "," and j > start:
            return False
        if words[j].lower() in ("zu", "zur", "zum"):
            return any(penalty.fullmatch(w.lower()) for w in words[j + 1:j + 1 + SPAN])
    return False


def convictions(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` with court sentences retyped as SANCTION (mode convict, context legal)."""
    for rel in relations:
        if rel.type != "ACCUSE" or not rel.predicate.lower().startswith("verurteil") or doc.lang != "de" \
                or rel.predicate_start is None or not 0 <= rel.sentence < len(doc.sents):
            continue
        toks = doc.sent_tokens(rel.sentence)
        words = [t.text for t in toks]
        at = next((j for j, t in enumerate(toks) if t.start >= rel.predicate_start), None)
        # the sentence may name the penalty before the verb ("zu drei Jahren Haft verurteilt") or after it
        clause = 0 if at is None else max((j + 1 for j in range(at) if words[j] in (",", ";", ":")), default=0)
        if at is not None and sentenced(words, clause, doc.lang):
            rel.type, rel.mode, rel.context = "SANCTION", "convict", ["legal"]
            rel.provenance += " (penalty: lang/de/relations/penalties.txt)"
    return relations


__all__ = ["convictions", "sentenced"]
