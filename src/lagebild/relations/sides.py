"""Canonical actors and recipients by side: a state does not act on its own leader, nor a leader on his state.

PLOVER relations run between sides. Help said to reach Kim Jong-un is no AID from Nordkorea to Kim, "Nordkorea
setzt Kims Truppen an der Küste ein" no MOBILIZE towards him, sanctions Kim evades no SANCTION of Kim against
Nordkorea, a visit of Putin beside a "Moskaus" no meeting of Putin with Russland: a person of the actor's own
state is the same side (the owner of the forces, the possessor of a noun), not a recipient. A person's state is
read off the document (a country word before the person's title: meetings.person_countries) or off the office
roles of the gazetteer whose words name a country (the role "Nordkoreas Machthaber" names Kim, so he is of
Nordkorea). For acts against a party (HOSTILE) only the office counts: a state sentences, arrests and sanctions
its own citizens ("der türkische Journalist"), and they accuse it. Such a recipient is taken away; the relation
stays only for the types that need none (kinds.ALONE: "Nordkorea setzt Truppen an der Küste ein" is MOBILIZE
alone).

A person who stands for his state (gold/SCHEMA.md: a person acting for a state keeps the person as actor, where the
sentence names him) does not stand in a sentence that never names him: an AID whose recipient was carried over
from an earlier sentence or filled in from the document ("Auch Panzer schickt Nordkorea" after a sentence on
Putin receiving shells) goes to the person's state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .anaphora import country_of
from .meetings import country_word, person_countries

# Acts against a party: a state does these to its own citizens (courts, arrests, sanctions: "Die Türkei verurteilte
# den türkischen Journalisten ..."), and citizens to their state, so here a person is the state's own side only by
# an office the gazetteer gives them (its leader, his ministers: role_states), not by a country word before a
# title the document uses ("der türkische Journalist").
HOSTILE = frozenset({"ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "REJECT"})
ADJ = re.compile(r"\(\?:[^)]*\)\??|\([^)]*\)\??|\[[^\]]*\]")  # the inflection groups of a role's word patterns


def drop_own_side(doc: Doc, relations: list[Relation], gaz: Gazetteer, alone: frozenset[str]) -> list[Relation]:
    """``relations`` without a recipient of the actor's own side: the recipient is taken away, and the relation
    dropped unless its type is coded without one (``alone``). Marked in the provenance."""
    if not any(r.recipient for r in relations):
        return relations
    people: dict[str, str] | None = None
    out = []
    for rel in relations:
        if rel.recipient is None or rel.recipient == rel.actor \
                or _is_state(rel.actor, gaz) == _is_state(rel.recipient, gaz):
            out.append(rel)  # (a state and a person, or a person and a state, are all this looks at)
            continue
        people = person_countries(doc, gaz) if people is None else people
        known = {} if rel.type in HOSTILE else people
        actor_state, recipient_state = state_of(rel.actor, known, gaz), state_of(rel.recipient, known, gaz)
        # a state and its own person: "Nordkorea -> Kim Jong-un", "Kim Jong-un -> Nordkorea"
        if actor_state is None or actor_state != recipient_state:
            out.append(rel)
            continue
        if rel.type in alone:
            rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None  # type: ignore[assignment]
            rel.provenance += " (recipient dropped: the actor's own side)"
            out.append(rel)
    return out


def carried_to_state(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> None:
    """An AID whose recipient is a person the sentence does not name (carried over or filled in from the
    document) goes to that person's state."""
    people: dict[str, str] | None = None
    for rel in relations:
        if rel.type != "AID" or rel.recipient is None or rel.recipient_start is not None \
                or _is_state(rel.recipient, gaz):
            continue
        # named after all ("Unterstützung für Putin(s)"), by a short name the rules did not place; whole words
        # ("Kim" is not named in "Kimmich")
        said = {t.text for t in doc.sent_tokens(rel.sentence)} if 0 <= rel.sentence < len(doc.sents) else set()
        if any(word in said or word + "s" in said for word in rel.recipient.split() if len(word) > 2):
            continue
        people = person_countries(doc, gaz) if people is None else people
        state = state_of(rel.recipient, people, gaz)
        if state is not None and state != rel.actor:
            rel.provenance += f" (recipient: the state of {rel.recipient}, not named in the sentence)"
            rel.recipient = state


def _is_state(name: str, gaz: Gazetteer) -> bool:
    return country_of(name, gaz) is not None


def state_of(name: str, people: dict[str, str], gaz: Gazetteer) -> str | None:
    """The state ``name`` is or belongs to: a country (a capital's state), a person's country in the document,
    else the country the gazetteer's office roles of that person name."""
    return country_of(name, gaz) or people.get(name) or role_states(gaz).get(name)


@lru_cache(maxsize=4)
def role_states(gaz: Gazetteer) -> dict[str, str]:
    """Person -> the one country the gazetteer's office roles of that person name ("Nordkoreas Machthaber",
    "nordkoreanisch{ADJ} Diktator" -> Kim Jong-un: Nordkorea); people whose roles name several or none are left."""
    found: dict[str, set[str]] = {}
    for role in gaz.roles:
        words = [ADJ.sub("", pattern.pattern) for pattern in role.patterns]
        # a country adjective of two words ("North Korean leader") is looked up as one phrase too
        for word in words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]:
            country = None
            for form in (word, word + "e", *word.split("-")):
                country = country_word(form, gaz) if form else None
                if country:
                    break
            if country:
                found.setdefault(role.canonical, set()).add(country)
    return {name: next(iter(states)) for name, states in found.items() if len(states) == 1}


__all__ = ["carried_to_state", "drop_own_side", "role_states"]
