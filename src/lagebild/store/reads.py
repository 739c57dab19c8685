"""Read queries the web app and the API need: paginated, filtered claims, documents, and full-text search.

The claim and document queries are plain parameterized SQL (``?`` placeholders) that also run on
PostgreSQL. Full-text search is kept apart: in SQLite ``FullTextIndex`` (FTS5), one virtual
table over the sentence text, filled at ingest and rebuilt for stores written before it existed.
Sentences are keyed in the index by ``doc * SENTENCE_KEY + i`` so that a replaced document's rows are
deleted by a rowid range, without a scan. In PostgreSQL ``pg_search.PostgresTextSearch`` matches the
sentences with the database's own full-text search.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

SENTENCE_KEY = 1 << 20  # sentences per document stay below this (a 1 MB text has fewer)
MAX_LIMIT = 500  # rows one request may ask for
MAX_QUERY = 200  # characters of a full-text query
HIGHLIGHT = ("\x02", "\x03")  # snippet markers: never in article text, replaced after escaping

# Sort keys a caller may name -> SQL (never interpolate the caller's text).
CLAIM_SORTS = {
    "doc": "d.doc_id",
    "when": "COALESCE(c.time, d.published, d.published_estimate)",
    "value": "COALESCE(c.value, c.high, c.low)",
    "source": "c.source",
    "hedge": "c.hedge",
    "unit": "c.unit",
    "party": "c.actor",
}
FACETS = {"source": "c.source", "hedge": "c.hedge", "unit": "COALESCE(c.unit_class, c.unit)",
          "party": "c.actor", "claim_type": "c.claim_type"}


@dataclass
class ClaimFilter:
    """What the claims table shows: every field narrows it; empty fields do not."""

    source: str | None = None  # substring of the source, case-insensitive
    hedge: str | None = None  # asserted | reported | uncertain
    unit: str | None = None  # substring of the unit, its class or its concept
    party: str | None = None  # substring of the actor whose figure it is
    claim_type: str | None = None  # stock | flow | need | plan | estimate
    since: str | None = None  # reference time (else publication) on or after, YYYY[-MM[-DD]]
    until: str | None = None  # ... on or before
    doc: str | None = None  # one document's id
    q: str | None = None  # full text of the sentence (FTS5)

    def active(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from what a person typed: every word must occur; ``word*`` matches a prefix.

    FTS5 has its own syntax (quotes, AND/OR/NEAR, column filters); quoting every word keeps a typed
    ``"`` or ``:`` from being read as syntax. None when there is no word.
    """
    words = re.findall(r"[\w][\w.\-]*\*?", text[:MAX_QUERY])
    terms = []
    for word in words[:20]:
        star = word.endswith("*")
        word = word.rstrip("*").strip(".-")
        if word:
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if star else ""))
    return " ".join(terms) or None


class FullTextIndex:
    """FTS5 over sentence text (SQLite only); falls back to no index when FTS5 is missing."""

    TABLE = "sentences_fts"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.available = True
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (self.TABLE,)).fetchone()
        if exists:
            return
        try:
            # IF NOT EXISTS: another process opening the same new store may create it at the same moment
            with conn:
                conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.TABLE} USING fts5(text, tokenize='unicode61')")
        except sqlite3.OperationalError:  # an SQLite built without FTS5: search falls back to LIKE
            self.available = False
            return
        self.rebuild()  # a store written before the index existed

    def rebuild(self) -> int:
        """Index every stored sentence again; returns how many."""
        if not self.available:
            return 0
        with self.conn:
            self.conn.execute(f"DELETE FROM {self.TABLE}")
            cur = self.conn.execute(
                f"INSERT INTO {self.TABLE}(rowid, text) SELECT s.doc * {SENTENCE_KEY} + s.i,"
                ' substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d ON d.id = s.doc')
        return cur.rowcount

    def forget(self, key: int) -> None:
        """Drop the sentences of document row ``key`` (before it is replaced or deleted)."""
        if self.available:
            self.conn.execute(f"DELETE FROM {self.TABLE} WHERE rowid >= ? AND rowid < ?",
                              (key * SENTENCE_KEY, (key + 1) * SENTENCE_KEY))

    def add(self, key: int, text: str, sents: list) -> None:
        if self.available and sents:
            # OR REPLACE: a row left by a writer that raced the index's creation never blocks a document
            self.conn.executemany(f"INSERT OR REPLACE INTO {self.TABLE}(rowid, text) VALUES (?, ?)",
                                  [(key * SENTENCE_KEY + s.i, text[s.start:s.end]) for s in sents])

    def claim_condition(self, query: str) -> tuple[str, list[Any]]:
        """SQL (over claims ``c``) keeping claims whose sentence matches ``query``."""
        match = fts_query(query)
        if match is None:
            return "0", []
        if not self.available:
            return ('substr(d.text, s.start + 1, s."end" - s.start) LIKE ?', [f"%{query[:MAX_QUERY]}%"])
        return (f"(c.doc * {SENTENCE_KEY} + c.sentence) IN (SELECT rowid FROM {self.TABLE} WHERE {self.TABLE} MATCH ?)",
                [match])

    def search(self, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """Sentences matching ``query``, best first: (total, rows with doc_id, sentence index, snippet)."""
        match = fts_query(query)
        if match is None or not self.available:
            return 0, []
        total = self.conn.execute(f"SELECT COUNT(*) FROM {self.TABLE} WHERE {self.TABLE} MATCH ?",
                                  (match,)).fetchone()[0]
        on, off = HIGHLIGHT
        rows = self.conn.execute(
            f"SELECT f.rowid / {SENTENCE_KEY} AS doc, f.rowid % {SENTENCE_KEY} AS i,"
            f" snippet({self.TABLE}, 0, '{on}', '{off}', '…', 24) AS snippet"
            f" FROM {self.TABLE} f WHERE {self.TABLE} MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, _limit(limit), max(0, offset))).fetchall()
        keys = {r["doc"] for r in rows}
        docs = {}
        if keys:
            marks = ",".join("?" * len(keys))
            docs = {r["id"]: r for r in self.conn.execute(
                f"SELECT id, doc_id, title, COALESCE(published, published_estimate) AS published"
                f" FROM documents WHERE id IN ({marks})", tuple(keys))}
        hits = []
        for r in rows:
            doc = docs.get(r["doc"])
            if doc is not None:
                hits.append({"doc_id": doc["doc_id"], "title": doc["title"], "published": doc["published"],
                             "sentence": r["i"], "snippet": r["snippet"]})
        return total, hits


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


class ReadQueries:
    """Paginated reads over a store; mixed into ``Store`` (needs ``conn`` and ``fts``)."""

    conn: sqlite3.Connection
    fts: FullTextIndex

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}

    def _claim_where(self, flt: ClaimFilter) -> tuple[str, list[Any]]:
        where, params = [], []
        like = "LOWER(COALESCE({}, '')) LIKE ?"
        if flt.source:
            where.append(like.format("c.source"))
            params.append(f"%{flt.source.lower()}%")
        if flt.hedge:
            where.append("c.hedge = ?")
            params.append(flt.hedge)
        if flt.unit:
            fields = ["c.unit", "c.unit_class"] + (["c.concept"] if "concept" in self.columns("claims") else [])
            where.append("(" + " OR ".join(like.format(f) for f in fields) + ")")
            params += [f"%{flt.unit.lower()}%"] * len(fields)
        if flt.party:
            where.append(like.format("c.actor"))
            params.append(f"%{flt.party.lower()}%")
        if flt.claim_type:
            where.append("c.claim_type = ?")
            params.append(flt.claim_type)
        when = "COALESCE(c.time, d.published, d.published_estimate)"
        if flt.since:
            where.append(f"{when} >= ?")
            params.append(flt.since)
        if flt.until:  # "2024-10" ends on or before "2024-10-31": compare the prefix of the until date
            where.append(f"substr({when}, 1, ?) <= ?")
            params += [len(flt.until), flt.until]
        if flt.doc:
            where.append("d.doc_id = ?")
            params.append(flt.doc)
        if flt.q:
            sql, more = self.fts.claim_condition(flt.q)
            where.append(sql)
            params += more
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _from(self, flt: ClaimFilter) -> str:
        """Claims, joined to their documents and sentences only when a filter needs them.

        Counting and grouping the claims alone can use the claims' indexes; a join per row costs several times more."""
        sql = " FROM claims c"
        if flt.since or flt.until or flt.doc or (flt.q and not self.fts.available):
            sql += " JOIN documents d ON d.id = c.doc"
        if flt.q and not self.fts.available:
            sql += " LEFT JOIN sentences s ON s.doc = c.doc AND s.i = c.sentence"
        return sql

    def claims_page(self, flt: ClaimFilter, sort: str = "doc", desc: bool = False, limit: int = 50,
                    offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """One page of claims matching ``flt``: (total, rows with the figure's text and its sentence)."""
        where, params = self._claim_where(flt)
        total = self.conn.execute(f"SELECT COUNT(*){self._from(flt)}{where}", params).fetchone()[0]
        base = (" FROM claims c JOIN documents d ON d.id = c.doc"
                " LEFT JOIN sentences s ON s.doc = c.doc AND s.i = c.sentence")
        extra = [col for col in ("concept", "measure") if col in self.columns("claims")]
        order = f"{CLAIM_SORTS.get(sort, CLAIM_SORTS['doc'])} {'DESC' if desc else 'ASC'}, d.doc_id, c.i"
        sql = ("SELECT d.doc_id, d.title, COALESCE(d.published, d.published_estimate) AS published,"
               ' substr(d.text, c.start + 1, c."end" - c.start) AS text,'
               ' substr(d.text, s.start + 1, s."end" - s.start) AS sentence_text,'
               " c.value, c.low, c.high, c.qualifier, c.unit, c.unit_class, c.actor, c.location, c.source,"
               ' c.source_chain, c.hedge, c.time, c.claim_type, c.sentence, c.start, c."end", c.provenance'
               + "".join(f", c.{col}" for col in extra)
               + f"{base}{where} ORDER BY {order} LIMIT ? OFFSET ?")
        rows = self.conn.execute(sql, [*params, _limit(limit), max(0, int(offset))]).fetchall()
        return total, [dict(r) for r in rows]

    def claim_facets(self, flt: ClaimFilter, top: int = 12) -> dict[str, list[tuple[str, int]]]:
        """The most frequent values of each facet among the claims matching ``flt`` (as datasette shows)."""
        where, params = self._claim_where(flt)
        if not where:  # every claim: one GROUP BY per facet, each over its index
            found = {}
            for name, expr in FACETS.items():
                rows = self.conn.execute(f"SELECT {expr} AS v, COUNT(*) AS n FROM claims c GROUP BY v"
                                         " ORDER BY n DESC, v LIMIT ?", (top,)).fetchall()
                found[name] = [(r["v"], r["n"]) for r in rows if r["v"] is not None]
            return found
        # a filter: evaluate it once and count the facets of the matching claims here
        counters: dict[str, Counter] = {name: Counter() for name in FACETS}
        sql = f"SELECT {', '.join(FACETS.values())}{self._from(flt)}{where}"
        for row in self.conn.execute(sql, params):
            for name, value in zip(FACETS, row, strict=True):
                if value is not None:
                    counters[name][value] += 1
        return {name: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
                for name, counter in counters.items()}

    def documents_page(self, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """One page of documents, newest first, with how many claims each holds."""
        total = self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        rows = self.conn.execute(
            "SELECT d.doc_id, d.title, d.outlet, d.lang, d.published, d.published_estimate,"
            " (SELECT COUNT(*) FROM claims c WHERE c.doc = d.id) AS claims,"
            " (SELECT COUNT(*) FROM sentences s WHERE s.doc = d.id) AS sentences"
            " FROM documents d ORDER BY COALESCE(d.published, d.published_estimate) DESC, d.doc_id"
            " LIMIT ? OFFSET ?", (_limit(limit), max(0, int(offset)))).fetchall()
        return total, [dict(r) for r in rows]

    def sentence_spans(self, doc_ids: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Start and end of every sentence of the given documents, in order."""
        found: dict[str, list[tuple[int, int]]] = {}
        ids = sorted(set(doc_ids))
        for n in range(0, len(ids), 500):
            chunk = ids[n:n + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f'SELECT d.doc_id, s.start, s."end" FROM sentences s JOIN documents d ON d.id = s.doc'
                    f" WHERE d.doc_id IN ({marks}) ORDER BY d.doc_id, s.i", chunk):
                found.setdefault(r[0], []).append((r[1], r[2]))
        return found

    def state(self) -> tuple:
        """Changes whenever documents or overrides change: a cache key for what is computed over the store."""
        # and the count of batches that rewrote documents in place (SQLite's Store._rewrite_doc: the same ids)
        docs = self.conn.execute("SELECT (SELECT COUNT(*) FROM documents), (SELECT MAX(id) FROM documents),"
                                 " (SELECT MAX(ingested_at) FROM documents),"
                                 " (SELECT value FROM meta WHERE key='rewrites')").fetchone()  # each over an index
        overrides = self.conn.execute("SELECT COUNT(*), MAX(id) FROM variable_overrides").fetchone()
        return (*tuple(docs), *tuple(overrides))

    def relations_rows(self, limit: int = 200) -> tuple[set[str], list[dict[str, Any]]]:
        """The relations table's columns and rows (the relations layer may not have landed yet)."""
        columns = self.columns("relations")
        if not columns:
            return columns, []
        rows = self.conn.execute(
            "SELECT d.doc_id, r.* FROM relations r JOIN documents d ON d.id = r.doc ORDER BY d.doc_id, r.id"
            " LIMIT ?", (_limit(limit),)).fetchall()
        return columns, [{k: r[k] for k in r.keys() if k not in ("id", "doc")} for r in rows]

    def dating_relations(self) -> list[dict[str, Any]]:
        """Every relation with its document's id, date and language and the value of its figure: what the
        store's dating compares (a dated report of the same relation bounds an undated one)."""
        names = ("doc_id", "published", "lang", "type", "mode", "actor", "recipient", "object", "status", "value")
        rows = self.conn.execute(  # plain SQL, the same on SQLite and PostgreSQL
            "SELECT d.doc_id, d.published, d.lang, r.type, r.mode, r.actor, r.recipient, r.object, r.status, q.value"
            " FROM relations r JOIN documents d ON d.id = r.doc"
            " LEFT JOIN quantities q ON q.doc = r.doc AND q.i = r.quantity_index ORDER BY d.doc_id, r.i").fetchall()
        return [dict(zip(names, tuple(r), strict=True)) for r in rows]
