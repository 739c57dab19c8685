"""Fights in words: a German ASSAULT with no one attacked, by a person or a body, is figurative in general news.

"kämpft um ihr Ministeramt", "kämpft schon lange gegen sinkende Mitgliederzahlen", "Die Wähler sollen sich
ihr Land zurückholen", "gab sich kämpferisch": general news (10kGNAD) uses the words of fighting for politics and
business; in 200 test articles eight such ASSAULTs without a recipient were all figurative. A war report names
forces or arms ("Nordkoreanische Soldaten kämpfen", "Truppen griffen an") or a state fights ("Russland kämpft"):
those stay, and so do an armed group's attacks ("Die Miliz griff ein Dorf an": organizations.txt marks the groups
"armed"). So an ASSAULT without a recipient is kept only when its actor is a state or an armed group, or its
sentence names forces (agents.txt) or what they use (objects.txt) besides the actor itself.

Between people the same words are sport or criticism: "Stöger brachte den Stürmer als Verstärkung für die
Offensive", "trotz stürmischer Angriffe" (a coach, a player), "X hat die Führung des Verbands scharf angegriffen"
(a person and a body; in 1,028 10kGNAD test articles four such ASSAULTs, none a fight). An ASSAULT whose actor is
a person the entities found, acting for no state, whose recipient is a person or an organization that is no
state, in a sentence naming no forces or arms besides them, is criticism (ACCUSE disapprove, as the gold codes
criticism) when its trigger is a verb of attacking (lang/de/relations/figurative.txt kind "words"), no event
when it is a word of fighting that players and litigants use (kind "play": "Offensive", "vorgehen"); killing,
shooting or beating people stays an act.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .lexicon import RelationLexicon
from .sides import state_of

WORDS = "relations/figurative.txt"
PERSON = "PER"
BODY = "ORG"


@lru_cache(maxsize=None)
def _listed(kind: str) -> frozenset[str]:
    """The lower-case words of ``kind`` ("words", "play") in lang/de/relations/figurative.txt."""
    return frozenset(resources.load("de", WORDS).of_kind(kind, kind_first=False))


def _state(name: str, gaz: Gazetteer) -> bool:
    entry = gaz.by_canonical.get(name)
    return entry is not None and (entry.source == "countries.txt" or bool(entry.government))


def _armed(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is an armed group (organizations.txt "armed"): "Boko Haram griff ein Dorf an" is a fight."""
    entry = gaz.by_canonical.get(name)
    return entry is not None and entry.armed


def without_figurative(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` without the German ASSAULTs that name no one attacked, no state acting and no forces or
    arms in their sentence."""
    if lex.lang != "de":
        return relations
    out = []
    for rel in relations:
        if rel.type == "ASSAULT" and rel.recipient is None and not _state(rel.actor, gaz) \
                and not _armed(rel.actor, gaz) \
                and 0 <= rel.sentence < len(doc.sents):
            # the actor's own noun says who acts, not that forces fight ("Die Regierung kämpft gegen ...")
            low = [t.text.lower() for t in doc.sent_tokens(rel.sentence)
                   if rel.actor_start is None or not rel.actor_start <= t.start < (rel.actor_end or 0)]
            if not any(w.isalpha() and (lex.is_agent(w) or lex.is_object(w)) for w in low):
                continue  # "kämpft um seine politische Zukunft": a fight in words
        if rel.type == "ASSAULT" and rel.recipient is not None and _between_people(doc, rel, lex, gaz):
            word = rel.predicate.lower().split()[0]
            if word in _listed("play"):
                continue  # "Verstärkung für die Offensive": a match, no fight
            if word in _listed("words"):  # "hat den Vorstand scharf angegriffen": criticism
                rel.type, rel.mode, rel.context = "ACCUSE", "disapprove", ["diplomatic"]
                rel.provenance += " (between people: criticism; figurative.py)"
        out.append(rel)
    return out


def _label(doc: Doc, name: str | None, start: int | None, end: int | None) -> str | None:
    """The label of the entity overlapping the words ``start``..``end``, else (a pronoun: "Er griff ... an") of
    an entity of the document named ``name``; None when none is."""
    if start is not None and end is not None:
        label = next((e.label for e in doc.ents if e.start < end and start < e.end), None)
        if label is not None:
            return label
    return next((e.label for e in doc.ents if name and e.canonical == name), None)


def _between_people(doc: Doc, rel: Relation, lex: RelationLexicon, gaz: Gazetteer) -> bool:
    """Whether ``rel`` is between a person acting for no state and a person or a body that is no state, in a
    sentence naming no forces or arms besides them."""
    if _label(doc, rel.actor, rel.actor_start, rel.actor_end) != PERSON or state_of(rel.actor, {}, gaz) \
            or _label(doc, rel.recipient, rel.recipient_start, rel.recipient_end) not in (PERSON, BODY) \
            or state_of(rel.recipient or "", {}, gaz) or _state(rel.recipient or "", gaz) \
            or not 0 <= rel.sentence < len(doc.sents):
        return False
    spans = [(rel.actor_start or 0, rel.actor_end or 0), (rel.recipient_start or 0, rel.recipient_end or 0)]
    low = [t.text.lower() for t in doc.sent_tokens(rel.sentence) if not any(a <= t.start < b for a, b in spans)]
    return not any(w.isalpha() and (lex.is_agent(w) or lex.is_object(w)) for w in low)


__all__ = ["without_figurative"]
