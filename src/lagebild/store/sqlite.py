"""The embedded store: one SQLite file, WAL, one transaction per batch.

Documents are keyed by ``doc_id`` and deduplicated by a content hash:
writing an unchanged document is a no-op, a changed one replaces the old
rows. A batch is written in one transaction, so a killed ingest leaves every
batch either wholly stored or not at all, and a rerun skips what is stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import sqlite3
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import E017, E018, LagebildError
from ..model import Attribution, Claim, Doc, Entity, Quantity, Relation, Sentence, Timex
from .reads import FullTextIndex, ReadQueries

SCHEMA_VERSION = 1
SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
DEFAULT_DB = "lagebild.db"

# Store table -> (Doc attribute, dataclass) of every span layer.
LAYERS: dict[str, tuple[str, type]] = {
    "entities": ("ents", Entity),
    "timexes": ("timexes", Timex),
    "quantities": ("quantities", Quantity),
    "attributions": ("attributions", Attribution),
    "claims": ("claims", Claim),
    "relations": ("relations", Relation),
}
# Table -> TEXT columns added since the first schema version (see Store._add_columns).
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {"claims": ("concept", "measure")}
JSON_FIELDS = {"chain", "about_entities", "source_chain", "context"}


def content_hash(doc: Doc, signature: str = "") -> str:
    """A hash of what the analysis depends on: text, metadata and the pipeline's signature."""
    parts = [doc.text, doc.published or "", doc.title or "", doc.url or "", doc.outlet or "", signature]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(ReadQueries):
    """A lagebild store in one SQLite file."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self._enter_wal()
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._drop_placeholder_relations()
        self.conn.executescript(SCHEMA)
        self._check_version()
        self._add_columns()
        self._columns = {table: self._table_columns(table) for table in LAYERS}
        self._row_makers = {table: _RowMaker(klass, self._columns[table]) for table, (_, klass) in LAYERS.items()}
        self.fts = FullTextIndex(self.conn)  # full-text search over sentences (store/reads.py)
        self._rewritten = False  # a document of the batch being written was rewritten in place (_rewrite_doc)

    def _enter_wal(self, patience: float = 30.0) -> None:
        """Switch the file to write-ahead logging, waiting while another process holds it.

        Switching needs the file to itself and SQLite answers "database is locked" at once instead of
        calling the busy handler, so two ingests opening a new store together retry here.
        """
        deadline = time.monotonic() + patience
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _check_version(self) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            with self.conn:
                self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise LagebildError(E017, path=self.path, found=row[0], known=SCHEMA_VERSION)

    def _drop_placeholder_relations(self) -> None:
        """Stores made before relations existed hold an empty placeholder table of another shape: replace it."""
        columns = [row[1] for row in self.conn.execute("PRAGMA table_info(relations)")]
        if columns and "type" not in columns:
            with self.conn:
                self.conn.execute("DROP TABLE relations")

    def _add_columns(self) -> None:
        """Columns added to a table after stores were made: stores made before get them, empty."""
        for table, columns in ADDED_COLUMNS.items():
            have = {row["name"] for row in self.conn.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column not in have:
                    try:
                        with self.conn:
                            self.conn.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" TEXT')
                    except sqlite3.OperationalError as err:  # another process opening the store added it first
                        if "duplicate column" not in str(err):
                            raise

    def _table_columns(self, table: str) -> list[str]:
        return [row["name"] for row in self.conn.execute(f"PRAGMA table_info({table})")
                if row["name"] not in ("id", "doc", "i")]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def stored_hash(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def write_batch(self, docs: Iterable[Doc], failures: Iterable[tuple[str, int | None, str | None, str]] = (),
                    signature: str = "") -> None:
        """Write documents (replacing changed ones) and failures in one transaction."""
        with self.conn:
            if not self.conn.in_transaction:
                # the write lock first (waiting up to the busy timeout): a transaction that reads before it
                # writes fails at once with "database is locked" when another process committed meanwhile
                self.conn.execute("BEGIN IMMEDIATE")
            self._rewritten = False
            for doc in docs:
                self._write_doc(doc, signature)
            if self._rewritten:  # a row rewritten in place changes neither the count nor the largest id
                self.conn.execute("INSERT INTO meta(key, value) VALUES ('rewrites', 1)"
                                  " ON CONFLICT(key) DO UPDATE SET value = value + 1")
            for path, line, doc_id, error in failures:
                self.conn.execute("DELETE FROM failures WHERE path=? AND line IS ?", (path, line))
                self.conn.execute("INSERT INTO failures(path, line, doc_id, error, at) VALUES (?,?,?,?,?)",
                                  (path, line, doc_id, error, _now()))

    def _write_doc(self, doc: Doc, signature: str) -> None:
        old = self.conn.execute("SELECT id, text FROM documents WHERE doc_id=?", (doc.doc_id,)).fetchone()
        if old and old[1] == doc.text:
            self._rewrite_doc(old[0], doc, signature)
            return
        if old:
            self.fts.forget(old[0])
        self.conn.execute("DELETE FROM documents WHERE doc_id=?", (doc.doc_id,))
        if doc.path:
            self.conn.execute("DELETE FROM failures WHERE path=?", (doc.path,))
        cur = self.conn.execute(
            f"INSERT INTO documents({_DOC_NAMES}, ingested_at) VALUES ({_DOC_MARKS},?)",
            (*_doc_values(doc, signature), _now()))
        key = cur.lastrowid
        self.conn.executemany(
            'INSERT INTO sentences(doc, i, start, "end", kind) VALUES (?,?,?,?,?)',
            [(key, s.i, s.start, s.end, s.kind) for s in doc.sents])
        self.fts.add(key, doc.text, doc.sents)
        for table in LAYERS:
            self._insert_layer(table, key, doc)

    def _rewrite_doc(self, key: int, doc: Doc, signature: str) -> None:
        """Replace stored document row ``key``, whose text ``doc`` keeps (the re-dating analyzes an undated
        document again once its estimated date moves), writing only what changed: the row keeps its id, and a
        layer whose rows are the stored ones stays as it is. The sentences (with their full-text rows) and the
        entities depend on the text alone, so in the re-dating they stay; replacing them was most of its writing
        (an FTS5 delete reads back every token it removes, ~1 ms a document). The stored content is what a
        delete and insert gives; only row ids differ (the document's, and those of the layers kept)."""
        self.conn.execute(f"UPDATE documents SET ({_DOC_NAMES}, ingested_at) = ({_DOC_MARKS},?) WHERE id=?",
                          (*_doc_values(doc, signature), _now(), key))
        if doc.path:
            self.conn.execute("DELETE FROM failures WHERE path=?", (doc.path,))
        sents = [(s.i, s.start, s.end, s.kind) for s in doc.sents]
        stored = self.conn.execute('SELECT i, start, "end", kind FROM sentences WHERE doc=? ORDER BY i', (key,))
        if [tuple(row) for row in stored] != sents:
            self.fts.forget(key)
            self.conn.execute("DELETE FROM sentences WHERE doc=?", (key,))
            self.conn.executemany('INSERT INTO sentences(doc, i, start, "end", kind) VALUES (?,?,?,?,?)',
                                  [(key, *sent) for sent in sents])
            self.fts.add(key, doc.text, doc.sents)
        for table in LAYERS:
            self._insert_layer(table, key, doc, replace=True)
        self._rewritten = True

    def _insert_layer(self, table: str, key: int, doc: Doc, replace: bool = False) -> None:
        """Insert the rows of ``doc``'s layer ``table`` under document row ``key``; with ``replace``, in place of
        the stored ones, unless they are the same (compared as SQLite gives them back: a number in a TEXT column
        comes back as text and differs, so a layer is kept only when nothing in it would change)."""
        columns = self._columns[table]
        rows = self._row_makers[table].rows(key, getattr(doc, LAYERS[table][0]))
        names = ", ".join(f'"{c}"' for c in columns)
        if replace:
            stored = self.conn.execute(f"SELECT doc, i, {names} FROM {table} WHERE doc=? ORDER BY i", (key,))
            if [tuple(row) for row in stored] == rows:
                return
            self.conn.execute(f"DELETE FROM {table} WHERE doc=?", (key,))
        if rows:
            marks = ", ".join("?" * (len(columns) + 2))
            self.conn.executemany(f"INSERT INTO {table}(doc, i, {names}) VALUES ({marks})", rows)

    # -- reading -----------------------------------------------------------------------------

    def doc_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT doc_id FROM documents ORDER BY doc_id")]

    def load_doc(self, doc_id: str) -> Doc:
        """A stored document with every layer; E018 when there is none."""
        doc = self.load_docs([doc_id]).get(doc_id)
        if doc is None:
            raise LagebildError(E018, doc=doc_id, path=self.path)
        return doc

    def load_docs(self, doc_ids: list[str], layers: Iterable[str] | None = None) -> dict[str, Doc]:
        """The stored documents of ``doc_ids`` with every layer (those not stored are left out), read with one
        query per table for all of them: the re-dating of an ingest reads every undated document, and each query
        is a few system calls (locks, reads). With ``layers``, only those tables of LAYERS are read (and no
        sentences): the re-dating needs entities and attributions alone."""
        if not doc_ids:
            return {}
        docs: dict[str, Doc] = {}
        by_key: dict[int, Doc] = {}
        marks = ",".join("?" * len(doc_ids))
        for row in self.conn.execute(f"SELECT * FROM documents WHERE doc_id IN ({marks})", tuple(doc_ids)):
            docs[row["doc_id"]] = by_key[row["id"]] = _doc_of(row)
        if not by_key:
            return docs
        marks = ",".join("?" * len(by_key))
        keys = tuple(by_key)
        wanted = set(LAYERS) if layers is None else set(layers)
        if layers is None:
            for r in self.conn.execute(f"SELECT * FROM sentences WHERE doc IN ({marks}) ORDER BY doc, i", keys):
                by_key[r["doc"]].sents.append(Sentence(i=r["i"], start=r["start"], end=r["end"], kind=r["kind"]))
        for table, (attr, klass) in LAYERS.items():
            if table not in wanted:
                continue
            names = [f.name for f in dataclasses.fields(klass) if f.init]
            columns = [col for col in self._columns[table] if col in names]
            # the wanted columns by position, and _from_sql only for the columns it changes (JSON lists, whole
            # numbers, booleans): a dict of every column through _from_sql per row was most of the reading
            convert = [(at, col) for at, col in enumerate(columns) if col in _CONVERTED]
            # a table whose columns are the class's leading fields in order (all of them today) gives its rows
            # to the class positionally: no dict and no keyword matching per row
            positional = columns == names[:len(columns)]
            listed = ", ".join(f'"{col}"' for col in columns)
            for doc_key, *values in self.conn.execute(
                    f"SELECT doc, {listed} FROM {table} WHERE doc IN ({marks}) ORDER BY doc, i", keys):
                for at, col in convert:
                    values[at] = _from_sql(values[at], col)
                span = klass(*values) if positional else klass(**dict(zip(columns, values, strict=True)))
                getattr(by_key[doc_key], attr).append(span)
        return docs

    def stored_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        """``stored_hash`` of each of ``doc_ids`` that is stored, in one query."""
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        return {row[0]: row[1] for row in self.conn.execute(
            f"SELECT doc_id, content_hash FROM documents WHERE doc_id IN ({marks})", tuple(doc_ids))}

    def update_datings(self, datings: Iterable[tuple[str, dict]]) -> None:
        """Replace the stored datings (doc_id, dating: an estimate's evidence and reasons) of documents whose
        estimate stayed, in one transaction: nothing else of a document depends on the evidence."""
        with self.conn:
            self.conn.executemany("UPDATE documents SET dating=? WHERE doc_id=?",
                                  [(json.dumps(dating, ensure_ascii=False), doc_id) for doc_id, dating in datings])

    def iter_docs(self) -> Iterator[Doc]:
        for doc_id in self.doc_ids():
            yield self.load_doc(doc_id)

    def failures(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT path, line, doc_id, error, at FROM failures ORDER BY id").fetchall()

    def counts(self) -> dict[str, int]:
        tables = ["documents", "sentences", *LAYERS, "failures"]
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def summary(self) -> list[dict[str, Any]]:
        """One row per document: id, date, language, sentences and spans per layer."""
        layer_counts = ", ".join(f"(SELECT COUNT(*) FROM {t} WHERE doc=d.id) AS {t}" for t in LAYERS)
        sql = ("SELECT d.doc_id, d.published, d.published_estimate, d.lang, d.title,"
               " (SELECT COUNT(*) FROM sentences WHERE doc=d.id) AS sentences, "
               f"{layer_counts} FROM documents d ORDER BY d.doc_id")
        return [dict(row) for row in self.conn.execute(sql)]

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()


_DOC_COLUMNS = ("doc_id", "path", "title", "url", "outlet", "lang", "published", "published_estimate", "dating",
                "body_start", "content_hash", "text", "meta", "warnings", "pipeline")
_DOC_NAMES = ", ".join(_DOC_COLUMNS)
_DOC_MARKS = ",".join("?" * len(_DOC_COLUMNS))


def _doc_values(doc: Doc, signature: str) -> tuple:
    """The values of _DOC_COLUMNS for ``doc`` (ingested_at apart)."""
    return (doc.doc_id, doc.path, doc.title, doc.url, doc.outlet, doc.lang, doc.published, doc.published_estimate,
            json.dumps(doc.dating, ensure_ascii=False) if doc.dating else None, doc.body_start,
            content_hash(doc, signature), doc.text, json.dumps(doc.meta, ensure_ascii=False),
            json.dumps(doc.warnings, ensure_ascii=False), signature)


def _doc_of(row: Any) -> Doc:
    """The document of a row of the documents table, without its layers."""
    return Doc(doc_id=row["doc_id"], text=row["text"], published=row["published"],
               published_estimate=row["published_estimate"], title=row["title"], url=row["url"],
               outlet=row["outlet"], path=row["path"], lang=row["lang"], body_start=row["body_start"],
               meta=json.loads(row["meta"] or "{}"), warnings=json.loads(row["warnings"] or "[]"),
               dating=json.loads(row["dating"]) if row["dating"] else None)


class _RowMaker:
    """The rows of a layer's items for its table, as ``_to_sql`` of every column gives them, but made with one
    ``attrgetter`` per item and converting only the columns that need it (JSON lists, booleans): a value at a
    time through ``_to_sql`` was most of the store's writing time (~10 columns of every span of every document)."""

    def __init__(self, klass: type, columns: list[str]) -> None:
        self.get = operator.attrgetter(*columns) if len(columns) > 1 else (lambda item: (getattr(item, columns[0]),))
        types = {f.name: str(f.type) for f in dataclasses.fields(klass)}
        # through _to_sql: the JSON columns, and those typed bool or Any or not a field of the class (any of them
        # may hold a bool); the others hold numbers, text or None, which _to_sql gives back as they are
        self.convert = [(j, col) for j, col in enumerate(columns)
                        if col in JSON_FIELDS or "bool" in types.get(col, "bool") or "Any" in types.get(col, "")]

    def rows(self, key: int, items: list) -> list[tuple]:
        get, convert = self.get, self.convert
        if not convert:
            return [(key, i, *get(item)) for i, item in enumerate(items)]
        rows = []
        for i, item in enumerate(items):
            values = list(get(item))
            for j, col in convert:
                values[j] = _to_sql(values[j], col)
            rows.append((key, i, *values))
        return rows


def _to_sql(value: Any, column: str) -> Any:
    if column in JSON_FIELDS:
        return json.dumps(value or [], ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


# The columns _from_sql gives back changed; it returns every other value as it is.
_CONVERTED = frozenset(JSON_FIELDS | {"value", "low", "high", "anchored"})


def _from_sql(value: Any, column: str) -> Any:
    if column in JSON_FIELDS:
        return json.loads(value) if value else []
    if isinstance(value, float) and value.is_integer() and column in ("value", "low", "high"):
        return int(value)
    if column == "anchored":
        return bool(value)
    return value
