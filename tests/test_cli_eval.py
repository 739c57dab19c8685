from __future__ import annotations

import json

from click.testing import CliRunner

from lagebild.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_eval_claims_prints_scores(seeds_dir, shared):
    result = run("eval", "claims", "--gold", shared / "gold" / "seeds.jsonl", "--docs", seeds_dir, "--json")
    summary = json.loads(result.output)
    assert summary["quantities"]["gold"] == 27 and summary["attributions"]["gold"] == 72
    assert [d["doc_id"] for d in summary["dating"]["documents"]] == ["002_7e917bff9e613273", "003_0ec25aa2548c43c0"]


def test_eval_relations_prints_scores(seeds_dir, shared):
    result = run("eval", "relations", "--gold", shared / "gold" / "seeds.jsonl", "--docs", seeds_dir, "--json")
    summary = json.loads(result.output)
    assert summary["edges"]["gold"] == 136 and summary["edges"]["tp"] > 0
    assert set(summary["accuracy"]) == {"quantity_accuracy", "status_accuracy", "hedge_accuracy", "source_accuracy"}
    errors = run("eval", "relations", "--gold", shared / "gold" / "seeds.jsonl", "--docs", seeds_dir, "--errors")
    assert "relations edges" in errors.output and '"kind": "missed relation"' in errors.output




def test_eval_names_a_gold_file_it_cannot_read(tmp_path, seeds_dir):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "claims", "--gold", str(gold), "--docs", str(seeds_dir)])
    assert result.exit_code != 0 and "E028" in result.output and "gold.jsonl, line 1" in result.output
