"""A flow whose recipient is the first part of its compound: "Ukraine-Hilfe", "Kiew-Waffenlieferungen" (German).

"X denkt nun über Georgien-Panzerlieferungen nach", "X kündigte eine neue Kiew-Hilfe an": the compound names help or
deliveries for the state its first part names (a country, or a capital standing for its state), and the trigger
lexicon, which matches whole words, never sees its head across the hyphen. The giver is the clause's subject: the
first actor of the compound's clause before it that no preposition governs, when the clause's verb gives,
announces, extends or promises (kind giving) or weighs it (kind weighing: the flow is hypothetical); a subject that
refuses, stops or talks about the help gives none ("lehnt die Portugal-Hilfe ab"). Or a possessor right before it
("Spaniens Portugal-Hilfe"), or the genitive right after it ("die Portugal-Hilfe Spaniens"); without one the
compound names no flow ("Die Portugal-Hilfe wurde verlängert": given by whom?). An acronym as the first part
names the giver, not the recipient ("US-Hilfe", "EU-Hilfen"): none of them here. The heads are the endings of
kind head in lang/de/relations/flow_compounds.txt; status, figure and source come from record.relation, as for
any trigger ("denkt über ... nach": hypothetical, status.txt).

The 1,028 10kGNAD test articles hold no such compound; the story excerpts do ("Ukraine-Waffenlieferungen"). The
pass reads only sentences with a hyphenated word whose last part ends so (one test per word).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import resources
from ..attribution import lexicon as attr_lexicon
from ..attribution.words import Sent
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from . import prepositions, record
from .anaphora import country_of
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, PLACE, Mention, clause_bounds, mentions

RESOURCE = "relations/flow_compounds.txt"
RULE = "rule:de/relations/flow_compounds.txt"
ACTORS = frozenset({"LOC", "ORG", "PER"})  # who gives: a state, an organization, a person (no place, no group)
GENITIVE_ARTICLES = frozenset({"der", "des"})  # "die Portugal-Hilfe der USA"


@lru_cache(maxsize=None)
def heads(lang: str) -> tuple[str, ...]:
    """The lower-case endings of kind head in flow_compounds.txt (empty for a language without the file)."""
    return _kind(lang, "head")


@lru_cache(maxsize=None)
def _kind(lang: str, kind: str) -> tuple[str, ...]:
    if not resources.exists(lang, RESOURCE):
        return ()
    return tuple(resources.load(lang, RESOURCE).of_kind(kind))


@lru_cache(maxsize=None)
def _verbs(lang: str, kind: str) -> re.Pattern:
    """The patterns of ``kind`` (giving, weighing) in flow_compounds.txt as one, matched in full."""
    return re.compile("|".join(f"(?:{p})" for p in _kind(lang, kind)) or r"(?!)")


@lru_cache(maxsize=None)
def _compound(lang: str) -> re.Pattern | None:
    """The part after a hyphen that ends in a head, in running text: one search over a document's text finds the
    few sentences to read (reading every sentence's words cost 2 % of the relations' time on 300 articles, this
    search 0.1 %: it starts with the literal hyphen, which the regular expression engine scans for fast)."""
    endings = heads(lang)
    if not endings:
        return None
    return re.compile(r"-[\w-]*(?:" + "|".join(map(re.escape, endings)) + r")\b", re.IGNORECASE)


def find(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """The AID relations of ``doc``'s flow compounds (see the module) that ``relations`` do not hold yet."""
    pattern = _compound(lex.lang)
    if pattern is None:
        return []
    ends = [m.end() for m in pattern.finditer(doc.text)]
    if not ends:
        return []  # most documents
    endings = heads(lex.lang)
    starts_of = [sent.start for sent in doc.sents]
    out: list[Relation] = []
    for i in sorted({bisect_right(starts_of, end - 1) - 1 for end in ends}):
        if i < 0 or doc.sents[i].kind == "dateline":
            continue
        sent = doc.sents[i]
        toks = doc.sent_tokens(sent.i)
        words = [t.text for t in toks]
        hits = [k for k, w in enumerate(words) if "-" in w[1:-1] and w.lower().endswith(endings)]
        if not hits:
            continue  # most sentences
        low = [w.lower() for w in words]
        starts = [t.start for t in toks]
        found = mentions(doc, sent.i, words, starts, gaz, lex)
        for k in hits:
            rel = _flow(doc, sent.i, words, low, starts, k, found, lex, gaz)
            if rel is not None and not any((r.sentence, r.type, r.actor, r.recipient) == (
                    rel.sentence, rel.type, rel.actor, rel.recipient) for r in relations + out):
                out.append(rel)
    return out


def receiver(word: str, gaz: Gazetteer) -> str | None:
    """The state the first part of the compound ``word`` names when its last part is a head ("Ukraine-Hilfe" ->
    Ukraine, "Kiew-Hilfen" -> Ukraine), None for an acronym ("US-Hilfe"), a lower-case or unknown first part."""
    prefix = word.partition("-")[0]
    head = word.rpartition("-")[2]
    if not prefix[:1].isupper() or prefix.isupper() or not head[:1].isupper():
        return None
    entry = gaz.names.get((prefix,))
    if entry is None or entry.kind not in ("name", "metonym"):
        return None
    return country_of(entry.canonical, gaz)


def _flow(doc: Doc, i: int, words: list[str], low: list[str], starts: list[int], k: int, found: list[Mention],
          lex: RelationLexicon, gaz: Gazetteer) -> Relation | None:
    state = receiver(words[k], gaz)
    if state is None:
        return None
    giver, weighed = _giver(words, low, k, found, lex)
    if giver is None or giver.canonical == state:
        return None
    prefix = words[k].partition("-")[0]
    taker = Mention(state, prefix, starts[k], starts[k] + len(prefix), k, k + 1, "LOC")
    trig = Trigger((re.compile(re.escape(low[k])),), "AID", None, ("military",), RULE)
    rel = record.relation(doc, i, words, low, k, 1, trig, "AID", giver, taker, lex)
    if weighed is not None and rel.status == "factual":
        rel.status, rel.status_cue = "hypothetical", words[weighed]  # "prüft weitere Portugal-Hilfen"
    if rel.quantity_index is None:
        record.hedge(rel, Sent(doc, i, attr_lexicon.load(lex.lang)), k, lex)
    return rel


def _giver(words: list[str], low: list[str], k: int, found: list[Mention],
           lex: RelationLexicon) -> tuple[Mention | None, int | None]:
    """Who gives the flow of the compound at ``k``: a possessor right before it ("Spaniens Portugal-Hilfe"), the
    genitive right after it ("die Portugal-Hilfe Spaniens", "der USA"), else the first actor of its clause before
    it that no preposition governs (its subject, a speaker announcing it too) when the clause's verb is one of
    giving or of weighing; None when there is none. With it, where a verb of weighing stands (the flow is
    hypothetical), else None."""
    actors = [m for m in found if m.label in ACTORS and m.first >= 0]
    for m in actors:
        if m.last == k and words[m.last - 1].endswith("s") and words[m.last - 1][:1].isupper():
            return m, None  # "Spaniens Portugal-Hilfe"
        if m.first == k + 1 and words[m.last - 1].endswith("s") or m.first == k + 2 and low[k + 1] in GENITIVE_ARTICLES:
            return m, None  # "die Portugal-Hilfe Spaniens", "die Portugal-Hilfe der USA"
    lo, hi = clause_bounds(low, k, CLAUSE_END)
    # a verb of the clause: lower-case but at the sentence's start ("Stoppt Spanien ...?" is rare, nouns are many)
    verbs = [j for j in range(lo, hi) if j != k and (j == 0 or words[j][:1].islower())]
    weighed = next((j for j in verbs if _verbs(lex.lang, "weighing").fullmatch(low[j])), None)
    if weighed is None and not any(_verbs(lex.lang, "giving").fullmatch(low[j]) for j in verbs):
        return None, None  # "lehnt die Portugal-Hilfe ab", "sprach über die Portugal-Hilfe": the subject gives none
    return next((m for m in actors if lo <= m.first and m.last <= k and m.label != PLACE
                 and prepositions.governing_mention(words, low, m, lex) is None), None), weighed
