"""English fights told from the side that suffered: who fought when the sentence says who was killed.

"North Korean soldiers killed while fighting for Russia", "his country's soldiers who were killed in combat
against Ukrainian forces": the verb of the sentence is a passive of killing whose subject is the victims, and the
fight they died in is their own (story-dev English: 4 such fights, each coded in the gold with the victims' side
as actor). The parse gives the sufferer three ways: the passive subject ("soldiers were killed"), the noun a
participle hangs on ("soldiers killed while fighting"), and the noun a relative clause hangs on ("soldiers who
were killed"). A noun of force after such a passive is the victims' own fight only when it names its opponent
("in combat against Ukrainian forces"); "killed in an attack" and "killed in a Ukrainian attack" are the
attacker's act (roles_en.frame).
"""

from __future__ import annotations

from typing import Any

from .lexicon import RelationLexicon

RELATIVE = frozenset({"who", "which", "that"})


def sufferer(verb: Any) -> Any | None:
    """The phrase that suffers the passive ``verb``: its passive subject (through a relative pronoun to the
    noun the clause hangs on), else the noun a passive participle qualifies; None when it names none."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        return subj
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        return verb.head
    return None


def opposed(tok: Any, kind: str, lex: RelationLexicon) -> bool:
    """Whether the noun trigger ``tok`` names the side it is against ("combat against Ukrainian forces")."""
    return any(c.dep_ == "prep" and lex.role(c.lower_, kind) == "recipient" and c.lower_ not in ("in", "by")
               for c in tok.children)
