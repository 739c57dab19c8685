"""A person named by a pronoun as the speaker of a demand, an accusation or a refusal (German general news).

News reports name a speaker once and go on with "er"/"sie": "Der Bürgermeister ... sprach in Graz. Er forderte
mehr Geld für die Schulen." (10kGNAD: about one such sentence in 30 articles, mostly REQUEST and ACCUSE). The
anaphora of extract.py already gives "er" (and a singular "sie", roles_de.sie) the person the text named last;
two things kept these sentences out:
- a sentence naming no actor at all was skipped before its triggers were read (a pronoun is no mention);
- the acts that stand without a recipient (REQUEST, ACCUSE, REJECT: "forderte mehr Geld") need their actor in
  the trigger's clause, and a carried actor has no place in the sentence.
This module answers both with set tests on the sentence's words, so sentences without a pronoun cost nothing.
A pronoun after an institution named since the person ("Die Kommission prüfte den Plan. Sie forderte ...") is
the institution's, and gives no relation here.
"""

from __future__ import annotations

from ..model import Doc
from ..spans import ents_starting
from .mentions import group_of

# subject pronouns of a person (German); "sie" is a person only with a singular verb (roles_de.sie decides)
PERSONAL = frozenset({"er", "sie"})


def may_name(low: list[str], remembered: bool) -> bool:
    """Whether a sentence without mentions may still name its actor by a pronoun: it holds "er"/"sie" and the
    text has named a person before (``remembered``)."""
    return remembered and not PERSONAL.isdisjoint(low)


def in_clause(low: list[str], lo: int, hi: int) -> bool:
    """Whether the clause ``lo``..``hi`` holds the pronoun that named the carried actor ("Er forderte ...",
    "..., forderte er"): the actor then stands in the trigger's clause though the sentence does not name it."""
    return any(w in PERSONAL for w in low[lo:hi])


def person_last(doc: Doc, i: int) -> bool:
    """Whether the last actor the text named before sentence ``i`` is a person: going back from ``i``, a sentence
    naming a person comes before any naming an organization (entities) or a group (groups.txt: "die Kommission",
    "die Polizei"; plurals too, whose number the noun alone does not tell: "Kommission" and "Migranten" both
    end in "n")."""
    for j in range(i - 1, -1, -1):
        sent = doc.sents[j]
        labels = {e.label for e in ents_starting(doc, sent.start, sent.end)}
        if "PER" in labels:
            return True
        if "ORG" in labels or any(group_of(t.text, doc.lang) for t in doc.sent_tokens(j)):
            return False
    return False
