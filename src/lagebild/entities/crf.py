"""A linear-chain CRF for German NER (python-crfsuite): a cheaper model family with the CNN's knowledge.

The CNN of ``models/ner-de`` hashes each word's norm, prefix, suffix, shape and word class and mixes a window
of ±4 words through four maxout layers; that costs ~11k tokens per CPU second. A CRF reads the same kinds of
features as sparse strings (word lower-cased, prefixes and suffixes up to 4 characters, shape, capitalization
at a sentence start, the word classes of ``features.tsv``/``names.tsv``) for the word and its neighbours
(±2), with BIO labels over PER/ORG/LOC/MISC, and decodes in C (Viterbi of crfsuite).

German news repeats its word types, so the feature strings of a type (as the word itself and as each
neighbour position) are built once per process and cached; a sentence's features are then list
concatenations. Trained by ``scripts/train_ner_crf.py`` (see the model card, experiment 11).

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
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from .corpora import bio_spans
from .crf_decode import WEIGHTS_FILE, CrfWeights, ModelFormatError, load_weights, viterbi
from .features import FEATURE_FILE, load_lexicon, word_class
from .kept import KeptSpans

# Neighbour offsets and the feature kinds each one reads (the word itself reads all of them).
OFFSETS = (-2, -1, 1, 2)
NEAR = ("w", "s3", "sh", "c", "t")  # features of the words at ±1
FAR = ("w", "sh", "c")  # at ±2
# With word clusters (experiment 12): cluster ids at three granularities ("k0" coarse .. "k2" fine) for the
# word and its neighbours, and the word classes and coarse clusters at ±3.
WIDE_OFFSETS = (-3, -2, -1, 1, 2, 3)
WIDE = {1: NEAR + ("k0", "k1", "k2"), 2: FAR + ("k0", "k1"), 3: ("c", "k0")}
CLUSTER_FILE = "clusters.tsv"
_DIGIT = re.compile(r"\d")
# Feature sets by the experiment that introduced them (meta.json "feature_set"; a model reads the set it was
# trained with): 12 as above; 13 adds, for ORG and MISC, the neighbours' middle cluster joined with the word's
# shape ("+1k|sh": a capitalized word before a word of the "AG"/"GmbH"/"e.V." cluster) and the position inside a
# short quoted span of capitalized words (titles, events, outlets: „Der Spiegel“, „Fridays for Future“).
FEATURE_SETS = (12, 13)
# Quotation marks that open and close a span; » and « open or close by the typesetter's convention.
_OPEN_QUOTES = frozenset(('„', '"', '»', '«', '‚'))
_CLOSE_QUOTES = frozenset(('“', '"', '«', '»', '‘'))
MAX_QUOTED = 8  # tokens between the marks: longer quotes are speech, not names


def cluster_key(word: str) -> str:
    """A word's key in the cluster table: lower-cased, digits as 0 (years and amounts share a row)."""
    return _DIGIT.sub("0", word.lower())


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """The cluster table (word, then one id per granularity, coarse to fine; '#' lines are comments)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        table[cols[0]] = tuple(cols[1:])
    return table

# Word types whose features are kept per process (a few hundred strings each).
MAX_CACHED = 200_000


def shape(word: str) -> str:
    """spaCy-like shape: X/x/d per character, runs longer than 4 cut to 4 (so "Hamburg" -> "Xxxxx")."""
    out: list[str] = []
    last, run = "", 0
    for ch in word:
        s = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if s == last:
            run += 1
            if run > 4:
                continue
        else:
            last, run = s, 1
        out.append(s)
    return "".join(out)


def short_shape(word: str) -> str:
    """Shape with every run collapsed to one character ("Nord-Korea" -> "Xx-Xx")."""
    return _collapse(shape(word))


def _collapse(symbols: str) -> str:
    out: list[str] = []
    for s in symbols:
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def word_kinds(word: str, lexicon: dict[str, str],
               clusters: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[str]]:
    """Feature values of one word by kind (a kind may have several values: each word class separately)."""
    # (written with appends and slices rather than comprehensions: this runs once for every new word type,
    # ~23,000 in 300 news articles, and a comprehension costs a function call in Python 3.11)
    low = word.lower()
    classes = []
    if lexicon:
        cls = word_class(word, lexicon)
        if cls:
            classes.append(cls)
        # the class string joins up to three sources (gazetteer, name class, HanTa noun class): each alone too
        gaz = lexicon.get(word, "")
        name = lexicon.get("^" + word, "")
        noun = lexicon.get("~" + low, "")
        if gaz:
            classes.append("g" + gaz)
        if name:
            classes.append("n" + name)
        if noun:
            classes.append("h" + noun)
    title = word[:1].isupper()
    full_shape = shape(word)
    flags = []
    if title:
        flags.append("T")
    if word.isupper() and len(word) > 1:
        flags.append("U")
    if "d" in full_shape:  # only a digit has the symbol d (a letter d is x)
        flags.append("D")
    if "-" in word and len(word) > 1:
        flags.append("H")
    affixes = min(len(low), 5) - 1  # prefixes and suffixes of 1 to 4 characters, shorter than the word
    kinds = {
        "w": [low],
        "p": [low[:1], low[:2], low[:3], low[:4]][:affixes] if affixes > 0 else [],
        "s": [low[-1:], low[-2:], low[-3:], low[-4:]][:affixes] if affixes > 0 else [],
        "s3": [low[-3:]] if len(low) > 3 else [low],
        "sh": [full_shape],
        "ss": [_collapse(full_shape)],
        "c": classes or ["-"],
        "t": flags or ["-"],
        "l": [str(min(len(word), 12))],
    }
    if clusters is not None:
        ids = clusters.get(cluster_key(word), ("-", "-", "-"))
        for n, cid in enumerate(ids[:3]):
            kinds[f"k{n}"] = [cid]
    return kinds


class FeatureCache:
    """Per word type: its own feature strings and those it gives its neighbours at each offset."""

    def __init__(self, lexicon: dict[str, str] | None, clusters: dict[str, tuple[str, ...]] | None = None,
                 feature_set: int = 12) -> None:
        if feature_set not in FEATURE_SETS:
            raise ValueError(f"unknown CRF feature set {feature_set!r} (known: {FEATURE_SETS})")
        self.lexicon = lexicon or {}
        self.clusters = clusters
        self.feature_set = feature_set
        self.types: dict[str, tuple[list[str], ...]] = {}
        self.offsets = WIDE_OFFSETS if clusters is not None else OFFSETS
        # per offset: the kinds a neighbour there reads, with the prefix of their strings ("-1w=")
        self._layouts = [[(k, f"{off}{k}=") for k in (WIDE[abs(off)] if clusters is not None
                                                       else NEAR if abs(off) == 1 else FAR)]
                         for off in self.offsets]
        self._equals: dict[str, str] = {}

    def entry(self, word: str) -> tuple[list[str], ...]:
        found = self.types.get(word)
        if found is not None:
            return found
        out = self.build(word)
        if len(self.types) >= MAX_CACHED:
            self.types.clear()
        self.types[word] = out
        return out

    def build(self, word: str) -> tuple[list[str], ...]:
        """A word type's feature strings, not kept: its own, then those it gives a neighbour at each of
        ``offsets``, then the values a neighbour's conjunctions read (joined class, collapsed shape, middle
        cluster)."""
        kinds = word_kinds(word, self.lexicon, self.clusters)
        own = ["b"]
        equals = self._equals
        for k, vals in kinds.items():  # "k=v" (a kind's prefix written once per process)
            pre = equals.get(k) or equals.setdefault(k, f"{k}=")
            for v in vals:
                own.append(pre + v)
        own.append(f"shc={kinds['ss'][0]}|{kinds['c'][0]}")  # shape and class together
        if self.clusters is not None:
            own.append(f"shk={kinds['ss'][0]}|{kinds['k1'][0]}")  # shape and cluster together
        # "{off}{k}=v" for the kinds each offset reads
        per_offset = [[pre + v for k, pre in layout for v in kinds[k]] for layout in self._layouts]
        # last: the values a neighbour's conjunctions read (joined class, collapsed shape, middle cluster)
        per_offset.append([kinds["c"][0], kinds["ss"][0], kinds["k1"][0] if "k1" in kinds else "-"])
        return (own, *per_offset)

    def sentence(self, words: list[str], sent_starts: list[bool] | None = None) -> list[list[str]]:
        """The feature strings of every token of ``words`` (one or more sentences; a sentence start cuts
        the neighbour window, as in training, where every sequence is one sentence)."""
        entries = [self.entry(w) for w in words]
        n = len(words)
        starts = sent_starts if sent_starts is not None else [i == 0 for i in range(n)]
        if self.clusters is not None:
            return self._wide(entries, words, starts)
        out = []
        for i in range(n):
            feats = list(entries[i][0])
            # neighbours within the sentence; the boundaries themselves are features
            first = starts[i]
            if first:
                feats.append("BOS")
                if words[i][:1].isupper():
                    feats.append("BOS_T")
            else:
                feats += entries[i - 1][2]
                if i >= 2 and not starts[i - 1]:
                    feats += entries[i - 2][1]
            if i + 1 < n and not starts[i + 1]:
                feats += entries[i + 1][3]
                if i + 2 < n and not starts[i + 2]:
                    feats += entries[i + 2][4]
            else:
                feats.append("EOS")
            out.append(feats)
        return out

    def _wide(self, entries: list[tuple[list[str], ...]], words: list[str], starts: list[bool]) -> list[list[str]]:
        """The features with clusters: neighbours at ±3 (as far as the sentence goes), and the neighbours'
        word classes joined with the word's own shape ("-1c|sh": a place name before a capitalized word)."""
        n = len(words)
        # the sentence each token belongs to, so a window never crosses a sentence start
        sent = []
        k = -1
        for i in range(n):
            if starts[i] or i == 0:
                k += 1
            sent.append(k)
        slot = {off: j + 1 for j, off in enumerate(self.offsets)}
        last = len(self.offsets) + 1
        wide13 = self.feature_set >= 13
        quoted = _quoted(words, sent) if wide13 else {}
        out = []
        for i in range(n):
            entry = entries[i]
            feats = list(entry[0])
            own_shape = entry[last][1]
            if i == 0 or sent[i - 1] != sent[i]:
                feats.append("BOS")
                if words[i][:1].isupper():
                    feats.append("BOS_T")
                feats.append(f"-1c|sh=BOS|{own_shape}")
            else:
                feats.append(f"-1c|sh={entries[i - 1][last][0]}|{own_shape}")
            if i + 1 >= n or sent[i + 1] != sent[i]:
                feats.append("EOS")
                feats.append(f"+1c|sh=EOS|{own_shape}")
            else:
                feats.append(f"+1c|sh={entries[i + 1][last][0]}|{own_shape}")
            if wide13:
                before = entries[i - 1][last][2] if i and sent[i - 1] == sent[i] else "BOS"
                after = entries[i + 1][last][2] if i + 1 < n and sent[i + 1] == sent[i] else "EOS"
                feats.append(f"-1k|sh={before}|{own_shape}")
                feats.append(f"+1k|sh={after}|{own_shape}")
                if i in quoted:
                    feats.append(quoted[i])
            for off in self.offsets:
                j = i + off
                if 0 <= j < n and sent[j] == sent[i]:
                    # entries[j][slot[off]]: word j's features as seen from `off` positions away ("-1w=...")
                    feats += entries[j][slot[off]]
            out.append(feats)
        return out


def _quoted(words: list[str], sent: list[int]) -> dict[int, str]:
    """Tokens inside a short quoted span that starts with a capitalized word („Der Spiegel“), by position:
    "q=B" the first, "q=E" the last, "q=I" between ("q=BE" a single word); the marks stay outside."""
    out: dict[int, str] = {}
    n = len(words)
    for i, word in enumerate(words):
        if word not in _OPEN_QUOTES or i + 1 >= n or not words[i + 1][:1].isupper():
            continue
        for j in range(i + 2, min(n, i + 2 + MAX_QUOTED)):
            if sent[j] != sent[i]:
                break
            if words[j] in _CLOSE_QUOTES:
                for k in range(i + 1, j):
                    out[k] = "q=" + (("B" if k == i + 1 else "") + ("E" if k == j - 1 else "") or "I")
                break
    return out


# Growth of the per-type tables (rows), doubled when full.
_FIRST_ROWS = 4096
# The conjunction features of ``_wide``: a neighbour's value joined with the word's collapsed shape.
_CONJUNCTIONS = ("-1c|sh=", "+1c|sh=", "-1k|sh=", "+1k|sh=")


class FastScorer:
    """The state scores of the clustered feature layout (``FeatureCache._wide``) from attribute rows kept
    per word type, decoded by crf_decode.viterbi: the labels of crfsuite's tagger without its per-token
    string copies and look-ups (see crf_decode for why they are the same).

    Per type (row ``t`` of the tables; row 0 stands for "no word", a neighbour outside the sentence): the
    running sum of its own features' weights (``own``), and per neighbour offset the attribute ids it gives
    that neighbour (``blocks``, padded with the id of a zero row). A token then adds, in ``_wide``'s order,
    its context attributes (sentence boundaries, the conjunctions with its neighbours, the quote position)
    and its neighbours' blocks, column by column over the whole document."""

    def __init__(self, cache: FeatureCache, weights: CrfWeights) -> None:
        self.cache = cache
        self.weights = weights
        self.attrs = weights.attrs
        self.zero = weights.zero
        self.wide13 = cache.feature_set >= 13
        self.outside = weights.labels.index("O") if "O" in weights.labels else -1
        self._reset()

    def _reset(self) -> None:
        labels = len(self.weights.labels)
        self.index: dict[str, int] = {}
        self.own = numpy.zeros((_FIRST_ROWS, labels))
        self.blocks = [numpy.full((_FIRST_ROWS, 1), self.zero, dtype=numpy.int64) for _ in self.cache.offsets]
        # per type: the codes (``names``) of its joined class, collapsed shape and middle cluster (the values
        # the conjunctions read), and whether it is capitalized
        self.names: dict[str, int] = {"BOS": 0, "EOS": 1, "-": 2}
        self.values = numpy.full((_FIRST_ROWS, 3), 2, dtype=numpy.int64)
        self.title = numpy.zeros(_FIRST_ROWS, dtype=bool)
        self.rows = 1
        # conjunction feature (prefix, value code, shape code) -> attribute id, per prefix
        self.pairs: dict[str, dict[int, int]] = {prefix: {} for prefix in _CONJUNCTIONS}

    def _padded(self, lists: list[list[str]]) -> numpy.ndarray:
        """The attribute ids of each list of feature strings (strings the model lacks left out, as crfsuite
        leaves them out), one row per list, padded with the zero row's id."""
        rows = self.attrs.ids(lists)
        width = max(map(len, rows), default=0)
        pad = [self.zero] * width
        return numpy.array([row + pad[len(row):] for row in rows], dtype=numpy.int64).reshape(len(rows), width)

    def _add(self, words: list[str]) -> None:
        """Rows for new word types."""
        start = self.rows
        end = start + len(words)
        if end > len(self.own):
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
        entries = [self.cache.build(word) for word in words]
        for k in range(len(self.blocks)):
            ids = self._padded([entry[k + 1] for entry in entries])
            if ids.shape[1] > self.blocks[k].shape[1]:  # zero columns on the right add nothing
                pad = numpy.full((len(self.own), ids.shape[1] - self.blocks[k].shape[1]), self.zero,
                                 dtype=numpy.int64)
                self.blocks[k] = numpy.concatenate([self.blocks[k], pad], axis=1)
            self.blocks[k][start:end, :ids.shape[1]] = ids
        # the own features' running sum, one attribute after the other as crfsuite adds them
        state = self.weights.state
        own = numpy.zeros((len(words), self.own.shape[1]))
        for col in self._padded([entry[0] for entry in entries]).T:
            own += state[col]
        self.own[start:end] = own
        names = self.names
        self.values[start:end] = [[names.setdefault(v, len(names)) for v in entry[-1]] for entry in entries]
        self.title[start:end] = [word[:1].isupper() for word in words]
        for row, word in enumerate(words, start):
            self.index[word] = row
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
            cols.append(self.blocks[k][numpy.where(inside, types[j], 0)])
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
