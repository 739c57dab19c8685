"""German roles beyond prepositions: the word-order cues extract._relations asks about a German trigger.

A possessive before a noun trigger ("bei ihrer Reise": the subject's), the polite or plural "Sie"/"sie", a "von"
phrase after a noun, a mention in a purpose clause after the trigger's clause, a verb that shares the subject of
the clause before it ("..., und liefert Russland Granaten"), the actor of an infinitive ("zurückzuerobern"), and
``refine``, which completes the heuristic roles with ground held (held_de.py) and directions (directions_de.py).

The small dependency parser (relations/parse_de.py) once completed free roles here too, where the heuristics had
no candidate actor. Measured again on the 1,028 10kGNAD test articles, story-dev, dev-10kgnad and the seeds, it
changed no output any more (the announcing source, reporters.announcers, and the role rules since cover its
cases) while costing 26-36 % of the relations' CPU, so roles no longer ask it (README, relations).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..entities.gazetteer import gazetteer
from . import directions_de, held_de, pronouns
from .mentions import CLAUSE_END

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
def refine(words: list[str], k: int, n: int, found: list, roles: list[str | None], kind: str = "") -> list[str | None]:
    """The heuristic ``roles`` of the mentions ``found`` around the trigger at ``k`` (``n`` words), completed with ground held
    ("die von der Ukraine kontrollierten Dörfer": the holder is attacked, held_de.py) and directions ("schickt
    Söldner in die Ukraine": the country after "in die" receives, directions_de.py)."""
    roles = held_de.holders(words, k, n, found, roles, kind)
    return directions_de.into(words, k, found, roles, kind)


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    return tuple(resources.load("de", "relations/particles.txt").items())


def zu_infix(word: str, lang: str) -> bool:
    """Whether the lower-case German ``word`` is the infinitive of a separable verb with its "zu" inside
    ("zurückzuerobern", "einzunehmen": lang/de/relations/particles.txt), whose actor is the main clause's subject."""
    if lang != "de":
        return False
    return any(word.startswith(p + "zu") and len(word) > len(p) + 4 and word.endswith("n") for p in _particles())


def infinitive_verb(low: list[str], k: int, n: int, lex) -> int:  # type: ignore[no-untyped-def]
    """The word of the trigger at ``k``..``k+n`` whose infinitive marker stands right before it: the trigger's
    own, inside it ("zur Verfügung zu stellen": "stellen"), else its first word (the "zu" then before it)."""
    return next((j + 1 for j in range(k + 1, k + n - 1) if low[j] in lex.infinitive), k)


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
