from __future__ import annotations

import pytest

from lagebild.core import Lagebild


@pytest.fixture
def ingest_texts(tmp_path):
    """Write the given {name: text} as one folder of .txt files and ingest it into a new store: (app, report)."""

    def run(texts: dict[str, str]):
        folder = tmp_path / "docs"
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        app = Lagebild(db=tmp_path / "t.db")
        return app, app.ingest([folder])

    return run
