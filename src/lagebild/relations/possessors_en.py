"""English possessive pronouns on the acting phrase: "his visits", "its troops", "their support".

"Lukashenko hopes to gain more during his visits to Beijing", "Belarus formally admitted that its
engineers had helped in the operation to clear the border region": the event's own phrase names no actor,
a possessive pronoun does, and it repeats the subject of the clause that frames the phrase (the nearest subject
up the parse that is not the phrase itself), when that subject is named and its number fits the pronoun ("his",
"her", "its": one; "their": several). This is the possessive twin of roles_en._antecedent ("North Korea confirmed
it had deployed troops"); it applies to a noun trigger without an actor of its own and to a noun of force that
acts ("its troops"), never to what flows ("sent their troops": the subject acts already).

Possessive names too: the entity layer sometimes keeps the ending in the name ("Iran’s drone deliveries",
"Japan's coast guard": canonical "Iran’s"), which no gazetteer entry matches; ``owner_name`` gives
the name without it when the gazetteer knows that name.
"""

from __future__ import annotations

from typing import Any

from ..attribution.names_en import _possessive
from ..entities.gazetteer import Gazetteer
from .lexicon import RelationLexicon

SINGULAR = frozenset({"his", "her", "its"})
PLURAL = frozenset({"their"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
# heads climbed from the possessed phrase to the clause whose subject it repeats: its noun phrase, a preposition,
# the verb and a verb or two it completes ("is expected to demand more during his talks"); further up is another clause
OWNER_DEPTH = 8


def _pronoun(tok: Any) -> Any | None:
    return next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                 and c.lower_ in SINGULAR | PLURAL), None)


def owner(tok: Any) -> Any | None:
    """The named subject a possessive pronoun of ``tok`` repeats (see the module docstring), else None."""
    pron = _pronoun(tok)
    if pron is None:
        return None
    cur = tok
    for _ in range(OWNER_DEPTH):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")
                     and not c.left_edge.i <= tok.i <= c.right_edge.i), None)
        if subj is None:
            continue
        if subj.tag_ in ("PRP", "WP", "WDT") or subj.lower_ in RELATIVE:
            return None
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        return subj if (pron.lower_ in PLURAL) == plural else None
    return None


def resolve(tok: Any, out: Any, nominal: bool, lex: RelationLexicon) -> None:
    """Add to ``out`` (roles_en.Frame) as actor the subject a possessive pronoun repeats: of the noun trigger
    ``tok`` without an actor, and of an acting noun of force ("its troops had participated")."""
    sdoc = tok.doc
    phrases = [tok] if nominal and not out.has("actor") else []
    phrases += [sdoc[t] for t, role in list(out.roles.items()) if role == "actor" and lex.is_agent(sdoc[t].lower_)]
    for phrase in phrases:
        subj = owner(phrase)
        if subj is not None and subj.i not in out.roles:
            out.add(subj, "actor")


def owner_name(name: str, gaz: Gazetteer) -> str:
    """``name`` without a possessive ending the gazetteer's name lacks ("Iran’s" -> "Iran"), else
    ``name``."""
    owner = _possessive(name)  # the ending itself is attribution's (names_en), one list of endings
    if owner is None:
        return name
    words = owner.split()
    hits = gaz.match_names(words)
    return hits[0][2].canonical if len(hits) == 1 and hits[0][:2] == (0, len(words)) else name
