"""The CRF's features (entities/crf.py): per token, sparse strings of the word and its neighbours.

The word lower-cased, its prefixes and suffixes up to 4 characters, its shape, its capitalization at a sentence
start, the word classes of ``features.tsv``/``names.tsv`` and, with clusters, its cluster ids at three
granularities, for the word and its neighbours (±2, with clusters ±3), as crfsuite reads them in training
(scripts/train_ner_crf.py) and as crf.FastScorer reproduces them through attribute ids kept per word type.

German news repeats its word types, so the feature strings of a type (as the word itself and as each
neighbour position) are built once per process and cached; a sentence's features are then list
concatenations.
"""

from __future__ import annotations

import re
from pathlib import Path

from .features import word_class

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


# A character's shape symbol, computed once per character (str.translate reads this table).
class _Symbols(dict):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        symbol = self[code] = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        return symbol


_SYMBOLS = _Symbols()
_LONG_RUN = re.compile(r"(.)\1{4,}", re.S)  # five or more equal symbols
_RUN = re.compile(r"(.)\1+", re.S)
# The symbols of a word (one per character) -> its shape and collapsed shape: words of a length and case
# pattern share their symbols ("Xxxxxxxxx"), so the runs are cut and collapsed once per pattern. Bounded.
_SHAPES: dict[str, tuple[str, str]] = {}
MAX_SHAPES = 100_000


def shapes(word: str) -> tuple[str, str]:
    """``shape(word)`` and ``short_shape(word)``."""
    symbols = word.translate(_SYMBOLS)
    found = _SHAPES.get(symbols)
    if found is None:
        if len(_SHAPES) >= MAX_SHAPES:
            _SHAPES.clear()
        full = _LONG_RUN.sub(r"\1\1\1\1", symbols)
        found = _SHAPES[symbols] = (full, _RUN.sub(r"\1", full))
    return found


def shape(word: str) -> str:
    """spaCy-like shape: X/x/d per character, runs longer than 4 cut to 4 (so "Hamburg" -> "Xxxxx")."""
    return shapes(word)[0]


def short_shape(word: str) -> str:
    """Shape with every run collapsed to one character ("Nord-Korea" -> "Xx-Xx")."""
    return shapes(word)[1]


# The kinds of a word's features in the order crfsuite reads them (word_kinds), with clusters three more.
KINDS = ("w", "p", "s", "s3", "sh", "ss", "c", "t", "l")
CLUSTER_KINDS = ("k0", "k1", "k2")


def word_keys(word: str, lexicon: dict[str, str],
              clusters: dict[str, tuple[str, ...]] | None = None) -> tuple:
    """One key per kind of ``kinds_of(clusters)`` from which ``kind_values`` gives that kind's feature values:
    the lower-cased word, its longest prefix and suffix (1 to 4 characters, shorter than the word), the
    3-character suffix, the shape and the collapsed shape, the tuple of word classes, the tuple of flags, the
    length (at most 12) and the cluster ids. Many words share a key of most kinds, so crf.FastScorer looks up
    each key's attributes once."""
    # (written with appends rather than comprehensions: this runs once for every new word type, ~23,000 in 300
    # news articles, and a comprehension costs a function call in Python 3.11)
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
    full_shape, short = shapes(word)
    flags = []
    if word[:1].isupper():
        flags.append("T")
    if word.isupper() and len(word) > 1:
        flags.append("U")
    if "d" in full_shape:  # only a digit has the symbol d (a letter d is x)
        flags.append("D")
    if "-" in word and len(word) > 1:
        flags.append("H")
    affixes = min(len(low), 5) - 1  # prefixes and suffixes of 1 to 4 characters, shorter than the word
    keys = (low, low[:affixes] if affixes > 0 else "", low[-affixes:] if affixes > 0 else "",
            low[-3:] if len(low) > 3 else low, full_shape, short,
            tuple(classes) or ("-",), tuple(flags) or ("-",), min(len(word), 12))
    if clusters is not None:
        keys += clusters.get(cluster_key(word), ("-", "-", "-"))[:3]
    return keys


def kinds_of(clusters: dict[str, tuple[str, ...]] | None) -> tuple[str, ...]:
    """The kinds ``word_keys`` gives keys of, in its order."""
    return KINDS + CLUSTER_KINDS if clusters is not None else KINDS


def kind_values(kind: str, key: str | int | tuple[str, ...]) -> list[str]:
    """A kind's feature values from its key (``word_keys``): every prefix or suffix of the longest one, each
    class or flag of the tuple, the length as text, else the key itself."""
    if kind == "p":
        return [key[:n] for n in range(1, len(key) + 1)]
    if kind == "s":
        return [key[-n:] for n in range(1, len(key) + 1)]
    if kind in ("c", "t"):
        return list(key)
    return [str(key)] if kind == "l" else [key]


def word_kinds(word: str, lexicon: dict[str, str],
               clusters: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[str]]:
    """Feature values of one word by kind (a kind may have several values: each word class separately)."""
    return {kind: kind_values(kind, key)
            for kind, key in zip(kinds_of(clusters), word_keys(word, lexicon, clusters), strict=False)}


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
