"""Read queries of the store: full-text index (filled at ingest, rebuilt for old stores), claim pages."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.core import Lagebild
from lagebild.store.reads import ClaimFilter, fts_query
from lagebild.store.sqlite import Store


def ingest(folder, db, texts: dict[str, str]):
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return Lagebild(db=db).ingest([folder])


@pytest.mark.parametrize("typed,query", [
    ("Soldaten", '"Soldaten"'),
    ("Soldat* Kursk", '"Soldat"* "Kursk"'),
    ('" OR NEAR(x', '"OR" "NEAR" "x"'),
    ("col:value", '"col" "value"'),
    ("Kreml-Chef", '"Kreml-Chef"'),
    ("  ", None),
    ("***", None),
])
def test_typed_text_becomes_a_safe_fts_query(typed, query):
    assert fts_query(typed) == query


def test_sentences_are_indexed_at_ingest_and_replaced_with_their_document(tmp_path, db_path):
    folder = tmp_path / "in"
    ingest(folder, db_path, {"a": " date 2024-10 Laut Pentagon kamen 10.000 Soldaten. Die Lage bleibt unklar.",
                             "b": " date 2024-11 In Kursk kämpfen Truppen."})
    with Store(db_path) as store:
        total, hits = store.fts.search("Soldaten")
        assert total == 1 and hits[0]["doc_id"] == "a" and "\x02Soldaten\x03" in hits[0]["snippet"]
        assert store.fts.search("kursk")[0] == 1  # case-insensitive
    ingest(folder, db_path, {"a": " date 2024-10 Jetzt ohne Zahl. Nur Text über Kursk."})
    with Store(db_path) as store:
        assert store.fts.search("Soldaten")[0] == 0  # the old sentences left with the old text
        assert {h["doc_id"] for h in store.fts.search("Kursk")[1]} == {"a", "b"}
        indexed = store.conn.execute("SELECT COUNT(*) FROM sentences_fts").fetchone()[0]
        assert indexed == store.counts()["sentences"]


def test_a_store_written_before_the_index_is_indexed_when_opened(tmp_path, db_path):
    ingest(tmp_path / "in", db_path, {"a": " date 2024-10 Laut Pentagon kamen 10.000 Soldaten."})
    with sqlite3.connect(db_path) as conn:  # as an older lagebild left it
        conn.execute("DROP TABLE sentences_fts")
    with Store(db_path) as store:
        assert store.fts.search("Pentagon")[0] == 1


def test_claims_page_filters_sorts_and_counts(tmp_path, db_path):
    ingest(tmp_path / "in", db_path, {
        "a": " date 2024-10 Laut Pentagon kamen 10.000 Soldaten nach Russland.",
        "b": " date 2025-02 Südkorea zufolge sollen 12.000 Soldaten in Kursk sein.",
        "c": " date 2025-03 Der Konzern verdiente 5 Millionen Euro."})
    with Store(db_path) as store:
        total, rows = store.claims_page(ClaimFilter())
        assert total == len(rows) >= 3
        assert store.claims_page(ClaimFilter(source="pentagon"))[1][0]["doc_id"] == "a"
        assert {r["doc_id"] for r in store.claims_page(ClaimFilter(since="2025-01"))[1]} == {"b", "c"}
        assert {r["doc_id"] for r in store.claims_page(ClaimFilter(until="2024-12"))[1]} == {"a"}
        assert {r["doc_id"] for r in store.claims_page(ClaimFilter(q="Kursk"))[1]} == {"b"}
        assert {r["doc_id"] for r in store.claims_page(ClaimFilter(unit="soldat"))[1]} == {"a", "b"}
        values = [r["value"] for r in store.claims_page(ClaimFilter(), sort="value", desc=True)[1]]
        assert values == sorted(values, reverse=True)
        assert store.claims_page(ClaimFilter(), limit=1, offset=1)[1][0] == rows[1]
        assert store.claims_page(ClaimFilter(), sort="'; DROP TABLE claims; --")[0] == total  # unknown sort: default
        facets = store.claim_facets(ClaimFilter())
        assert dict(facets["source"])["Pentagon"] == 1
        sentence = store.claims_page(ClaimFilter(doc="a"))[1][0]["sentence_text"]
        assert sentence.startswith("Laut Pentagon kamen 10.000 Soldaten")


def test_concept_and_measure_columns_are_read_and_filtered(tmp_path, db_path):
    ingest(tmp_path / "in", db_path, {"a": " date 2024-10 Laut Pentagon kamen 10.000 Soldaten nach Russland."})
    with Store(db_path) as store, store.conn:
        store.conn.execute("UPDATE claims SET concept = 'Truppen', measure = 'sent'")
    with Store(db_path) as store:
        (row,) = store.claims_page(ClaimFilter(unit="truppen"))[1]
        assert (row["concept"], row["measure"]) == ("Truppen", "sent")
