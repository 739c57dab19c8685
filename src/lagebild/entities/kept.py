"""The answers of a NER model kept per token sequence, for every model kind (ner.NerModel, crf.CrfNerModel).

A model's spans depend on the tokens alone, and an ingest analyzes every undated document whose estimated date
moves a second time (the date changes roles and time expressions, not the text): that second pass, and the
per-document call after a batched pass (``NerModel.prefetch``), find the answer kept.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator

Spans = list[tuple[int, int, str]]
Sequence = tuple[list[str], list[bool], list[bool]]  # words, spaces, sentence starts

# Token sequences kept: more than the documents of one ingest batch and its re-dating pass usually hold (a
# digest and a few tuples each).
MAX_MEMO = 20_000


def digest(words: list[str], spaces: list[bool], sent_starts: list[bool]) -> bytes:
    """A 16-byte key of a token sequence; the word lengths make the joined text unambiguous even for words with
    NUL characters in them; the flags are one byte per token for the spaces, then one per token for the starts."""
    if len(spaces) != len(words) or len(sent_starts) != len(words):
        raise ValueError("one space flag and one sentence-start flag per word")
    text = "\x00".join(words).encode("utf-8", "surrogatepass")
    lengths = ",".join(map(str, map(len, words))).encode("ascii")
    flags = bytes(map(bool, spaces)) + bytes(map(bool, sent_starts))  # C loops, not a generator's steps
    return hashlib.blake2b(b"\x01".join((text, lengths, flags)), digest_size=16).digest()


class KeptSpans(ABC):
    """``spans`` over a model's ``_predict``, kept for the last MAX_MEMO token sequences in ``self.memo``."""

    memo: dict[bytes, Spans]

    @abstractmethod
    def _predict(self, words: list[str], spaces: list[bool], sent_starts: list[bool]) -> Spans:
        """The model's (start, end, label) token spans, computed (each model kind has its own)."""

    def spans(self, words: list[str], spaces: list[bool], sent_starts: list[bool]) -> Spans:
        """(start, end, label) token spans over the given tokens (callers get a copy of the kept answer)."""
        if not words:
            return []
        key = digest(words, spaces, sent_starts)
        found = self.memo.get(key)
        if found is None:
            found = self._predict(words, spaces, sent_starts)
            self._keep(key, found)
        return list(found)

    def _unkept(self, sequences: list[tuple[list[str], list[bool], list[bool]]]
                ) -> tuple[dict[bytes, tuple[list[str], list[bool], list[bool]]], list[int]]:
        """The non-empty token sequences (words, spaces, sentence starts) whose answer is not kept, by key, and
        the indices of the sequences among them (a sequence given twice: both indices, they share its pass)."""
        todo: dict[bytes, tuple[list[str], list[bool], list[bool]]] = {}
        tagged = []
        for i, (words, spaces, starts) in enumerate(sequences):
            key = digest(words, spaces, starts)
            if words and (key in todo or key not in self.memo):
                todo[key] = (words, spaces, starts)
                tagged.append(i)
        return todo, tagged

    @staticmethod
    def _passes(todo: dict[bytes, Sequence], pass_tokens: int) -> Iterator[dict[bytes, Sequence]]:
        """``todo`` cut into passes of at most ``pass_tokens`` tokens, in order; a longer sequence goes alone."""
        chunk: dict[bytes, Sequence] = {}
        size = 0
        for key, sequence in todo.items():
            if chunk and size + len(sequence[0]) > pass_tokens:
                yield chunk
                chunk, size = {}, 0
            chunk[key] = sequence
            size += len(sequence[0])
        if chunk:
            yield chunk

    def _keep(self, key: bytes, spans: Spans) -> None:
        if len(self.memo) >= MAX_MEMO:
            del self.memo[next(iter(self.memo))]  # the oldest
        self.memo[key] = spans
