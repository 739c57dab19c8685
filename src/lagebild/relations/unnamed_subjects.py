"""A name inside the object of a German verb whose subject names no one: the object's side, not the actor.

"..., dass ein Bataillon ab Mai die kubanischen Truppen verstärken soll", "dürften die neuen Kräfte
Kubas Vorstoß unterstützen": the word-order rules take the first name of the trigger's clause as the actor,
here the country of the object ("die kubanischen Truppen", "Kubas Vorstoß") behind a subject noun phrase that
names no one. Then the actor is unknown in the sentence and the name receives. A genitive name right before a
noun that is no force ("Russlands Taktik") after forces without a name (agents.txt: "Kräfte") is read so without a
parse (the small parser reads "Kräfte Russlands" as one phrase); otherwise only a flow's clause whose name is a
country adjective after an article ("die russischen Truppen") is parsed (relations/parse_de.py, ~5 ms a
sentence): the parse must make the name part of the verb's object (obj, iobj: itself, its adjective or its
genitive) and name an unnamed noun phrase before it the verb's subject. A flow
(AID) keeps the document's giver to that recipient (relations/judges.settle), else the relation goes.
"""

from __future__ import annotations

from ..model import Relation
from . import parse_de
from .mentions import Mention

OBJECT = frozenset({"obj", "iobj"})
QUALIFIES = frozenset({"amod", "nmod", "nmod:poss", "det:poss", "flat", "flat:name"})  # a name on the object noun
SUBJECT = frozenset({"nsubj"})
SPAN = 6  # words from an article to its noun ("die geschätzten rund 8.000 neuen Kräfte")
ARTICLES = frozenset({"ein", "eine", "einer", "einen", "der", "die", "das", "den"})
MARK = "object"  # judges.settle kind: the actor is the document's giver to the recipient
PROVENANCE = " (actor: unnamed subject, the object's side receives; unnamed_subjects.py)"


def object_side(actor: Mention, found: list[Mention], words: list[str], low: list[str], k: int, n: int, lo: int,
                lex) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``actor``, chosen by word order for the German verb trigger at ``k`` (``n`` words) whose clause
    starts at ``lo``, stands in the verb's object after an unnamed subject of forces (see the module)."""
    if actor.first < lo or actor.first >= k or not words[k][:1].islower():
        return False
    if any(lo <= m.first < actor.first for m in found):
        return False  # a name before it: the word order's actor is another
    taken = {j for m in found for j in range(m.first, m.last)}
    # a noun phrase with an article before the name, no name in it ("eine Pionier-Einheit", "die frischen Kräfte")
    unnamed = [j for j in range(lo + 1, actor.first) if words[j][:1].isupper() and j not in taken
               and any(low[a] in ARTICLES for a in range(max(lo, j - SPAN), j))]
    if not unnamed:
        return False
    after = actor.last
    if words[actor.last - 1].endswith("s") and after < k and words[after][:1].isupper() and after not in taken \
            and not lex.is_agent(low[after]) and any(lex.is_agent(low[j]) for j in unnamed):
        return True  # "die Kräfte Russlands Taktik unterstützen": a genitive before the object noun (no parse)
    if not words[actor.first][:1].islower() or low[actor.first - 1] not in ARTICLES:
        return False  # only a country adjective with its article ("die russischen Truppen") costs a parse
    p = parse_de.parse(tuple(words))
    if p is None:
        return False
    t = p.head_of(k, k + n)
    x, steps = p.head_of(actor.first, actor.last), 0
    while p.heads[x] != t and p.deps[x] in QUALIFIES and steps < 2 and p.heads[x] != x:
        x, steps = p.heads[x], steps + 1
    if p.heads[x] != t or p.deps[x] not in OBJECT or p.case[x] == "Nom":
        return False
    # the verb's own subject names no one: a subject, or a second object in the nominative (the small parser
    # reads two noun phrases before a verb at the end as two objects, the case tells the subject)
    return any(p.heads[j] == t and (p.deps[j] in SUBJECT or p.deps[j] in OBJECT and p.case[j] == "Nom") for j in unnamed)

def mark(rel: Relation, judged: dict[int, tuple[Relation, str]]) -> Relation:
    """``rel`` (its recipient the object's side, its actor still that side) left to judges.settle, which gives it
    the document's giver to that recipient or drops it."""
    rel.provenance += PROVENANCE
    judged[id(rel)] = (rel, MARK)
    return rel
