"""German lemmas and part-of-speech tags from HanTa (Hanover Tagger), loaded once and cached.

HanTa tags about 6k tokens/s, too slow to run over every token at ingest; components
ask for the words they need (the noun after a figure, a verb in a cue position).
"""

from __future__ import annotations

import gzip
import math
from functools import lru_cache
from importlib.metadata import version
from operator import itemgetter
from pathlib import Path

# HanTa's answers for common word forms, precomputed (scripts/build_morph_table.py): a new word form costs
# HanTa about a millisecond, a table row a dictionary lookup.
TABLE = Path(__file__).resolve().parent / "models" / "morph-de" / "forms.tsv.gz"


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    class Tagger(ht.HanoverTagger):
        """HanTa with its two passes over a word's morphemes replaced by faster ones giving the same answers
        (see _fill below); tests/test_morphology.py compares them with HanTa's own on many words."""

        def analyze_forward(self, word):
            return _forward(word)

        def analyze_viterbi(self, word, targetpos):
            return _viterbi(word, targetpos)

    return Tagger("morphmodel_ger.pgz")


# HanTa's analysis grows with the square of a word's length (its compound splitting); the longest
# German compounds have about 40 letters, longer "words" are markup, URLs or runs of symbols.
MAX_WORD = 48


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    """word -> (lemma, tag) from TABLE; empty when it is missing or was built by another HanTa version
    (its answers could differ from what the installed HanTa says)."""
    if not TABLE.is_file():
        return {}
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith(f"# HanTa {version('HanTa')}:"):
            return {}
        table = {}
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                word, tag, lemma = parts
                table[word] = (lemma or word, tag)
    return table


@lru_cache(maxsize=200_000)
def _best_tag(word: str) -> int:
    """HanTa's best tag (its number) for ``word`` out of context: what ``HanoverTagger.analyze`` tags before
    it lemmatizes. Cached apart from the lemma so that ``tag`` and then ``analyze`` pay for it once."""
    return _tagger()._tag_word(word, cutoff=0)[0][0]


@lru_cache(maxsize=200_000)
def analyze(word: str) -> tuple[str, str]:
    """(lemma, STTS-like tag) of one German word out of context, e.g. "Soldaten" -> ("Soldat", "NN").

    Words over ``MAX_WORD`` characters are not analyzed: (word, "XY"), STTS's tag for non-words."""
    if len(word) > MAX_WORD:
        return word, "XY"
    known = _table().get(word)
    if known is not None:
        return known
    # HanoverTagger.analyze(word) in its two steps (tag, then the lemma's morphemes given the tag), the
    # first one shared with tag(); tests/test_morphology.py checks both against HanTa's own analyze
    lemma, tag = _tagger()._analyze(word, _best_tag(word), taglevel=1)
    return lemma, tag


def tag(word: str) -> str:
    """The tag ``analyze(word)`` gives, without the lemma: HanTa's morpheme analysis of the lemma is about
    40 % of its cost, and most callers only ask "is this a verb?" first.

    Equal to ``analyze(word)[1]`` wherever HanTa finds a morpheme path for the word's best tag (the path then
    ends in that tag); where it finds none, ``analyze`` answers with an unknown-word tag instead."""
    if len(word) > MAX_WORD:
        return "XY"
    known = _table().get(word)
    if known is not None:
        return known[1]
    return _tagger().int2tag[_best_tag(word)]


def answered_at_once(word: str) -> bool:
    """Whether ``analyze(word)`` and ``tag(word)`` answer without HanTa's passes: a word of the table or an
    overlong one (a word asked before is cheap too, through the caches, but not told apart here)."""
    return len(word) > MAX_WORD or word in _table()


def may_be_tagged(word: str, value: str) -> bool:
    """False only where ``tag(word)`` and ``analyze(word)[1]`` cannot be ``value`` (a tag as HanTa spells it),
    told without HanTa's passes for a closed class: HanTa ends its pass over a word's morphemes in a tag from
    the last morpheme's tag, and where every morpheme tag that ends in ``value`` is closed (guesses no unknown
    morphemes: "PTKVZ" ends only in particles, "an", "auf", "fest" ...), a word that does not end in one of
    their known morphemes cannot get it. A word of the table answers by its row; a word of HanTa's own lexicon
    of whole words (its cache, answered without the passes) is not told apart, nor is any word for a ``value``
    that is no tag of the model (such as "VVFIN" for "VV(FIN)")."""
    tagger = _tagger()
    if value not in tagger.tag2int:
        return True
    if len(word) > MAX_WORD:
        return value == "XY"
    known = _table().get(word)
    if known is not None:
        return known[1] == value
    endings = _endings(value)
    if endings is None:
        return True
    normal = tagger.normalize(word)
    if normal in tagger.cache:
        return True
    return any(normal[i:] in endings for i in range(len(normal)))


@lru_cache(maxsize=64)
def _endings(value: str) -> frozenset[str] | None:
    """The known morphemes that may end a word HanTa tags ``value``; None when an open class (which guesses
    unknown morphemes) may end it, or ``value`` is no tag of the model."""
    tagger = _tagger()
    final = tagger.tag2int.get(value)
    if final is None:
        return None
    last = {state[1] for state, steps in tagger.LP_trans_final.items() if any(t == -final for t, _ in steps)}
    if any(t in _index().by_length for t in last):
        return None
    return frozenset(m for t in last for m in tagger.LP_m_t.get(t, {}) if m)


def tag_startswith(word: str, prefixes: str | tuple[str, ...]) -> bool:
    """``analyze(word)[1].startswith(prefixes)``, with HanTa's pass over the lemma's morphemes only where the
    tag alone leaves it open: ``analyze`` tags a word with ``tag(word)`` or, where HanTa finds no morpheme path
    for that tag, with its unknown-word tag; a caller asking "is this a noun?" of a name pays for the tag only."""
    if not tag(word).startswith(prefixes) and not _UNKNOWN_TAG.startswith(prefixes):
        return False
    return analyze(word)[1].startswith(prefixes)


def tag_is(word: str, value: str) -> bool:
    """``analyze(word)[1] == value``, the lemma's pass asked for only where the tag alone leaves it open (see
    tag_startswith)."""
    if tag(word) != value and value != _UNKNOWN_TAG:
        return False
    return analyze(word)[1] == value


_UNKNOWN_TAG = "UNKNOWN"  # HanTa's int2tag[_UNKNOWN] (tests/test_morphology.py)


# -- HanTa's forward pass, same answers, fewer steps ---------------------------------------------------------
# HanoverTagger.analyze_forward tries every tag that may follow a state on every segment of the word and asks
# lp_m_t for each (about 2,000 calls per word, nearly all answering -inf: the segment is no known morpheme of a
# closed-class tag). _forward visits only the tags whose morpheme probability is finite: the tags that know the
# segment (an index morpheme -> tag -> log prob) and the few open-class tags that guess unknown morphemes, in
# the order the followers are listed, so that every table row gets the same states, values and insertion order
# (the order decides ties and the order of HanTa's logaddexp sums). tests/test_morphology.py compares both.

_LOWERBOUND = -1e6
_EMPTY, _START, _UNKNOWN = 0, 1, 3  # HanTa's reserved state numbers


class _Index:
    """Lookups over one HanoverTagger's model, built once."""

    def __init__(self, tagger) -> None:
        self.known: dict[str, dict[int, float]] = {}  # morpheme -> tag -> log p(morpheme | tag)
        for tag, probs in tagger.LP_m_t.items():
            for morpheme, lp in probs.items():
                self.known.setdefault(morpheme, {})[tag] = lp
        # open-class tags guess a probability for any morpheme (HanoverTagger.lp_m_t without `strict`):
        # Int_t + LP_hapax_t[t] + LP_len_t[t][min(len, 24)] + (the log prob of its longest known suffix),
        # summed left to right; the first three terms are summed here once per tag and length
        self.open = tuple(t for t in tagger.LP_m_t if t in tagger.LP_hapax_t and t in tagger.LP_s_t)
        self.by_length = {t: [tagger.Int_t + tagger.LP_hapax_t[t] + tagger.LP_len_t[t][n] for n in range(25)]
                          for t in self.open}
        self.follow: dict[tuple[int, int], tuple[dict[int, tuple[int, float]], list]] = {}
        for state, followers in tagger.LP_trans_nonfinal.items():
            position = {t: (k, lpt) for k, (t, lpt) in enumerate(followers)}
            opened = [(k, t, lpt, self.by_length[t]) for k, (t, lpt) in enumerate(followers) if t in self.by_length]
            self.follow[state] = (position, opened)
        self.final = tagger.LP_trans_final
        self.reachability = tagger.reachability
        self.reach_memo: dict[int, dict] = {}
        self.suffix_t = tagger.LP_s_t
        self.suffix_memo: dict[tuple[str, int], dict[int, float]] = {}

    def follow_to(self, target: int) -> dict:
        """``follow`` restricted to the tags from which the final state ``target`` can be reached (HanTa's
        analyze_viterbi), positions renumbered as in its filtered list."""
        if target not in self.reach_memo:
            reach = self.reachability.get(target, frozenset())
            follow = {}
            for state, (position, _) in self.follow.items():
                kept = [(t, lpt) for t, (_, lpt) in sorted(position.items(), key=lambda item: item[1][0])
                        if t in reach]
                follow[state] = ({t: (k, lpt) for k, (t, lpt) in enumerate(kept)},
                                 [(k, t, lpt, self.by_length[t]) for k, (t, lpt) in enumerate(kept)
                                  if t in self.by_length])
            self.reach_memo[target] = follow
        return self.reach_memo[target]

    def suffixes(self, m: str) -> dict[int, float]:
        """Open tag -> the log prob of the longest suffix of ``m`` it knows (up to four letters, none for the
        whole segment); it depends only on the last four letters and whether the segment is longer."""
        key = (m[-4:], min(len(m), 5))
        found = self.suffix_memo.get(key)
        if found is None:
            if len(self.suffix_memo) > 200_000:
                self.suffix_memo.clear()
            found = self.suffix_memo[key] = self._suffixes(m)
        return found

    def _suffixes(self, m: str) -> dict[int, float]:
        """Per open tag, the weight of the segment's longest known suffix (4 to 1 characters, else ""): the
        suffixes cut once for all tags."""
        mlen = len(m)
        cut = [m[-n:] for n in (4, 3, 2, 1) if mlen > n]  # the longest first
        found = {}
        for t in self.open:
            suffixes = self.suffix_t[t]
            for suffix in cut:
                if suffix in suffixes:
                    found[t] = suffixes[suffix]
                    break
            else:
                found[t] = suffixes[""]
        return found


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(_tagger())


def _fill(word: str, follow: dict, guess: bool, back: list[dict] | None = None) -> list[dict]:
    """The table of HanTa's pass over ``word`` (all rows but the last): for each end position the states
    (previous tag, tag) reached with their best log prob, in HanTa's insertion order; ``follow`` gives each
    state's followers (see _Index), ``guess`` whether open-class tags guess unknown morphemes (not strict),
    ``back`` (when given) receives HanTa's backpointers."""
    index = _index()
    known_of, suffixes = index.known, index.suffixes
    wlen = len(word)
    table: list[dict[tuple[int, int], float]] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
    for i in range(wlen + 1):
        row = table[i]
        rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWERBOUND
        # the segments word[i:j] that any state can step over, for all states: (j, known tag -> log prob,
        # open tag -> suffix log prob or None, length); those with a known morpheme apart, as most states have
        # no open-class follower (a segment no tag knows is then no step for them)
        segments: list | None = None
        known_segments: list = []
        for state, lp in row.items():
            if lp < rowbound or state not in follow:
                continue
            if segments is None:
                segments = []
                for j in range(i + 1, wlen + 1):
                    segment = word[i:j]
                    known = known_of.get(segment)
                    # HanTa guesses no morpheme of one or two letters in longer words
                    suffix = suffixes(segment) if guess and (wlen < 4 or j - i > 2) else None
                    if known or suffix:
                        segments.append((j, known, suffix, j - i if j - i < 24 else 24))
                known_segments = [seg for seg in segments if seg[1]]
            position, opened = follow[state]
            new = state[1]
            for j, known, suffix, n in segments if opened else known_segments:
                target = table[j]
                steps = [(position[t][0], t, position[t][1], known[t]) for t in known if t in position] if known else None
                if suffix and opened and not steps:
                    # guessed steps alone (no follower knows the segment), already in the followers' order:
                    # relaxed as they are made, the same sums in the same order as below
                    whole = j - i == wlen
                    for _, t, lpt, by_length in opened:
                        lpm = by_length[n] + suffix[t]
                        if whole:  # HanTa's penalty for the whole word as one unknown morpheme
                            lpm -= 4.6
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWERBOUND:
                            key = (new, t)
                            old = target.get(key)
                            if old is None or lp1 > old:
                                target[key] = lp1
                                if back is not None:
                                    back[j][key] = (state, i)
                    continue
                if not steps:
                    continue
                if suffix and opened:
                    if j - i == wlen:
                        more = [(k, t, lpt, by_length[n] + suffix[t] - 4.6) for k, t, lpt, by_length in opened
                                if t not in known]
                    else:
                        more = [(k, t, lpt, by_length[n] + suffix[t]) for k, t, lpt, by_length in opened
                                if t not in known]
                    if more:
                        steps = sorted(steps + more)
                elif len(steps) > 1:
                    steps.sort()
                for _, t, lpt, lpm in steps:
                    lp1 = lp + lpt + lpm
                    if lp1 > _LOWERBOUND:
                        key = (new, t)
                        if key not in target or lp1 > target[key]:
                            target[key] = lp1
                            if back is not None:
                                back[j][key] = (state, i)
    return table


def _forward(word: str) -> list[tuple[int, float]]:
    """HanoverTagger.analyze_forward(word) (its tagger not strict): [(tag, log prob)], best first."""
    from numpy import logaddexp  # HanTa sums a tag's paths with numpy's logaddexp; so must we

    index = _index()
    table = _fill(word, index.follow, guess=True)
    last = table[-1]
    for state, lp in table[-2].items():
        for t, lpt in index.final.get(state, []):
            lp1 = lp + lpt
            if lp1 > _LOWERBOUND:
                key = (state[1], t)
                if key not in last or lp1 > last[key]:
                    last[key] = lp1
    results: dict[int, float] = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
    return result_list or [(_UNKNOWN, 0)]


def _viterbi(word: str, target: int) -> list[tuple[int, int]]:
    """HanoverTagger.analyze_viterbi(word, target): the best morpheme path to the final state ``target``
    as [(tag, end)], first without guessed morphemes, then with them when that finds no path."""
    index = _index()
    follow = index.follow_to(target)
    wlen = len(word)
    for guess in (False, True):
        back: list[dict] = [{} for _ in range(wlen + 2)]
        table = _fill(word, follow, guess, back)
        last = table[-1]
        for state, lp in table[-2].items():
            for t, lpt in index.final.get(state, []):
                if t == target:
                    lp1 = lp + lpt
                    if lp1 > _LOWERBOUND:
                        key = (state[1], t)
                        if key not in last or lp1 > last[key]:
                            last[key] = lp1
                            back[-1][key] = (state, wlen)
                    break
        if last:
            break
    pmax = -math.inf
    best = (_EMPTY, _EMPTY)
    for state, lp in last.items():
        if lp > pmax:
            pmax = lp
            best = state
    i = len(back) - 1
    if best == (_EMPTY, _EMPTY):
        states = [((_UNKNOWN, -_UNKNOWN), i), ((_START, _UNKNOWN), i - 1)]
    else:
        states = [(best, i)]
        state = best
        while i > 0:
            state, i = back[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]
