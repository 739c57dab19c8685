"""A linear-chain CRF for German NER (python-crfsuite): a cheaper model family with the CNN's knowledge.

The CNN of ``models/ner-de`` hashes each word's norm, prefix, suffix, shape and word class and mixes a window
of ±4 words through four maxout layers; that costs ~11k tokens per CPU second. A CRF reads the same kinds of
features as sparse strings (crf_features: word lower-cased, prefixes and suffixes up to 4 characters, shape,
capitalization at a sentence start, the word classes of ``features.tsv``/``names.tsv``, word clusters) for the
word and its neighbours, with BIO labels over PER/ORG/LOC/MISC, and decodes in C (Viterbi of crfsuite).
Trained by ``scripts/train_ner_crf.py`` (see the model card, experiments 11-13).

Tagging needs no crfsuite: the package ships the model's weights keyed by hashes of the feature strings
(crf_decode.WEIGHTS_FILE, exported from crfsuite's model file, which stays in build/ because its string table
is a vocabulary of the training corpora). With clusters, ``FastScorer`` keeps each type's features as
attribute rows and sums their weights in numpy; without, ``CrfNerModel`` sums each token's rows; then
``crf_decode.viterbi`` decodes. The labels are crfsuite's bit for bit (crf_decode's docstring says why);
crfsuite's own tagger is the reference the tests compare with.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy

from .corpora import bio_spans
from .crf_decode import WEIGHTS_FILE, AttrIndex, CrfWeights, ModelFormatError, load_weights, viterbi
from .crf_features import (
    CLUSTER_FILE,
    MAX_CACHED,
    WIDE,
    FeatureCache,
    _quoted,
    kind_values,
    kinds_of,
    load_clusters,
    word_keys,
)
from .features import FEATURE_FILE, load_lexicon
from .kept import KeptSpans

# Growth of the per-type tables (rows), doubled when full.
_FIRST_ROWS = 4096
# The conjunction features of ``_wide``: a neighbour's value joined with the word's collapsed shape.
_CONJUNCTIONS = ("-1c|sh=", "+1c|sh=", "-1k|sh=", "+1k|sh=")
# The most values a kind has for one word (crf_features.word_keys): prefixes and suffixes 4, word classes 4
# (the joined class and its three sources), flags 4 (T, U, D, H); every other kind one.
_WIDTH = {"p": 4, "s": 4, "c": 4, "t": 4}
# The word's own conjunctions (FeatureCache.build): collapsed shape with the first class, with the middle cluster.
_OWN_PAIRS = ("shc", "shk")


class _KeyTable:
    """One feature kind's attribute ids by key (crf_features.word_keys): ``ids[code, slot, n]`` the row of the
    n-th value of key ``code`` as the feature string of ``prefixes[slot]`` ("c=" the word itself, "-1c=" a
    neighbour's, ...), the zero row's id where the key has fewer values or the model lacks the string. Words
    share the keys of most kinds (a suffix, a shape, a cluster), so most strings are built and hashed once per
    key rather than once per word type; ``names`` (when given) receives the code of each key's first value,
    which the conjunctions read."""

    def __init__(self, kind: str, prefixes: list[str], attrs: AttrIndex, zero: int,
                 names: dict[str, int] | None = None) -> None:
        self.kind = kind
        self.prefixes = prefixes
        self.attrs = attrs
        self.zero = zero
        self.names = names
        self.codes: dict = {}
        self.ids = numpy.full((64, len(prefixes), _WIDTH.get(kind, 1)), zero, dtype=numpy.int64)
        self.name = numpy.zeros(64, dtype=numpy.int64)  # code -> the names code of its first value

    def lookup(self, keys: tuple) -> list[int]:
        """The codes of ``keys``, new keys given their attribute ids."""
        codes = self.codes
        out = list(map(codes.get, keys))
        if None in out:
            new = []
            for i, key in enumerate(keys):
                if out[i] is None:
                    code = codes.get(key)  # a key twice among the new ones
                    if code is None:
                        code = codes[key] = len(codes)
                        new.append(key)
                    out[i] = code
            self._fill(new)
        return out

    def _fill(self, keys: list) -> None:
        end = len(self.codes)
        start = end - len(keys)
        if end > len(self.ids):
            rows = max(2 * len(self.ids), end)
            grown = numpy.full((rows, *self.ids.shape[1:]), self.zero, dtype=numpy.int64)
            grown[:start] = self.ids[:start]
            self.ids = grown
            self.name = numpy.concatenate([self.name[:start], numpy.zeros(rows - start, dtype=numpy.int64)])
        width = self.ids.shape[2]
        kind, prefixes = self.kind, self.prefixes
        # every value's string under every prefix, and its place in the flattened rows of ``keys``
        strings = []
        places = []
        place = 0
        for key in keys:
            values = [key] if kind in _OWN_PAIRS else kind_values(kind, key)
            for pre in prefixes:
                for n, value in enumerate(values):
                    strings.append(pre + value)
                    places.append(place + n)
                place += width
        flat = numpy.full(place, self.zero, dtype=numpy.int64)
        flat[places] = self.attrs.rows_of(strings, self.zero)
        self.ids[start:end] = flat.reshape(len(keys), len(prefixes), width)
        if self.names is not None:
            names = self.names
            self.name[start:end] = [names.setdefault(v, len(names))
                                    for v in ([key[0] for key in keys] if kind == "c" else keys)]


class FastScorer:
    """The state scores of the clustered feature layout (``FeatureCache._wide``) from attribute rows kept
    per word type, decoded by crf_decode.viterbi: the labels of crfsuite's tagger without its per-token
    string copies and look-ups (see crf_decode for why they are the same).

    Per type (row ``t`` of the tables; row 0 stands for "no word", a neighbour outside the sentence): the
    running sum of its own features' weights (``own``), and per neighbour offset the attribute ids it gives
    that neighbour (``blocks``, the known ones first in crfsuite's order, then the id of a zero row; ``counts``
    how many are known). A type's ids come from the tables of its keys (``_KeyTable``, one per kind). A token
    then adds, in ``_wide``'s order, its context attributes (sentence boundaries, the conjunctions with its
    neighbours, the quote position) and its neighbours' blocks, column by column over the whole document.

    Ids of the zero row may stand anywhere among a token's attributes: its weights are +0.0, and a sum that
    starts at 0.0 is never -0.0, so adding +0.0 changes no bit (crf_decode's docstring); what must hold is the
    order of the other attributes, which each table and block keeps."""

    def __init__(self, cache: FeatureCache, weights: CrfWeights) -> None:
        self.cache = cache
        self.weights = weights
        self.attrs = weights.attrs
        self.zero = weights.zero
        self.wide13 = cache.feature_set >= 13
        self.outside = weights.labels.index("O") if "O" in weights.labels else -1
        self.kinds = kinds_of(cache.clusters)
        self.first = self.attrs.get("b", self.zero)  # every word's first feature
        self._reset()

    def _reset(self) -> None:
        labels = len(self.weights.labels)
        self.index: dict[str, int] = {}
        self.own = numpy.zeros((_FIRST_ROWS, labels))
        self.blocks = [numpy.full((_FIRST_ROWS, 1), self.zero, dtype=numpy.int64) for _ in self.cache.offsets]
        self.counts = [numpy.zeros(_FIRST_ROWS, dtype=numpy.int64) for _ in self.cache.offsets]
        # per type: the codes (``names``) of its joined class, collapsed shape and middle cluster (the values
        # the conjunctions read), and whether it is capitalized
        self.names: dict[str, int] = {"BOS": 0, "EOS": 1, "-": 2}
        self.values = numpy.full((_FIRST_ROWS, 3), 2, dtype=numpy.int64)
        self.title = numpy.zeros(_FIRST_ROWS, dtype=bool)
        self.rows = 1
        # conjunction feature (prefix, value code, shape code) -> attribute id, per prefix
        self.pairs: dict[str, dict[int, int]] = {prefix: {} for prefix in _CONJUNCTIONS}
        # per kind: the word itself ("k="), then each offset whose neighbour reads the kind ("-1k=")
        offsets = self.cache.offsets
        read = {kind: [off for off in offsets if kind in WIDE[abs(off)]] for kind in self.kinds + _OWN_PAIRS}
        self.tables = {kind: _KeyTable(kind, [f"{kind}="] + [f"{off}{kind}=" for off in read[kind]], self.attrs,
                                       self.zero, self.names if kind in ("c", "ss", "k1") else None)
                       for kind in self.kinds + _OWN_PAIRS}
        # per offset: (kind, slot) of the kinds its neighbour reads, in the order of FeatureCache.build
        self.layouts = [[(kind, 1 + read[kind].index(off)) for kind in WIDE[abs(off)]] for off in offsets]

    def _grow(self, end: int) -> None:
        """Room for the rows up to ``end`` in the per-type tables (doubled)."""
        start = self.rows
        rows = max(2 * len(self.own), end)
        grown = numpy.zeros((rows, self.own.shape[1]))
        grown[:start] = self.own[:start]
        self.own = grown
        values = numpy.full((rows, 3), 2, dtype=numpy.int64)
        values[:start] = self.values[:start]
        self.values = values
        self.title = numpy.concatenate([self.title[:start], numpy.zeros(rows - start, dtype=bool)])
        for k, block in enumerate(self.blocks):
            wider = numpy.full((rows, block.shape[1]), self.zero, dtype=numpy.int64)
            wider[:start] = block[:start]
            self.blocks[k] = wider
            self.counts[k] = numpy.concatenate([self.counts[k][:start], numpy.zeros(rows - start, dtype=numpy.int64)])

    def _add(self, words: list[str]) -> None:
        """Rows for new word types."""
        start = self.rows
        end = start + len(words)
        if end > len(self.own):
            self._grow(end)
        cache = self.cache
        keys = [word_keys(word, cache.lexicon, cache.clusters) for word in words]
        by_kind = dict(zip(self.kinds, zip(*keys, strict=True), strict=True))
        # the own conjunctions' keys: "shc=" collapsed shape|first class, "shk=" collapsed shape|middle cluster
        by_kind["shc"] = [f"{ss}|{c[0]}" for ss, c in zip(by_kind["ss"], by_kind["c"], strict=True)]
        by_kind["shk"] = [f"{ss}|{k}" for ss, k in zip(by_kind["ss"], by_kind["k1"], strict=True)]
        tables = self.tables
        codes = {kind: tables[kind].lookup(by_kind[kind]) for kind in by_kind}
        # the own features' running sum, one attribute after the other as crfsuite adds them ("b" first)
        own_ids = numpy.concatenate(
            [numpy.full((len(words), 1), self.first, dtype=numpy.int64)]
            + [tables[kind].ids[codes[kind], 0] for kind in self.kinds + _OWN_PAIRS], axis=1)
        state = self.weights.state
        own = numpy.zeros((len(words), self.own.shape[1]))
        for col in own_ids.T:
            own += state[col]
        self.own[start:end] = own
        # per offset: the ids a neighbour there reads, the known ones moved first (keeping their order)
        for k, layout in enumerate(self.layouts):
            ids = numpy.concatenate([tables[kind].ids[codes[kind], slot] for kind, slot in layout], axis=1)
            known = ids != self.zero
            ids = numpy.take_along_axis(ids, numpy.argsort(~known, axis=1, kind="stable"), axis=1)
            counts = known.sum(axis=1)
            width = int(counts.max())
            if width > self.blocks[k].shape[1]:  # zero columns on the right add nothing
                pad = numpy.full((len(self.own), width - self.blocks[k].shape[1]), self.zero, dtype=numpy.int64)
                self.blocks[k] = numpy.concatenate([self.blocks[k], pad], axis=1)
            self.blocks[k][start:end, :width] = ids[:, :width]
            self.counts[k][start:end] = counts
        self.values[start:end, 0] = tables["c"].name[codes["c"]]
        self.values[start:end, 1] = tables["ss"].name[codes["ss"]]
        self.values[start:end, 2] = tables["k1"].name[codes["k1"]]
        self.title[start:end] = [flags[0] == "T" for flags in by_kind["t"]]
        self.index.update(zip(words, range(start, end), strict=True))
        self.rows = end

    def spans(self, words: list[str], starts: list[bool]) -> list[tuple[int, int, str]]:
        scores, bounds = self.scores(words, starts)
        ids = viterbi(self.weights, scores, bounds)
        # the names are read where labels other than O run (bio_spans starts over after an O and at a
        # sentence start, so each run gives the spans a whole sentence would give there)
        named = ids != self.outside
        run_start = named & ~numpy.concatenate([[False], named[:-1]])
        run_start[bounds[:-1]] = named[bounds[:-1]]
        run_end = named & ~numpy.concatenate([named[1:], [False]])
        run_end[numpy.array(bounds[1:]) - 1] = named[numpy.array(bounds[1:]) - 1]
        labels = self.weights.labels
        names = ids.tolist()
        out = []
        for a, b in zip(numpy.flatnonzero(run_start).tolist(), (numpy.flatnonzero(run_end) + 1).tolist(),
                        strict=True):
            for s, e, label in bio_spans([labels[i] for i in names[a:b]]):
                out.append((a + s, a + e, label))
        return out

    def scores(self, words: list[str], starts: list[bool]) -> tuple[numpy.ndarray, list[int]]:
        """The state scores of every token (crfsuite's, bit for bit) and the sentence bounds."""
        index = self.index
        new = [w for w in dict.fromkeys(words) if w not in index]
        if new:
            if len(index) + len(new) >= MAX_CACHED:  # start over with this document's words
                self._reset()
                index = self.index
                new = list(dict.fromkeys(words))
            self._add(new)
        n = len(words)
        tix = [index[w] for w in words]
        first = [i == 0 or bool(starts[i]) for i in range(n)]
        bounds = [i for i in range(n) if first[i]] + [n]
        scores = self.own[tix]  # a copy: the running sums continue from the own features
        state = self.weights.state
        for col in self._columns(words, tix, first).T:
            scores += state[col]
        return scores, bounds

    def _columns(self, words: list[str], tix: list[int], first: list[bool]) -> numpy.ndarray:
        """Every token's attribute ids after its own features, in ``_wide``'s order (zero-row ids where a
        feature is absent): boundaries, conjunctions and quote position, then the neighbours' blocks."""
        n = len(words)
        get, zero = self.attrs.get, self.zero
        types = numpy.array(tix, dtype=numpy.int64)
        firsts = numpy.array(first, dtype=bool)
        lasts = numpy.append(firsts[1:], True)
        before = numpy.append(0, types[:-1])  # the previous token's type (read only where not first)
        after = numpy.append(types[1:], 0)
        values = self.values
        own_shape = values[types, 1]
        cols = [
            numpy.where(firsts, get("BOS", zero), zero),
            numpy.where(firsts & self.title[types], get("BOS_T", zero), zero),
            self._pair("-1c|sh=", numpy.where(firsts, 0, values[before, 0]), own_shape),
            numpy.where(lasts, get("EOS", zero), zero),
            self._pair("+1c|sh=", numpy.where(lasts, 1, values[after, 0]), own_shape),
        ]
        sent = numpy.cumsum(firsts) - 1
        if self.wide13:
            quote = numpy.full(n, zero, dtype=numpy.int64)
            for i, value in _quoted(words, sent.tolist()).items():
                quote[i] = get(value, zero)
            cols += [self._pair("-1k|sh=", numpy.where(firsts, 0, values[before, 2]), own_shape),
                     self._pair("+1k|sh=", numpy.where(lasts, 1, values[after, 2]), own_shape), quote]
        cols = [numpy.stack(cols, axis=1)]
        positions = numpy.arange(n)
        for k, off in enumerate(self.cache.offsets):
            j = numpy.clip(positions + off, 0, n - 1)
            inside = (positions + off >= 0) & (positions + off < n) & (sent[j] == sent)
            neighbours = numpy.where(inside, types[j], 0)
            # as many columns as the document's words have known ids there (the others are zero ids)
            cols.append(self.blocks[k][neighbours, :self.counts[k][neighbours].max()])
        return numpy.concatenate(cols, axis=1)

    def _pair(self, prefix: str, left: numpy.ndarray, shapes: numpy.ndarray) -> numpy.ndarray:
        """The attribute ids of the conjunctions ``prefix + value|shape`` (value and shape as codes of
        ``names``), each distinct pair looked up once."""
        keys = left << 32 | shapes
        distinct, inverse = numpy.unique(keys, return_inverse=True)
        known = self.pairs[prefix]
        missing = [key for key in distinct.tolist() if key not in known]
        if missing:
            text = list(self.names)  # code -> string (codes are insertion positions)
            get, zero = self.attrs.get, self.zero
            for key in missing:
                known[key] = get(f"{prefix}{text[key >> 32]}|{text[key & 0xFFFFFFFF]}", zero)
        return numpy.array([known[key] for key in distinct.tolist()], dtype=numpy.int64)[inverse.reshape(-1)]

# crfsuite's model file, as scripts/train_ner_crf.py trains it (in build/, not shipped: its string table holds the
# training corpora's word forms); the package ships crf_decode.WEIGHTS_FILE exported from it
MODEL_FILE = "model.crfsuite"


@dataclass
class CrfNerModel(KeptSpans):
    """The NerModel interface (``spans`` kept per token sequence, ``lexicon``, ``name``) over a CRF's weights
    (crf_decode.load_weights), tagged in numpy."""

    weights: CrfWeights
    lexicon: dict[str, str] | None
    name: str
    labels: dict[str, str] | None = None
    clusters: dict[str, tuple[str, ...]] | None = None
    feature_set: int = 12  # meta.json "feature_set" (FEATURE_SETS): the features the model was trained with
    cache: FeatureCache = field(init=False)
    fast: FastScorer | None = field(init=False)  # the clustered layout's per-type tables
    memo: dict[bytes, list[tuple[int, int, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.cache = FeatureCache(self.lexicon, self.clusters, self.feature_set)
        self.fast = FastScorer(self.cache, self.weights) if self.clusters is not None else None

    # Tokens tagged in one pass at most: the pass holds about 1 KB per token while it runs (features, scores,
    # the Viterbi's tables), so 50 documents of 20,000 tokens in one pass would take about 1 GB; cut into
    # passes of this size they take about 50 MB, and a batch of news articles (50 x ~500 tokens) is one pass.
    PASS_TOKENS: ClassVar[int] = 50_000

    def prefetch(self, sequences: list[tuple[list[str], list[bool], list[bool]]]) -> list[int]:
        """Tag many token sequences in few passes and keep the answers for ``spans``; return the indices of the
        sequences tagged (not those kept already, nor empty ones). A pass joins sequences of PASS_TOKENS tokens
        at most, each one's first token a sentence start. A token's features never reach past its sentence and
        the Viterbi runs per sentence, so every sequence gets the spans it gets alone; the array steps of the
        scoring and the Viterbi then run once per pass instead of once per document (300 news articles in
        batches of 50: the model's CPU about 40 % lower)."""
        todo, tagged = self._unkept(sequences)
        for chunk in self._passes(todo, self.PASS_TOKENS):
            self._tag_in_one_pass(chunk)
        return tagged

    def _tag_in_one_pass(self, todo: dict[bytes, tuple[list[str], list[bool], list[bool]]]) -> None:
        words: list[str] = []
        starts: list[bool] = []
        ends = []
        for seq_words, _, seq_starts in todo.values():
            words += seq_words
            starts.append(True)
            starts += seq_starts[1:]
            ends.append(len(words))
        found = self._predict(words, [], starts)
        at = 0
        for key, end in zip(todo, ends, strict=True):
            begin = end - len(todo[key][0])
            kept = []
            while at < len(found) and found[at][1] <= end:  # spans end within their sentence, so their sequence
                s, e, label = found[at]
                kept.append((s - begin, e - begin, label))
                at += 1
            self._keep(key, kept)

    def _predict(self, words: list[str], spaces: list[bool], sent_starts: list[bool]) -> list[tuple[int, int, str]]:
        if self.fast is not None:
            return self.fast.spans(words, sent_starts)
        return self._predict_strings(words, sent_starts)

    def _predict_strings(self, words: list[str], sent_starts: list[bool]) -> list[tuple[int, int, str]]:
        """Models without clusters: every token's feature strings (FeatureCache.sentence) scored by
        CrfWeights.scores, then the Viterbi per sentence."""
        bounds = [i for i, s in enumerate(sent_starts) if s or i == 0] + [len(words)]
        ids = viterbi(self.weights, self.weights.scores(self.cache.sentence(words, sent_starts)), bounds).tolist()
        labels = self.weights.labels
        out = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            for s, e, label in bio_spans([labels[i] for i in ids[a:b]]):
                out.append((a + s, a + e, label))
        return out


def is_crf(folder: Path) -> bool:
    """Whether a model folder holds a CRF (its meta.json says ``"kind": "crf"``)."""
    meta = folder / "meta.json"
    return meta.is_file() and json.loads(meta.read_text(encoding="utf-8")).get("kind") == "crf"


def complete(folder: Path) -> bool:
    """Whether a model folder can run as trained: for a CRF, the word clusters it was trained with are there and,
    when meta.json records their digest, are the same bytes. The clusters are built at install time from
    ../shared/data (Makefile), not tracked; a CRF without them would tag far worse, so the CNN runs instead.
    Other model families are complete as they are."""
    if not is_crf(folder):
        return True
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if not meta.get("clusters"):
        return True
    table = folder / CLUSTER_FILE
    if not table.is_file():
        return False
    digest = meta.get("clusters_sha256")
    return digest is None or hashlib.sha256(table.read_bytes()).hexdigest() == digest


# the package's model folders: a CRF's meta.json names the one whose word classes it reads
MODELS = Path(__file__).resolve().parent.parent / "models"


def load_crf(folder: Path, lang: str) -> CrfNerModel:
    """The CRF model of ``folder`` (its weights file, crf_decode.WEIGHTS_FILE; when meta.json records the
    file's SHA-256, the bytes must match). Its word classes (when meta.json's "features" is true) come from the
    model folder of the package that meta.json's "lexicon" names ("ner-de": the CNN's features.tsv and
    names.tsv, so the two families read one lexicon), else from ``folder`` itself."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    lexicon = None
    if meta.get("features", True):
        lex_folder = MODELS / meta["lexicon"] if meta.get("lexicon") else folder
        if not (lex_folder / FEATURE_FILE).is_file():
            # a CRF trained with word classes tags far worse without them: refuse rather than run degraded
            raise FileNotFoundError(f"{folder / 'meta.json'}: the word classes it was trained with are "
                                    f"missing ({lex_folder / FEATURE_FILE}); retrain or restore that folder")
        lexicon = load_lexicon(lex_folder)
    clusters = None
    if meta.get("clusters"):
        if not (folder / CLUSTER_FILE).is_file():
            raise FileNotFoundError(f"{folder / 'meta.json'}: the word clusters it was trained with are missing "
                                    f"({folder / CLUSTER_FILE}); rebuild them with scripts/build_ner_clusters.py")
        clusters = load_clusters(folder / CLUSTER_FILE)
    path = folder / WEIGHTS_FILE
    digest = (meta.get("weights") or {}).get("sha256")
    if digest and path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise ModelFormatError(f"{path}: not the weights file {folder / 'meta.json'} records (SHA-256 differs); "
                               "restore it or re-export it with scripts/export_ner_crf.py")
    return CrfNerModel(load_weights(path), lexicon, f"ner-{lang}-crf-{meta['version']}", clusters=clusters,
                       feature_set=int(meta.get("feature_set", 12)))
