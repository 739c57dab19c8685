"""A speech act that names no addressee continues the one the same speaker made in the sentence before.

News tells a demand or a reproach over two sentences and names its addressee in the first only: "Die Kammer
forderte vom Land mehr Geld für die Spitäler. Ohne diese Mittel gehe es nicht, verlangte der Kammerchef." The
second speech act is the same one, made to the same party, so its recipient is the first one's. PLOVER (and the
gold sets) code it with that recipient although the sentence does not name it. A speech act or stance
(appositions.SPOKEN) without a recipient takes the recipient of the relation of the same type by the same actor
(resigned.same_person: "Eva Roth" and "Roth" are one) in the sentence right before, when those name exactly one.
Only the sentence right before: further on, a speaker's next demand is as often addressed to someone else, and a
sentence between that says something else has changed the topic. Only an act with no object of its own in its
clause (a verb of speech after what was said, "..., verlangte der Kammerchef"): one with an object ("Roth
kritisierte ihre eigene Partei") is about that, and one that adds ("Roth verlangte zudem ...", "Roth also
criticized ...", ALSO) is a further point, most often to someone else. Marked in the provenance.
"""

from __future__ import annotations

from ..attribution.words import tag_de
from ..model import Doc, Relation
from .appositions import SPOKEN
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END
from .resigned import same_person
from .roles_en import sentence_parse, trigger_token

# function words that add a further point to what the speaker said before (German, English)
ALSO = frozenset({"zudem", "außerdem", "auch", "ferner", "überdies", "also", "too", "additionally", "furthermore",
                  "moreover"})
NOUN_DE = frozenset({"NN", "NE"})
BEFORE_NOUN_DE = ("ART", "ADJA", "ADJD", "CARD", "PPOSAT", "PIAT", "PIDAT", "PDAT", "ADV")  # tag starts in a phrase
OBJECT_EN = frozenset({"dobj", "dative"})


def _own_object(doc: Doc, rel: Relation, lex: RelationLexicon) -> bool:
    """Whether the clause of ``rel``'s trigger adds a point (ALSO) or has an object of its own: English, an object
    of the trigger in the parse; German, a noun outside the actor and outside a prepositional phrase."""
    toks = doc.sent_tokens(rel.sentence)
    at = [k for k, t in enumerate(toks) if rel.predicate_start is not None
          and rel.predicate_start <= t.start < (rel.predicate_end or t.end)]
    if not at:
        return False
    k, n = at[0], len(at)
    low = [t.text.lower() for t in toks]
    lo = next((j + 1 for j in range(k - 1, -1, -1) if low[j] in CLAUSE_END), 0)
    hi = next((j for j in range(k + n, len(low)) if low[j] in CLAUSE_END), len(low))
    if ALSO.intersection(low[lo:hi]):
        return True
    if lex.lang == "en":
        sdoc = sentence_parse(doc, rel.sentence, lex)
        return sdoc is not None and k < len(sdoc) and any(
            c.dep_ in OBJECT_EN for c in trigger_token(sdoc, k, n).children)
    if lex.lang != "de":
        return False
    actor = set((rel.actor_text or rel.actor).split())
    inside_actor = [rel.actor_start is not None and rel.actor_start <= t.start < (rel.actor_end or 0) for t in toks]
    tags = [tag_de(t.text) for t in toks]
    for j in range(lo, hi):
        if j in range(k, k + n) or inside_actor[j] or toks[j].text in actor or tags[j] not in NOUN_DE:
            continue
        i = j - 1
        while i >= lo and tags[i].startswith(BEFORE_NOUN_DE):
            i -= 1
        if not (i >= lo and tags[i].startswith("APPR")):
            return True  # "kritisierte zudem die hohen Preise": not "am Abend", "vor der Presse"
    return False


def fill(relations: list[Relation], doc: Doc | None = None, lex: RelationLexicon | None = None) -> list[Relation]:
    """``relations`` with the recipient of each speech act naming none carried over from the same actor's speech
    act of the same type in the sentence before (see the module docstring); with ``doc`` and ``lex``, only to an
    act without an object of its own."""
    for rel in relations:
        if rel.recipient is not None or rel.type not in SPOKEN or rel.sentence <= 0:
            continue
        before = {r.recipient for r in relations
                  if r.sentence == rel.sentence - 1 and r.type == rel.type and r.recipient
                  and same_person(r.actor, rel.actor) and not same_person(r.recipient, rel.actor)}
        # the clause is read (an English parse) only for an act that has an addressee to continue
        if len(before) == 1 and (doc is None or lex is None or not _own_object(doc, rel, lex)):
            rel.recipient = before.pop()
            rel.provenance += " (recipient: the same speaker's act of the sentence before, continued.py)"
    return relations


__all__ = ["fill"]
