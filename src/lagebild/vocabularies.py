"""A bound on the spaCy vocabularies that live as long as the process.

A spaCy pipeline keeps a string and a lexeme for every word type it has seen, for as long as it lives: over the
first 600 articles of 10kGNAD's test split the segmenter's tokenizer gathered 38,000 strings, still about 45 new
ones per article at the end, at about a kilobyte each with the tokenizer's entries. Every other per-word memo of
the pipeline starts anew past a size (the CRF's rows, the morphology's suffixes, the start filters); a batch worker
or the web server that runs for weeks would still grow without end through these vocabularies. So the owners of
the long-lived spaCy objects (the segmenter's tokenizer, the English parser, the spaCy NER models) build theirs
anew once its vocabulary holds more than ``VOCAB_STRINGS`` strings. Nothing they answer depends on which other
words were seen before (the tests compare tokens, parses and entities across a rebuild); a rebuild costs 0.1-0.4
CPU seconds, once in a few thousand articles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

VOCAB_STRINGS = 100_000

Loaded = TypeVar("Loaded")


def outgrown(vocab: Any) -> bool:
    """Whether ``vocab`` (a spaCy Vocab) holds more strings than the bound."""
    return len(vocab.strings) > VOCAB_STRINGS


def kept(load: Callable[..., Loaded], vocab_of: Callable[[Loaded], Any], *args: Any) -> Loaded:
    """``load(*args)`` (a loader cached by functools.lru_cache), loaded anew once the vocabulary ``vocab_of`` gives
    of it (None: it has none, as a missing model) has outgrown the bound. What it handed out before keeps its own
    vocabulary."""
    found = load(*args)
    vocab = vocab_of(found)
    if vocab is not None and outgrown(vocab):
        load.cache_clear()  # type: ignore[attr-defined]
        found = load(*args)
    return found
