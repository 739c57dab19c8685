from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.evaluation.contract import validate


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_ingest_summary_show_and_reingest(seeds_dir, db_path):
    result = run("ingest", seeds_dir, "--db", db_path, "--quiet")
    assert result.exit_code == 0, result.output
    assert "read 5, stored 5, skipped 0 (unchanged), failed 0" in result.output
    assert "spans: sents" in result.output
    again = run("ingest", seeds_dir, "--db", db_path, "--quiet")
    assert "stored 0, skipped 5" in again.output
    summary = run("summary", "--db", db_path)
    assert "5 documents in the store" in summary.output and "002_7e917bff9e613273" in summary.output
    show = run("show", "002_7e917bff9e613273", "--db", db_path)
    assert show.exit_code == 0 and "[dateline] Washington, D.C./Pjöngjang" in show.output
    missing = run("show", "nope", "--db", db_path)
    assert missing.exit_code == 1 and "E018" in missing.output


def test_analyze_emits_the_schema_contract(seeds_dir):
    result = run("analyze", seeds_dir, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    for record in records:
        text = (seeds_dir / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
        assert validate(record, text) == []
    assert records[0]["published"] == "2024-10" and records[2]["published"] is None
    relations = [rel for record in records for rel in record["relations"]]
    assert any(rel["type"] == "AID" and rel["actor"] == "Nordkorea" and rel["recipient"] == "Russland"
               for rel in relations)


def test_analyze_reads_jsonl_with_published(tmp_path):
    path = tmp_path / "eval.jsonl"
    path.write_text(json.dumps({"id": "k1", "text": "Heute kam er.", "published": "2010-02-25"}) + "\n",
                    encoding="utf-8")
    (record,) = [json.loads(line) for line in run("analyze", path).output.splitlines()]
    assert record["doc_id"] == "k1" and record["published"] == "2010-02-25"


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path, db_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2024-10 Laut Pentagon kamen 10.000 Soldaten.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\xff\x00\x10" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes("Größere Märkte.".encode("latin-1"))
    (folder / "feed.jsonl").write_text('{"id": "j1", "text": "Gut."}\n{broken\n', encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"Wort " * 10_000_000)  # 50 MB
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 0
    assert "stored 3" in result.output and "failed 4" in result.output
    for name in ("binary.txt", "empty.txt", "feed.jsonl, line 2", "huge.txt"):
        assert name in result.output
    assert "latin.txt: not UTF-8" not in result.output  # quiet: counted per code, listed with --verbose
    assert "warnings: " in result.output and "W001 1" in result.output
    verbose = CliRunner().invoke(main, ["ingest", str(folder / "latin.txt"), "--db", str(tmp_path / "v.db"),
                                        "--quiet", "--verbose"])
    assert "latin.txt: not UTF-8" in verbose.output
    strict = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db_path), "--quiet", "--strict"])
    assert strict.exit_code == 1


def test_exit_code_is_nonzero_when_every_document_fails(tmp_path, db_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty.txt"), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 1
    usage = CliRunner().invoke(main, ["ingest", "x", "--field", "nonsense"])
    assert usage.exit_code == 2 and "E019" in usage.output


def test_export_formats(seeds_dir, db_path, tmp_path):
    run("ingest", seeds_dir, "--db", db_path, "--quiet")
    jsonl = run("export", "--db", db_path, "--format", "jsonl")
    assert len(jsonl.output.splitlines()) == 5 and validate(json.loads(jsonl.output.splitlines()[0])) == []
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db_path, "--format", "csv", "--table",
                                               "sentences").output)))
    assert len(rows) > 100 and set(rows[0]) == {"doc_id", "i", "start", "end", "kind"}
    out = tmp_path / "docs.parquet"
    run("export", "--db", db_path, "--format", "parquet", "--table", "documents", "--out", out)
    assert pq.read_table(out).num_rows == 5
    bad = CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "csv", "--table", "nope"])
    assert bad.exit_code == 2 and "E022" in bad.output
