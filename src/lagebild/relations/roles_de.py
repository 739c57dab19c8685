"""German roles from syntax: who acts and who receives, read off the trigger's dependency parse.

The heuristic roles (extract._relations) come from prepositions and word order; they fail where German
word order is free: an object at the sentence start ("Russland unterstützt Nordkorea" vs. "Den Angriff
auf die Ukraine befahl Putin"), an actor far from its trigger, passives, relative clauses, participial
attributes and sentences with several events. Here the small parser (relations/parse_de.py) names, for
one trigger, each mention's syntactic role:

- the subject (nsubj) of the trigger, of the verb whose complement it is ("entschied sich, Soldaten zu
  schicken"), of the first verb of a coordination that has none of its own ("schickt Soldaten und
  liefert Granaten"), or the noun a relative clause with a subject pronoun modifies ("Nordkorea, das
  Soldaten schickt") -> actor;
- a genitive or possessive of a noun trigger ("die Unterstützung Nordkoreas", "Russlands Angriff") -> actor;
- the agent of a passive or participle ("von/durch Nordkorea", "die von Nordkorea gelieferten Granaten")
  -> origin (the actor of extract's origin path);
- a direct or dative object (obj, iobj, obl:arg), the subject of a passive, the noun a participle of the
  trigger qualifies ("die angegriffene Ukraine") -> recipient.

Used only where the heuristics have no candidate actor (``FALLBACK``, measured). A mention reaches its
role through the words it qualifies ("nordkoreanische Soldaten" -> Soldaten) and as
a conjunct. Roles only fill in what the heuristics left free (no preposition decided it), and a role the
predicted case contradicts (a "subject" in the accusative) is not taken: the parser is small and errs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import gazetteer
from . import directions_de, held_de, parse_de, pronouns
from .mentions import CLAUSE_END

# relations through which a mention qualifies the word that bears the role ("nordkoreanische Soldaten",
# "die Truppen Nordkoreas", "Präsident Kim"); a prepositional nmod ("Soldaten aus Nordkorea") is left to
# the preposition rules
CLIMB = frozenset({"amod", "nmod", "nmod:poss", "det:poss", "flat", "flat:name", "compound", "appos", "conj"})
SAME = frozenset({"appos", "flat", "flat:name"})
SUBJECT = frozenset({"nsubj"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass"})
OBJECT = frozenset({"obj", "iobj", "obl:arg"})
AGENT_PREPS = frozenset({"von", "vom", "durch"})
RELATIVE = frozenset({"der", "die", "das", "dem", "den", "welche", "welcher", "welches"})
PASSIVE_AUX = frozenset({"wurde", "wurden", "worden", "wird", "werden", "werde", "würden", "würde"})
NOUN = frozenset({"NOUN", "PROPN"})
FLOWS = frozenset({"AID", "MOBILIZE"})  # types whose object is a flow from its owner (troops, arms)
QUALIFIES_OBJECT = "qualifies object"
PARTICIPLE_ATTR = frozenset({"amod", "acl"})  # "die angegriffene Ukraine", "die von X gelieferten Granaten"
# an inflected past participle ("gelieferten", "angegriffene") qualifies what the act is done to; a present
# participle ("die kämpfenden Einheiten") qualifies who acts
PAST_PARTICIPLE = re.compile(r"\w+(t|en)(e|en|er|es|em)")
PRESENT_PARTICIPLE = re.compile(r"\w+end(e|en|er|es|em)")


def _prep(p: parse_de.Parse, x: int) -> str | None:
    return next((p.words[c].lower() for c in p.children(x) if p.deps[c] == "case"), None)


def _passive(p: parse_de.Parse, t: int) -> bool:
    """A werden-passive: its auxiliary (the parser's nsubj:pass alone is no proof: "hat X geliefert")."""
    return any(p.deps[c] == "aux:pass" or (p.deps[c] == "aux" and p.words[c].lower() in PASSIVE_AUX
                                           and p.words[t].lower().startswith("ge"))
               for c in p.children(t))


def _domain(p: parse_de.Parse, t: int) -> list[int]:
    """The predicates whose subject is the trigger's: the trigger, then the verb it complements (xcomp)
    or the first conjunct of a coordination when the trigger has no subject of its own."""
    chain = [t]
    x = t
    while len(chain) < 4:
        if any(p.deps[c] in SUBJECT | PASSIVE_SUBJECT for c in p.children(x)):
            break
        if p.deps[x] in CONTROL and p.heads[x] != x and p.pos[p.heads[x]] in ("VERB", "AUX"):
            x = p.heads[x]
            chain.append(x)
        else:
            break
    return chain


def syntactic_roles(p: parse_de.Parse, k: int, n: int, spans: list[tuple[int, int]],
                    kind: str = "") -> list[str | None]:
    """For the trigger at words ``k`` to ``k + n`` and the mentions at word ``spans``: each mention's role
    (actor, origin, recipient) by the parse, or None."""
    t = p.head_of(k, k + n)
    chain = _domain(p, t)
    passive = _passive(p, t)
    noun = p.pos[t] in NOUN
    relative_subject = None  # "Nordkorea, das Soldaten schickt": the noun the clause qualifies acts
    if p.deps[t] == "acl:relcl" and any(p.deps[c] == "nsubj" and p.words[c].lower() in RELATIVE
                                        for c in p.children(t)):
        relative_subject = p.heads[t]
    # the small parser confuses subject and object where German marks no case ("hat Nordkorea Russland
    # ... geliefert"): objects count only when the predicate also has a subject
    subject = any(p.deps[c] in SUBJECT or (passive and p.deps[c] in PASSIVE_SUBJECT)
                  for x in chain for c in p.children(x))
    attribute = p.deps[t] in PARTICIPLE_ATTR and p.heads[t] != t
    low = p.words[t].lower()
    acting = p.heads[t] if attribute and PRESENT_PARTICIPLE.fullmatch(low) else relative_subject
    undergoing = p.heads[t] if attribute and PAST_PARTICIPLE.fullmatch(low) and not acting else None
    owner = {x: j for j, (first, last) in enumerate(spans) for x in range(first, last)}
    out: list[str | None] = []
    for j, (first, last) in enumerate(spans):
        role = None
        x, steps, hops = p.head_of(first, last), 0, 0  # steps: words qualified; hops: any climb
        how = p.deps[x]  # how the mention qualifies the word it climbs to
        while True:
            role = _role(p, x, t, chain, passive, noun, steps)
            if role in ("recipient", QUALIFIES_OBJECT) and not subject and not (passive and role == "recipient"):
                role = None
                break
            if role == QUALIFIES_OBJECT:
                # a genitive on an object that is no flow receives ("lobte die Weisheit Putins"); a country
                # adjective on a flow is its owner, which the heuristics already read as the actor
                # ("setzt nordkoreanische Soldaten ein", "nordkoreanische Soldaten wurden verlegt")
                role = "recipient" if kind not in FLOWS and how in ("nmod", "nmod:poss", "det:poss") else None
                break
            if role is not None:
                break
            if x == acting:
                role = "actor"
                break
            if x == undergoing and steps == 0:
                role = "recipient"
                break
            if hops >= 3 or steps >= 2 or p.deps[x] not in CLIMB or p.heads[x] == x or x in chain:
                break
            if p.deps[x] == "nmod" and (_prep(p, x) is not None or p.case[x] not in (None, "Gen")):
                break  # "Soldaten aus Nordkorea": the preposition rules decide; only a genitive qualifies
            # the same thing named again ("dem Nachbarn Polen", "Kim Jong Un") is no step away from it
            steps += 0 if p.deps[x] in SAME else 1
            x, hops = p.heads[x], hops + 1
            if owner.get(x, j) != j:
                break  # another mention's word ("Pjöngjang Russland" read as one name): no role through it
        out.append(role)
    return out


def _role(p: parse_de.Parse, x: int, t: int, chain: list[int], passive: bool, noun: bool, steps: int) -> str | None:
    head, dep, case = p.heads[x], p.deps[x], p.case[x]
    if head not in chain or head == x:
        return None
    if (dep in SUBJECT or (dep in PASSIVE_SUBJECT and not passive)) and case in (None, "Nom"):
        return "actor"
    if head != t:
        return None  # objects and agents only of the trigger itself
    if (dep in PASSIVE_SUBJECT and passive) or (dep in OBJECT and case != "Nom"):
        # the object itself receives; what qualifies it is decided by the caller
        return "recipient" if steps == 0 else QUALIFIES_OBJECT
    if dep in ("obl", "obl:agent", "nmod") and _prep(p, x) in AGENT_PREPS and (passive or dep == "obl:agent"
                                                                             or p.deps[t] in PARTICIPLE_ATTR):
        return "origin"
    if noun and ((steps == 0 and dep in ("nmod:poss", "det:poss"))
                 or (dep == "nmod" and _prep(p, x) is None and case in (None, "Gen"))):
        return "actor"
    return None


CONTROL = frozenset({"xcomp", "conj"})
VERB_JOINS = frozenset({"und", "aber", "sondern", "oder"})
PURPOSE = frozenset({"um", "damit"})
VON = frozenset({"von", "vom"})
POSSESSIVE = re.compile(r"(sein|ihr)(e|er|es|em|en)?")


def possessed(low: list[str], k: int) -> bool:
    """Whether a possessive determiner ("seiner", "ihrem") stands before the noun trigger at ``k`` (up to two
    adjectives or adverbs between: "bei ihrer schon zweiten Reise"): the noun is the subject's."""
    return any(POSSESSIVE.fullmatch(w) for w in low[max(0, k - 3):k])


def sie(words: list[str], low: list[str], lo: int, hi: int) -> str | None:
    """The kind of a "sie" between words ``lo`` and ``hi`` by the number of the finite verb next to it: a
    singular verb makes it a woman, the person last named ("Sie nannte ... und lobte": ``person``), a plural one
    the actor last spoken of ("kämpfen sie", "sie täuschen": ``actor``); None when no verb tells. A capitalised
    "Sie" that opens neither the sentence nor a quote or an interview's answer is the polite address of the one
    asked ("Was halten Sie von dem Plan?": ``ADDRESSEE``), no one the text named before."""
    for m in range(lo, hi):
        if low[m] != "sie":
            continue
        if words[m] == "Sie" and m > 0 and words[m - 1] not in OPENERS:
            return ADDRESSEE
        for j in (m + 1, m - 1):
            if 0 <= j < len(words) and (number := pronouns.number(low[j], "de")):  # "seien sie", "sie habe"
                return number
            if 0 <= j < len(words) and j != m and words[j][:1].islower() and words[j].isalpha() \
                    and low[j] not in NOT_VERBS:
                if low[j].endswith(("en", "ten")) or low[j] in PLURAL_AUX:
                    return "actor"
                if low[j].endswith(("te", "t")) or low[j] in SINGULAR_AUX:
                    return "person"
    return None


ADDRESSEE = "addressee"  # roles_de.sie's kind of the polite "Sie": a person the text need not name
OPENERS = frozenset({"„", "“", '"', "«", "»", ":", "–", "—", "(", "-"})  # a "Sie" after them may open a sentence
NOT_VERBS = frozenset({"und", "oder", "aber", "auch", "nicht", "noch", "nun", "jetzt", "bereits", "dann", "dort",
                       "hier", "sich", "selbst", "zuletzt", "dabei", "damit", "demnach", "inzwischen", "seit",
                       "sei", "seien", "dass", "weil", "wenn", "als", "ob", "den", "die", "der", "das", "dem",
                       "einen", "eine", "ein", "mit", "von", "in", "an", "auf", "für", "zu", "nach", "bei"})
PLURAL_AUX = frozenset({"sind", "haben", "hatten", "waren", "werden", "wurden", "seien", "hätten", "würden"})
SINGULAR_AUX = frozenset({"ist", "hat", "hatte", "war", "wird", "wurde", "sei", "hätte", "würde"})


def von_after_noun(words: list[str], low: list[str], k: int, n: int, first: int, prep: str | None,
                   lang: str) -> bool:
    """Whether the mention at word ``first`` is a "von" phrase right after a noun trigger, which names the
    noun's actor as a genitive would ("der Besuch von Putin", "Lieferungen von Nordkorea"; "die Entsendung von
    Soldaten" names no mention)."""
    if lang != "de" or prep not in VON or not words[k][:1].isupper() or k + n >= len(low):
        return False
    return low[k + n] in VON and all(w[:1].islower() or w[:1].isdigit() for w in words[k + n + 1:first])


# Prepositions of place in the dative: a name in the genitive after their noun is in that place too ("im Heer
# Chinas"); after other prepositions it is the noun's possessor, not their object ("für Provokationen Pjöngjangs").
# "in" places only with a dative article: "in die Flotte Chinas" is a direction, the genitive the recipient.
_DATIVE = frozenset(("der", "dem", "einem", "einer"))


def placing(low: list[str], k: int) -> bool:
    """Whether word ``k`` is a preposition of place in the dative ("im", "in der", "in einem")."""
    return low[k] == "im" or (low[k] == "in" and k + 1 < len(low) and low[k + 1] in _DATIVE)


def genitive_of_noun(words: list[str], first: int, lang: str) -> bool:
    """Whether the name at word ``first`` is a genitive attribute of the noun right before it, which an article or
    preposition opens ("im Heer Chinas", "in der Flotte Chinas"): the gazetteer's "-s" form of a name it
    lists, not a name ending in "s" ("in die Stadt Paris")."""
    return lang == "de" and first >= 2 and words[first - 1][:1].isupper() and words[first - 2][:1].islower() \
        and words[first - 2].isalpha() and gazetteer(lang).is_genitive(words[first])


def before_own_clause(words: list[str], m, actor, lo: int, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the free mention ``m`` stands in a clause before the trigger's own (which starts at word ``lo``
    after a comma), while the actor is in the trigger's clause: "Die USA hatten Angaben bestätigt, nach denen
    nordkoreanische Einsatzkräfte ausgebildet werden": the main clause's subject is none of the relative
    clause's roles."""
    return lang == "de" and m.first < lo <= actor.first and lo > 0 and words[lo - 1] == ","


def in_purpose_clause(low: list[str], first: int, k: int, hi: int, lang: str) -> bool:
    """Whether the mention at word ``first`` stands in a purpose clause after the trigger's clause ("Polen
    verlegt Panzer an die Grenze, um belarussische Einheiten abzuwehren"): the object of that clause's
    verb, not of the trigger."""
    return lang == "de" and first >= hi > k and any(low[j] in PURPOSE for j in range(hi, min(first, hi + 2)))


def shares_subject(words: list[str], k: int, lo: int, lang: str) -> bool:
    """Whether the verb trigger at word ``k`` opens a clause coordinated with the one before it without a
    subject of its own ("Belarus braucht Devisen – und beliefert Putin mit Traktoren", "..., und liefert
    Russland Granaten"): "und" right before the verb at the start of its clause (German word order puts the
    subject before the verb or right after it; after "und" the verb comes first only when the subject is
    shared)."""
    return lang == "de" and 0 < k and words[k][:1].islower() and words[k - 1].lower() in VERB_JOINS \
        and lo >= k - 1
# Measured on story-dev (German), dev-10kgnad and the seeds: the parse overruling the heuristics everywhere
# scored below them (edge F1 0.526 vs 0.532 on story-dev German); only where the heuristics have no
# candidate actor it gains (0.537). See the README (relations) for the numbers.
FALLBACK = True


def refine(words: list[str], k: int, n: int, found: list, roles: list[str | None], kind: str = "",
           received: bool = False, reporting: list | None = None) -> list[str | None]:
    """The heuristic ``roles`` of the mentions ``found`` around the trigger at ``k``, completed from the parse:
    a free mention (no preposition decided its role) the parse names actor becomes the actor (extract's
    "genitive" role: the actor named by the trigger's own syntax), an object or passive subject the
    recipient, a passive agent the origin. With ``FALLBACK`` only when no free mention outside the reporting
    sources (``reporting``) is left for the heuristics to choose ("Nordkorea hat bestätigt, Truppen nach Russland
    entsandt zu haben": the source acts in what it reports when it is the complement's subject); so only those
    sentences are parsed. Unchanged when the model is missing."""
    reporting = reporting or []
    roles = held_de.holders(words, k, n, found, roles, kind)  # "die von der Ukraine kontrollierten Dörfer"
    roles = directions_de.into(words, k, found, roles, kind)  # "schickt Söldner in die Ukraine"
    if FALLBACK and any(r in (None, "pair") and not any(m is x for x in reporting)
                        for m, r in zip(found, roles, strict=True)):
        return roles
    # nothing the parse could change (below: a free role, or a place role of a mention that is no mere place,
    # which only an agent's preposition can make an origin): no parse (it costs ~5 ms a sentence)
    agent = not AGENT_PREPS.isdisjoint(w.lower() for w in words)
    if not any(r is None or agent and r == "place" and m.label != "place" for m, r in zip(found, roles, strict=True)):
        return roles
    p = parse_de.parse(tuple(words))
    if p is None:
        return roles
    syn = syntactic_roles(p, k, n, [(m.first, m.last) for m in found], kind)
    out = list(roles)
    # an origin acts (extract's origin path: "Russland setzt auf Soldaten aus Nordkorea"); the subject then
    # stays free, to be the recipient
    actor_taken = any(r in ("genitive", "origin") for r in roles) or "origin" in syn
    for j, (old, new) in enumerate(zip(roles, syn, strict=True)):
        if new is None:
            continue
        if new == "actor" and received and old is None:
            out[j] = "recipient"  # "Nordkorea erhielt Technik von Russland": the subject receives
        elif new == "actor" and old is None and not actor_taken:
            out[j] = "genitive"
            actor_taken = True
        elif new == "recipient" and old is None:
            out[j] = "recipient"
        elif new == "origin" and old in (None, "place") and found[j].label != "place":
            out[j] = "origin"
    return out


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    return tuple(resources.load("de", "relations/particles.txt").items())


def zu_infix(word: str, lang: str) -> bool:
    """Whether the lower-case German ``word`` is the infinitive of a separable verb with its "zu" inside
    ("zurückzuerobern", "einzunehmen": lang/de/relations/particles.txt), whose actor is the main clause's subject."""
    if lang != "de":
        return False
    return any(word.startswith(p + "zu") and len(word) > len(p) + 4 and word.endswith("n") for p in _particles())


def infinitive_actor(before: list, words: list[str], low: list[str], k: int, lo: int, lex) -> list:  # type: ignore[no-untyped-def]
    """The actor of the infinitive clause (from word ``lo``) of the trigger at ``k``, of the free mentions ``before``
    it: after a separate "zu" the sentence's first; after one inside the verb ("zurückzuerobern") the first of the
    clause right before it ("dass die Truppen Monate brauchen würden, um ... einzunehmen"), else the
    sentence's first; none when the trigger opens no infinitive clause."""
    if k > 0 and low[k - 1] in lex.infinitive:
        return before[:1]
    if not zu_infix(low[k], lex.lang):
        return []
    start = lo - 1
    while start > 0 and words[start - 1] not in CLAUSE_END:
        start -= 1
    return [m for m in before if start <= m.first][:1] or before[:1]
