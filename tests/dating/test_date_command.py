from __future__ import annotations

from click.testing import CliRunner

from lagebild.cli import main

DATED = (" date 2024-10-18 Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten "
         "nach Russland geschickt.")
UNDATED = ("Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten nach Russland "
           "geschickt. Am Montag sprach der Präsident mit Beratern.")


def test_date_shows_store_evidence_with_its_weight_for_a_stored_id(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "dated.txt").write_text(DATED, encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(folder), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["date", "undated", "--db", db])
    assert result.exit_code == 0, result.output
    assert "undated: estimated 2024-10" in result.output and "confidence" in result.output
    assert "store: figure 1500" in result.output and "no earlier than dated" in result.output
    assert "(weight 1.00)" in result.output


def test_date_names_what_is_missing(tmp_path):
    result = CliRunner().invoke(main, ["date", "nope", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such file, and no store" in result.output
