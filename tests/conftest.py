"""Shared fixtures (the only place fixtures live)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "examples" / "nordkorea"


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
