from __future__ import annotations

import pytest

from lagebild.core import Lagebild


@pytest.fixture
def write_texts(tmp_path):
    """Write the given {name: text} as one folder of .txt files (``tmp_path / folder``); returns the folder."""

    def write(texts: dict[str, str], folder: str = "docs"):
        path = tmp_path / folder
        path.mkdir()
        for name, text in texts.items():
            (path / f"{name}.txt").write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def ingest_texts(tmp_path, write_texts):
    """Write the given {name: text} as one folder of .txt files and ingest it into a new store: (app, report)."""

    def run(texts: dict[str, str]):
        app = Lagebild(db=tmp_path / "t.db")
        return app, app.ingest([write_texts(texts)])

    return run
