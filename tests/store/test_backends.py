"""The store contract on both backends (SQLite file and PostgreSQL), plus PostgreSQL's concurrency."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest

from lagebild.core import Lagebild
from lagebild.errors import LagebildError
from lagebild.model import Entity, Quantity
from lagebild.situation.variables import add_override, load_claims, load_overrides, variables
from lagebild.store import open_store
from lagebild.store.reads import ClaimFilter

TEXTS = [
    "Laut Pentagon kamen 10.000 Soldaten nach Russland. Die Lage bleibt unklar.",
    "Nach Angaben aus Kiew sind rund 11.000 Soldaten im Einsatz. Seoul sprach von 12.000 Soldaten.",
    "Das Ministerium meldete am Montag 300 Verletzte. Die Zahl könnte steigen.",
]


def write_corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:04d}.txt").write_text(
            f" date 2024-10 Bericht {i}. Laut Pentagon kamen {i} Soldaten nach Russland. Die Lage bleibt unklar.",
            encoding="utf-8")


@pytest.fixture(scope="module")
def analyzed():
    app = Lagebild()
    return [app.analyze_text(text, published="2024-10-0" + str(i + 1), doc_id=f"d{i}") for i, text in
            enumerate(TEXTS)]


def test_roundtrip_keeps_every_layer(store_db):
    app = Lagebild(db=store_db)
    doc = app.analyze_text("Laut Pentagon kamen 10.000 Soldaten. Das ist viel.", published="2024-10")
    doc.ents.append(Entity("Pentagon", 5, 13, "ORG", canonical="Pentagon", provenance="test"))
    doc.quantities.append(Quantity("10.000 Soldaten", "10.000", 20, 35, "count", 10000, 10000, 10000,
                                   unit="Soldat", sentence=0, source="Pentagon", hedge="reported", provenance="test"))
    with open_store(store_db) as store:
        store.write_batch([doc])
        back = store.load_doc("text")
    assert back.text == doc.text and back.published == "2024-10" and back.lang == "de"
    assert [(s.start, s.end, s.kind) for s in back.sents] == [(s.start, s.end, s.kind) for s in doc.sents]
    assert back.ents == doc.ents
    assert back.quantities == doc.quantities
    assert back.claims == doc.claims and back.attributions == doc.attributions and back.timexes == doc.timexes
    assert back.to_dict()["quantities"][0]["sentence"] == "Laut Pentagon kamen 10.000 Soldaten."


def test_unchanged_documents_are_skipped_and_changed_ones_replaced(tmp_path, store_db):
    folder = tmp_path / "in"
    write_corpus(folder, 3)
    app = Lagebild(db=store_db)
    assert (app.ingest([folder]).stored, 0) == (3, 0)
    again = app.ingest([folder])
    assert (again.stored, again.skipped) == (0, 3)
    (folder / "doc0001.txt").write_text(" date 2024-11 Neu: 5 Soldaten.", encoding="utf-8")
    third = app.ingest([folder])
    assert (third.stored, third.skipped) == (1, 2)
    with open_store(store_db) as store:
        assert store.counts()["documents"] == 3
        assert store.load_doc("doc0001").published == "2024-11"
        rows = store.query("SELECT COUNT(*) FROM sentences s JOIN documents d ON d.id=s.doc WHERE d.doc_id=?",
                           ("doc0001",))
        assert rows[0][0] == 1  # was 3


def test_failures_are_recorded_and_cleared_when_the_file_is_fixed(tmp_path, store_db):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Ein guter Text.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    app = Lagebild(db=store_db)
    report = app.ingest([folder])
    assert (report.stored, report.failed) == (1, 1)
    with open_store(store_db) as store:
        (failure,) = store.failures()
        assert failure["path"].endswith("bad.txt") and failure["error"].startswith("E002")
    (folder / "bad.txt").write_text("Jetzt mit Text.", encoding="utf-8")
    app.ingest([folder])
    with open_store(store_db) as store:
        assert store.failures() == [] and store.counts()["documents"] == 2


def test_store_rejects_a_newer_schema_and_unknown_documents(store_db):
    with open_store(store_db) as store:
        with pytest.raises(LagebildError, match="E018.*nope"):
            store.load_doc("nope")
        with store.conn:
            store.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(LagebildError, match="E017"):
        open_store(store_db)


def test_situation_reads_the_same_from_both_backends(tmp_path, pg_url, analyzed):
    """Claims, variables, overrides, summary and documents read back the same from SQLite and PostgreSQL."""
    seen = []
    for db in (str(tmp_path / "s.db"), pg_url):
        with open_store(db) as store:
            store.write_batch(analyzed, [("x.jsonl", 3, None, "E004: broken")], signature="sig")
            found = variables(store)
            add_override(store, "rename", found[0].id, "Umbenannt")
            seen.append({
                "claims": [(c.key, c.value, c.unit, c.source, c.time, c.sentence) for c in load_claims(store)],
                "variables": [(v.id, len(v.claims)) for v in found],
                "overrides": [(o["action"], o["target"]) for o in load_overrides(store)],
                "summary": store.summary(), "counts": store.counts(), "ids": store.doc_ids(),
                "docs": [d.to_dict() for d in store.iter_docs()],
                "failures": [tuple(f)[:4] for f in store.failures()],
                "hash": store.stored_hash("d0")})
    sqlite, postgres = seen
    assert sqlite["claims"], "the texts have figures"
    for key in sqlite:
        assert postgres[key] == sqlite[key], key


def _write_concurrently(args):
    url, docs, chunk = args
    with open_store(url) as store:
        for start in range(0, len(docs), chunk):
            store.write_batch(docs[start:start + chunk], signature="sig")
    return len(docs)


def test_several_processes_ingest_into_one_postgres_store_without_duplicates(pg_url, analyzed):
    app = Lagebild()
    docs = [app.analyze_text(f"Bericht {i}: {TEXTS[i % 3]}", published="2024-10", doc_id=f"c{i:03d}")
            for i in range(24)]
    open_store(pg_url).close()  # schema created once; the writers race on the documents only
    jobs = [(pg_url, docs, 4), (pg_url, docs[::-1], 5), (pg_url, docs[6:] + docs[:6], 3)]
    with multiprocessing.get_context("fork").Pool(3) as pool:
        assert pool.map(_write_concurrently, jobs) == [24, 24, 24]
    with open_store(pg_url) as store:
        counts = store.counts()
        assert counts["documents"] == 24 and len(set(store.doc_ids())) == 24
        assert counts["sentences"] == sum(len(d.sents) for d in docs)
        assert counts["claims"] == sum(len(d.claims) for d in docs)


def test_killed_ingest_into_postgres_resumes_without_duplicates(tmp_path, pg_url):
    folder = tmp_path / "corpus"
    n = 300
    write_corpus(folder, n)
    cmd = [sys.executable, "-m", "lagebild.cli", "ingest", str(folder), "--db", pg_url, "--batch-size", "5",
           "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import psycopg

    stored = 0
    deadline = time.time() + 300  # a loaded machine needs long for the first model load
    with psycopg.connect(pg_url, autocommit=True) as conn:
        while time.time() < deadline and proc.poll() is None:
            try:
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except psycopg.errors.UndefinedTable:
                stored = 0
            if stored >= 20:
                break
            time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(pg_url) as store:
        docs = store.counts()["documents"]
        orphans = store.query("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                              "(SELECT 1 FROM sentences s WHERE s.doc=d.id)")[0][0]
    assert 0 < docs < n and orphans == 0
    report = Lagebild(db=pg_url).ingest([folder])
    assert report.skipped == docs and report.stored == n - docs and report.failed == 0
    with open_store(pg_url) as store:
        assert store.counts()["documents"] == n and len(set(store.doc_ids())) == n


def test_full_text_search_finds_the_same_sentences_in_both_backends(store_db, analyzed):
    with open_store(store_db) as store:
        store.write_batch(analyzed)
        total, hits = store.fts.search("Soldaten")
        assert total == 3  # d1 has two
        assert {hit["doc_id"] for hit in hits} == {"d0", "d1"}
        assert all("\x02Soldaten\x03" in hit["snippet"] for hit in hits)
        assert store.fts.search("Verletz*")[1][0]["doc_id"] == "d2"  # a prefix
        assert store.fts.search('"; DROP TABLE claims; --') == (0, [])  # typed syntax is only words
        total, rows = store.claims_page(ClaimFilter(q="Seoul"))
        assert total == 1 and rows[0]["text"] == "12.000 Soldaten"


def test_the_web_apps_read_queries_answer_alike_in_both_backends(store_db, analyzed):
    with open_store(store_db) as store:
        store.write_batch(analyzed)
        total, rows = store.claims_page(ClaimFilter(), sort="value", desc=True)
        assert total == len(rows) >= 4
        assert rows[0]["text"] == "12.000 Soldaten" and rows[0]["sentence_text"].startswith("Seoul sprach")
        assert store.claims_page(ClaimFilter(doc="d1"))[0] == 2
        assert store.claims_page(ClaimFilter(since="2024-10-02"))[0] == 2  # d1's; d2's "am Montag" is earlier
        facets = store.claim_facets(ClaimFilter())
        assert dict(facets["unit"])["Soldat"] == 3
        assert dict(store.claim_facets(ClaimFilter(q="Seoul"))["unit"]) == {"Soldat": 1}
        count, docs = store.documents_page()
        assert count == 3 and [d["doc_id"] for d in docs] == ["d2", "d1", "d0"]  # newest first
        assert docs[1]["sentences"] == 2
        assert store.sentence_spans(["d1"])["d1"][1][0] > 0
        columns, relations = store.relations_rows()
        assert "type" in columns and all("doc_id" in row for row in relations)
