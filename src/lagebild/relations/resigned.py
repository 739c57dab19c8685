"""Resignations told twice: the body left, named once, is the recipient of each telling (general news).

An article on a resignation tells it in the headline, the lead and a quote ("Baker hat ihr Amt an der Universität
Lund aufgegeben" ... "dass Dame Ann Baker als Dekanin der Fakultät zurückgetreten ist"),
and names the body left in one of them only. PLOVER codes a resignation as RETREAT (mode resign) with that body
as recipient, the gold in each sentence. So a German RETREAT without a recipient takes the recipient of the
document's other RETREATs of the same person (the same name, or one whose words hold the other's: "Dame Ann
Baker", "Ann Baker"), when they name exactly one; marked in the provenance.
"""

from __future__ import annotations

from ..model import Relation

TYPE = "RETREAT"


def same_person(a: str, b: str) -> bool:
    """Whether two actor names are one person: the words of one hold the other's ("Dame Ann Baker", "Ann Baker")."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def fill(relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` with the recipient of a German RETREAT that names none taken from the same person's others."""
    if lang != "de":
        return relations
    named = [r for r in relations if r.type == TYPE and r.recipient]
    if not named:
        return relations
    for rel in relations:
        if rel.type != TYPE or rel.recipient is not None:
            continue
        left = {r.recipient for r in named if same_person(r.actor, rel.actor) and r.recipient != rel.actor}
        if len(left) == 1:
            rel.recipient = left.pop()
            rel.provenance += " (recipient: the body the document says the actor left, resigned.py)"
    return relations


__all__ = ["fill", "same_person"]
