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

from ..model import Relation

PLACED = " (recipient: where it happens)"
PLACE_PREPS = frozenset({"in", "im", "ins"})


def redirect(relations: list[Relation]) -> list[Relation]:
    """``relations`` with each place-marked AID turned to the actor's main AID recipient (see the module)."""
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
            if main is not None and main[0] >= given[(rel.actor, rel.recipient)]:
                if (rel.sentence, rel.type, rel.actor, main[1]) in seen:
                    continue  # "Entsendung ... zur Unterstützung russischer Truppen in die Ukraine": said already
                seen.add((rel.sentence, rel.type, rel.actor, main[1]))
                rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = main[1], None, None, None
                rel.provenance += " -> the actor's main AID recipient"
        out.append(rel)
    return out
