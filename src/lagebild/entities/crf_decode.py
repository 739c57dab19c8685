"""The CRF's tagging without crfsuite: its weights in a file of our own, its labels computed in numpy.

pycrfsuite's ``Tagger.tag`` copies every feature string of every token into C++ and looks each up in the
model's string table; with ~50 strings per token that conversion cost as much as the decoding. Here the weights
are read once (``load_weights``), each word type's feature strings are turned into attribute rows once
(crf.FastScorer), and a sentence is scored with array operations.

The shipped weights file (``WEIGHTS_FILE``, written by ``export_weights`` from a trained ``model.crfsuite``)
holds the labels, the transition matrix and the state weights of every attribute with a non-zero weight, each
keyed by ``attr_hash`` of its string, and no string of the training corpora: crfsuite's model file keeps its
attribute string table (every word form, prefix, cluster id the training read), which is a vocabulary of those
corpora. A feature string is looked up by its hash; a string the model lacks (or whose weights were all zero)
adds nothing, as in crfsuite. The export refuses a model in which two attribute strings share a hash.

The labels are crfsuite's bit for bit, because the arithmetic is the same (lib/crf/src/crf1d_tag.c,
crf1d_context.c of crfsuite 0.12): a token's score for a label is 0.0 plus the weight of each of its
attributes in the order the attributes are given (a token's own features first, so the running sum over them
is a function of the word type and is kept per type); an attribute without a feature for that label adds
0.0, which leaves a sum unchanged (a sum that starts at 0.0 is never -0.0, so adding 0.0 or dropping an
all-zero attribute changes no bit); the Viterbi recursion adds the same two numbers in the same order and
keeps the first of equal maxima (numpy's argmax, crfsuite's strict ``<``). The weights are crfsuite's float64
values, copied unchanged.

One difference is on purpose: crfsuite reads a feature string as a C string, so a word with a NUL was cut
there, and a lone surrogate could not be handed to it at all; here every string is hashed whole (its UTF-8
bytes, a lone surrogate as ``surrogatepass`` writes it), so such a word is simply one the model does not know.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # crf1d_model.c header_t
_CHUNK = struct.Struct("<4sII")  # chunk id, size, count
_FEATURE = numpy.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])  # 20 bytes
_CQDB = struct.Struct("<4sIIIII")  # cqdb.c header_t
_CQDB_TABLES = 256 * 8  # the hash-table references after the CQDB header

WEIGHTS_FILE = "weights.npz"
# The arrays of the weights file: labels (unicode), trans [label, label] float64, keys [attribute] uint64
# (attr_hash), state [attribute, label] float64; FORMAT its version.
WEIGHTS_FORMAT = 1
_ARRAYS = ("format", "labels", "trans", "keys", "state")
# Feature strings whose rows are kept per process (a string and a row id each; cleared when full).
MAX_MEMO = 400_000


class ModelFormatError(ValueError):
    """A model or weights file is not laid out as its reader expects."""


_blake2b = hashlib.blake2b


def attr_hash(name: str | bytes) -> int:
    """The stable 64-bit key of an attribute string: the first 8 bytes of BLAKE2b over its UTF-8 bytes (a lone
    surrogate written as ``surrogatepass`` writes it), read little-endian."""
    data = name if isinstance(name, bytes) else name.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


class _Rows(dict):
    """Feature string -> attribute row (None: the model lacks it), filled on the first look-up of a string by
    hashing it (dict's own look-up for every later one); cleared when it holds MAX_MEMO strings."""

    def __init__(self, rows: dict[bytes, int]) -> None:
        super().__init__()
        self.rows = rows

    def __missing__(self, name: str) -> int | None:
        if len(self) >= MAX_MEMO:
            self.clear()
        # once for every new string (~150k in 300 news articles): the hash written out, not a function call
        row = self[name] = self.rows.get(_blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest())
        return row


class AttrIndex:
    """Attribute rows by feature string, through the strings' hashes; each string seen is kept (bounded)."""

    def __init__(self, keys: numpy.ndarray) -> None:
        raw = keys.astype("<u8").tobytes()
        self.rows: dict[bytes, int] = {raw[i:i + 8]: n for n, i in enumerate(range(0, len(raw), 8))}
        self.memo = _Rows(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, name: str, default: int | None = None) -> int | None:
        """The row of a feature string, ``default`` when the model lacks it."""
        row = self.memo[name]
        return default if row is None else row

    def rows_of(self, names: list[str], default: int) -> list[int]:
        """The rows of feature strings, ``default`` where the model lacks one, each hashed and not kept (for a
        caller that keeps the rows itself)."""
        get = self.rows.get
        return [get(_blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest(), default)
                for name in names]

    def ids(self, lists: list[list[str]]) -> list[list[int]]:
        """The rows of each list of feature strings, strings the model lacks left out (as crfsuite leaves
        them out)."""
        get = self.memo.__getitem__
        return [[i for i in map(get, names) if i is not None] for names in lists]


@dataclass
class CrfWeights:
    """A CRF's parameters: ``state[row]`` the per-label weights of an attribute (``attrs`` gives the row of a
    feature string; one extra row of zeros last, ``zero``, for an absent attribute), ``trans[i, j]`` the
    weight of label i followed by label j."""

    attrs: AttrIndex
    labels: list[str]
    state: numpy.ndarray
    trans: numpy.ndarray

    @property
    def zero(self) -> int:
        return len(self.state) - 1

    def scores(self, feats: list[list[str]]) -> numpy.ndarray:
        """The state scores of tokens given by their feature strings (crf1dt_state_score): per token 0.0,
        then the weights of its known attributes in order, added column by column over all tokens."""
        rows = self.attrs.ids(feats)
        width = max(map(len, rows), default=0)
        pad = [self.zero] * width
        ids = numpy.array([row + pad[len(row):] for row in rows], dtype=numpy.int64).reshape(len(rows), width)
        out = numpy.zeros((len(rows), len(self.labels)))
        for col in ids.T:
            out += self.state[col]
        return out


@dataclass
class CrfsuiteModel:
    """What ``read_crfsuite`` reads from a crfsuite model file: attribute strings as stored (bytes), labels,
    state weights [attribute, label] (no zero row) and transitions."""

    names: list[bytes]
    labels: list[str]
    state: numpy.ndarray
    trans: numpy.ndarray


def _cqdb_strings(buf: bytes, offset: int, count: int) -> list[bytes]:
    """The strings of a CQDB chunk (crfsuite's string table) by id, read through its backward array."""
    chunk, size, _flag, order, bwd_size, bwd_offset = _CQDB.unpack_from(buf, offset)
    if chunk != b"CQDB" or order != 0x62445371 or bwd_offset == 0 or bwd_size < count:
        raise ModelFormatError("unexpected string table")
    refs = struct.unpack_from(f"<{count}I", buf, offset + bwd_offset)
    out = []
    for ref in refs:
        _id, ksize = struct.unpack_from("<iI", buf, offset + ref)
        start = offset + ref + 8
        out.append(buf[start:start + ksize - 1])
    return out


def read_crfsuite(path: Path) -> CrfsuiteModel:
    """The parameters of a crfsuite CRF1d model file (lib/crf/src/crf1d_model.c); ModelFormatError when the
    file is not laid out as that reader expects (needs no crfsuite: the export runs without it)."""
    buf = path.read_bytes()
    if len(buf) < _HEADER.size:
        raise ModelFormatError(f"{path}: file too short")
    (magic, _size, kind, _version, _n_feat, n_labels, n_attrs,
     off_feat, off_labels, off_attrs, _off_lrefs, _off_arefs) = _HEADER.unpack_from(buf, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a crfsuite CRF1d model")
    try:
        # the header's feature count is not filled in by crfsuite's writer; the feature chunk's own count is
        chunk, size, n_feat = _CHUNK.unpack_from(buf, off_feat)
        if chunk != b"FEAT" or size != _CHUNK.size + _FEATURE.itemsize * n_feat:
            raise ModelFormatError(f"{path}: unexpected feature chunk")
        feats = numpy.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_feat + _CHUNK.size)
        labels = [name.decode("utf-8") for name in _cqdb_strings(buf, off_labels, n_labels)]
        names = _cqdb_strings(buf, off_attrs, n_attrs)
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise ModelFormatError(f"{path}: {exc}") from exc
    state_rows = feats[feats["type"] == 0]
    trans_rows = feats[feats["type"] == 1]
    if len(state_rows) + len(trans_rows) != n_feat:
        raise ModelFormatError(f"{path}: unknown feature type")
    if len(state_rows) and (state_rows["src"].max() >= n_attrs or state_rows["dst"].max() >= n_labels):
        raise ModelFormatError(f"{path}: a state feature out of range")
    state = numpy.zeros((n_attrs, n_labels))
    keys = state_rows["src"].astype(numpy.int64) * n_labels + state_rows["dst"]
    if len(numpy.unique(keys)) != len(keys):  # crfsuite would add both; one weight per pair is what we copy
        raise ModelFormatError(f"{path}: repeated state feature")
    state[state_rows["src"], state_rows["dst"]] = state_rows["weight"]
    trans = numpy.zeros((n_labels, n_labels))
    for row in trans_rows:  # in file order: crfsuite assigns, so the last of repeated pairs holds
        trans[row["src"], row["dst"]] = row["weight"]
    if len(set(names)) != n_attrs:
        raise ModelFormatError(f"{path}: repeated attribute")
    return CrfsuiteModel(names, labels, state, trans)


def export_weights(model: Path, out: Path) -> dict[str, int]:
    """Write the weights file of a crfsuite model (``WEIGHTS_FILE``'s layout): the attributes with a non-zero
    weight, in crfsuite's order, keyed by ``attr_hash``; refuses (ModelFormatError) when two of the model's
    attribute strings share a hash, since a look-up could then not tell them apart. Returns counts."""
    read = read_crfsuite(model)
    keys = numpy.array([attr_hash(name) for name in read.names], dtype="<u8")
    distinct, counts = numpy.unique(keys, return_counts=True)
    if len(distinct) != len(keys):
        clashes = [read.names[i].decode("utf-8", "replace") for i in numpy.flatnonzero(
            numpy.isin(keys, distinct[counts > 1]))]
        raise ModelFormatError(f"{model}: attribute strings share a 64-bit hash ({', '.join(clashes[:4])}); "
                               "the weights file cannot key them apart")
    kept = numpy.flatnonzero(read.state.any(axis=1))  # -0.0 counts as zero: adding it changes no sum
    arrays = {"format": numpy.array(WEIGHTS_FORMAT), "labels": numpy.array(read.labels), "trans": read.trans,
              "keys": keys[kept], "state": read.state[kept]}
    buffer = io.BytesIO()
    # numpy.savez stamps each member with the time of writing; a fixed stamp makes the same model give the
    # same bytes (meta.json records their SHA-256)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            numpy.lib.format.write_array(member, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), member.getvalue(),
                             compress_type=zipfile.ZIP_DEFLATED)
    out.write_bytes(buffer.getvalue())
    return {"attributes": len(keys), "kept": len(kept), "dropped_zero": len(keys) - len(kept),
            "state_features": int(numpy.count_nonzero(read.state)), "labels": len(read.labels)}


def load_weights(path: Path) -> CrfWeights:
    """The weights file at ``path``: FileNotFoundError when it is missing, ModelFormatError naming it when it
    is not the layout ``export_weights`` writes."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the CRF's weights file is missing; export it from a trained "
                                "model.crfsuite with scripts/export_ner_crf.py (or `make train-ner-crf`)")
    try:
        with numpy.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelFormatError(f"{path}: not a CRF weights file ({exc}); re-export it with "
                               "scripts/export_ner_crf.py") from exc
    labels, trans, keys, state = arrays["labels"], arrays["trans"], arrays["keys"], arrays["state"]
    n_labels = len(labels)
    problem = (
        "unknown format version" if arrays["format"].shape != () or int(arrays["format"]) != WEIGHTS_FORMAT
        else "labels are not strings" if labels.ndim != 1 or labels.dtype.kind != "U"
        else "trans is not a float64 label-by-label matrix" if trans.shape != (n_labels, n_labels)
        or trans.dtype != numpy.float64
        else "keys are not 64-bit unsigned integers" if keys.ndim != 1 or keys.dtype != numpy.dtype("<u8")
        else "state is not a float64 attribute-by-label matrix" if state.shape != (len(keys), n_labels)
        or state.dtype != numpy.float64
        else "repeated attribute key" if len(numpy.unique(keys)) != len(keys)
        else "")
    if problem:
        raise ModelFormatError(f"{path}: {problem}; re-export it with scripts/export_ner_crf.py")
    # one extra row of zeros: the id of an absent attribute
    full = numpy.zeros((len(state) + 1, n_labels))
    full[:-1] = state
    return CrfWeights(AttrIndex(keys), labels.tolist(), full, numpy.ascontiguousarray(trans))


def viterbi(weights: CrfWeights, scores: numpy.ndarray, bounds: list[int]) -> numpy.ndarray:
    """The best label id of every token: ``scores`` holds the state scores of all tokens (one row per token,
    label columns), ``bounds`` the sentence starts and the end. Sentences are decoded side by side, longest
    first, so one array step advances (and, backwards, traces) every sentence still running; each sentence's
    arithmetic is crf1dc_viterbi's."""
    starts = numpy.array(bounds[:-1], dtype=numpy.int64)
    lengths = numpy.diff(numpy.array(bounds, dtype=numpy.int64))
    order = numpy.argsort(-lengths, kind="stable")
    starts, lengths = starts[order], lengths[order]
    trans = weights.trans
    alpha = numpy.empty_like(scores)
    back = numpy.zeros(scores.shape, dtype=numpy.int64)
    alpha[starts] = scores[starts]
    longest = int(lengths[0]) if len(lengths) else 0
    # running[t]: how many sentences (longest first) are longer than t
    running = numpy.searchsorted(-lengths, -numpy.arange(longest), side="left")
    for t in range(1, longest):
        idx = starts[:running[t]] + t
        step = alpha[idx - 1][:, :, None] + trans  # [sentence, from, to]
        back[idx] = step.argmax(axis=1)
        alpha[idx] = step.max(axis=1) + scores[idx]
    labels = numpy.zeros(len(scores), dtype=numpy.int64)
    ends = starts + lengths - 1
    labels[ends] = alpha[ends].argmax(axis=1)
    for t in range(longest - 1, 0, -1):
        idx = starts[:running[t]] + t
        labels[idx - 1] = back[idx, labels[idx]]
    return labels
