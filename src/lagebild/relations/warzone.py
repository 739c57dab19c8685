"""The war zone is no recipient: where a flow happens ("Stationierung nordkoreanischer Truppen in der Ukraine",
"Söldner in die Ukraine schicken") is a place; the party helped is the one the document names for that actor's
flows elsewhere (gold/SCHEMA.md: troops sent to another state are AID to that state, Russland, even when they
fight in the Ukraine).

extract._relations marks an AID whose recipient only a place preposition gave (``PLACED``: "in", "im", "ins");
``redirect`` then gives it the recipient the document names most for AID from the same actor through any other
marker ("nach Russland", "an Russland", "Russland unterstützen"), or drops it where the sentence already holds
that relation; a place that is itself that recipient ("in Russland stationiert") stays.
"""

from __future__ import annotations

from collections import Counter

from ..entities.gazetteer import Gazetteer
from ..model import Relation
from .events import PARTNERING
from .mentions import Mention
from .sides import role_states

PLACED = " (recipient: where it happens)"
PLACE_PREPS = frozenset({"in", "im", "ins"})


# fighting has no direction: where it happens is the front, not the side attacked ("kämpfen in Kursk")
FIGHTING = ("kämpf", "kampf", "gefecht", "schlacht")


def attacked(found: list[Mention], roles: list[str | None], preps: dict[int, str | None], actor: Mention, lo: int,
             hi: int, trigger: str = "", k: int = 0, as_verb: bool = False) -> Mention | None:
    """For an attack without a recipient: the place in its clause where it lands ("Luftangriff in der
    ukrainischen Hauptstadt", "Dorf in Donezk eingenommen"), a country other than the actor's, when the actor is
    a state; None when there is none or the trigger is fighting. ``as_verb``: a noun trigger the sentence uses as
    its verb ("hat eine Offensive in ... gestartet": verbal_nouns.py), whose subject is its actor."""
    if trigger.lower().startswith(FIGHTING) or actor.label != "LOC":
        return None  # a state attacks another's land; people and groups act where they are
    if trigger[:1].isupper() and not as_verb and not (actor.last == k or k + 1 <= actor.first <= k + 2):
        return None  # a noun's own actor only ("der russische Luftangriff", "Einmarsch der Türkei"), not the
        # subject of the verb it is the object of ("Die Ukraine wehrt den Angriff in Russland ab")
    return next((m for m, r in zip(found, roles, strict=True)
                 if r == "place" and preps.get(id(m)) in PLACE_PREPS and lo <= m.first < hi
                 and m.label in ("LOC", "place") and m.canonical != actor.canonical), None)


def without_fronts(relations: list[Relation]) -> list[Relation]:
    """``relations`` without the attacks whose recipient only the place gave when the document shows the two as
    partners in any relation ("Iranische Berater kämpfen in einer Region Syriens": their ally's
    land, the front they share)."""
    partners = {frozenset((r.actor, r.recipient)) for r in relations if r.type in PARTNERING and r.recipient}
    return [r for r in relations if not (r.type == "ASSAULT" and PLACED in r.provenance
                                         and frozenset((r.actor, r.recipient)) in partners)]


def redirect(relations: list[Relation], gaz: Gazetteer | None = None) -> list[Relation]:
    """``relations`` with each place-marked AID turned to the actor's main AID recipient (see the module); a
    person with no flows of his own takes his state's (sides.role_states: "Kim schickt Söldner in die Ukraine"
    in a text on Nordkorea's flows to Russland), where ``gaz`` is given."""
    people = role_states(gaz) if gaz is not None else {}
    given = Counter((r.actor, r.recipient) for r in relations
                    if r.type == "AID" and r.recipient and PLACED not in r.provenance
                    and "(recipient: the document" not in r.provenance)
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        if rel.type == "AID" and PLACED in rel.provenance:
            # the other recipient named most for the actor's flows, unless the place itself is named more
            main = max(((n, name) for (actor, name), n in given.items()
                        if actor == rel.actor and name != rel.recipient), default=None)
            if main is None and rel.actor in people:
                main = max(((n, name) for (actor, name), n in given.items()
                            if actor == people[rel.actor] and name != rel.recipient), default=None)
            if main is not None and main[0] >= given[(rel.actor, rel.recipient)]:
                if (rel.sentence, rel.type, rel.actor, main[1]) in seen:
                    continue  # "Entsendung von Beratern ... zur Hilfe für syrische Truppen in den Irak": said already
                seen.add((rel.sentence, rel.type, rel.actor, main[1]))
                rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = main[1], None, None, None
                rel.provenance += " -> the actor's main AID recipient"
        out.append(rel)
    return out
