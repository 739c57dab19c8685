"""Goods handed over: the receiver stands in the clause of the verb that hands them over (issue 10, German AID).

"Kuba stellt Venezuela zwanzig Haubitzen zur Verfügung", "stellte Portugal Raketentechnik bereit", "hat Venezuela
Technik überlassen", "gibt die Technik an Portugal weiter": the verbs of lang/de/relations/triggers.txt typed
"AID$" (a flow only with goods or forces in the clause) name their receiver in their own clause, as a dative or
after "an". When the clause names none, extract.py takes the first free mention of the sentence, which for these
verbs is a name of another clause: "stellte Daten ... zur Verfügung, die aus Chile, Peru und Kanada
kamen" (none of them receives), "dass Kuba im Gegenzug Technik weitergegeben habe, mit der Venezuela ..."
(Venezuela uses it; whom it went to the document says). ``in_bracket`` drops such an AID, or, when its sentence
says the flow is given back ("im Gegenzug", returned.py), leaves its recipient to returned.fill; a recipient the
document filled in (no position in the sentence) stays.
"""

from __future__ import annotations

from ..model import Doc, Relation
from . import returned
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END

HANDING = "AID$"  # the trigger type of the verbs of handing over in triggers.txt
PROVENANCE = " (recipient dropped: named in another clause than its verb of handing over: handed.py)"


def in_bracket(doc: Doc, relations: list[Relation], lex: RelationLexicon) -> list[Relation]:
    """``relations`` without the German AIDs of a verb of handing over whose recipient is named past a clause
    boundary from the verb (kept without a recipient when their sentence says the flow is given back)."""
    rules = {t.rule for t in lex.triggers if t.type == HANDING} if lex.lang == "de" else set()
    if not rules:
        return relations
    out = []
    for rel in relations:
        if rel.type != "AID" or rel.provenance.split(" ")[0] not in rules or not _parted(doc, rel):
            out.append(rel)
        elif returned.gives_back(doc, rel.sentence):
            rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None  # type: ignore[assignment]
            rel.provenance += PROVENANCE
            out.append(rel)
    return out


def _parted(doc: Doc, rel: Relation) -> bool:
    """Whether a clause boundary (mentions.CLAUSE_END) stands between the relation's verb and its recipient."""
    if rel.recipient_start is None or rel.predicate_start is None:
        return False
    lo, hi = sorted((rel.predicate_start, rel.recipient_start))
    return any(lo < t.start < hi and t.text in CLAUSE_END for t in doc.sent_tokens(rel.sentence))


__all__ = ["in_bracket"]
