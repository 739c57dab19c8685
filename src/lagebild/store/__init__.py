"""Stores: an embedded SQLite file (default) or a PostgreSQL database shared by a team."""

from __future__ import annotations

from pathlib import Path

from ..errors import E144, LagebildError
from .sqlite import Store


def is_postgres(db: str | Path) -> bool:
    return str(db).startswith(("postgresql://", "postgres://"))


def open_store(db: str | Path) -> Store:
    """The store named by ``db``: a ``postgresql://`` URL opens PostgreSQL, anything else an SQLite file."""
    if is_postgres(db):
        from .postgres import PostgresStore  # psycopg is imported only when a server is used

        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise LagebildError(E144) from None
        return PostgresStore(str(db))
    return Store(db)
