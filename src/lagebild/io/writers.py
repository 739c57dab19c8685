"""Writers: the store as JSONL (the analyze contract), or one table as CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from ..errors import E022, LagebildError
from ..store.sqlite import LAYERS, Store

TABLES = ("documents", "sentences", *LAYERS, "failures", "variables")


@contextmanager
def _output(out: str | None):
    if out:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield sys.stdout


def table_rows(store: Store, table: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a store table; layer rows carry the document's doc_id."""
    if table not in TABLES:
        raise LagebildError(E022, fmt=f"table {table!r} (tables: {', '.join(TABLES)})")
    if table == "variables":  # computed, not stored: one row per claim with the variable it is grouped into
        from ..situation.variables import VARIABLE_COLUMNS, variable_rows, variables

        return list(VARIABLE_COLUMNS), variable_rows(variables(store))
    if table == "documents":
        sql = ("SELECT doc_id, path, title, url, outlet, lang, published, published_estimate, body_start, "
               "content_hash, ingested_at, text FROM documents ORDER BY doc_id")
    elif table == "failures":
        sql = "SELECT path, line, doc_id, error, at FROM failures ORDER BY id"
    else:
        sql = f"SELECT d.doc_id AS doc_id, t.* FROM {table} t JOIN documents d ON d.id = t.doc ORDER BY d.doc_id"
        sql += ", t.i"
    cursor = store.conn.execute(sql)
    columns = [c[0] for c in cursor.description if c[0] not in ("id", "doc")]
    keep = [i for i, c in enumerate(cursor.description) if c[0] not in ("id", "doc")]
    rows = [tuple(row[i] for i in keep) for row in cursor]
    return columns, rows


def export_store(store: Store, fmt: str, table: str | None, out: str | None) -> int:
    """Write the store in ``fmt``; returns the number of rows (documents for jsonl) written."""
    if fmt == "jsonl" and table is None:
        count = 0
        with _output(out) as handle:
            for doc in store.iter_docs():
                handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        return count
    columns, rows = table_rows(store, table or "quantities")
    if fmt == "jsonl":
        with _output(out) as handle:
            for row in rows:
                handle.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with _output(out) as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
        pq.write_table(pa.table(data), Path(out))
    else:
        raise LagebildError(E022, fmt=fmt)
    return len(rows)
