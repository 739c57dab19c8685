"""German words of mobilizing and training that mobilize forces only in an armed setting (issue 10, lane relmobil).

Training and mobilizing (``armed``): "trainieren", "ausbilden", "mobilisieren" and the noun "Mobilisierung" are
MOBILIZE (troops) in triggers.txt, as the gold codes soldiers trained abroad ("3.000 Soldaten trainieren in
Russland") and fighters trained for a war ("Jugendliche für den Kampf gegen X ausgebildet"). The same words train
athletes and employees and rally voters or supporters ("Williams ging trainieren", "wurde in einer Akademie
ausgebildet", "die Gewerkschaften haben ihre Anhänger mobilisiert"): of the 11 MOBILIZE relations main gave on the
1,028 10kGNAD test articles, the 9 of these words without forces or a fight in their clause were all wrong, the one
with a fight right. So the word is an event only with forces (kind ``forces``, a word ending so: "Soldaten",
"Einsatzkräfte", "Reservisten") or a word of fighting (kind ``fight``: "Kampf", "Krieg", "Front") in its clause.
Compounds that only name the armed kind ("Teilmobilisierung", "Mobilmachung") are not ``armed`` words: they are
always military.

Mobilization nouns as the verb (``verbal``): a noun of mobilization alone is no event of its clause's subject
(extract.py keeps a German noun trigger only with a recipient), but the object of a support verb is
("Serbien hat die Mobilmachung angeordnet", "Der Präsident will auf eine zweite Teilmobilmachung verzichten":
status.txt makes the latter negated), as verbal_nouns.py reads "hat eine Offensive gestartet". Kind ``noun``:
the nouns, kind ``support``: the verbs.

Forces reinforced with no giver (``reinforced``): "verstärkt" gives only with "mit X" (triggers.txt, AID+: X
gives, the subject receives); with no giver named ("Moskau verstärkt mit ihnen seine Einheiten", "die Türkei
verstärkt ihre Truppen an der Grenze") the subject strengthens its own forces: MOBILIZE (troops) of the subject,
no recipient (gold: story-dev codes it so). Only with the subject's own forces after the verb (a possessive of kind
``own`` right before a noun of forces): "verstärkt den Druck" is none.

Forces following those sent (``follow``): "10.000 Mann sollen bis Dezember nachrücken", "Weitere Kubaner könnten
folgen" are more of the flow told before (AID; carried.py names the side of "10.000 Mann", events.fill_recipients
the recipient). "folgen" mostly follows something else ("folgte dem Aufruf", "Weitere Schritte sollen folgen"), so
the verb counts only closing its clause after forces (kinds ``forces``, ``counted``) or after "weitere" (kind
``more``) and a people noun (not kind ``not_people``: "Weitere Länder").

Forces moved or massed on one's own side (``own_side``): "Russland verlegt Truppen nach Belgorod", "das Heer
verlegte Soldaten in die Stadt", "zieht Truppen an der Grenze zu X zusammen" send no forces to another state; the
gold codes such moves MOBILIZE (troops) with no recipient (gold/SCHEMA.md: forces massed or put in use on their own
side). extract.py reads "verlegt" as AID and drops it when no state receives it, and "zusammengezogen" as AID to
the country after "Grenze zu": a country named only as the other side of a border ("an die Grenze zur Ukraine")
receives nothing. Not for an actor the document shows sending aid to a state (its forces moved are those abroad:
"Kuba schickte Soldaten nach X. Die Einheiten wurden in die Provinz Y verlegt" stays AID to X), and only for a
state or a person of a known state as the actor, and only with forces or arms in the predicate's clause (kinds ``forces``, ``arms``): companies,
patients, pipes and dates are moved too ("verlegte seinen Sitz nach Wien"). Kind ``move``: the verbs (the
predicate's last word), kind ``border``: the words before the country that make it a border's other side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import record
from .frames import clause
from .index import trigger_word
from .lexicon import RelationLexicon, Trigger
from .mentions import Mention, clause_bounds
from .sides import person_countries, state_of

WORDS = "relations/mobilize.txt"  # the German words of each kind (FORMAT there)
KIND = "MOBILIZE"
FLOWS = frozenset({"AID", KIND})
OWN_SIDE = " (forces moved on their own side: mobilize_de)"
REINFORCED = " (its own forces reinforced: mobilize_de)"
BORDER_REACH = 3  # words before the country a border phrase takes: "an der Grenze zur", "an die Grenze mit der"


@lru_cache(maxsize=None)
def _words(kind: str) -> tuple[str, ...]:
    """The lower-case words of ``kind`` in mobilize.txt, in file order."""
    return tuple(resources.load("de", WORDS).of_kind(kind, kind_first=False))


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern:
    """One pattern of the regular expressions of ``kind`` (``forces``, ``fight``, ``noun``, ``support``), matched
    in full."""
    return re.compile("|".join(f"(?:{p})" for p in _words(kind)))


def no_event(trig: Trigger, words: list[str], low: list[str], k: int) -> bool:
    """Whether the trigger at word ``k`` states no event: a MOBILIZE word of training or mobilizing (kind
    ``armed``, a prefix) whose clause names neither forces nor a fight (athletes trained, voters rallied), or a verb
    of following (kind ``follow``) that no forces follow (see the module)."""
    if trig.type.startswith("AID") and _pattern("follow").fullmatch(low[k]):
        return not _forces_follow(words, low, k)
    if not trig.type.startswith(KIND) or not low[k].startswith(_words("armed")) or _pattern("noun").fullmatch(low[k]):
        return False
    lo, hi = clause(words, low, *clause_bounds(low, k))
    forces, fight = _pattern("forces"), _pattern("fight")
    return not any(forces.fullmatch(w) or fight.fullmatch(w) for w in low[lo:hi])


def _forces_follow(words: list[str], low: list[str], k: int) -> bool:
    """Whether the verb of following at word ``k`` closes its clause and the clause before it names forces
    ("10.000 Mann sollen nachrücken", kinds ``forces`` and ``counted``) or opens with "weitere" before a people noun
    ("Weitere Kubaner könnten folgen"; not "Länder"): more forces follow those sent; "folgte dem Aufruf" is none."""
    lo, hi = clause_bounds(low, k)
    if any(w.isalnum() for w in low[k + 1:hi]):
        return False
    forces = _pattern("forces")
    if any(forces.fullmatch(w) or w in _words("counted") for w in low[lo:k]):
        return True
    return k - lo > 2 and low[lo] in _words("more") and words[lo + 1].endswith(("er", "ern")) \
        and not low[lo + 1].endswith(_words("not_people"))


def verbal(words: list[str], low: list[str], k: int, lo: int, hi: int, kind: str, actor: Mention | None) -> bool:
    """Whether the German noun trigger at word ``k`` (clause ``lo``..``hi``) is a noun of mobilization (kind
    ``noun``) that a support verb of its clause (kind ``support``) makes the act of ``actor``, a mention of the
    clause before the noun ("Der Präsident will auf die Mobilmachung verzichten")."""
    if kind != KIND or actor is None or not 0 <= actor.first < k or actor.first < lo \
            or not words[k][:1].isupper() or not _pattern("noun").fullmatch(low[k]):
        return False
    support = _pattern("support")
    return any(support.fullmatch(w) for w in low[lo:hi])


def own_side(doc: Doc, relations: list[Relation], lang: str, gaz: Gazetteer) -> list[Relation]:
    """``relations`` with each German flow of a verb of kind ``move`` whose forces no state receives made a
    MOBILIZE (troops) of its actor, with no recipient (see the module): one with no recipient, or with a country
    named only as the other side of a border; and without the flows a noun of mobilization (kind ``noun``) names:
    a state mobilizes its own forces, "eine Mobilmachung in X" gives nothing to X. Before events.fill_recipients,
    which would give a flow the document's recipient of aid."""
    if lang != "de":
        return relations
    move, noun = _pattern("move"), _pattern("noun")
    relations = [r for r in relations if r.type != "AID" or not noun.fullmatch(r.predicate.split()[-1].lower())]
    abroad = {r.actor for r in relations if r.type == "AID" and r.recipient is not None and not _across_border(doc, r)}
    for rel in relations:
        if rel.type not in FLOWS or not move.fullmatch(rel.predicate.split()[-1].lower()):
            continue
        if rel.recipient is not None and not _across_border(doc, rel) or not _forces_moved(doc, rel):
            continue
        if rel.type != KIND and (rel.actor in abroad or not _state_side(doc, rel.actor, gaz)):
            continue  # forces the document sent abroad move there (events.fill_recipients); anyone else's: dropped
        rel.type, rel.mode = KIND, "troops"
        rel.recipient = rel.recipient_text = rel.recipient_start = rel.recipient_end = None
        rel.provenance += OWN_SIDE
    return relations


def reinforced(found: list[Mention], roles: list[str | None], low: list[str], k: int, lo: int,
               hi: int) -> Mention | None:
    """The subject that reinforces its own forces at the trigger ``k`` of "verstärkt" (AID+) when no mention of
    its clause ``lo``..``hi`` gives (see the module): the first mention of the clause before the verb with no
    role, when a possessive of kind ``own`` stands right before a noun of forces after the verb; else None."""
    if any(r == "origin" and lo <= m.first < hi for m, r in zip(found, roles, strict=True)):
        return None
    forces, own = _pattern("forces"), _words("own")
    if not any(low[j - 1] in own and forces.fullmatch(low[j]) for j in range(max(k + 1, lo + 1), hi)):
        return None
    return next((m for m, r in zip(found, roles, strict=True) if r is None and lo <= m.first < k), None)


def reinforcing(doc: Doc, i: int, words: list[str], low: list[str], k: int, n: int, trig: Trigger,
                found: list[Mention], roles: list[str | None], lo: int, hi: int,
                lex: RelationLexicon) -> list[Relation]:
    """The MOBILIZE (troops) of the subject that reinforces its own forces at the trigger ``k`` of sentence ``i``
    (``reinforced``), as a list of one; empty when it is no such reinforcement."""
    own = reinforced(found, roles, low, k, lo, hi)
    if own is None:
        return []
    rel = record.relation(doc, i, words, low, k, n, trig, KIND, own, None, lex)
    rel.mode = "troops"
    rel.provenance += REINFORCED
    return [rel]


def _state_side(doc: Doc, name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is a state or a person of a known state ("Russland", "Putin"): only they move forces of a
    side; a misread name before the verb ("Montagfrüh ... verlegen") moves none."""
    return state_of(name, person_countries(doc, gaz), gaz) is not None


def _forces_moved(doc: Doc, rel: Relation) -> bool:
    """Whether the clause of the predicate of ``rel`` names forces or arms (kinds ``forces``, ``arms``): "verlegte
    seinen Sitz nach Wien", "Leitungen verlegt", "Patienten verlegt" move no forces."""
    toks = doc.sent_tokens(rel.sentence)
    low = [t.text.lower() for t in toks]
    k = trigger_word(toks, rel)
    if k is None:
        return False
    lo, hi = clause(low, low, *clause_bounds(low, k))
    forces, arms = _pattern("forces"), _pattern("arms")
    return any(forces.fullmatch(w) or arms.fullmatch(w) for w in low[lo:hi])


def _across_border(doc: Doc, rel: Relation) -> bool:
    """Whether the recipient of ``rel`` is named right after a border phrase ("an der Grenze zu Syrien")."""
    if rel.recipient_start is None:
        return False
    before = [t.text.lower() for t in doc.sent_tokens(rel.sentence) if t.end <= rel.recipient_start][-BORDER_REACH:]
    border = _pattern("border")
    return any(border.fullmatch(w) for w in before[:-1]) and before[-1] in ("zu", "zur", "zum", "mit", "der")


__all__ = ["OWN_SIDE", "REINFORCED", "no_event", "own_side", "reinforced", "reinforcing", "verbal"]
