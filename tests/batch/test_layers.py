"""Documents -> Parquet tables -> documents, and inputs in stable partitions (no Dask here)."""

from __future__ import annotations

import json

from lagebild.batch.inputs import partitions
from lagebild.batch.layers import DATASETS, docs_from_tables, tables_for
from lagebild.core import Lagebild
from lagebild.io.readers import ReadError


def test_tables_roundtrip_every_layer():
    app = Lagebild()
    doc = app.analyze_text("Laut Pentagon kamen rund 10.000 Soldaten nach Russland. Seoul sprach von 12.000.",
                           published="2024-10-05", doc_id="t1")
    doc.meta = {"section": "Welt"}
    tables = tables_for("p-00000", [doc], [("x.jsonl", 4, None, "E004: broken")], app.signature)
    assert set(tables) == set(DATASETS)
    assert tables["documents"].num_rows == 1 and tables["failures"].to_pylist()[0]["line"] == 4
    assert tables["relations"].num_rows == len(getattr(doc, "relations", []))
    (back, signature), = docs_from_tables(tables)
    assert signature == app.signature
    assert back.to_dict() == doc.to_dict()
    assert back.meta == {"section": "Welt"}


def test_empty_partitions_keep_their_schema():
    tables = tables_for("p-00001", [], [], "sig")
    assert all(tables[name].num_rows == 0 for name in DATASETS)
    assert "value" in tables["quantities"].schema.names and "chain" in tables["attributions"].schema.names


def test_partitions_cut_records_and_group_loose_files_with_stable_ids(tmp_path):
    data = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Text {i}."}) for i in range(7)]
    lines.insert(3, "{broken")
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "txt"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Kurzer Text {i}.", encoding="utf-8")
    first = [(pid, [getattr(i, "doc_id", None) for i in items]) for pid, items in
             partitions([data, folder], size=3)]
    again = [pid for pid, _ in partitions([data, folder], size=3)]
    assert [pid for pid, _ in first] == again
    assert [len(ids) for _, ids in first] == [3, 3, 2, 3]
    assert first[0][0].startswith("news-") and first[0][0].endswith("-00000")
    broken = [item for _, items in partitions([data], size=3) for item in items][3]
    assert isinstance(broken, ReadError) and broken.line == 4
    assert first[-1][1] == ["a0", "a1", "a2"]
