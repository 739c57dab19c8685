"""English fights told from the side that suffered: who fought when the sentence says who was killed.

"Belarusian gunners killed while fighting for Russia", "his nation's troops who were killed in combat
against Ukrainian units": the verb of the sentence is a passive of killing whose subject is the victims, and the
fight they died in is their own (story-dev English: 4 such fights, each coded in the gold with the victims' side
as actor). The parse gives the sufferer three ways: the passive subject ("soldiers were killed"), the noun a
participle hangs on ("soldiers killed while fighting"), and the noun a relative clause hangs on ("soldiers who
were killed"). A noun of force after such a passive is the victims' own fight only when it names its opponent
("in combat against Ukrainian forces"); "killed in an attack" and "killed in a Ukrainian attack" are the
attacker's act (roles_en.frame). And forces are helped: the object of a verb of help is its recipient even when
it names the forces of a country ("helping Russian troops").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import resources
from .lexicon import RelationLexicon

RELATIVE = frozenset({"who", "which", "that"})
# verbs of help whose object is the party helped even when it is named by its forces ("are helping Russian troops",
# "reinforce Russian units"), where the object of a verb of sending flows ("sent troops"); story-dev English: 2
HELPS = re.compile(r"(?:help|assist|support|reinforc|bolster|aid)\w*")
PART = "relations/taking_part.txt"  # verbs of taking part in a fight (English), with FORMAT and EXAMPLE lines
PART_PREPS = frozenset({"in", "into", "to"})
CASUALTIES = "relations/casualties.txt"  # verbs of dying or suffering losses in an attack (English)  # "engaged in clashes", "escalated to combat operations"


MARK = "="  # a row of ``PART`` whose first column is "=figurative" or "=debate": no fight (see its FORMAT)


@lru_cache(maxsize=1)
def _taking_part() -> tuple[tuple[re.Pattern, re.Pattern | None], ...]:
    """(verb, the fight nouns it takes or None for any) of ``PART``."""
    return tuple((re.compile(row[0]), re.compile(row[1]) if len(row) > 1 else None)
                 for row in resources.load("en", PART).rows(1) if not row[0].startswith(MARK))


@lru_cache(maxsize=1)
def _not_fights() -> dict[str, re.Pattern]:
    """The "=figurative" and "=debate" patterns of ``PART``."""
    rows = resources.load("en", PART).rows(1)
    return {kind: re.compile("|".join(f"(?:{r[1]})" for r in rows if r[0] == MARK + kind) or r"(?!)")
            for kind in ("figurative", "debate")}


def taking_part(tok: Any, named: bool = False) -> Any | None:
    """The verb of taking part (``PART``) whose object, directly or through "in"/"into"/"to", is the fight noun
    ``tok`` or the noun it is a compound of ("were engaged in clashes", "escalated to combat operations", "joined
    the fighting"); None when there is none, or when the fight is one in words ("=figurative": "the war of
    words") or a debate ("=debate": "the clashes between the parties in parliament"). Its subject fights: an
    event, with or without an opponent. ``named``: only a verb whose row names its nouns ("joined the war", not
    "gunners long involved in that war": a war noun fights only so)."""
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verb = governing_word(head, PART_PREPS)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(v.fullmatch(verb.lower_) and (nouns is None and not named or nouns and nouns.fullmatch(head.lower_))
               for v, nouns in _taking_part()):
        return None
    nots = _not_fights()
    start = min([c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i] + [head.i])
    if nots["figurative"].match(" ".join(t.lower_ for t in head.doc[start:head.i + 3])) \
            or any(nots["debate"].fullmatch(t.lower_) for t in head.subtree if t.i != head.i):
        return None
    return verb


def joined_places(tok: Any, lex: RelationLexicon) -> list[int]:
    """The words after any preposition but an opponent one ("against") of a fight taken part in ("took part in
    the fighting in Syria", "entered the war in Syria"): where it is fought, no side attacked."""
    if taking_part(tok) is None:
        return []
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verb = taking_part(tok)
    return [p.i for h in (head, verb) for c in h.children if c.dep_ == "prep" and c.lower_ not in lex.opponent
            and c.i > head.i for p in c.subtree if p.i != c.i]


def governing_word(tok: Any, preps: frozenset[str]) -> Any | None:
    """The word whose object the parse token ``tok`` is: directly ("joined the fighting") or through one of
    ``preps`` ("engaged in clashes", "help for the invasion"); None otherwise."""
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return tok.head.head
    if tok.dep_ == "dobj":
        return tok.head
    return None


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


def helped_clause(tok: Any, kind: str, out: Any) -> None:
    """A verb of help with a clause for its object ("are helping Russian troops strike Ukraine": the parser
    reads "troops strike" as a clause of its own): the clause's subject is helped (a recipient of ``out``,
    roles_en.Frame), when the verb has no object of its own."""
    if kind != "AID" or not HELPS.fullmatch(tok.lower_) or tok.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                out.add(subj, "recipient")


def attackers(tok: Any) -> list[Any]:
    """The capitalized words before the noun of attack ``tok`` that name its attacker: "the Russian attack",
    "Kyiv's strikes", and the adjective of a lower-case modifier ("Ukrainian drone strikes", "a Polish missile
    attack", where the parse hangs the adjective on the modifier)."""
    out = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.text[:1].isupper()]
    return out or [g for c in tok.children if c.dep_ == "compound" and c.text[:1].islower()
                   for g in c.children if g.dep_ == "amod" and g.text[:1].isupper()]


@lru_cache(maxsize=1)
def _casualties() -> re.Pattern:
    """The verbs of dying or suffering losses of ``CASUALTIES``, one pattern."""
    return re.compile("|".join(f"(?:{row[0]})" for row in resources.load("en", CASUALTIES).rows(1)))


def victims(tok: Any, kind: str, lex: RelationLexicon, out: Any) -> None:
    """A noun of attack that names its attacker, in which a passive killing happened ("four Belarusian gunners
    were killed in a Polish artillery attack", "killed during an attack by rebel units") or its subject died or
    suffered losses ("died in Ukrainian drone strikes", casualties.txt): the victims are its recipient (``out``:
    roles_en.Frame); the victims of "killed in combat against X" fought (``opposed``)."""
    if kind != "ASSAULT" or tok.dep_ != "pobj" or tok.head.lower_ != "in" or opposed(tok, kind, lex):
        return
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "suffered losses in ...": the verb of the losses
    trig = lex.triggers_at([verb.lower_], 0) if verb.tag_ == "VBN" else None
    dying = _casualties().fullmatch(verb.lower_) is not None  # "died in a Ukrainian drone strike" (casualties.txt)
    if not dying and (trig is None or not trig.type.startswith("ASSAULT")):
        return
    named = bool(attackers(tok)) or any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if dying else None
    victim = (sufferer(verb) or subject) if named else None
    if victim is not None:
        out.add(victim, "recipient")


# verbs of taking ground back, whose "from X" names the side that held it ("liberate the Kursk region from Ukrainian
# forces", "retake the villages from Ukraine"): X is attacked, the ground taken is only where
TAKES_BACK = re.compile(r"(?:liberat|retak|retook|reclaim|recaptur|regain|wrest)\w*")


def taken_from(tok: Any, kind: str, out: Any) -> None:
    """The holder after "from" of a verb of taking ground back is its recipient (``out``: roles_en.Frame); the
    ground itself (its direct object: "reclaim parts of Kursk", "recapturing two villages") is its own side's,
    no party (the opponent the document implies fills in, relations/implied.py)."""
    if kind != "ASSAULT" or not TAKES_BACK.fullmatch(tok.lower_) or tok.pos_ not in ("VERB", "AUX"):
        return
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    for obj in objs:
        out.roles[obj.i] = "other"
        for acl in (c for c in obj.children if c.dep_ == "acl"):  # "territory held by Ukraine": the holder
            for p in (p for c in acl.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"):
                out.roles[p.i] = "recipient"
    for head in [tok, *objs]:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.roles[p.i] = "recipient"
