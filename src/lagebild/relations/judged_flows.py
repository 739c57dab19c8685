"""A speaker who judges a flow is not its giver (issue 10, transfers named in unusual ways).

"Derartige Panzerlieferungen an X seien ein grober Fehler, warnte die Ministerin": the content of the speech names a flow
by a noun ("Lieferungen", "Hilfe") and judges it (lang/de/relations/judgements.txt: a judgement word as the
predicate, "ein Fehler", "eine Eskalation"), and names no giver of its own. The German trigger rules then took the
speaker, the only actor left, as the giver: the president who condemns the deliveries delivered them (English
reads the noun's roles from the parse, which gives the speaker none: "Such deliveries ..., Putin said"). The judgement is his (judgements.py reads the accusation where the act has a named owner); the
flow's giver is unknown here, so the relation goes.

A flow whose owner the content names stays ("Spaniens Lieferungen an X seien ein Fehler, sagte Y": Spanien gives,
not Y), and so does a flow the speaker defends ("Unsere Lieferungen sind kein Fehler": "kein" is no article of a
judgement).
"""

from __future__ import annotations

from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from .judgements import content_words, predicate_in, speaker_of
from .lexicon import RelationLexicon
from .mentions import PLACE, mentions

FLOWS = frozenset({"AID"})  # flows a noun names ("Lieferungen", "Hilfe")
LANGS = frozenset({"de"})


def without_judged(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` without the flows named by a noun inside a speech that judges them, whose giver is the
    speaker (see the module)."""
    if lex.lang not in LANGS or not doc.attributions:
        return relations
    judged = [r for r in relations if r.type in FLOWS and r.source not in (None, AUTHOR)
              and r.predicate_start is not None and r.predicate[:1].isupper()]  # a noun (at a sentence's start too)
    if not judged:
        return relations
    dropped: set[int] = set()
    for rel in judged:
        for att in doc.attributions:
            if att.sentence != rel.sentence or att.content_start is None or att.content_end is None \
                    or not att.content_start <= rel.predicate_start < att.content_end:  # type: ignore[operator]
                continue
            if _judges(doc, att, rel, lex, gaz):
                dropped.add(id(rel))
                break
    return [r for r in relations if id(r) not in dropped] if dropped else relations


def _judges(doc: Doc, att, rel: Relation, lex: RelationLexicon, gaz: Gazetteer) -> bool:  # type: ignore[no-untyped-def]
    """Whether the content of ``att`` judges the flow of ``rel`` (a judgement word its predicate, after the flow's
    noun) and its speaker is the flow's giver."""
    if (content := content_words(doc, att)) is None:
        return False
    words, low, starts, lo, hi = content
    k = predicate_in(lex.lang, low, lo, hi)
    if k is None or starts[k] <= rel.predicate_start:  # type: ignore[operator]
        return False  # the judgement must come after the flow it judges: "X wären ein Fehler"
    found = [m for m in mentions(doc, att.sentence, words, starts, gaz, lex) if m.label != PLACE]
    if any(lo <= m.first and m.last <= k and m.canonical == rel.actor for m in found):
        return False  # "Spaniens Hilfe sei ein Fehler, sagte der Präsident Spaniens": the content names the giver
    speaker = speaker_of(doc, att, found)
    return speaker is not None and speaker.canonical == rel.actor or att.source == rel.actor
