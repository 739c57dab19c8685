"""English flows given in return: the counter-flow an exchange states (as exchange.py for German).

"Belarus supplies potash to China and may get grain in return", "Iran ships drones to Belarus in exchange for
tractors": the sentence states a flow back, AID from the receiver to the giver (gold/SCHEMA.md codes both). Two
shapes:
- "in exchange for" / "in return for" what is given back, in the clause of the flow's trigger: only when that
  names goods, forces or a flow (objects.txt, or a word the trigger lexicon reads as AID: "for its help");
- "in return", "in exchange" with nothing after, closing a clause of receiving (a trigger of type "AID~" of
  lang/en/relations/triggers.txt: "receive", "obtain") that follows the flow's trigger: the giver receives.
The first flow of the sentence that the phrase follows is the one answered; one the sentence already states
back is not added twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..model import Doc, Relation
from . import record, status_en
from .lexicon import RelationLexicon

LANGS = frozenset({"en"})
EXCHANGE = re.compile(r"\bin\s+(?:return|exchange)\b(?:\s+for\b\s*(?P<rest>(?:\S+\s+){0,3}\S+))?", re.IGNORECASE)
PROVENANCE = " (the counter-flow of an exchange: exchange_en.py)"
Clause = Callable[[list[str], int, int], tuple[int, int]]  # words, trigger index, its length -> clause bounds
RECEIVES = "AID~"


def _gives_back(rest: str, lex: RelationLexicon) -> bool:
    """Whether the words after "in exchange for" name goods, forces or a flow."""
    low = [w.lower().strip(".,;:\"'”“") for w in rest.split()]
    return any(lex.is_object(w) or ((t := lex.triggers_at(low, k)) is not None and t.type.startswith("AID"))
               for k, w in enumerate(low))


def counter(doc: Doc, relations: list[Relation], lex: RelationLexicon, clause: Clause) -> list[Relation]:
    """``relations`` with the counter-flow of each English AID answered by an exchange (see the module)."""
    if lex.lang not in LANGS:
        return relations
    have = {(r.sentence, r.actor, r.recipient) for r in relations if r.type == "AID"}
    answered: set[int] = set()
    out = list(relations)
    for rel in sorted(relations, key=lambda r: (r.sentence, r.predicate_start or 0)):
        if rel.type != "AID" or rel.recipient is None or rel.status == "negated" or rel.predicate_start is None \
                or rel.sentence in answered:
            continue
        text = doc.sentence_text(rel.sentence) or ""
        base = doc.sents[rel.sentence].start
        match = next((m for m in EXCHANGE.finditer(text) if base + m.start() > (rel.predicate_end or 0)), None)
        if match is None or (rel.sentence, rel.recipient, rel.actor) in have:
            continue
        start, phrase, state = base + match.start(), match.group(0).split(" for")[0], (rel.status, rel.status_cue)
        j = None
        if match.group("rest"):
            if not _gives_back(match.group("rest"), lex) or not _in_clause(doc, rel, start, clause):
                continue
        else:
            toks, j = _received_before(doc, rel, start, lex)
            if j is None:
                continue
            # "and could get fuel in return": the receiving verb is the flow back, with its own status
            start, phrase = toks[j].start, toks[j].text
            state = status_en.status(doc, rel.sentence, j, 1, lex) or state
        back = replace(rel, status=state[0], status_cue=state[1], actor=rel.recipient, actor_text=rel.recipient_text or rel.recipient,
                           recipient=rel.actor, recipient_text=rel.actor_text, actor_start=rel.recipient_start,
                           actor_end=rel.recipient_end, recipient_start=rel.actor_start,
                           recipient_end=rel.actor_end, predicate=phrase, predicate_start=start,
                           predicate_end=start + len(phrase), object=None, quantity=None, quantity_index=None,
                           provenance=rel.provenance + PROVENANCE)
        if j is not None:  # "may receive": the receiving verb's own hedge
            record.hedge(back, Sent(doc, rel.sentence, attr_lexicon.load(lex.lang)), j, lex)
        out.append(back)
        have.add((rel.sentence, rel.recipient, rel.actor))
        answered.add(rel.sentence)
    return out


def _trigger_index(doc: Doc, rel: Relation) -> tuple[list, int | None]:
    toks = doc.sent_tokens(rel.sentence)
    return toks, next((j for j, t in enumerate(toks) if t.start >= (rel.predicate_start or 0)), None)


def _in_clause(doc: Doc, rel: Relation, at: int, clause: Clause) -> bool:
    """Whether the offset ``at`` lies in the clause of ``rel``'s trigger."""
    toks, k = _trigger_index(doc, rel)
    if k is None:
        return False
    n = sum(1 for t in toks[k:] if t.end <= (rel.predicate_end or 0)) or 1
    lo, hi = clause([t.text for t in toks], k, n)
    return toks[lo].start <= at < toks[hi - 1].end


def _received_before(doc: Doc, rel: Relation, at: int, lex: RelationLexicon) -> tuple[list, int | None]:
    """The sentence's tokens and the index of a trigger of receiving between ``rel``'s trigger and the offset
    ``at`` (None when there is none)."""
    toks, k = _trigger_index(doc, rel)
    if k is None:
        return toks, None
    low = [t.text.lower() for t in toks]
    return toks, next((j for j in range(k, len(toks)) if (rel.predicate_end or 0) <= toks[j].start < at
                       and (t := lex.triggers_at(low, j)) is not None and t.type == RECEIVES), None)
