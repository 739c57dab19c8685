"""English trigger words that state no event where they stand.

Fights that are only the purpose of readying forces (``purpose``): no ASSAULT of their own.

"5,000 troops are being prepared to fight", "being readied to join the battle", "brings in sappers to fight
back", "being trained near the border, perhaps to fight for their ally": the fight is what the forces are made
ready for, not an event the sentence states (story-dev English: the gold codes the readying, MOBILIZE or
COOPERATE, in all 5 such sentences and the fight in none; the fight the forces join, "to join the allied forces
fighting against his country", is a clause of its own and stays). The parse gives it: the fight is a
"to"-infinitive (or the object of "join" in one) hanging on a verb of readying forces (only the verbs the
evaluation attests: sending or deploying troops "to fight against" a side states the fight), and names no
opponent ("trained to fight against Ukraine" states whom they fight). "Helping to reclaim" is no readying: the
helpers fight (the gold codes it).

A fight word naming a kind of thing (``kind_of``): "combat zones", "combat roles", "combat experience", "attack
helicopters" name places, tasks and gear, not a fight ("the new units are to be put into combat zones by Minsk":
the gold codes such a use as MOBILIZE, and no fight). A fight noun that is the compound modifier of another noun is
no event unless that noun names who fights or with what (agents.txt, objects.txt: "combat troops", handled in
roles_en) or is itself an operation ("combat operations", "combat missions": the gold codes those as fights).

A side's fight as what others help (``helped``): "a further step in outside help for Belarus's invasion",
"units sent to back Minsk's spring offensive near Lutsk": the sentence states the help; the
fight, named by a noun its possessor or adjective gives a side, is what is helped (story-dev English: the gold
codes neither of the two). Only without an opponent of its own ("help for Belarus's invasion of Ukraine",
"... attack against Ukraine" state whom it is against). A country after "in" says where the helped fight is
fought, not whom it is against: the gold of the one such English sentence in story-dev ("backing for Minsk's
offensive in Poland", in other words) codes no fight there either.

Help for "the other" with no "each side" subject (``third_party``): "each side will defend the other" is a pact's
mutual clause (COOPERATE, lang/en/relations/triggers.txt); "support the other members of the alliance" names third
parties, no event between the pair.

Showing is no protest (``shown``): "demonstrated the Kremlin's desire", "rallied support", "demonstrated that":
a verb of protest with a direct object or a clause for one shows or gathers something; people protest without
one ("thousands demonstrated against the war", "rallied in the capital") or against someone ("demonstrated their
anger against the government").
"""

from __future__ import annotations

import re
from typing import Any

from . import roles_en_fights as fights
from .lexicon import RelationLexicon, Trigger
from .roles_en import sentence_parse, trigger_token
from .roles_en_fights import governing_word

LANGS = frozenset({"en"})
FIGHT = "ASSAULT"
JOINED = "#"  # the trigger flag of a war noun, a fight only as one taken part in (triggers.txt)
PROTEST = "PROTEST"
# verbs that make forces ready or bring them in, the ones the evaluation attests ("being prepared to fight",
# "brings in sappers to fight back", "trained ... to fight for"); not "help", "assist" (their object fights with
# them), and not sending or deploying: "sent troops to fight against Ukraine" states the fight
READIES = re.compile(r"(?:prepar|readi|ready|train|bring|brought)\w*", re.I)
JOINS = frozenset({"join", "joining", "joined", "enter", "entering"})  # "to join the fight", "to enter combat"
HELPED_PREPS = frozenset({"for", "of"})  # "help for Belarus's invasion", "in backing of Minsk's offensive"
# prepositions after which a fight noun names its opponent ("invasion of Ukraine", "attack on Kyiv")
NAMING_PREPS = frozenset({"of", "on"})
# the words a mutual-help line ends in when its subject must be "each country" or "each side" (third_party)
OTHER = ("the", "other")
PAIR_NOUNS = frozenset({"country", "side", "state", "nation", "party", "partner"})
# nouns after a fight word that make the two one fight ("combat operations"); other nouns it qualifies are kinds
OPERATIONS = frozenset({"operation", "operations", "mission", "missions", "action", "actions", "activity",
                        "activities", "sortie", "sorties", "raid", "raids"})


def _parsed_trigger(doc: Any, i: int, k: int, trig: Trigger, lex: RelationLexicon) -> Any:
    """The parse's token of the trigger ``trig`` at word ``k`` of sentence ``i`` when it is of a type the
    predicates below judge in one of ``LANGS`` and the sentence has a parse, else None."""
    if lex.lang not in LANGS or not trig.type.startswith((FIGHT, PROTEST)) and not _other(trig):
        return None
    sdoc = sentence_parse(doc, i, lex)
    n = len(trig.words)
    if sdoc is None or k + n > len(sdoc):
        return None
    return trigger_token(sdoc, k, n)


def purpose(tok: Any, trig: Trigger, lex: RelationLexicon) -> bool:
    """Whether the fight trigger ``trig`` (parse token ``tok``) only says what forces are readied or
    moved for (see the module docstring); False for other types."""
    if not trig.type.startswith(FIGHT):
        return False
    if tok.dep_ in ("dobj", "pobj") and tok.head.lower_ in JOINS:  # "to join the fight"
        tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lower_ in JOINS:  # "to join in combat"
        tok = tok.head.head
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ not in ("xcomp", "advcl", "ccomp") or tok.head.i == tok.i:
        return False
    return bool(READIES.fullmatch(tok.head.lower_)) and not _opponent(tok, lex)


def _opponent(verb: Any, lex: RelationLexicon) -> bool:
    """Whether the fight ``verb`` names whom it is against ("to fight against Ukraine", "to fight Ukraine"): a
    fight with its opponent is stated, whatever readied the forces for it."""
    return any(c.dep_ == "prep" and c.lower_ in lex.opponent or c.dep_ == "dobj" and c.pos_ == "PROPN"
               for c in verb.children)


def shown(tok: Any, trig: Trigger, lex: RelationLexicon) -> bool:
    """Whether the protest trigger ``trig`` (parse token ``tok``) is a verb with a direct object or
    an object clause ("demonstrated the desire", "demonstrated that"): no protest (see the module docstring)."""
    if not trig.type.startswith(PROTEST):
        return False
    # "demonstrated their anger against Russia": whom it is against makes it a protest, object or not
    return tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children) and \
        not _opponent(tok, lex) and not any(_opponent(c, lex) for c in tok.children if c.dep_ == "dobj")


def kind_of(tok: Any, trig: Trigger, lex: RelationLexicon) -> bool:
    """Whether the fight trigger ``trig`` (parse token ``tok``) only qualifies a noun that names a kind
    of place, task or gear ("combat zones"; see the module docstring)."""
    if not trig.type.startswith(FIGHT):
        return False
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or len(trig.words) > 1:
        return False
    head = tok.head.lower_
    return head not in OPERATIONS and not lex.is_agent(head) and not lex.is_object(head) \
        and lex.triggers_at([head], 0) is None


def helped(tok: Any, trig: Trigger, lex: RelationLexicon) -> bool:
    """Whether the fight trigger ``trig`` (parse token ``tok``) is a side's fight named as what an aid
    word helps ("help for Belarus's invasion"; see the module docstring)."""
    if not trig.type.startswith(FIGHT):
        return False
    if tok.pos_ != "NOUN" or not any(c.dep_ in ("poss", "amod") and c.text[:1].isupper() for c in tok.children):
        return False
    aid = governing_word(tok, HELPED_PREPS)
    if aid is None:
        return False
    helper = lex.triggers_at([aid.lower_], 0)
    if helper is None or not helper.type.startswith("AID") or _opponent(tok, lex):
        return False
    # "Russia's invasion of Ukraine", "attack on Kyiv": a noun names its opponent after "of" and "on" too
    return not any(c.dep_ == "prep" and c.lower_ in NAMING_PREPS and any(p.pos_ == "PROPN" for p in c.children)
                   for c in tok.children)


def _other(trig: Trigger) -> bool:
    """Whether the trigger's line ends in the words "the other"."""
    return tuple(p.pattern for p in trig.words[-2:]) == OTHER


def third_party(tok: Any, trig: Trigger) -> bool:
    """Whether the mutual-help trigger ``trig`` ending in "the other" (parse token ``tok``, the verb) has no
    "each country", "each side" as its subject: "support the other members" names third parties, "each state will
    defend the other" is the pair's mutual clause."""
    if not _other(trig):
        return False
    head = tok
    for _ in range(3):  # "each party promises to support the other": the subject of the verb "support" depends on
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PAIR_NOUNS and
               any(d.dep_ == "det" and d.lower_ == "each" for d in c.children) for c in head.children):
            return False
        if head.head.i == head.i:
            break
        head = head.head
    return True


def no_event(doc: Any, i: int, k: int, trig: Trigger, lex: RelationLexicon) -> bool:
    """Whether the trigger ``trig`` at word ``k`` of sentence ``i`` states no event where it stands (its parse
    token resolved once for the four tests)."""
    tok = _parsed_trigger(doc, i, k, trig, lex)
    if JOINED in trig.type and lex.lang in LANGS:  # "joined the war": a war noun only as a fight taken part in
        return tok is None or fights.taking_part(tok, named=True) is None
    if tok is None:
        return False
    return purpose(tok, trig, lex) or shown(tok, trig, lex) or kind_of(tok, trig, lex) or helped(tok, trig, lex) \
        or third_party(tok, trig)
