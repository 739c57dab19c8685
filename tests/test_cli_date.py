from __future__ import annotations

from click.testing import CliRunner

from lagebild.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_date_estimates_undated_articles(seeds_dir):
    result = run("date", seeds_dir / "002_7e917bff9e613273.txt", "--db", "/nonexistent/none.db")
    assert result.exit_code == 0
    assert "002_7e917bff9e613273: estimated 2024-06" in result.output and "evidence: «Am 19. Juni»" in result.output
    dated = run("date", seeds_dir / "000_f4b34a841edb3959.txt", "--db", "/nonexistent/none.db")
    assert "published 2024-10 (given in the document" in dated.output


def test_date_names_an_id_it_cannot_look_up(tmp_path):
    result = CliRunner().invoke(main, ["date", "no-such-doc", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no-such-doc: no such file, and no store" in result.output
