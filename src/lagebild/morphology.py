"""German lemmas and part-of-speech tags from HanTa (Hanover Tagger), loaded once and cached.

HanTa tags about 6k tokens/s, too slow to run over every token at ingest; components
ask for the words they need (the noun after a figure, a verb in a cue position).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

# HanTa's answers for common word forms, precomputed (scripts/build_morph_table.py): a new word form costs
# HanTa about a millisecond, a table row a dictionary lookup.
TABLE = Path(__file__).resolve().parent / "models" / "morph-de" / "forms.tsv.gz"


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


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
