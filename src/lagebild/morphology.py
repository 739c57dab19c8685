"""German lemmas and part-of-speech tags from HanTa (Hanover Tagger), loaded once and cached.

HanTa tags about 6k tokens/s, too slow to run over every token at ingest; components
ask for the words they need (the noun after a figure, a verb in a cue position).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


# HanTa's analysis grows with the square of a word's length (its compound splitting); the longest
# German compounds have about 40 letters, longer "words" are markup, URLs or runs of symbols.
MAX_WORD = 48


@lru_cache(maxsize=200_000)
def analyze(word: str) -> tuple[str, str]:
    """(lemma, STTS-like tag) of one German word out of context, e.g. "Soldaten" -> ("Soldat", "NN").

    Words over ``MAX_WORD`` characters are not analyzed: (word, "XY"), STTS's tag for non-words."""
    if len(word) > MAX_WORD:
        return word, "XY"
    lemma, tag = _tagger().analyze(word)
    return lemma, tag

