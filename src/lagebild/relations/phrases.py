"""The noun phrases of crowds, groups and actors in a German sentence, for crowds.py: how far each phrase
reaches to the left (articles, figures, adjectives: "rund 300 aufgebrachte Bauern"), the preposition that
governs it, whether it is a genitive of the noun before it ("die Forderungen der Bauern"), whether it is definite
and whether it is plural. The word classes are those of lang/de/relations/crowds.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import morphology
from ..model import Doc
from .lexicon import RelationLexicon
from .mentions import CLAUSE_END, GROUP, Mention, toks_end

ADJECTIVE = re.compile(r"[a-zäöüß-]+(e|en|er|es|em)")  # an inflected attribute ("aufgebrachte", "jugendlichen")


@dataclass(frozen=True)
class Words:
    """crowds.txt's nouns and closed word classes (crowds.load)."""

    crowds: tuple[tuple[re.Pattern, str, str], ...]  # (pattern, canonical or "*" or "=", flag pl | sg=pl | bare)
    security: tuple[tuple[re.Pattern, str], ...]  # (pattern, canonical)
    people: frozenset[str]  # group canonicals of groups.txt that are crowds
    prep: re.Pattern
    plural: re.Pattern  # plural determiners, quantifying words and figures ("die", "Hunderte", "300")
    singular: re.Pattern  # singular determiners ("der", "ein")
    quantifier: re.Pattern  # words before a figure ("rund", "mehr als")
    aux_plural: re.Pattern
    aux_singular: re.Pattern
    definite: re.Pattern
    count: re.Pattern  # words that count ("Hunderte", "300"): the noun they count is a crowd
    verbs: re.Pattern = re.compile("(?!)")  # the verbs of crowds.txt: no adjective ("demonstrierten")
    person: re.Pattern = re.compile("(?!)")  # a noun of people by its ending: what a figure counts is a crowd only then


@dataclass(frozen=True)
class Phrase:
    first: int  # word indices of the whole phrase, its determiners included
    last: int  # exclusive
    head: int  # the noun (for a mention: its last word)
    canonical: str  # "*": a generic crowd ("Menschen") named by what it does
    label: str  # GROUP for crowds and groups, else the mention's
    start: int  # character offsets of the phrase
    end: int
    text: str
    word: str  # the head noun as written
    crowd: bool  # a crowd of crowds.txt (not a mention of the trigger rules)
    security: bool  # the police or security forces
    prep: str | None  # the governing preposition
    genitive: bool  # a genitive attribute of the noun before it
    definite: bool
    plural: bool | None  # None: the noun's form and determiners do not tell (the verb does)

    def named(self, canonical: str) -> Phrase:
        return replace(self, canonical=canonical)

    def noun(self) -> str:
        """The head noun as written ("Menschen", "Kleinbauern")."""
        return self.word

    def mention(self) -> Mention:
        canonical = self.noun() if self.canonical == "=" else self.canonical
        return Mention(canonical, self.text, self.start, self.end, self.first, self.last, self.label)


def phrases(doc: Doc, i: int, words: list[str], low: list[str], found: list[Mention], w: Words,
            lex: RelationLexicon) -> list[Phrase]:
    """The phrases of sentence ``i``: its actor mentions (``found``) and the crowd and security nouns of
    crowds.txt outside them that are no entity ("Fischer" the person is none)."""
    toks = doc.sent_tokens(i)
    taken = {k for m in found for k in range(m.first, m.last)}
    ents = [(e.start, e.end) for e in doc.ents if toks and toks[0].start <= e.start < toks[-1].end]
    out: list[Phrase] = []
    for m in found:
        head = m.last - 1
        if m.label == "LOC" and m.last < len(words) and lex.is_agent(low[m.last]):
            head = m.last  # "israelischen Soldaten": the country's forces, their noun no mention of its own
        security = m.canonical in {c for _, c in w.security} or m.canonical == "Polizei" or \
            (m.label == "LOC" and lex.is_agent(low[head]))  # "die mazedonische Polizei" -> Mazedonien
        out.append(_phrase(doc, i, words, low, m.first, head, m.canonical, m.label, False, security, True, w))
    for k, word in enumerate(words):
        if k in taken or not word[:1].isupper() or any(s < toks[k].end and toks[k].start < e for s, e in ents):
            continue
        lw = low[k]
        security = next((c for p, c in w.security if p.fullmatch(lw)), None)
        crowd = None if security else next(((c, flag) for p, c, flag in w.crowds if p.fullmatch(lw)), None)
        if crowd and crowd[1] == "bare" and k + 1 < len(words) and (
                words[k + 1][:1].isupper() or low[k + 1] == "von" or _adjective(low[k + 1], w)):
            continue  # "Hunderte (italienische) Bauern": the figure of the noun after it
        if security:
            out.append(_phrase(doc, i, words, low, k, k, security, GROUP, False, True, True, w))
        elif crowd:
            out.append(_phrase(doc, i, words, low, k, k, crowd[0], GROUP, True, False, crowd[1] != "sg=pl", w))
        elif k > 0 and w.person.fullmatch(lw) and not lex.is_object(lw) and not w.count.fullmatch(lw) \
                and not _before_noun(words, k):
            counted = _phrase(doc, i, words, low, k, k, "=", GROUP, True, False, True, w)
            if _counted(low[counted.first:k], w):
                out.append(counted)  # "300 Kleinsparer": people the text counts ("zwei Rolltreppen": no people)
    return sorted(out, key=lambda p: p.first)


def _adjective(low: str, w: Words) -> bool:
    """Whether the lower-case word is an inflected adjective (not a verb: "streiken die Piloten")."""
    if not ADJECTIVE.fullmatch(low) or w.prep.fullmatch(low) or w.verbs.fullmatch(low):
        return False
    # a word outside the morphology table is taken by its ending (HanTa's guess costs a millisecond a word)
    return not morphology.answered_at_once(low) or morphology.tag(low).startswith("ADJ")


def _before_noun(words: list[str], k: int) -> bool:
    """Whether the noun at ``k`` qualifies a noun after it ("Dutzend Menschen")."""
    return k + 1 < len(words) and words[k + 1][:1].isupper()


def _counted(before: list[str], w: Words) -> bool:
    """Whether the words before a noun count it: a counting word with no article after it ("rund 300
    aufgebrachte", not "1940 die französische")."""
    at = next((j for j, x in enumerate(before) if w.count.fullmatch(x)), None)
    return at is not None and not any(w.singular.fullmatch(x) or w.definite.fullmatch(x) for x in before[at + 1:])


def _phrase(doc: Doc, i: int, words: list[str], low: list[str], first: int, head: int, canonical: str, label: str,
            crowd: bool, security: bool, plural_form: bool, w: Words) -> Phrase:
    j, dets = first - 1, []
    while j >= 0 and words[j] not in CLAUSE_END:
        x = low[j]
        if w.plural.fullmatch(x) or w.singular.fullmatch(x):
            dets.append(x)
        elif w.quantifier.fullmatch(x) and (w.plural.fullmatch(low[j + 1]) or w.quantifier.fullmatch(low[j + 1])):
            pass  # "rund 300", "mehr als 300"
        elif x == "von" and j > 0 and w.plural.fullmatch(low[j - 1]) and words[j - 1][:1].isupper():
            pass  # "Tausende von Menschen"
        elif (words[j][:1].islower() or j == 0) and _adjective(x, w):
            pass  # "aufgebrachte", "Wütende" at the sentence's start (not a verb: "streiken die Piloten")
        else:
            break
        j -= 1
    start_word = j + 1
    prep = low[j] if j >= 0 and w.prep.fullmatch(low[j]) else None
    genitive = bool(dets) and dets[-1] in ("der", "des") and j >= 1 and words[j][:1].isupper() \
        and words[j] not in CLAUSE_END and prep is None
    plural: bool | None
    if plural_form:
        plural = True
    elif any(w.plural.fullmatch(d) for d in dets):
        plural = True
    elif dets:
        plural = False
    else:
        plural = None
    toks = doc.sent_tokens(i)
    start, end = toks[start_word].start, toks_end(doc, i, head)
    return Phrase(start_word, head + 1, head, canonical, label, start, end, doc.text[start:end], words[head], crowd,
                  security, prep, genitive, any(w.definite.fullmatch(d) for d in dets), plural)
