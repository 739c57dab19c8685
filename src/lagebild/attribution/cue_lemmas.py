"""Which German word forms HanTa could lemmatize to a cue verb, answered without HanTa.

The cue-verb rule (cues.verb_cues) tags every lower-case word and looks its lemma up in cue_verbs.txt; a word
form outside the morphology table costs HanTa's forward pass (~1 ms), and most such words are no cue. HanTa
builds a verb's lemma (HanoverTagger._analyze, makelemma) from the word's morphemes in order: every morpheme
except the few of the verb's non-stem tags (inflection endings, "ge", "zu": a closed list) is kept, the last kept
one may be swapped for its stem (stemdict: "sprach" -> "sprech"), and "", "en" or "n" is appended. So a word
whose HanTa lemma is a cue lemma reads as a cue lemma's stem, letter by letter, with non-stem morphemes anywhere
between its letters (or with the stem's end swapped). ``may_be_cue`` tests exactly that over a trie of the stems;
it never says no to a word whose lemma is a cue lemma (a necessary condition, not a guess), so the rule finds the
same cues as when it asks HanTa for every word (tests/attribution/test_cue_lemmas.py compares both).
"""

from __future__ import annotations

from functools import lru_cache

from .. import morphology

# HanTa's lemma endings for a full verb (lemmasuffixtable["VV"] has only these values), and none
_SUFFIXES = ("", "en", "n")
_END = ""  # the trie key that marks a complete stem


class CueLemmas:
    """A trie of the cue verbs' possible lemma stems, and HanTa's non-stem morphemes of full verbs."""

    def __init__(self, lemmas: frozenset[str]) -> None:
        tagger = morphology._tagger()
        main = "VV"
        nonstem = tagger.nonstemtags.get(main, [])
        # non-stem morphemes are known ones only (none of these tags guesses unknown morphemes)
        gaps = sorted({m for tag in nonstem for m in tagger.LP_m_t.get(tag, {}) if m}, key=len)
        self.gaps: dict[str, list[str]] = {}  # by first letter, so that a position tries only those starting there
        for gap in gaps:
            self.gaps.setdefault(gap[0], []).append(gap)
        # lemma morpheme -> the word forms HanTa swaps for it, from every tag's table (HanTa swaps only a verb's or
        # a suffix's morpheme in a verb; more tables only let more words through). An empty stem is left out: its
        # one entry is a noun's (NN_VAR), never swapped in a verb's lemma
        swaps: dict[str, set[str]] = {}
        for table in tagger.stemdict.values():
            for surface, stem in table.items():
                if surface != stem and stem and surface:
                    swaps.setdefault(stem, set()).add(surface)
        self.trie: dict = {}
        for lemma in lemmas:
            for suffix in _SUFFIXES:
                if not lemma.endswith(suffix) or len(lemma) <= len(suffix):
                    continue
                stem = lemma[: len(lemma) - len(suffix)]
                self._insert(stem, None)
                for cut in range(len(stem)):  # the stem's last morpheme stem[cut:] may be a swapped one
                    for surface in swaps.get(stem[cut:], ()):
                        self._insert(stem[:cut], surface)

    def _insert(self, letters: str, surface: str | None) -> None:
        node = self.trie
        for ch in letters:
            node = node.setdefault(ch, {})
        node.setdefault(_END, set()).add(surface)  # None: the stem ends here; a string: its swapped last morpheme

    def may_be_cue(self, word: str) -> bool:
        """False only when no HanTa verb lemma of ``word`` can be one of the lemmas."""
        w = word.lower()  # HanTa lemmatizes the lower-cased word
        n = len(w)
        gaps = self.gaps
        tails: dict[int, bool] = {}

        def tail(i: int) -> bool:
            """w[i:] is a run of non-stem morphemes (or empty)."""
            if i == n:
                return True
            if i not in tails:
                tails[i] = any(w.startswith(g, i) and tail(i + len(g)) for g in gaps.get(w[i], ()))
            return tails[i]

        if tail(0):
            return True  # no stem morpheme at all: HanTa then keeps every morpheme (its fallback)
        seen: set[tuple[int, int]] = set()
        stack = [(0, self.trie)]
        while stack:
            i, node = stack.pop()
            if (i, id(node)) in seen:
                continue
            seen.add((i, id(node)))
            for surface in node.get(_END, ()):
                if surface is None:
                    if tail(i):
                        return True
                elif w.startswith(surface, i) and tail(i + len(surface)):
                    return True
            if i < n:
                child = node.get(w[i])
                if child is not None:
                    stack.append((i + 1, child))
                for g in gaps.get(w[i], ()):  # a non-stem morpheme between two letters of the stem
                    if w.startswith(g, i):
                        stack.append((i + len(g), node))
        return False


@lru_cache(maxsize=4)
def cue_lemmas(lemmas: frozenset[str]) -> CueLemmas:
    return CueLemmas(lemmas)


def may_be_cue(word: str, lemmas: frozenset[str]) -> bool:
    """Whether ``word`` may be a full verb (VV) whose lemma is one of ``lemmas``, as attribution.words.analyze
    would answer: exactly for a word of the morphology table (its row), else by the trie (never a wrong no)."""
    if len(word) > morphology.MAX_WORD or not any(ch.isalpha() for ch in word):
        return False  # tagged "XY" or "$" without HanTa
    known = morphology._table().get(word)
    if known is not None:
        lemma, tag = known
        return tag.startswith("VV") and lemma in lemmas
    return cue_lemmas(lemmas).may_be_cue(word)
