"""Flows given in exchange and goods named by their maker (issue 10, German event detection: dense and implicit
flows).

- Goods received, named by the giver's country adjective ("Nordkorea erhält alte russische Jets", "Moskau bekam
  nordkoreanische Granaten"): the adjective's country gives, as "aus X" would (``made_by``, asked by
  extract._relations for a receiving trigger, type "AID~").
- A flow in exchange for another ("Nordkorea bekommt russische Raketentechnik im Gegenzug für Granaten", "als
  Gegenleistung für die Entsendung von Soldaten erhält Nordkorea russisches Öl"): the sentence
  states the counter-flow too, AID from the receiver back to the giver (gold/SCHEMA.md codes both; ``counter``
  adds it after the document's recipients are filled in). Only when what is given back is goods, forces or a
  flow ("im Austausch für Waffen", "für den Truppeneinsatz"), not "im Austausch für Informationen".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Doc, Relation
from . import exchange_en
from .lexicon import RelationLexicon

# "im Austausch für/gegen", "im Gegenzug für/zu", "als Gegenleistung für"
EXCHANGE = re.compile(r"\b(?:im\s+(?:Austausch|Gegenzug)|als\s+Gegenleistung)\s+(?:für|gegen|zu|zur|zum)\b\s*"
                      r"(?P<rest>(?:\S+\s+){0,3}\S+)", re.IGNORECASE)
# nouns of a flow that is given back ("die Unterstützung", "den Truppeneinsatz", "Lieferungen")
FLOW_NOUNS = re.compile(r"\w*(?:unterstützung|hilfe|einsatz|einsätze|lieferung|lieferungen|entsendung)",
                        re.IGNORECASE)
PROVENANCE = " (the counter-flow of an exchange: exchange.py)"
Clause = Callable[[list[str], int, int], tuple[int, int]]  # words, trigger index, its length -> clause bounds


def made_by(words: list[str], low: list[str], first: int, last: int, lex: RelationLexicon) -> bool:
    """Whether the mention at words ``first``..``last`` is a German country adjective before goods ("russische
    Kampfflugzeuge", "nordkoreanische Granaten"): their maker or sender. Not before forces ("die russischen
    Streitkräfte erhielten ...": the receivers)."""
    if lex.lang != "de" or first < 0 or not words[first][:1].islower():
        return False
    return any(lex.is_object(w) and not lex.is_agent(w) for w in low[last:last + 2] if w[:1].isalpha())


def counter(doc: Doc, relations: list[Relation], lex: RelationLexicon, clause: Clause) -> list[Relation]:
    """``relations`` with the counter-flow of each AID stated in exchange for something in the clause of its
    trigger (see the module; ``clause`` gives a trigger's clause bounds: extract._clause)."""
    if lex.lang != "de":  # English: "in return", "in exchange for" (exchange_en.py)
        return exchange_en.counter(doc, relations, lex, clause)
    have = {(r.sentence, r.actor, r.recipient) for r in relations if r.type == "AID"}
    matches: dict[int, re.Match | None] = {}  # sentence -> its exchange phrase, searched once
    out = list(relations)
    for rel in relations:
        if rel.type != "AID" or rel.recipient is None or rel.status == "negated" or rel.predicate_start is None:
            continue
        if rel.sentence not in matches:
            matches[rel.sentence] = EXCHANGE.search(doc.sentence_text(rel.sentence) or "")
        match = matches[rel.sentence]
        if match is None or (rel.sentence, rel.recipient, rel.actor) in have \
                or not _in_clause(doc, rel, doc.sents[rel.sentence].start + match.start(), clause):
            continue  # "Die USA liefern Panzer an die Ukraine, während Nordkorea im Austausch für ...": not theirs
        rest = match.group("rest").split()
        if not any(lex.is_object(w.lower().strip(".,;:")) or FLOW_NOUNS.fullmatch(w.strip(".,;:"))
                   for w in rest):
            continue
        start = doc.sents[rel.sentence].start + match.start()
        phrase = match.group(0)[:match.start("rest") - match.start()].strip()
        out.append(replace(rel, actor=rel.recipient, actor_text=rel.recipient_text or rel.recipient,
                           recipient=rel.actor, recipient_text=rel.actor_text, actor_start=rel.recipient_start,
                           actor_end=rel.recipient_end, recipient_start=rel.actor_start,
                           recipient_end=rel.actor_end, predicate=phrase, predicate_start=start,
                           predicate_end=start + len(phrase), object=None, quantity=None, quantity_index=None,
                           provenance=rel.provenance + PROVENANCE))
        have.add((rel.sentence, rel.recipient, rel.actor))
    return out


def _in_clause(doc: Doc, rel: Relation, at: int, clause: Clause) -> bool:
    """Whether the offset ``at`` lies in the clause of ``rel``'s trigger."""
    toks = doc.sent_tokens(rel.sentence)
    k = next((j for j, t in enumerate(toks) if t.start >= (rel.predicate_start or 0)), None)
    if k is None:
        return False
    n = sum(1 for t in toks[k:] if t.end <= (rel.predicate_end or 0)) or 1
    lo, hi = clause([t.text for t in toks], k, n)
    return toks[lo].start <= at < toks[hi - 1].end
