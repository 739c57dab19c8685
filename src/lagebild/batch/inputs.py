"""Inputs in partitions: a stream of (partition id, documents) that never holds a corpus in memory.

A multi-record file (JSONL, Parquet, CSV) is cut into partitions of ``size`` records; single-document
files (txt, md, html) of one folder are grouped the same way. A partition id names its source (stem and
a short hash of the full path) and its position there, so a rerun over the same inputs finds the same
ids and skips finished partitions. JSONL and Parquet are streamed record by record; a CSV file is read
whole (as ``lagebild ingest`` does, up to its size limit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..errors import LagebildError
from ..io.parquet import parquet_docs
from ..io.readers import DEFAULT_FIELDS, ReadError, iter_files, jsonl_line_doc, read_file
from ..model import Doc

Item = Doc | ReadError
MULTI_RECORD = (".jsonl", ".csv", ".parquet")


def source_id(path: Path) -> str:
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}-{digest}"


def jsonl_stream(path: Path, fields: dict[str, str]) -> Iterator[Item]:
    """Records of a JSONL file line by line (any size); bad lines as ReadError."""
    with open(path, "rb") as handle:
        for line, raw in enumerate(handle, start=1):
            try:
                text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            if text.strip():
                yield jsonl_line_doc(text, path, line, fields, [])


def _file_items(path: Path, fields: dict[str, str], max_bytes: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from parquet_docs(path, fields)
        return
    if suffix == ".jsonl":
        yield from jsonl_stream(path, fields)
        return
    try:
        yield from read_file(path, fields, max_bytes)
    except LagebildError as err:
        yield ReadError(str(path), str(err))


def _sources(paths: Iterable[str | Path], fields: dict[str, str], max_bytes: int
             ) -> Iterator[tuple[str, Iterator[Item]]]:
    """(source id, items) per multi-record file, and per folder for its single-document files."""
    loose: list[Path] = []
    folder: Path | None = None

    def flush() -> Iterator[tuple[str, Iterator[Item]]]:
        if loose:
            files = list(loose)
            loose.clear()
            yield source_id(files[0].parent), (item for f in files for item in _file_items(f, fields, max_bytes))

    for path in iter_files(paths):
        if isinstance(path, ReadError):
            yield source_id(Path(path.path)), iter([path])
            continue
        if path.suffix.lower() in MULTI_RECORD:
            yield source_id(path), _file_items(path, fields, max_bytes)
            continue
        if folder is not None and path.parent != folder:
            yield from flush()
        folder = path.parent
        loose.append(path)
    yield from flush()


def partitions(paths: Iterable[str | Path], size: int, fields: dict[str, str] | None = None,
               max_bytes: int = 20_000_000) -> Iterator[tuple[str, list[Item]]]:
    """(partition id, up to ``size`` documents or read errors) over every input, in a stable order."""
    fields = fields or dict(DEFAULT_FIELDS)
    for source, items in _sources(paths, fields, max_bytes):
        for k in range(1_000_000_000):
            chunk = list(islice(items, size))
            if not chunk:
                break
            yield f"{source}-{k:05d}", chunk
