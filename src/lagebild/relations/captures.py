"""Captures and withdrawals of foreign troops in German war reporting (issue 10, event detection).

Captures (COERCE, mode arrest) are mostly told with the captor named and the captives left to the story: "Etliche
der Männer waren in ukrainische Kriegsgefangenschaft geraten", "ukrainische Spezialeinheiten hätten den Mann ...
gefangengenommen". The captives are the foreign troops the document is about: the side it shows sending troops
(the actor of its AID relations), never the captor or a side that aids the captor. Gold codes these captures
(gold/SCHEMA.md: COERCE needs both sides; a capture without a named captor, "in Gefangenschaft geraten", is none).

Withdrawals (RETREAT, mode withdraw) of forces named by their country ("die nordkoreanischen Truppen wurden von
der Front abgezogen", "der Abzug nordkoreanischer Soldaten") need no recipient: the troops' country withdraws.

Kept apart from extract.py (at its size limit); extract calls ``open_capture`` and ``withdrawing`` per trigger
and ``fill`` once per document.
"""

from __future__ import annotations

from collections import Counter

from .lexicon import RelationLexicon

CAPTURE = "COERCE"
# The provenance mark of a capture waiting for its captives (filled in by ``fill``, else dropped).
PENDING = " (captives: the troops the document shows sent)"


def open_capture(kind: str, actor, word: str, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a German capture (trigger ``word``) whose sentence names its captor (a country: "ukrainische
    Spezialeinheiten", "in ukrainische Kriegsgefangenschaft") but no captives is kept for the captives the
    document implies. Not a noun of the captives ("ukrainische Kriegsgefangene" are Ukrainians held), nor groups
    ("die Polizei nahm einen Mann fest": general news names whom they arrest, or no one)."""
    captives = word[:1].isupper() and not word.lower().endswith(("schaft", "nahme"))
    return kind == CAPTURE and lang == "de" and actor.label == "LOC" and not captives


def mark(rel):  # type: ignore[no-untyped-def]
    """Mark ``rel`` (a capture without captives yet) for ``fill``."""
    rel.provenance += PENDING
    return rel


def fill(relations: list) -> list:
    """``relations`` with the captives of each pending capture filled in: the side the document shows sending
    troops or goods (its AID actors by count), neither the captor nor a side aiding the captor; a pending capture
    without such a side is dropped. Not the captives of the captor's other captures: in general news they are
    people arrested one by one ("Frankreich nahm Reda Kriket fest", then another suspect in Italy)."""
    out = []
    for rel in relations:
        if rel.recipient is None and PENDING in rel.provenance:
            captive = _captive(rel, relations)
            if captive is None:
                continue
            rel.recipient = captive
        out.append(rel)
    return out


def _captive(rel, relations: list) -> str | None:  # type: ignore[no-untyped-def]
    aiding = {r.actor for r in relations if r.type == "AID" and r.recipient == rel.actor}
    senders = Counter(r.actor for r in relations if r.type == "AID" and r.recipient
                      and r.actor not in aiding and r.actor != rel.actor and r.recipient != rel.actor)
    return senders.most_common(1)[0][0] if senders else None


def withdrawing(kind: str, mode: str | None, actor, words: list[str], low: list[str], k: int,
                lex: RelationLexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a German withdrawal's actor is forces named by their country adjective ("die nordkoreanischen
    Truppen ... abgezogen wurden", "Abzug nordkoreanischer Soldaten"): they withdraw, in the passive too and
    after a noun trigger, with no recipient. Not "die Geisel wurde freigelassen" (no forces)."""
    if kind != "RETREAT" or mode != "withdraw" or lex.lang != "de" or actor.text is None or actor.first < 0:
        return False
    text = words[actor.first]
    return actor.label == "LOC" and text[:1].islower() and any(lex.is_agent(w) for w in low[actor.last:actor.last + 2])


def forces_withdrawn(kind: str, mode: str | None, found: list, words: list[str], low: list[str], k: int,
                     lex: RelationLexicon) -> bool:
    """Whether a passive withdrawal names forces by their country ("die nordkoreanischen Truppen wurden
    abgezogen"): kept, the forces' country acts (other passives without an agent name no actor)."""
    return any(withdrawing(kind, mode, m, words, low, k, lex) for m in found)
