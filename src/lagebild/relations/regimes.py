"""A government named by whose it is: "Kims Regime", "die Kim-Diktatur", "das Regime in Pjöngjang", "Kim's regime".

The noun (lang/<code>/relations/anaphors.txt, kind "owned": "Regime", "Diktatur") is the state of the person or
place that owns it, named in the genitive before it ("Kims Regime", "Pyongyang's regime"), after it with "in",
"von", "of" ("das Regime in Pjöngjang", "das Regime von Kim") or in a compound ("die Kim-Diktatur",
"das Assad-Regime"). The whole phrase becomes a mention of that state, and the owner's own mention leaves:
the regime acts, not the person ("Kims Regime liefert Granaten" is Nordkorea's aid; the gold codes the state).
A name the entity layer did not find ("Kims", "Kim-Diktatur") is looked up among the document's people (a
person whose name holds the word) and in the gazetteer; an owner of no known state leaves the noun alone.
"""

from __future__ import annotations

from functools import lru_cache

from ..entities.gazetteer import Gazetteer
from ..model import Doc
from .lexicon import RelationLexicon
from .meetings import person_countries
from .mentions import Mention
from .sides import state_of

OWNER_AFTER = frozenset({"in", "von", "of"})  # "das Regime in Pjöngjang", "the regime of Kim"
POSSESSIVE_SUFFIX = frozenset({"'s", "’s", "'", "’"})  # "Kim's regime", "the Philippines' government"
ARTICLES = frozenset({"das", "die", "dem", "den", "des", "der", "the"})
ENDINGS_DE = ("e", "en", "er", "es", "em")


def nouns(lex: RelationLexicon) -> frozenset[str]:
    """The nouns of kind "owned" in anaphors.txt ("regime", "diktatur")."""
    return _owned_nouns(lex.anaphors)


@lru_cache(maxsize=8)  # one entry per language's anaphors (a test's own lexicon too), keyed by their value
def _owned_nouns(anaphors: tuple[tuple[tuple[str, ...], str], ...]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase, kind in anaphors if kind == "owned" and len(phrase) == 1)


def owned(doc: Doc, words: list[str], low: list[str], toks: list, found: list[Mention], lex: RelationLexicon,
          gaz: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """(mentions of the governments named by whose they are, the owners' mentions they take in)."""
    heads = nouns(lex)
    if not heads:
        return [], []
    suffixes = tuple("-" + noun for noun in heads)
    out: list[Mention] = []
    taken: list[Mention] = []
    for j, word in enumerate(low):
        compound = word.endswith(suffixes) and not low[j].startswith("-")
        if not compound and (word not in heads or (lex.lang == "de" and not words[j][:1].isupper())):
            continue
        if any(m.first <= j < m.last for m in found):
            continue
        state, first, last, owner = None, j, j + 1, None
        if compound:  # "Kim-Diktatur", "Assad-Regime"
            state = name_state(doc, words[j].rsplit("-", 1)[0], gaz)
        else:
            owner = possessor(words, found, j, lex.lang) or owner_after(low, found, j)
            if owner is not None:
                state = state_of(owner.canonical, person_countries(doc, gaz), gaz)
                first, last = min(owner.first, j), max(owner.last, j + 1)
            elif j > 0 and words[j - 1].endswith("s") and words[j - 1][:1].isupper():  # "Kims Regime"
                state, first = name_state(doc, words[j - 1][:-1], gaz), j - 1
        if state is None:
            continue
        if first == j and j > 0 and low[j - 1] in ARTICLES:
            first = j - 1  # "das Regime in Pjöngjang", "die Kim-Diktatur": the article is the phrase's
        start, end = toks[first].start, toks[last - 1].end
        out.append(Mention(state, doc.text[start:end], start, end, first, last, "LOC"))
        taken += [owner] if owner is not None else []
    return out, taken


def possessor(words: list[str], found: list[Mention], first: int, lang: str) -> Mention | None:
    """The mention of a state or person in the genitive right before the noun at word ``first`` ("Moskaus
    Partner", "Russia's ally", "Moskaus engster Partner"), else None."""
    for m in found:
        if m.last > first or m.first >= first:
            continue
        between = words[m.last:first]
        if between and between[0] in POSSESSIVE_SUFFIX:
            between = between[1:]
        elif not words[m.last - 1].endswith("s"):
            continue  # "Moskau Partner": no genitive
        if len(between) <= 2 and all(w.isalpha() and w[:1].islower() and (lang != "de" or w.endswith(ENDINGS_DE))
                                     for w in between):
            return m
    return None


def owner_after(low: list[str], found: list[Mention], j: int) -> Mention | None:
    """The mention after "in", "von", "of" right after the noun at word ``j`` ("das Regime in Pjöngjang")."""
    if j + 2 > len(low) or low[j + 1] not in OWNER_AFTER:
        return None
    return next((m for m in found if m.first == j + 2), None)


def name_state(doc: Doc, name: str, gaz: Gazetteer) -> str | None:
    """The state of a name the entity layer did not find as a mention: a person of the document whose name
    holds the word ("Kim" of "Kim Jong-un"), all of one state, else the gazetteer's entry of the word."""
    people = person_countries(doc, gaz)
    states = {state_of(e.canonical, people, gaz) for e in doc.ents
              if e.label == "PER" and e.canonical and name in e.canonical.replace("-", " ").split()}
    if len(states) == 1:
        return states.pop()
    entry = gaz.names.get((name,))
    return state_of(entry.canonical, people, gaz) if entry is not None and not states else None
