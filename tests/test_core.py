from __future__ import annotations

from lagebild.core import Lagebild, Options
from lagebild.store.sqlite import Store


def test_ingest_with_two_worker_processes_stores_the_same_as_one(seeds_dir, tmp_path):
    one = Lagebild(Options(batch_size=2), db=tmp_path / "one.db")
    two = Lagebild(Options(batch_size=2, workers=2), db=tmp_path / "two.db")
    reports = [app.ingest([seeds_dir]) for app in (one, two)]
    assert [(r.stored, r.failed) for r in reports] == [(5, 0), (5, 0)]
    assert reports[0].spans == reports[1].spans
    with Store(tmp_path / "one.db") as a, Store(tmp_path / "two.db") as b:
        assert a.summary() == b.summary()
        assert a.load_doc("003_0ec25aa2548c43c0").claims == b.load_doc("003_0ec25aa2548c43c0").claims


def test_a_failing_component_fails_one_document_not_the_batch(seeds_dir, tmp_path, monkeypatch):
    app = Lagebild(db=tmp_path / "t.db")
    real = app.analyze_doc

    def flaky(doc, *parts):
        if doc.doc_id.startswith("001"):
            raise ValueError("broken")
        return real(doc, *parts)

    monkeypatch.setattr(app, "analyze_doc", flaky)
    report = app.ingest([seeds_dir])
    assert (report.stored, report.failed) == (4, 1)
    assert "analysis failed: ValueError: broken" in report.errors[0] and "001_c03469545ca65985" in report.errors[0]
    with Store(tmp_path / "t.db") as store:
        assert store.failures()[0]["doc_id"] == "001_c03469545ca65985"
