"""A sentence as a list of words with lemma and part of speech looked up on demand."""

from __future__ import annotations

from functools import lru_cache

from ..model import Doc, Token
from . import text as T
from .lexicon import Lexicon

# Tags of first-person words: free direct speech and statements after a colon ("Wir arbeiten weiter daran.")
FIRST_PERSON_TAGS = ("PPER", "PPOSAT", "PRF", "PPOSS")

_EN_DET = frozenset({"the", "a", "an"})


@lru_cache(maxsize=200_000)
def analyze_de(word: str) -> tuple[str, str]:
    from .. import morphology

    lemma, tag = morphology.analyze(word)
    return lemma, tag.replace("(", "").replace(")", "")  # "VV(FIN)" -> "VVFIN"


class Sent:
    """The tokens of one sentence, with the lookups the attribution rules need."""

    def __init__(self, doc: Doc, i: int, lex: Lexicon) -> None:
        self.doc = doc
        self.i = i
        self.lex = lex
        self.toks: list[Token] = doc.sent_tokens(i)
        self.words = [tok.text for tok in self.toks]
        self.low = [w.lower() for w in self.words]
        self._info: dict[int, tuple[str, str]] = {}
        self._tags: dict[int, str] = {}
        self._clauses: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.toks)

    def clauses(self) -> list[tuple[int, int]]:
        """text.clauses of the sentence's tokens, computed once (four stages ask for them); not to be changed."""
        if self._clauses is None:
            self._clauses = T.clauses(self.toks)
        return self._clauses

    def info(self, k: int) -> tuple[str, str]:
        """(lemma, tag) of word ``k``; tags are STTS-like (VVFIN, VVPP, ADJA, NN, NE, ART ...)."""
        if k not in self._info:
            self._info[k] = analyze(self.lex, self.words[k], first=(k == 0))
        return self._info[k]

    def may_be_verb(self, k: int) -> bool:
        """Whether word ``k`` is tagged as a full verb (VV...); cheap, see ``tag``."""
        return self.tag(k).startswith("VV")

    def lemma(self, k: int) -> str:
        return self.info(k)[0]

    def tag(self, k: int) -> str:
        # German: HanTa's tag alone (morphology.tag), the lemma's morpheme analysis only when asked for
        if k in self._info:
            return self._info[k][1]
        if k not in self._tags:
            self._tags[k] = tag_only(self.lex, self.words[k], first=(k == 0))
        return self._tags[k]

    def cheap_first(self, a: int, b: int) -> list[int] | range:
        """Words a..b-1, those tagged without the tagger's passes first (see ``_tagged_at_once``), then the
        others, each group in order: for ``any`` and ``all`` over the words' tags, which answer the same in any
        order, so that the tagger runs only for words the cheap ones leave open (in a sentence with a verb of
        the table, "any word a verb?" tags none of its unknown nouns)."""
        if self.lex.lang != "de":
            return range(a, b)  # English tags are a lexicon lookup
        cheap, dear = [], []
        for m in range(a, b):
            (cheap if self._tagged_at_once(m) else dear).append(m)
        return cheap + dear

    def _tagged_at_once(self, k: int) -> bool:
        """The German tag of word ``k`` needs no tagger run: asked before, no letters, or in the morphology table."""
        from .. import morphology

        word = self.words[k]
        return k in self._tags or k in self._info or not any(ch.isalpha() for ch in word) \
            or morphology.answered_at_once(word)

    def tag_is(self, k: int, value: str) -> bool:
        """``self.tag(k) == value``, for German first asked of morphology.may_be_tagged: a closed-class tag
        ("PTKVZ") that no ending of the word allows is ruled out before the word is tagged (the tagger's cost)."""
        if self.lex.lang == "de" and k not in self._tags and k not in self._info and "(" not in value:
            from .. import morphology

            word = self.words[k]
            if any(ch.isalpha() for ch in word) and not morphology.may_be_tagged(word, value):
                return False
        return self.tag(k) == value

    def cap(self, k: int) -> bool:
        return _cap(self.words[k])

    def is_name_like(self, k: int) -> bool:
        """A capitalized noun or name (not an article, adverb or preposition at the sentence start)."""
        if not self.cap(k):
            return False
        if k > 0 and self.words[k - 1] not in "„“\"»«(‚'":
            return True
        return self.tag(k) in ("NN", "NE", "FM", "XY", "TRUNC") or self.tag(k).startswith("N")

    def start(self, k: int) -> int:
        return self.toks[k].start

    def end(self, k: int) -> int:
        return self.toks[k].end

    def text(self, a: int, b: int) -> str:
        """Verbatim text of words [a, b)."""
        if a >= b:
            return ""
        return self.doc.text[self.toks[a].start:self.toks[b - 1].end]


@lru_cache(maxsize=200_000)
def _cap(word: str) -> bool:
    """A capitalized word (asked many times per word by the rules)."""
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


@lru_cache(maxsize=200_000)
def tag_de(word: str) -> str:
    from .. import morphology

    return morphology.tag(word).replace("(", "").replace(")", "")


@lru_cache(maxsize=200_000)
def _tag_de_word(word: str) -> str:
    """tag_only's German answer, the letter test included (asked for each word of each sentence read)."""
    return tag_de(word) if word and any(ch.isalpha() for ch in word) else "$"


def tag_only(lex: Lexicon, word: str, first: bool = False) -> str:
    """``analyze(lex, word, first)[1]`` without the lemma (see morphology.tag for the one difference)."""
    if lex.lang == "de":
        return _tag_de_word(word)
    return analyze(lex, word, first)[1]


def analyze(lex: Lexicon, word: str, first: bool = False) -> tuple[str, str]:
    """(lemma, tag) of one word out of context."""
    if lex.lang == "de":
        if not word or not any(ch.isalpha() for ch in word):
            return word, "$"
        return analyze_de(word)
    low = word.lower()
    if low in lex.forms:
        return lex.forms[low], "VVFIN"
    if low in _EN_DET or low in lex.fw("det"):
        return low, "ART"
    if low in lex.pronouns:
        return low, "PPER"
    if word[:1].isupper() and not first:
        return word, "NE"
    if word[:1].isupper():
        return word, "NE" if low not in lex.fw("skip") and low not in lex.fw("sub") else "ADV"
    if low.endswith("ly"):
        return low, "ADV"
    return low, "ADJA" if low.endswith(("al", "ish", "ese", "ian", "an")) else "X"
