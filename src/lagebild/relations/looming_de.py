"""Penalties that loom over someone (German): "Österreich droht eine EU-Strafe" is a SANCTION that may come.

"drohen" with a penalty as its subject means that the penalty looms over the dative; the trigger rules read it
as a threat of the first name (THREATEN Österreich -> ...), or as nothing. A penalty needs the one who imposes it:
the gold codes "droht ... eine EU-Strafe" as SANCTION EU -> Österreich, status hypothetical, and a court's
sentence that looms over suspects with no court named ("den Verdächtigen drohen Haftstrafen") as nothing. This
pass (words in lang/de/relations/looming.txt) finds, in a clause with a form of "drohen", a penalty noun whose
owner is named (a compound's first part, "EU-Strafe"; "durch"/"von" X or a genitive right after it, "eine Sperre
durch den Verband") and the one other actor of the clause, before or right after the verb ("Österreich droht",
"droht Österreich"); it records the SANCTION at the penalty noun and drops a THREATEN the rules read at the same
verb. 10kGNAD test articles: 2 of the 11 sentences with "drohen" and a penalty name the owner (an EU fine, a
sports federation's ban), 1 names both (it fires, rightly); the rest are court sentences with no court named.
A clause with "mit" after the verb or "an" at its end holds a threat ("droht X mit einer Strafe", "droht X eine
Strafe an": threats.py), none of this; a penalty a preposition governs is no subject ("droht nach den
EU-Sanktionen ...": they are in place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import record
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, PLACE, Mention, actor_name, mentions

RESOURCE = "relations/looming.txt"
RULE = "rule:{lang}/relations/looming.txt"
OWNER_GAP = 3  # words between the penalty noun and its owner: "Sperre durch den internationalen Verband"


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, re.Pattern] | None:
    if not resources.exists(lang, RESOURCE):
        return None
    kinds: dict[str, list[str]] = {}
    for kind, pattern in resources.load(lang, RESOURCE).rows(2):
        kinds.setdefault(kind, []).append(pattern)
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in kinds.items()}


def find(doc: Doc, relations: list[Relation], lex: RelationLexicon,
         gaz: Gazetteer) -> tuple[list[Relation], list[Relation]]:
    """``relations`` without the threats read at the verbs of looming penalties, and the looming penalties of
    ``doc``, said by the author (record.sources would take "droht" for a cue of speech and its subject for the
    speaker), hedged as their verb is."""
    words_ = _words(lex.lang)
    if words_ is None or "droh" not in doc.text:
        return relations, []
    out, added = list(relations), []
    for i, sent in enumerate(doc.sents):
        if "droh" not in doc.text[sent.start:sent.end]:
            continue
        toks = doc.sent_tokens(i)
        words = [t.text for t in toks]
        low = [w.lower() for w in words]
        for k in (j for j, w in enumerate(low) if words_["verb"].fullmatch(w)):
            rel = _looming(doc, i, words, low, toks, k, words_, lex, gaz)
            if rel is not None:
                out = [r for r in out if not (r.sentence == i and r.type == "THREATEN"
                                              and r.predicate_start == toks[k].start)]
                added.append(rel)
    return out, added


def _looming(doc: Doc, i: int, words: list[str], low: list[str], toks: list, k: int, words_: dict[str, re.Pattern],
             lex: RelationLexicon, gaz: Gazetteer) -> Relation | None:
    lo, hi = k, k + 1
    while lo > 0 and words[lo - 1] not in CLAUSE_END:
        lo -= 1
    while hi < len(words) and words[hi] not in CLAUSE_END:
        hi += 1
    last = next((j for j in range(hi - 1, k, -1) if words[j][:1].isalnum()), k)  # before the sentence's "."
    if "mit" in low[k + 1:hi] or low[last] == "an":
        return None  # "droht X mit einer Strafe", "droht X eine Strafe an": a threat of its subject (threats.py)
    # the penalty is the verb's subject: no preposition governs it ("droht wegen der EU-Sanktionen ...")
    noun = next((j for j in range(lo, hi) if j != k and words[j][:1].isupper()
                 and words_["penalty"].fullmatch(low[j]) and not _governed(words, low, k, j, words_)), None)
    if noun is None:
        return None
    found = [m for m in mentions(doc, i, words, [t.start for t in toks], gaz, lex) if m.label != PLACE]
    owner = _prefix_owner(doc, words, toks, noun, gaz) or _owner_after(doc, words, low, toks, noun, hi, found, words_, gaz)
    if owner is None:
        return None
    others = [m for m in found if lo <= m.first < hi and m.canonical != owner.canonical
              and not (noun < m.first <= noun + OWNER_GAP + 1)]
    if len(others) != 1 or not (others[0].last == k or others[0].first == k + 1 or others[0].last <= k
                                and others[0].first == lo):
        return None  # the one it looms over: right before or after the verb, or the clause's first name
    trig = Trigger((re.compile(re.escape(low[noun])),), "SANCTION", None, ("economic",), RULE.format(lang=lex.lang))
    rel = record.relation(doc, i, words, low, noun, 1, trig, "SANCTION", owner, others[0], lex)
    rel.status, rel.status_cue = "hypothetical", words[k]
    # hedged as a verb's act is: "droht möglicherweise eine Strafe" (the hedge stands by the verb, not the noun)
    record.hedge(rel, Sent(doc, i, attr_lexicon.load(lex.lang)), k, lex)
    return rel


def _governed(words: list[str], low: list[str], k: int, noun: int, words_: dict[str, re.Pattern]) -> bool:
    """Whether a preposition of kind preposition opens the phrase of the penalty noun at ``noun``, over the
    article and adjectives before it ("wegen der neuen EU-Sanktionen"); the verb at ``k`` or a name ends it."""
    for j in range(noun - 1, max(-1, noun - 5), -1):
        if words_["preposition"].fullmatch(low[j]):
            return True
        if j == k or words[j][:1].isupper() or not words[j][:1].isalpha():
            return False
    return False


def _prefix_owner(doc: Doc, words: list[str], toks: list, noun: int, gaz: Gazetteer) -> Mention | None:
    """The actor the first part of a hyphenated penalty compound names ("EU-Strafe" -> EU), None when none."""
    head, dash, _ = words[noun].partition("-")
    if not dash or not head:
        return None
    entry = gaz.names.get((head,))
    name = actor_name(entry.canonical, entry.label, gaz) if entry is not None else None
    if name is None:
        return None
    return Mention(name, head, toks[noun].start, toks[noun].start + len(head), noun, noun + 1, entry.label)


def _owner_after(doc: Doc, words: list[str], low: list[str], toks: list, noun: int, hi: int, found: list[Mention],
                 words_: dict[str, re.Pattern], gaz: Gazetteer) -> Mention | None:
    """The actor right after the penalty noun after "durch"/"von" or a genitive article ("Sperre durch den
    Verband", "Strafe der EU"), over an article and adjectives: a mention, or an entity the mentions leave out
    as a reporting organization (it acts here)."""
    at = noun + 1
    if at >= hi or not (words_["owner"].fullmatch(low[at]) or words_["genitive"].fullmatch(low[at])):
        return None
    for j in range(at + 1, min(hi, at + 1 + OWNER_GAP)):
        named = next((m for m in found if m.first == j), None)
        if named is not None:
            return named
        ent = next((e for e in doc.ents if e.start == toks[j].start), None)
        name = actor_name(ent.canonical, ent.label, gaz) if ent is not None else None
        if name is not None:
            return Mention(name, ent.text, ent.start, ent.end, j, j + 1, ent.label)
        if not words[j][:1].islower():
            return None
    return None
