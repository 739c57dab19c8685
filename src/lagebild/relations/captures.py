"""Captures and withdrawals of foreign troops in German war reporting (issue 10, event detection).

Captures (COERCE, mode arrest) are mostly told with the captor named and the captives left to the story: "Etliche
der Männer waren in ukrainische Kriegsgefangenschaft geraten", "ukrainische Spezialeinheiten hätten den Mann ...
gefangengenommen". The captives are the foreign troops the document is about: the side it shows sending troops
(the actor of its AID relations), never the captor or a side that aids the captor. Gold codes these captures
(gold/SCHEMA.md: COERCE needs both sides; a capture without a named captor, "in Gefangenschaft geraten", is none).

Withdrawals (RETREAT, mode withdraw) of forces named by their country ("die nordkoreanischen Truppen wurden von
der Front abgezogen", "der Abzug nordkoreanischer Soldaten") need no recipient: the troops' country withdraws.
Forces in the genitive of a noun of withdrawal ("Minsk feierte die Rückkehr der belarussischen Pioniere") are its
actor, not the subject who welcomes, orders or reports it (``withdrawn_by``).

Kept apart from extract.py (at its size limit); extract calls ``open_capture``, ``withdrawn_by`` and
``withdrawing`` per trigger
and ``fill`` once per document.
"""

from __future__ import annotations

from collections import Counter

from .lexicon import FLAGS, RelationLexicon

CAPTURE = "COERCE"
CAPTIVITY = "gefangenschaft"  # the German noun of captivity, its captor the adjective before it
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
        _subject_aside(rel)
        if _captor_apart(rel):
            continue
        if rel.recipient is None and PENDING in rel.provenance:
            captive = _captive(rel, relations)
            if captive is None:
                continue
            rel.recipient = captive
        out.append(rel)
    return out


def _captor_apart(rel) -> bool:  # type: ignore[no-untyped-def]
    """Whether a German noun of captivity ("in Kriegsgefangenschaft geraten") takes its captor from anywhere but the
    country adjective right before it ("in ukrainische Gefangenschaft"): "Das russische Militär töte Verwundete,
    bevor sie in Gefangenschaft gerieten" names the side that kills, no captor, and a captivity without a captor
    is no event (gold/SCHEMA.md: COERCE needs both sides)."""
    if rel.type != CAPTURE or not rel.predicate.lower().endswith(CAPTIVITY) or rel.actor_end is None \
            or rel.predicate_start is None:
        return False
    return rel.actor_end > rel.predicate_start or rel.predicate_start - rel.actor_end > 1


def _subject_aside(rel) -> None:  # type: ignore[no-untyped-def]
    """A German noun of withdrawal whose forces follow it (``withdrawn_by``) has no recipient before it: that is
    the clause's subject, who demands, welcomes or reports the withdrawal ("Polen forderte den Abzug der
    russischen Truppen")."""
    if rel.type == "RETREAT" and rel.mode == "withdraw" and rel.predicate[:1].isupper() \
            and None not in (rel.actor_start, rel.predicate_start, rel.recipient_start) \
            and rel.recipient_start < rel.predicate_start < rel.actor_start:
        rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = None, None, None, None


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
    # a country adjective, in lower case or opening the sentence ("Nordkoreanische Truppen wurden abgezogen", a
    # headline's form); not a people noun ("Nordkoreaner") nor the country's name
    adjective = text[:1].islower() or actor.first == 0 and not text.endswith(("er", "ern")) and text != actor.canonical
    return actor.label == "LOC" and adjective and any(lex.is_agent(w) for w in low[actor.last:actor.last + 2])


def forces_withdrawn(kind: str, mode: str | None, found: list, words: list[str], low: list[str], k: int,
                     lex: RelationLexicon) -> bool:
    """Whether a passive withdrawal names forces by their country ("die nordkoreanischen Truppen wurden
    abgezogen"): kept, the forces' country acts (other passives without an agent name no actor)."""
    return any(withdrawing(kind, mode, m, words, low, k, lex) for m in found)


# types of a verb before the noun that say the withdrawal has not happened (demanded, refused, threatened)
UNDONE = frozenset({"REQUEST", "REJECT", "THREATEN"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "-"})
# words that may open a genitive after the noun ("die Rückkehr der Pioniere", "den Abzug aller Truppen")
GENITIVE_OPENERS = frozenset({"der", "aller", "vieler", "einiger", "weiterer", "zahlreicher", "tausender"})


def withdrawn_by(kind: str, mode: str | None, found: list, words: list[str], low: list[str], k: int, n: int,
                 lex: RelationLexicon):  # type: ignore[no-untyped-def]
    """The forces in the genitive right after a German noun of withdrawal at ``k`` (``n`` words), named by their
    country adjective ("die Rückkehr der belarussischen Pioniere", "den Abzug nordkoreanischer Soldaten"): they
    withdraw, whoever the clause's subject is. None when the noun has no such genitive."""
    if kind != "RETREAT" or mode != "withdraw" or lex.lang != "de" or not words[k][:1].isupper():
        return None
    lo = next((j + 1 for j in range(k - 1, -1, -1) if low[j] in CLAUSE_BREAKS), 0)
    if any((trig := lex.triggers_at(low, j)) is not None and trig.type.rstrip(FLAGS) in UNDONE for j in range(lo, k)):
        return None  # "forderte den Abzug der russischen Truppen": demanded, refused, not done
    start = k + n + (1 if k + n < len(low) and low[k + n] in GENITIVE_OPENERS else 0)
    return next((m for m in found if m.first == start and withdrawing(kind, mode, m, words, low, k, lex)), None)
