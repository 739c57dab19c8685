"""Protests the trigger rules read in a word that names none here (German general news).

triggers.txt fires PROTEST on "demonstrier...", "Kundgebung", "Proteste" with the first free name of the clause
as the actor. On the 1,028 10kGNAD test articles 4 of the 11 such relations of main were wrong: "demonstrieren"
also means showing ("Die Koalition demonstriert ... Geschlossenheit", "Das demonstrierte gestern die Kanzlerin: ..."), and a
protest noun is often only spoken of by a state or a person ("Die Bürgermeisterin erwägt ein Verbot der
Kundgebung", "Die Ausweisung durch Malaysia löste Proteste aus"). This pass drops (words in
lang/de/relations/protests.txt):
- a verb of crowds.txt kind "protest-verb" whose flags there turn it down (crowd_lexicon.Verb.holds: a direct
  object, "wie"/"dass" after it), whose clause opens with a demonstrative right before it, or names a quality
  shown after it ("Einigkeit", "Stärke");
- a protest noun whose actor is a state (a country) or a person not marked as the noun's owner (after "der", "des",
  "von" right behind the noun, or a genitive name right before it); a group or crowd actor keeps it.
crowds.py's relations (their own rules read the same flags) are not read again.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..model import Doc, Relation
from .crowd_lexicon import load as crowd_words
from .index import trigger_word
from .mentions import CLAUSE_END

RESOURCE = "relations/protests.txt"
TRIGGERS = "relations/triggers.txt"  # the provenance of the relations read here
OWNER_GAP = 3  # words (an article, adjectives) between a protest noun and its owner: "Proteste der kurdischen X"


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, frozenset[str]] | None:
    if not resources.exists(lang, RESOURCE):
        return None
    kinds: dict[str, frozenset[str]] = {}
    for kind, words in resources.load(lang, RESOURCE).rows(2):
        kinds[kind] = kinds.get(kind, frozenset()) | frozenset(words.split("|"))
    return kinds


def without_other_senses(doc: Doc, relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` without the trigger rules' protests whose word is no protest here (see the module)."""
    words = _words(lang)
    if words is None or not any(r.type == "PROTEST" and TRIGGERS in r.provenance for r in relations):
        return relations
    return [r for r in relations if r.type != "PROTEST" or TRIGGERS not in r.provenance or _protest(doc, r, words, lang)]


def _protest(doc: Doc, rel: Relation, words: dict[str, frozenset[str]], lang: str) -> bool:
    if not 0 <= rel.sentence < len(doc.sents) or rel.predicate_start is None:
        return True
    toks = doc.sent_tokens(rel.sentence)
    text = [t.text for t in toks]
    low = [w.lower() for w in text]
    k = trigger_word(toks, rel)
    if k is None:
        return True
    lo, hi = k, k + 1
    while lo > 0 and text[lo - 1] not in CLAUSE_END:
        lo -= 1
    while hi < len(text) and text[hi] not in CLAUSE_END:
        hi += 1
    crowd = crowd_words(lang)
    verb = next((v for v in crowd.protest_verbs if len(v.words) == 1 and (v.words[0].fullmatch(low[k]) or v.words[
        0].fullmatch(low[k].removesuffix("e")))), None) if crowd is not None else None  # "demonstrierte" too
    if text[k][:1].isupper() and not (k == 0 and verb is not None):  # a noun (a verb only first in the sentence)
        return _owned(doc, rel, toks, text, low, k, words)
    if verb is None:
        return True
    then = hi + 1 < len(low) and text[hi] == "," and (flag := verb.flag("then")) is not None \
        and flag.fullmatch(low[hi + 1]) is not None
    shown = words.get("shown", frozenset())
    return verb.holds(low, k, hi) and not then and not (k == lo + 1 and low[lo] in shown) \
        and not any(w in words.get("quality", ()) for w in low[k + 1:hi])  # "demonstriert ... Einigkeit"


def _owned(doc: Doc, rel: Relation, toks: list, text: list[str], low: list[str], k: int,
           words: dict[str, frozenset[str]]) -> bool:
    """Whether the protest noun at ``k`` keeps its actor: a group or crowd, or a state or person marked as its
    owner."""
    ent = next((e for e in doc.ents if e.start == rel.actor_start), None) if rel.actor_start is not None else None
    if ent is None or ent.label not in ("LOC", "PER"):
        return True  # a group ("Gewerkschaft"), a crowd, an organization: as the trigger rules read it
    first = next((j for j, t in enumerate(toks) if t.start == rel.actor_start), None)
    if first is None:
        return False
    if first > k:  # "Proteste der Opposition", "Protesten von X"
        return any(low[j] in words.get("owner", ()) for j in range(k + 1, min(first, k + 1 + OWNER_GAP))) \
            and all(text[j][:1].islower() for j in range(k + 1, first))
    last = next((j for j, t in enumerate(toks) if t.end == rel.actor_end), first)
    return last + 1 == k and text[last].endswith("s")  # "Kurdistans Proteste"
