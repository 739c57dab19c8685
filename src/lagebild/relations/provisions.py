"""What a pact provides for a case: the parties' cooperation, not a flow or an attack of its own (German).

"ein Abkommen, das Hilfe im Falle eines Angriffs durch Dritte vorsieht": the provision verb gives the
parties' COOPERATE (triggers.txt, m3, flag "%"); the help noun in its clause gave an AID as well, from one party to
the other, though the pact promises it both ways, and the attack of the case ("eines Angriffs") an ASSAULT between
whatever names the word order found (an outsider named in a relative clause as the attacker). In the story-dev
excerpts the three such relations were all wrong; 10kGNAD's general news has no such pact (0 changes in 600
articles). So, after the document is read:

- an AID named by a noun in a sentence whose provision COOPERATE has the AID's actor as one of its pair goes
  (whatever the word order made its recipient, an outsider in a relative clause too): the COOPERATE tells it;
- an ASSAULT named by a noun right after a case phrase of lang/de/relations/provisions.txt and an unnamed
  article ("im Falle eines Angriffs", "für den Fall einer Invasion") goes; with an adjective between, the noun
  names its attacker ("im Falle eines russischen Angriffs") and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from .lexicon import RelationLexicon
from .reliance import PROVIDES


@lru_cache(maxsize=None)
def _case(lang: str) -> re.Pattern | None:
    """Case phrase and unnamed article right before a noun (end of the text before it), or None."""
    if not resources.exists(lang, "relations/provisions.txt"):
        return None
    rows = resources.load(lang, "relations/provisions.txt").rows(2)
    cases = "|".join(re.escape(words).replace(r"\ ", r"\s+") for kind, words in rows if kind == "case")
    unnamed = "|".join(re.escape(word) for kind, word in rows if kind == "unnamed")
    return re.compile(rf"\b(?:{cases})\s+(?:{unnamed})\s*\Z", re.IGNORECASE)


def _noun(rel: Relation) -> bool:
    return rel.predicate[:1].isupper()


def without_provided(doc: Doc, relations: list[Relation], lex: RelationLexicon) -> list[Relation]:
    """``relations`` without the help a pact provides and the attack of its case (see the module)."""
    case = _case(lex.lang)
    if case is None:
        return relations
    provisions = {t.rule for t in lex.triggers if PROVIDES in t.type}
    pairs = {(r.sentence, frozenset((r.actor, r.recipient))) for r in relations
             if r.type == "COOPERATE" and r.provenance.split(" ")[0] in provisions}
    by_sentence = {s for s, _ in pairs}
    out = []
    for rel in relations:
        if rel.type == "AID" and _noun(rel) and rel.sentence in by_sentence and any(
                s == rel.sentence and rel.actor in pair for s, pair in pairs):
            continue  # "ein Vertrag, der Beistand ... vorsieht": the pact's COOPERATE
        if rel.type == "ASSAULT" and _noun(rel) and rel.predicate_start is not None and 0 <= rel.sentence < len(doc.sents):
            before = doc.text[doc.sents[rel.sentence].start:rel.predicate_start]
            if case.search(before):
                continue  # "im Falle eines Angriffs": no one attacks
        out.append(rel)
    return out
