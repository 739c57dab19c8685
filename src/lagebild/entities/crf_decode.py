"""The CRF's tagging without crfsuite's per-token string handling: the same labels, computed in numpy.

pycrfsuite's ``Tagger.tag`` copies every feature string of every token into C++ and looks each up in the
model's string table; with ~50 strings per token that conversion cost as much as the decoding. Here the model
file's weights are read once (``read_model``), each word type's feature strings are turned into attribute rows
once (crf.FastScorer), and a sentence is scored with array operations.

The labels are crfsuite's bit for bit, because the arithmetic is the same (lib/crf/src/crf1d_tag.c,
crf1d_context.c of crfsuite 0.12): a token's score for a label is 0.0 plus the weight of each of its
attributes in the order the attributes are given (a token's own features first, so the running sum over them
is a function of the word type and is kept per type); an attribute without a feature for that label adds
0.0, which leaves a sum unchanged; the Viterbi recursion adds the same two numbers in the same order and
keeps the first of equal maxima (numpy's argmax, crfsuite's strict ``<``).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # crf1d_model.c header_t
_CHUNK = struct.Struct("<4sII")  # chunk id, size, count
_FEATURE = numpy.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])  # 20 bytes
_CQDB = struct.Struct("<4sIIIII")  # cqdb.c header_t
_CQDB_TABLES = 256 * 8  # the hash-table references after the CQDB header


class ModelFormatError(ValueError):
    """The model file is not a crfsuite CRF1d model this reader knows (the caller then tags with crfsuite)."""


@dataclass
class CrfWeights:
    """A crfsuite model's parameters: ``state[attribute id]`` the per-label weights of an attribute (one
    extra row of zeros last, ``zero``, for an absent attribute), ``trans[i, j]`` the weight of label i
    followed by label j."""

    attrs: dict[str, int]
    labels: list[str]
    state: numpy.ndarray
    trans: numpy.ndarray

    @property
    def zero(self) -> int:
        return len(self.state) - 1


def _cqdb_strings(buf: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk (crfsuite's string table) by id, read through its backward array."""
    chunk, size, _flag, order, bwd_size, bwd_offset = _CQDB.unpack_from(buf, offset)
    if chunk != b"CQDB" or order != 0x62445371 or bwd_offset == 0 or bwd_size < count:
        raise ModelFormatError("unexpected string table")
    refs = struct.unpack_from(f"<{count}I", buf, offset + bwd_offset)
    out = []
    for ref in refs:
        _id, ksize = struct.unpack_from("<iI", buf, offset + ref)
        start = offset + ref + 8
        out.append(buf[start:start + ksize - 1].decode("utf-8", "surrogateescape"))
    return out


def read_model(path: Path) -> CrfWeights:
    """The parameters of a crfsuite CRF1d model file (lib/crf/src/crf1d_model.c); ModelFormatError when the
    file is not laid out as that reader expects."""
    buf = path.read_bytes()
    if len(buf) < _HEADER.size:
        raise ModelFormatError("file too short")
    (magic, _size, kind, _version, _n_feat, n_labels, n_attrs,
     off_feat, off_labels, off_attrs, _off_lrefs, _off_arefs) = _HEADER.unpack_from(buf, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError("not a CRF1d model")
    # the header's feature count is not filled in by crfsuite's writer; the feature chunk's own count is
    chunk, size, n_feat = _CHUNK.unpack_from(buf, off_feat)
    if chunk != b"FEAT" or size != _CHUNK.size + _FEATURE.itemsize * n_feat:
        raise ModelFormatError("unexpected feature chunk")
    feats = numpy.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_feat + _CHUNK.size)
    labels = _cqdb_strings(buf, off_labels, n_labels)
    names = _cqdb_strings(buf, off_attrs, n_attrs)
    state_rows = feats[feats["type"] == 0]
    trans_rows = feats[feats["type"] == 1]
    if len(state_rows) + len(trans_rows) != n_feat:
        raise ModelFormatError("unknown feature type")
    state = numpy.zeros((n_attrs + 1, n_labels))
    keys = state_rows["src"].astype(numpy.int64) * n_labels + state_rows["dst"]
    if len(numpy.unique(keys)) != len(keys):  # crfsuite would add both; one weight per pair is what we copy
        raise ModelFormatError("repeated state feature")
    state[state_rows["src"], state_rows["dst"]] = state_rows["weight"]
    trans = numpy.zeros((n_labels, n_labels))
    for row in trans_rows:  # in file order: crfsuite assigns, so the last of repeated pairs holds
        trans[row["src"], row["dst"]] = row["weight"]
    attrs = {name: i for i, name in enumerate(names)}
    if len(attrs) != n_attrs:
        raise ModelFormatError("repeated attribute")
    return CrfWeights(attrs, labels, state, trans)


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
