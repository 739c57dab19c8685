"""`lagebild serve`: binds 127.0.0.1 by default, read-only unless --allow-write, needs a store."""

from __future__ import annotations

import uvicorn
from click.testing import CliRunner

from lagebild.cli import main


def test_serve_binds_localhost_read_only_by_default(web_store, monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(main, ["serve", "--db", str(web_store)])
    assert result.exit_code == 0, result.output
    app, kw = calls[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000
    assert not app.state.settings.allow_write and app.state.settings.token is None
    assert "token" not in result.output


def test_serve_with_allow_write_prints_the_token(web_store, monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(main, ["serve", "--db", str(web_store), "--allow-write", "--token", "s3cret",
                                       "--port", "8123", "--host", "0.0.0.0", "--rebuild-index"])
    assert result.exit_code == 0, result.output
    app, kw = calls[0]
    assert app.state.settings.allow_write and app.state.settings.token == "s3cret"
    assert kw == {"host": "0.0.0.0", "port": 8123, "log_level": "warning"}
    assert "s3cret" in result.output and "indexed" in result.output


def test_serve_needs_a_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "lagebild ingest" in result.output
