"""What a figure counts (its concept) and what happened to it (its measure), language-neutral.

The concept comes from the counted noun, looked up in lang/<code>/claims/concepts.txt (Soldat, Truppe,
Kraft, troop, personnel -> "troops"), so that German and English figures of the same thing meet in one
variable. The measure comes from the event word nearest to the figure in its clause, bounded by the
figures before and after it ("300 Soldaten getötet und 2.700 verwundet": killed, then wounded), looked up
in lang/<code>/claims/measures.txt; without one a figure counts things sent, delivered or present.
Both keep the word that decided them, for `lagebild variables --explain`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..model import Quantity, Token
from ..morphology import analyze

DEFAULT_MEASURE = "sent"
COUNTED_BY_NEXT = "="  # concept of a classifier ("Stück Artilleriemunition"): the next noun counts
PHRASE_WINDOW = 4  # tokens after the number that can still belong to its noun phrase
PHRASE_STOP = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "–", "—", "nach", "in", "im", "für", "bei", "an",
                         "to", "into", "at", "on", "for", "by", "and", "und", "oder", "or", "als", "as"})
MODAL_REACH = 3  # tokens between a modal ("could", "könnten") and the event word it makes only possible


@dataclass(frozen=True)
class MeaningKnowledge:
    words: dict[str, str]  # lower-case lemma -> concept
    heads: tuple[tuple[str, str], ...]  # (lower-case compound head, concept), longest first
    cues: tuple[tuple[tuple[str, ...], str], ...]  # (lower-case words, a trailing * = any ending; measure)
    lang: str
    # the cues indexed by their first word (whole words) or its first three letters (words ending in *)
    by_word: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    by_prefix: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # word -> concept_of(word): the answer reads only the word and the fields above (asked once per word form)
    concepts: dict[str, tuple[str | None, str]] = field(default_factory=dict, repr=False, compare=False)

    def cues_at(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """The cues that may start at a token, longest first."""
        low = word.lower()
        found = self.by_word.get(low, []) + self.by_prefix.get(low[:3], [])
        return sorted(found, key=lambda c: -len(c[0])) if len(found) > 1 else found

    def concept_of(self, word: str) -> tuple[str | None, str]:
        """The concept of a counted noun (its lemma or surface form), and the lemma it was found by."""
        found = self.concepts.get(word)
        if found is None:
            found = self._concept_of(word)
            if len(self.concepts) < 100_000:
                self.concepts[word] = found
        return found

    def _concept_of(self, word: str) -> tuple[str | None, str]:
        # the lemmas one by one: the morphology is asked only when the word as written names no concept
        for lemma in _lemmas(word, self.lang):
            low = lemma.lower()
            if low in self.words:
                return self.words[low], lemma
            last = low.split()[-1] if " " in low else None  # "engineering troop" -> "troop"
            if last and last in self.words:
                return self.words[last], lemma
            for head, concept in self.heads:
                if low.endswith(head) and len(low) > len(head):
                    return concept, lemma
        return None, word


def lemmas(word: str, lang: str) -> list[str]:
    """Candidate lemmas of a noun: itself, then its singular (HanTa for German, plural endings for English)."""
    return list(_lemmas(word, lang))


def _lemmas(word: str, lang: str) -> Iterator[str]:
    yield word
    if lang == "de":
        if word[:1].isupper():
            yield analyze(word)[0]
    else:
        low = word.lower()
        for plural, singular in (("ies", "y"), ("ves", "fe"), ("men", "man"), ("s", "")):
            if low.endswith(plural) and len(low) > len(plural) + 1:
                yield low[: -len(plural)] + singular
                break


@lru_cache(maxsize=None)
def meaning_knowledge(lang: str) -> MeaningKnowledge:
    words: dict[str, str] = {}
    heads = []
    for word, concept in resources.load(lang, "claims/concepts.txt").rows(2):
        if word.startswith("-"):
            heads.append((word[1:].lower(), concept))
        else:
            words[word.lower()] = concept
    cues = tuple((tuple(word.lower().split()), measure)
                 for word, measure in resources.load(lang, "claims/measures.txt").rows(2))
    cues = tuple(sorted(cues, key=lambda c: -len(c[0])))
    by_word: dict[str, list] = {}
    by_prefix: dict[str, list] = {}
    for cue in cues:
        first = cue[0][0]
        if first.endswith("*"):
            by_prefix.setdefault(first[:3], []).append(cue)
        else:
            by_word.setdefault(first, []).append(cue)
    return MeaningKnowledge(words=words, heads=tuple(sorted(heads, key=lambda h: -len(h[0]))), cues=cues,
                            lang=lang, by_word=by_word, by_prefix=by_prefix)


@dataclass
class Meaning:
    concept: str | None = None
    measure: str = DEFAULT_MEASURE
    noun: int | None = None  # token index (in the sentence) of the counted noun
    reason: str = ""


def counted_noun(tokens: list[Token], first: int, last: int, qty: Quantity,
                 mk: MeaningKnowledge) -> tuple[int | None, str | None, str]:
    """The counted noun of a figure whose tokens are tokens[first..last]: its index, concept and why.

    The unit the quantity extractor found is tried first; otherwise (or for a classifier like "Stück") the
    words after the number, up to a preposition or punctuation, are looked up ("North Korean soldiers")."""
    if qty.kind in ("percent", "duration"):
        return None, None, ""
    own = None  # the extractor's unit when it is neither a listed concept nor a classifier
    if qty.unit:
        concept, lemma = mk.concept_of(qty.unit)
        if concept and concept != COUNTED_BY_NEXT:
            noun = next((k for k in range(last, first - 1, -1) if tokens[k].text[:1].isalpha()), last)
            return noun, concept, f"concept {concept} («{lemma}»)"
        own = None if concept == COUNTED_BY_NEXT else qty.unit
    # the words of the figure (a unit's surface form may be listed where its lemma is not), then the
    # words after it up to a preposition or punctuation, unless the unit already named what is counted
    reach = last + 1 if own else min(len(tokens), last + 1 + PHRASE_WINDOW)
    for k in range(first, reach):
        word = tokens[k].text
        if k > last and word.lower() in PHRASE_STOP:
            break
        if not word[:1].isalpha() or (mk.lang == "de" and not word[:1].isupper()):
            continue
        concept, lemma = mk.concept_of(word)
        if concept and concept != COUNTED_BY_NEXT:
            return k, concept, f"concept {concept} («{lemma}»)"
    if own:
        return None, own, f"unit {own} (no concept listed)"
    return None, None, ""


def _cue_at(tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    if k + len(words) > len(tokens):
        return False
    for word, token in zip(words, tokens[k:k + len(words)], strict=False):
        low = token.text.lower()
        if word.endswith("*") and not low.startswith(word[:-1]) or not word.endswith("*") and low != word:
            return False
    return True


def find_measure(tokens: list[Token], first: int, last: int, lo: int, hi: int,
                 mk: MeaningKnowledge) -> tuple[str, str]:
    """The measure of the figure at tokens[first..last], from the nearest event word in tokens[lo:hi]."""
    best: tuple[int, str, str] | None = None
    modal_until = -1
    k = lo
    while k < hi:
        cue = next(((words, measure) for words, measure in mk.cues_at(tokens[k].text)
                    if _cue_at(tokens, k, words)), None)
        if cue is None:
            k += 1
            continue
        words, measure = cue
        if measure == "-":
            modal_until = k + MODAL_REACH
        elif k > modal_until:
            distance = 0 if first <= k <= last else first - k if k < first else k - last
            if best is None or distance < best[0]:
                best = (distance, measure, " ".join(t.text for t in tokens[k:k + len(words)]))
        else:  # the event word of a modal: skip it whole ("could be killed or wounded")
            modal_until = max(modal_until, k + len(words))
        k += len(words)
    if best is None:
        return DEFAULT_MEASURE, ""
    return best[1], f"measure {best[1]} («{best[2]}»)"
