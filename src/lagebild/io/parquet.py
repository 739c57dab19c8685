"""Parquet input: one document per row, read in record batches (never the whole file at once).

Rows go through the same field mapping and checks as JSONL/CSV records (``readers.record_doc``);
``line`` in errors is the 1-based row number. Dates and timestamps become ISO strings first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import E142, LagebildError
from ..model import Doc
from .readers import DEFAULT_FIELDS, ReadError, record_doc

BATCH_ROWS = 256


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def parquet_docs(path: Path, fields: dict[str, str] | None = None,
                 batch_rows: int = BATCH_ROWS) -> Iterator[Doc | ReadError]:
    """Documents of a Parquet file; a file that cannot be opened is one ReadError (E142)."""
    import pyarrow.parquet as pq

    fields = fields or dict(DEFAULT_FIELDS)
    try:
        handle = pq.ParquetFile(path)
        batches = handle.iter_batches(batch_size=batch_rows)
        line = 0
        for batch in batches:
            for record in batch.to_pylist():
                line += 1
                record = {k: _plain(v) for k, v in record.items()}
                try:
                    yield record_doc(record, path, line, fields, [])
                except LagebildError as err:
                    yield ReadError(str(path), str(err), line=line)
    except (OSError, ValueError) as err:  # pyarrow raises ArrowInvalid (a ValueError) on a broken file
        yield ReadError(str(path), str(LagebildError(E142, path=path, reason=str(err).splitlines()[0])))
