"""Which of two parties named at once acts: the visitor's state first (issue 10, pacts and mutual help).

A description of two states at once ("die beiden Länder", "die Nachbarländer": anaphora.py, kind pair) gives a
mutual relation (extract.MUTUAL: a pact signed, help both ways, cooperation) with both parties from the one
phrase. Its order came from the text (the last pair it coordinated, else the first one anywhere, else the two it
names most), which for a pact told after the visit that sealed it often is not the order gold keeps. Of the 15 gold
relations (story-dev, seeds, dev-10kgnad) with such a phrase as both parties, 9 stand in documents that tell a
visit between the two states: 8 have the visiting state as actor (Russland before Nordkorea on Shoigu's, Lavrov's
and Putin's visits to Pyongyang, the USA before Ägypten on Kerry's visit to Cairo), the ninth names both states
in its own sentence before the phrase ("Pjöngjang ... Russland ... und beide Regime") and keeps that order. So when
the document's visits to either state (who visits CONSULTs the host, meetings.visitors_first) all have one host,
a country or its capital (a person "visited" may be a call's partner), visited by the other state or by someone
of no state it tells, the other state becomes the actor. Names the sentence gives itself ("Nordkorea und Russland
leisten sich Beistand", or before the phrase: anaphora.sentence_pair) keep their order: only a relation whose
actor and recipient are the one pair phrase, in a sentence naming no state before it, is turned. Marked in the
provenance. An agreement of the pair phrase (AGREE, "vereinbarten die beiden Länder ...") is turned alike: the one
gold AGREE of such a phrase (story-dev) stands after a visit and keeps the visiting state first.
"""

from __future__ import annotations

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .meetings import person_countries, swap
from .sides import state_of

# an agreement of the pair phrase ("vereinbarten die beiden Länder ..."): no mutual type, yet told of the same
# visit as the pact (the one gold AGREE of such a phrase, on a visit, keeps the visiting state first)
AGREED = frozenset({"AGREE"})


def visitor_first(doc: Doc, relations: list[Relation], gaz: Gazetteer, mutual: frozenset[str]) -> None:
    """Turn the mutual relations of one pair phrase so that the state whose people visit the other acts."""
    paired = [r for r in relations if r.type in mutual | AGREED and r.recipient is not None and r.actor_start is not None
              and r.actor_start == r.recipient_start and r.actor_end == r.recipient_end]
    if not paired:
        return
    people = person_countries(doc, gaz)
    # (visitor's state, host's state, whether the host is a place: a person "visited" may be a call's partner)
    visits = {(state_of(r.actor, people, gaz), state_of(r.recipient, people, gaz), country_of(r.recipient, gaz) is not None)
              for r in relations if r.type == "CONSULT" and r.mode == "visit" and r.recipient is not None}
    for rel in paired:
        if _named_before(doc, rel, gaz):
            continue
        pair = {rel.actor, rel.recipient}
        # a host of the pair visited by someone whose state the document does not tell ("der Sekretär des
        # Sicherheitsrats, Sergej Schoigu" in Pjöngjang): the visit of the other party
        hosts = {host for visitor, host, place in visits
                 if place and host in pair and visitor in pair | {None} and visitor != host}
        if len(hosts) == 1 and hosts == {rel.actor}:
            swap(rel)
            rel.provenance += " (pair: the visiting state first)"


def _named_before(doc: Doc, rel: Relation, gaz: Gazetteer) -> bool:
    """Whether the relation's sentence names a state before its pair phrase (the phrase then takes those up)."""
    if not 0 <= rel.sentence < len(doc.sents) or rel.actor_start is None:
        return False
    start = doc.sents[rel.sentence].start
    return any(start <= e.start and e.end <= rel.actor_start and country_of(e.canonical or e.text, gaz)
               for e in doc.ents)


__all__ = ["visitor_first"]
