"""The name a relation's source goes by (gold/SCHEMA.md, RELATION "source": who reports it, the most specific
named source).

The attribution layer names a source as the sentence writes it. Two kinds of its names are no reporter's name:

- a noun of statements after the adjective of a state ("nach russischen Angaben", "ukrainischen Informationen
  zufolge", "according to Russian estimates"): the state reports, so the source is the state ("Russland"); a
  German compound of such a noun names the body that states it ("nach Polizeiangaben" -> "Polizei",
  "Ukrainischen Militärangaben zufolge" -> "ukrainische Militär"), without the linking "s" after the noun endings
  of lang/de/relations/linking.txt ("nach Regierungsangaben" -> "Regierung"). The nouns are lang/<code>/relations/statements.txt's;
- a threat or warning (THREATEN told by a verb or noun of threatening or warning: status "threat" or "warning"
  of status.txt) is its author's statement of what may come: the threatener is its source (hedge reported, as
  any report), and what it threatens has not happened (hypothetical), as for "droht mit" (gold/SCHEMA.md);
- "X will ... eingenommen haben" (a form of "wollen" before a perfect infinitive, events.claimed): X claims the
  act, so X is the source (hedge reported), where the sentence names no other;
- the occasion of a statement ("sagte die Ministerin bei einem Besuch in Lima", "Bei einem Treffen habe X Y informiert"):
  a CONSULT noun after a preposition of occasion (lang/<code>/relations/occasions.txt) whose actor is the speaker
  of the attribution it was given to is told by the article, not by the speaker: AUTHOR, asserted;
- a "cue" that is no report but a decision of the relation's own actor ("Nordkorea soll sich entschieden haben,
  Soldaten zu schicken"; status "decision" in status.txt): the actor acts, the article tells it, so the source is
  AUTHOR (a hedge the sentence marks stays);
- a description of a national agency by its country and kind ("des südkoreanischen Geheimdienstes", "South
  Korea's spy agency") is named as the agency is ("NIS"; agencies.py);
- an unnamed media report ("Einem Medienbericht zufolge") is the outlet the next sentences cite (reports.py).

Relations take their source from a figure or an attribution (record.py); ``name_sources`` renames them once the
document's relations are found (pipeline/relations.py).
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import AUTHOR, Doc, Relation
from .agencies import agency_named
from .events import WILL, deadline_between
from .index import trigger_word
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END
from .reports import outlet_of_report

FILE = "relations/statements.txt"
OCCASIONS = "relations/occasions.txt"
LINKING = "relations/linking.txt"
MIN_STEM = 3  # letters a compound keeps before its statement noun ("Polizei|angaben"; not "Ang|aben")


@lru_cache(maxsize=None)
def statement_nouns(lang: str) -> tuple[str, ...]:
    """The lower-case nouns of statements of ``lang`` (statements.txt), longest first for compound endings."""
    if not resources.exists(lang, FILE):
        return ()
    nouns = {row[0].strip().lower() for row in resources.load(lang, FILE).rows(1)}
    return tuple(sorted(nouns, key=len, reverse=True))


def stated_by(source: str, gaz: Gazetteer) -> str:
    """The reporter a source name stands for: the state of "<state adjective> <statement noun>", the body of a
    German compound ending in a statement noun, else ``source`` itself."""
    nouns = statement_nouns(gaz.lang)
    words = source.split()
    if not nouns or not words:
        return source
    last = words[-1].lower()
    if last in nouns:
        if len(words) >= 2:
            entry = gaz.names.get((words[-2],))
            if entry is not None and entry.kind == "adjective":
                return entry.canonical
        return source
    if gaz.lang != "de":
        return source
    noun = next((n for n in nouns if last.endswith(n) and len(last) - len(n) >= MIN_STEM), None)
    if noun is None:
        return source
    stem = words[-1][: len(words[-1]) - len(noun)].rstrip("-")
    if stem.endswith("s") and stem[:-1].lower().endswith(linking_endings(gaz.lang)):
        stem = stem[:-1]  # the linking "s": "Regierungs|angaben" names the "Regierung"
    stem = stem[:1].upper() + stem[1:]
    before = [_base_adjective(w, gaz) for w in words[:-1]]
    return " ".join([*before, stem])


@lru_cache(maxsize=None)
def linking_endings(lang: str) -> tuple[str, ...]:
    """The lower-case noun endings of ``lang`` that a compound follows with a linking "s" (linking.txt)."""
    if not resources.exists(lang, LINKING):
        return ()
    return tuple(row[0].strip().lower() for row in resources.load(lang, LINKING).rows(1))


def _base_adjective(word: str, gaz: Gazetteer) -> str:
    """A state adjective before a compound in its weak form ("Ukrainischen" -> "ukrainische"), other words as
    they stand."""
    entry = gaz.names.get((word,))
    if entry is None or entry.kind != "adjective":
        return word
    low = word.lower()
    for ending in ("en", "em", "er", "es"):
        if low.endswith(ending):
            return low[: -len(ending)] + "e"
    return low


def own_decision(doc: Doc, rel: Relation, lex: RelationLexicon) -> bool:
    """Whether the relation's source is its own actor through an attribution whose cue is a decision word
    (status "decision" of status.txt) and whose content holds the relation's trigger."""
    if rel.source != rel.actor or rel.predicate_start is None:
        return False
    decisions = [patterns[0] for patterns, status in lex.status if status == "decision"]
    for a in doc.attributions:
        if a.source != rel.source or a.content_start is None or a.content_end is None or not a.cue:
            continue
        if a.content_start <= rel.predicate_start < a.content_end and any(
                p.fullmatch(w) for p in decisions for w in a.cue.lower().split()):
            return True
    return False


def claimed_by_actor(doc: Doc, rel: Relation) -> bool:
    """Whether the trigger of ``rel`` is a participle before "haben"/"sein" whose clause has a form of "wollen"
    before it ("Russland will das Dorf eingenommen haben"): the subject claims the act; with a deadline between them
    ("will bis 2030 ... abgezogen haben") it sets a goal."""
    if rel.predicate_start is None or rel.predicate_end is None or not 0 <= rel.sentence < len(doc.sents):
        return False
    toks = doc.sent_tokens(rel.sentence)
    k = trigger_word(toks, rel)
    end = next((m for m, t in enumerate(toks) if t.end == rel.predicate_end), None)
    if k is None or end is None or end + 1 >= len(toks) or toks[end + 1].text.lower() not in ("haben", "sein"):
        return False
    lo = k
    while lo > 0 and toks[lo - 1].text not in CLAUSE_END:
        lo -= 1
    low = [t.text.lower() for t in toks]
    will = next((j for j in range(k - 1, lo - 1, -1) if low[j] in WILL), None)
    return will is not None and not deadline_between(low, will, k)  # "will bis 2030 ... abgezogen haben": a goal


@lru_cache(maxsize=None)
def occasion_words(lang: str) -> frozenset[str]:
    """The lower-case prepositions of occasion of ``lang`` (occasions.txt)."""
    if not resources.exists(lang, OCCASIONS):
        return frozenset()
    return frozenset(row[0].strip().lower() for row in resources.load(lang, OCCASIONS).rows(1))


def occasion_of_speech(doc: Doc, rel: Relation) -> bool:
    """Whether ``rel`` is a CONSULT whose actor is its source (the speaker) and whose trigger follows a
    preposition of occasion with at most an article between ("bei einem Besuch", "im Gespräch")."""
    if rel.type != "CONSULT" or rel.source != rel.actor or rel.predicate_start is None:
        return False
    if not 0 <= rel.sentence < len(doc.sents):
        return False
    toks = doc.sent_tokens(rel.sentence)
    k = trigger_word(toks, rel)
    if k is None:
        return False
    occasions = occasion_words(doc.lang)
    before = [t.text for t in toks[max(0, k - 2):k]]  # "bei einem Besuch": the article as written, lower case
    return bool(before) and (before[-1].lower() in occasions or (
        len(before) == 2 and before[0].lower() in occasions and before[1].isalpha() and before[1].islower()))


def threat_told(rel: Relation, lex: RelationLexicon) -> bool:
    """Whether ``rel`` is a THREATEN relation whose trigger is a word of threatening or warning (status "threat"
    or "warning" of status.txt: "drohte", "warnen", "Warnung"; not "Bedrohung", a state of affairs)."""
    if rel.type != "THREATEN" or not rel.predicate:
        return False
    first = rel.predicate.split()[0].lower()
    return any(status in ("threat", "warning") and patterns[0].fullmatch(first) for patterns, status in lex.status)


def name_sources(doc: Doc, relations: list[Relation], gaz: Gazetteer, lex: RelationLexicon) -> None:
    """Rename the sources of ``relations`` in place (see the module docstring)."""
    for rel in relations:
        if threat_told(rel, lex):
            if rel.source == AUTHOR and rel.actor:
                rel.source = rel.actor
                rel.hedge = "reported" if rel.hedge == "asserted" else rel.hedge
            rel.status = "hypothetical" if rel.status in ("factual", "planned") else rel.status
        if rel.source == AUTHOR and rel.actor and claimed_by_actor(doc, rel):
            rel.source, rel.hedge = rel.actor, "reported" if rel.hedge == "asserted" else rel.hedge
            continue
        if not rel.source or rel.source == AUTHOR:
            continue
        if own_decision(doc, rel, lex) or occasion_of_speech(doc, rel):
            rel.source = AUTHOR
            rel.hedge = "asserted" if rel.hedge == "reported" else rel.hedge
            continue
        rel.source = stated_by(rel.source, gaz)
        rel.source = agency_named(rel.source, gaz) or rel.source  # "südkoreanischer Geheimdienst": NIS (agencies.py)
        rel.source = outlet_of_report(doc, rel.source, rel.sentence) or rel.source  # "Medienbericht": the outlet
