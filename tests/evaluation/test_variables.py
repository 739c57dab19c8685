"""`lagebild eval variables`: the grouping against gold variable tags, from documents on disk."""

from __future__ import annotations

import json

from click.testing import CliRunner

from lagebild.cli import main

TEXTS = {
    "a": " date 2024-11 Nordkorea hat 9.000 Soldaten nach Russland geschickt.",
    "b": " date 2024-12 Seoul says 10,000 North Korean troops are in Russia. Kyiv says 300 North Korean "
         "soldiers were killed.",
}


def gold_line(doc_id, figures):
    sentence = {"a": TEXTS["a"][14:], "b": None}
    return json.dumps({"doc_id": doc_id, "quantities": [
        {"text": text, "sentence": sentence.get(doc_id), "value": value, "low": value, "high": value,
         "variable": tag} for text, value, tag in figures]})


def test_eval_variables_scores_bcubed_and_per_variable(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for doc_id, text in TEXTS.items():
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([
        gold_line("a", [("9.000 Soldaten", 9000, "nk_troops")]),
        gold_line("b", [("10,000 North Korean troops", 10000, "nk_troops"),
                        ("300 North Korean soldiers", 300, "nk_killed")]),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "variables", "--gold", str(gold), "--docs", str(docs), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{"):])
    assert summary["bcubed"]["f1"] == 1.0 and summary["bcubed"]["matched"] == 3
    assert summary["variables"]["nk_troops"]["variable"] == "troops-nordkorea"
    assert summary["variables"]["nk_killed"]["variable"] == "troops-nordkorea-killed"
