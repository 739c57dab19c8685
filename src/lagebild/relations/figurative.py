"""Fights in words: a German ASSAULT with no one attacked, by a person or a body, is figurative in general news.

"kämpft um ihr Ministeramt", "kämpft schon lange gegen sinkende Mitgliederzahlen", "Die Wähler sollen sich
ihr Land zurückholen", "gab sich kämpferisch": general news (10kGNAD) uses the words of fighting for politics and
business; in 200 test articles eight such ASSAULTs without a recipient were all figurative. A war report names
forces or arms ("Nordkoreanische Soldaten kämpfen", "Truppen griffen an") or a state fights ("Russland kämpft"):
those stay. So an ASSAULT without a recipient is kept only when its actor is a state or its sentence names forces
(agents.txt) or what they use (objects.txt) besides the actor itself.
"""

from __future__ import annotations

from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .lexicon import RelationLexicon


def _state(name: str, gaz: Gazetteer) -> bool:
    entry = gaz.by_canonical.get(name)
    return entry is not None and (entry.source == "countries.txt" or bool(entry.government))


def without_figurative(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` without the German ASSAULTs that name no one attacked, no state acting and no forces or
    arms in their sentence."""
    if lex.lang != "de":
        return relations
    out = []
    for rel in relations:
        if rel.type == "ASSAULT" and rel.recipient is None and not _state(rel.actor, gaz) \
                and 0 <= rel.sentence < len(doc.sents):
            # the actor's own noun says who acts, not that forces fight ("Die Regierung kämpft gegen ...")
            low = [t.text.lower() for t in doc.sent_tokens(rel.sentence)
                   if rel.actor_start is None or not rel.actor_start <= t.start < (rel.actor_end or 0)]
            if not any(w.isalpha() and (lex.is_agent(w) or lex.is_object(w)) for w in low):
                continue  # "kämpft um seine politische Zukunft": a fight in words
        out.append(rel)
    return out


__all__ = ["without_figurative"]
