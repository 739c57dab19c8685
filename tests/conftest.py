"""Shared fixtures (the only place fixtures live)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SHARED / "corpus" / "seeds"  # read where the project keeps them, never copied


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def app():
    from lagebild.core import Lagebild

    return Lagebild()


# -- stores: SQLite and PostgreSQL (issue 14) ---------------------------------------------------------------

def _pg_base() -> str:
    """The server URL from LAGEBILD_TEST_PG (make test starts a throwaway one: scripts/pg_throwaway.py)."""
    url = os.environ.get("LAGEBILD_TEST_PG")
    if url:
        return url
    reason = os.environ.get("LAGEBILD_TEST_PG_ERROR") or (
        "LAGEBILD_TEST_PG is not set; run `make test`, or `python scripts/pg_throwaway.py -- pytest`")
    if os.environ.get("CI") == "true":
        pytest.fail(f"the PostgreSQL store tests need a server in CI: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture
def pg_url():
    """A PostgreSQL store URL with a fresh schema of its own (search_path), dropped afterwards."""
    import uuid

    base = _pg_base()
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_db(request, tmp_path) -> str:
    """The same store test on both backends: an SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("pg_url")


# An article whose text carries markup payloads: the web app must show them as text, never run them.
HOSTILE_ARTICLE = (' date 2024-11-02 Laut Pentagon sind <script>window.__xss = 1</script> 11.000 Soldaten in Kursk. '
                   'Ein Bild <img src=x onerror="window.__xss = 2"> zeigt angeblich 12.000 Soldaten. '
                   'Das "Zitat" & <b>fett</b> bleibt Text.')


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, seeds_dir) -> Path:
    """A store with the five seed articles and one hostile article (ingested once per test session)."""
    from lagebild.core import Lagebild

    folder = tmp_path_factory.mktemp("web")
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    db = folder / "web.db"
    report = Lagebild(db=db).ingest([seeds_dir, folder / "hostile.txt"])
    assert report.failed == 0
    return db
