"""English forces moved inside the country they already serve in: MOBILIZE, no AID.

The gold (SCHEMA.md: "troops deployed or massed on one's own side or front: MOBILIZE") codes a flow of troops to
another state as AID only where they come to it: once the document has the actor's forces in a country (an AID
to it, factual or planned, in an earlier sentence), a further move that the sentence only expects ("could be deployed
to the Belgorod area", "will likely be deployed to Bryansk", "might later be sent to southern Russia") to a place in that
country, not the country itself, moves them on the side they already fight for (story-dev English: 3 of 3 such
flows MOBILIZE in the gold, while all 5 flows to a region stated as fact are AID). Forces put back at a front
("redeployed", a trigger line of lang/en/relations/triggers.txt that reads MOBILIZE) are moved on their side
whatever the status: the MOBILIZE -> AID rule of extract.py (troops in another state) does not apply to them.
"""

from __future__ import annotations

import re

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation

LANGS = frozenset({"en"})
# verbs that move forces (the flow lines of lang/en/relations/triggers.txt); "assist", "support" move nothing
MOVES = re.compile(r"(?:deploy\w*|sen[dt]s?|sending|mov(?:e|ed|es|ing)|dispatch\w*|transferr\w*)", re.I)
AGAIN = re.compile(r"(?:redeploy\w*|relocat\w*)", re.I)  # the trigger line of forces moved back to a front
PART = re.compile(r"\b(?:western|eastern|northern|southern|central)\s+$", re.I)  # "western Russia"
EXPECTED = frozenset({"planned", "hypothetical"})
NOTE = " (MOBILIZE: forces moved inside {}, where the document has them already)"


def _names_country(doc: Doc, rel: Relation, gaz: Gazetteer) -> bool:
    """Whether the recipient as written names a state itself ("Russia", "Moscow") rather than a place in it
    ("Kursk", "the Kursk area", "western Russia": a part of it named by its compass point)."""
    if not rel.recipient_text or rel.recipient_start is None:
        return True  # a recipient the document gave, no place of the sentence
    if PART.search(doc.text[max(0, rel.recipient_start - 12):rel.recipient_start]):
        return False
    words = [w for w in re.findall(r"[\w.'’-]+", rel.recipient_text) if w.lower() not in ("the",)]
    entry = gaz.names.get(tuple(words))
    return entry is not None and (entry.source == "countries.txt" or entry.kind == "metonym")


def _mobilize(rel: Relation, where: str) -> None:
    rel.provenance += NOTE.format(where)
    rel.type, rel.mode = "MOBILIZE", "troops"
    rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = None, None, None, None


def within(doc: Doc, relations: list[Relation], lang: str, gaz: Gazetteer) -> list[Relation]:
    """``relations`` with the moves of forces inside a country the document has them in already turned into
    MOBILIZE without recipient (marked in the provenance); one that then repeats a MOBILIZE of its sentence
    is dropped."""
    if lang not in LANGS:
        return relations
    present: dict[tuple[str, str], int] = {}  # (actor, country) -> first sentence stating a flow there as fact
    for rel in relations:
        if rel.type == "AID" and rel.recipient and rel.status not in ("negated", "hypothetical"):
            key = (rel.actor, rel.recipient)
            present[key] = min(present.get(key, rel.sentence), rel.sentence)
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        if rel.type in ("AID", "MOBILIZE") and rel.recipient and AGAIN.fullmatch(rel.predicate.split()[-1]):
            where = rel.recipient
        elif rel.type == "AID" and rel.recipient and rel.status in EXPECTED \
                and MOVES.fullmatch(rel.predicate.split()[-1]) and not _names_country(doc, rel, gaz) \
                and present.get((rel.actor, rel.recipient), rel.sentence) < rel.sentence:
            where = rel.recipient
        else:
            out.append(rel)
            continue
        if (rel.sentence, "MOBILIZE", rel.actor, None) in seen:
            continue
        seen.add((rel.sentence, "MOBILIZE", rel.actor, None))
        _mobilize(rel, where)
        out.append(rel)
    return out
