"""German dependency parses of single sentences over our own tokens, from the shipped model.

The model (``lagebild/models/parse-de``, trained by scripts/train_parser_de.py on UD German; see its
MODEL_CARD.md) is loaded once, when the German relations component is built (or on the first sentence asked
for), and only sentences whose trigger roles the parse can change are parsed (relations/roles_de.py). Relations are
UD v2 (nsubj, nsubj:pass, obj, obl, obl:arg, obl:agent, nmod, acl:relcl, conj, ...); the model's tokens
are ours (multiword tokens like "zum" stay whole).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import vocabularies

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "parse-de"


@dataclass(frozen=True, slots=True)
class Parse:
    words: tuple[str, ...]
    heads: tuple[int, ...]  # index of each word's head; the root points to itself
    deps: tuple[str, ...]  # UD relation, "ROOT" for the root
    pos: tuple[str, ...]  # UPOS
    case: tuple[str | None, ...]  # Nom, Acc, Dat, Gen or None
    model: str  # provenance, e.g. "parse-de-0.1.0"

    def children(self, k: int) -> list[int]:
        return [c for c, h in enumerate(self.heads) if h == k and c != k]

    def head_of(self, first: int, last: int) -> int:
        """The syntactic head of the words ``first`` to ``last`` (exclusive): the first whose head lies
        outside them (a name "Kim Jong Un" -> "Kim")."""
        return next((t for t in range(first, last) if not first <= self.heads[t] < last or self.heads[t] == t),
                    first)


WORDS = "lagebild.parse_de.words.v1"  # the tokenizer the model is loaded with (parse() builds its Docs from words)


class _Words:
    """A tokenizer splitting at spaces: parse() gives the model our own words and never tokenizes. The model's
    German tokenizer (834 special cases, three compiled patterns) was half of its load time and is not loaded;
    its special cases set no lexeme attribute the model reads (the parses of 4,272 sentences are the same)."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc as SpacyDoc

        return SpacyDoc(self.vocab, words=text.split())


def _words_tokenizer():
    return lambda nlp: _Words(nlp.vocab)


@lru_cache(maxsize=1)
def _model():
    import spacy  # here: a process without German relations never pays for it

    if not (MODEL_DIR / "meta.json").is_file():
        return None, ""
    spacy.registry.tokenizers.register(WORDS, func=_words_tokenizer)
    nlp = spacy.load(MODEL_DIR, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": WORDS}}})
    version = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["version"]
    return nlp, f"parse-de-{version}"


def available() -> bool:
    return _model()[0] is not None


@lru_cache(maxsize=512)
def parse(words: tuple[str, ...]) -> Parse | None:
    """The parse of one sentence given as words (cached: a sentence with several triggers is parsed once);
    None when the model is not installed or the sentence is empty."""
    if not words:
        return None
    nlp, name = vocabularies.kept(_model, lambda model: model[0].vocab if model[0] is not None else None)
    if nlp is None:
        return None
    from spacy.tokens import Doc as SpacyDoc

    sdoc = SpacyDoc(nlp.vocab, words=list(words))
    for _, proc in nlp.pipeline:
        sdoc = proc(sdoc)
    return Parse(words, tuple(t.head.i for t in sdoc), tuple(t.dep_ for t in sdoc), tuple(t.pos_ for t in sdoc),
                 tuple((t.morph.get("Case") or [None])[0] for t in sdoc), name)
