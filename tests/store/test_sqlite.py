from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from lagebild.core import Lagebild
from lagebild.errors import LagebildError
from lagebild.store.sqlite import Store


def write_corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:04d}.txt").write_text(
            f" date 2024-10 Bericht {i}. Laut Pentagon kamen {i} Soldaten nach Russland. Die Lage bleibt unklar.",
            encoding="utf-8")


def test_relations_roundtrip_and_a_placeholder_table_is_replaced(db_path):
    conn = sqlite3.connect(db_path)  # a store made before relations existed
    conn.execute("CREATE TABLE relations (id INTEGER PRIMARY KEY, doc INTEGER, actor TEXT)")
    conn.commit()
    conn.close()
    app = Lagebild(db=db_path)
    doc = app.analyze_text("Laut Pentagon hat Nordkorea 10.000 Soldaten nach Russland geschickt.", published="2024-10")
    assert doc.relations
    with Store(db_path) as store:
        store.write_batch([doc])
        back = store.load_doc("text")
    assert back.relations == doc.relations
    assert back.relations[0].context == ["military"] and back.relations[0].quantity == "10.000"


def test_store_uses_wal_and_rejects_newer_schema(db_path):
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
        store.conn.commit()
    with pytest.raises(LagebildError, match="E017"):
        Store(db_path)


def test_stores_opened_at_the_same_moment_by_many_connections_all_open(tmp_path):
    # two races of a new store: the switch to WAL (SQLite answers "locked" at once instead of waiting)
    # and the schema version row both openers insert
    errors: list[str] = []

    def open_and_close(path):
        try:
            Store(path).close()
        except (sqlite3.Error, LagebildError) as err:
            errors.append(str(err))

    for round_ in range(15):
        path = tmp_path / f"new-{round_}.db"
        openers = [threading.Thread(target=open_and_close, args=(path,)) for _ in range(6)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
    assert errors == []


def test_unknown_document_names_the_store(db_path):
    with Store(db_path) as store, pytest.raises(LagebildError, match="E018.*nope"):
        store.load_doc("nope")


def test_killed_ingest_leaves_a_consistent_store_and_resumes_without_duplicates(tmp_path, db_path):
    folder = tmp_path / "corpus"
    n = 1500
    write_corpus(folder, n)
    cmd = [sys.executable, "-m", "lagebild.cli", "ingest", str(folder), "--db", str(db_path), "--batch-size", "5",
           "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 300  # a loaded machine needs long for the first model load
    while time.time() < deadline and proc.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=1) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 20:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < docs < n
    # every stored document is whole: its sentences were written in the same transaction
    orphans = conn.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.doc=d.id)").fetchone()[0]
    assert orphans == 0
    conn.close()

    report = Lagebild(db=db_path).ingest([folder])
    assert report.skipped == docs and report.stored == n - docs and report.failed == 0
    with Store(db_path) as store:
        assert store.counts()["documents"] == n
        assert len(set(store.doc_ids())) == n


def test_load_docs_reads_many_documents_as_load_doc_does(tmp_path, db_path):
    app = Lagebild(db=db_path)
    app.ingest([_corpus_with_figures(tmp_path / "in")])
    with Store(db_path) as store:
        ids = store.doc_ids()
        many = store.load_docs([*ids, "missing"])
        assert sorted(many) == ids  # the missing one is left out
        for doc_id in ids:
            assert many[doc_id].to_dict() == store.load_doc(doc_id).to_dict()
            assert many[doc_id].sents == store.load_doc(doc_id).sents
        assert store.load_docs([]) == {}
        some = store.load_docs(ids, ("entities", "attributions"))  # what the re-dating keeps, nothing else
        for doc_id in ids:
            assert some[doc_id].ents == many[doc_id].ents and some[doc_id].attributions == many[doc_id].attributions
            assert some[doc_id].text == many[doc_id].text and some[doc_id].dating == many[doc_id].dating
            assert not some[doc_id].sents and not some[doc_id].claims and not some[doc_id].quantities
        assert store.stored_hashes([*ids, "missing"]) == {doc_id: store.stored_hash(doc_id) for doc_id in ids}
        store.update_datings([(ids[0], {"estimate": "2024-10", "reason": "test"})])
        assert store.load_doc(ids[0]).dating == {"estimate": "2024-10", "reason": "test"}


def test_layers_read_by_position_are_those_read_by_column_name(db_path):
    from lagebild.store.sqlite import LAYERS

    app = Lagebild(db=db_path)
    # an undated text: an unanchored time expression (a bool column), whole numbers, claims with JSON lists
    doc = app.analyze_text("Nach Angaben der Behörde haben gestern rund 2.500 Menschen in Graz demonstriert.",
                           published=None)
    doc.doc_id = "positional"
    assert doc.timexes and doc.quantities and doc.claims
    with Store(db_path) as store:
        store.write_batch([doc], [], app.signature)
        by_position = store.load_doc("positional")
        for table in LAYERS:  # columns in another order than the fields: each row goes by name
            store._columns[table] = list(reversed(store._columns[table]))
        by_name = store.load_doc("positional")
    assert by_position.to_dict() == by_name.to_dict() == doc.to_dict()
    for attr, _ in LAYERS.values():
        assert getattr(by_position, attr) == getattr(by_name, attr)


def _corpus_with_figures(folder):
    folder.mkdir()
    texts = ["Laut Pentagon hat Nordkorea am Montag 10.000 Soldaten nach Russland geschickt. Kiew warnte davor.",
             " date 2024-10-07 Die Regierung in Seoul sagte, rund 3.000 Soldaten seien bereits im Einsatz.",
             "Der Präsident erklärte: „Wir werden 500 Millionen Euro bereitstellen.“ Das sagte er gestern."]
    for i, text in enumerate(texts):
        (folder / f"d{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_layer_rows_are_those_of_to_sql_column_by_column(db_path):
    from lagebild.store.sqlite import LAYERS, _to_sql

    app = Lagebild(db=db_path)
    # undated: the time expression stays unanchored (a bool column); claims and relations carry JSON lists
    doc = app.analyze_text("Laut Pentagon hat Nordkorea gestern 4.000 Soldaten nach Russland geschickt.", published=None)
    assert any(t.anchored is False for t in doc.timexes) and doc.claims and doc.relations
    with Store(db_path) as store:
        for table, (attr, _) in LAYERS.items():
            layer = getattr(doc, attr)
            columns = store._columns[table]
            expected = [(7, i, *(_to_sql(getattr(item, col), col) for col in columns)) for i, item in enumerate(layer)]
            got = store._row_makers[table].rows(7, layer)
            assert got == expected
            assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in expected]


def _table_contents(store: Store) -> dict[str, list[tuple]]:
    """Every table's rows by document id and order, row ids and the write time left out."""
    contents = {"documents": sorted(tuple(row) for row in store.conn.execute(
        "SELECT doc_id, path, title, url, outlet, lang, published, published_estimate, dating, body_start,"
        " content_hash, text, meta, warnings, pipeline FROM documents"))}
    for table in ("sentences", "entities", "timexes", "quantities", "attributions", "claims", "relations"):
        rows = store.conn.execute(f"SELECT d.doc_id, t.* FROM {table} t JOIN documents d ON d.id = t.doc")
        contents[table] = sorted(tuple(v for k, v in zip(row.keys(), row, strict=True) if k not in ("id", "doc"))
                                 for row in rows)
    contents["fts"] = sorted(tuple(row) for row in store.conn.execute(
        "SELECT d.doc_id, f.rowid % 1048576, f.text FROM sentences_fts f JOIN documents d ON d.id = f.rowid / 1048576"))
    return contents


def test_a_document_written_again_with_its_text_is_rewritten_in_place_to_what_a_fresh_write_stores(tmp_path):
    app = Lagebild()
    text = "Laut dem Ministerium trafen gestern 2.500 Helfer in Lemberg ein. Am Montag folgten weitere 800 Helfer."
    first = app.analyze_text(text, doc_id="report")
    moved = app.analyze_text(text, doc_id="report")
    moved.published_estimate = "2023-03-14"  # as the re-dating leaves it: the layers after dating follow the date
    moved.claims[0].time = "2023-03-13"
    moved.timexes[0].value = "2023-03-13"
    moved.warnings.append("W099: a warning of the second analysis")
    other = app.analyze_text("Die Stadt Graz meldete 400 neue Wohnungen.", doc_id="other", published="2024-01-05")
    with Store(tmp_path / "twice.db") as twice, Store(tmp_path / "once.db") as once:
        twice.write_batch([first, other])
        key = twice.conn.execute("SELECT id FROM documents WHERE doc_id='report'").fetchone()[0]
        entity_ids = [row[0] for row in twice.conn.execute("SELECT id FROM entities WHERE doc=?", (key,))]
        state = twice.state()
        twice.write_batch([moved])
        once.write_batch([other, moved])
        # the row, its entities and its full-text rows stay; the store holds what writing it once gives
        assert twice.conn.execute("SELECT id FROM documents WHERE doc_id='report'").fetchone()[0] == key
        assert [row[0] for row in twice.conn.execute("SELECT id FROM entities WHERE doc=?", (key,))] == entity_ids
        assert _table_contents(twice) == _table_contents(once)
        assert twice.load_doc("report").to_dict() == once.load_doc("report").to_dict() == moved.to_dict()
        assert twice.state() != state  # the same count and ids: the rewrite counter tells a cache it changed
        assert twice.fts.search("Helfer")[0] == once.fts.search("Helfer")[0] == 2


def test_a_rewrite_in_place_replaces_sentences_and_full_text_rows_that_changed(tmp_path):
    app = Lagebild()
    text = "Der Verband zählte 1.200 Mitglieder. Im Herbst kamen 300 dazu."
    first = app.analyze_text(text, doc_id="club", published="2024-02-01")
    second = app.analyze_text(text, doc_id="club", published="2024-02-01")
    second.sents = second.sents[:1]  # as another segmenter would cut it: the sentences and their index change
    second.sents[0].end = len(text)
    with Store(tmp_path / "twice.db") as twice, Store(tmp_path / "once.db") as once:
        twice.write_batch([first])
        twice.write_batch([second])
        once.write_batch([second])
        assert _table_contents(twice) == _table_contents(once)
        assert twice.fts.search("Herbst")[0] == 1 and twice.fts.search("Verband")[0] == 1


def test_a_document_with_another_text_is_replaced_under_a_new_row(db_path):
    app = Lagebild()
    with Store(db_path) as store:
        store.write_batch([app.analyze_text("Die Stadt Linz meldete 700 Gäste.", doc_id="a", published="2024-05-02"),
                           app.analyze_text("Die Stadt Steyr meldete 60 Gäste.", doc_id="b", published="2024-05-02")])
        key = store.conn.execute("SELECT id FROM documents WHERE doc_id='a'").fetchone()[0]
        store.write_batch([app.analyze_text("Die Stadt Wels meldete 900 Gäste.", doc_id="a", published="2024-05-02")])
        assert store.conn.execute("SELECT id FROM documents WHERE doc_id='a'").fetchone()[0] != key
        assert store.fts.search("Linz")[0] == 0 and store.fts.search("Wels")[0] == 1
