"""Language detection per document (German or English), on py3langid."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .resources import LANGUAGES

# How much of a document the identifier reads: its first SAMPLE characters. Scoring costs time per byte (py3langid
# walks every byte in Python, ~1.7 ms a news article; the array walk below ~3x less), so it reads a window at the start and one at the end of the sample first, and its
# answer stands when both windows name the same language by a wide margin; only otherwise it reads the sample.
SAMPLE = 5000
WINDOW = 600
# The margin (naive Bayes log-odds of the best language over the next) a window's answer needs. On every
# evaluation set and 10kGNAD (1,618 texts) the first 600 characters of every text give the sample's answer with
# a margin of 266 or more, and no window gave another answer at all; a mixed text falls below it or disagrees.
SURE = 100.0


# How many bytes back py3langid's automaton remembers. Its byte-by-byte walk is inherently sequential in Python,
# but the automaton (of the model py3langid ships) is definite: after any 6 bytes it is in the same state,
# whatever state it started from (checked over all 104,583 states by following the sets of states every byte
# string leads to: after 5 bytes 198 pairs of states are still apart, after 6 none; the tests compare the two
# walks on texts of many scripts, should a new py3langid ship another model). So the state at a byte is
# the one reached by walking from the root over the 6 bytes ending there, and all positions can walk at once.
CONTEXT = 6


def _identifier_class():
    from py3langid.langid import LanguageIdentifier

    class ArrayIdentifier(LanguageIdentifier):
        """py3langid's identifier with its byte-by-byte automaton walk done for all positions at once in numpy:
        the same feature counts in the same first-seen order, so the same scores to the last bit."""

        def _raw_score(self, text):
            visits = feature_counts(self, text)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(text)

    return ArrayIdentifier


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE

    ident = _identifier_class().from_model_file(MODEL_FILE)
    ident.set_languages(list(LANGUAGES))
    ident.walk_tables = (
        np.frombuffer(ident.tk_nextmove, dtype=np.uint32),
        np.asarray(ident.tk_row, dtype=np.int64) << 8,
        np.asarray(ident.tk_output, dtype=np.int64),
    )
    return ident


def feature_counts(ident, data: bytes) -> dict[int, int]:
    """{feature: occurrences} of the encoded ``data``, keyed in order of first occurrence like py3langid's
    ``visit_counts``; empty when no feature occurs."""
    nextmove, rowbase, output = ident.walk_tables
    text = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    states = np.zeros(len(text), dtype=np.int64)
    # Step k feeds every position i the byte i - back, where back counts down to 0 (the position's own byte);
    # positions fewer than back bytes from the start begin later, at the root, as the walk itself does.
    for back in range(CONTEXT - 1, -1, -1):
        if back >= len(text):
            continue
        moved = states[back:]
        states[back:] = nextmove[rowbase[moved] + text[: len(text) - back]]
    features = output[states]
    features = features[features >= 0]
    if not len(features):
        return {}
    kinds, first, counts = np.unique(features, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return dict(zip(kinds[order].tolist(), counts[order].tolist(), strict=True))


def detect_language(text: str, default: str = "de") -> str:
    """The language of ``text`` among the supported ones; ``default`` for text without letters."""
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return default
    ident = _identifier()
    if len(sample) > 2 * WINDOW:
        answers = set()
        for window in (sample[:WINDOW], sample[-WINDOW:]):
            ranked = ident.rank(window)
            if len(ranked) < 2 or ranked[0][1] - ranked[1][1] < SURE:
                break
            answers.add(ranked[0][0])
        else:
            if len(answers) == 1:
                return answers.pop()
    lang, _ = ident.classify(sample)
    return lang
