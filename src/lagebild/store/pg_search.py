"""Full-text search over the sentences of a PostgreSQL store, with the interface of ``FullTextIndex``.

PostgreSQL has full-text search built in, so no second table is kept in step with the sentences: the
sentence text is cut from its document and matched as ``to_tsvector('simple', ...) @@ to_tsquery(...)``
when asked. The 'simple' configuration neither stems nor drops stop words, like FTS5's unicode61
tokenizer, so a query finds the same sentences in both backends. Without a stored index this scans the
sentences once per query: right for a team's store of some ten thousand articles, not for millions.
"""

from __future__ import annotations

import re
from typing import Any

from .reads import HIGHLIGHT, MAX_QUERY, _limit

# The sentence's text, cut from its document (sentences store offsets, not text).
_SENTENCE = 'substr(d.text, s.start + 1, s."end" - s.start)'
_VECTOR = f"to_tsvector('simple', {_SENTENCE})"


def ts_query(text: str) -> str | None:
    """A to_tsquery expression from what a person typed: every word must occur; ``word*`` is a prefix.

    Only word characters reach the expression, so nothing typed is read as tsquery syntax."""
    terms = []
    for word, star in re.findall(r"(\w+)(\*?)", text[:MAX_QUERY])[:20]:
        terms.append(word.lower() + (":*" if star else ""))
    return " & ".join(terms) or None


class PostgresTextSearch:
    """Search in a PostgreSQL store: what ``FullTextIndex`` offers, with nothing to fill or rebuild."""

    available = True  # claim_condition below needs no join from the caller

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def rebuild(self) -> int:
        return 0  # matched from the sentences themselves: nothing to index again

    def forget(self, key: int) -> None:
        """Nothing to drop: a replaced document's sentences go with it."""

    def add(self, key: int, text: str, sents: list) -> None:
        """Nothing to add: new sentences are searchable as soon as they are stored."""

    def claim_condition(self, query: str) -> tuple[str, list[Any]]:
        """SQL (over claims ``c``) keeping claims whose sentence matches ``query``."""
        expression = ts_query(query)
        if expression is None:
            return "1 = 0", []
        return ("EXISTS (SELECT 1 FROM sentences s JOIN documents d ON d.id = s.doc"
                f" WHERE s.doc = c.doc AND s.i = c.sentence AND {_VECTOR} @@ to_tsquery('simple', ?))",
                [expression])

    def search(self, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """Sentences matching ``query``, best first: (total, rows with doc_id, sentence index, snippet)."""
        expression = ts_query(query)
        if expression is None:
            return 0, []
        matching = (f" FROM sentences s JOIN documents d ON d.id = s.doc, to_tsquery('simple', ?) q"
                    f" WHERE {_VECTOR} @@ q")
        total = self.conn.execute(f"SELECT COUNT(*){matching}", (expression,)).fetchone()[0]
        on, off = HIGHLIGHT
        options = f"StartSel={on}, StopSel={off}, MaxWords=24, MinWords=8, FragmentDelimiter=…"
        rows = self.conn.execute(
            "SELECT d.doc_id, d.title, COALESCE(d.published, d.published_estimate) AS published, s.i AS sentence,"
            f" ts_headline('simple', {_SENTENCE}, q, ?) AS snippet{matching}"
            f" ORDER BY ts_rank({_VECTOR}, q) DESC, d.doc_id, s.i LIMIT ? OFFSET ?",
            (options, expression, _limit(limit), max(0, offset))).fetchall()
        return total, [dict(r) for r in rows]
