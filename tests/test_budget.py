"""The budget per document: a size and a time limit, in process and across worker processes."""

from __future__ import annotations

import threading
import time
from typing import ClassVar

import pytest

from lagebild.core import Lagebild, Options
from lagebild.engine import Component, Deadline, Pipeline, check_deadline
from lagebild.errors import TimeLimitExceeded
from lagebild.io.readers import ReadError
from lagebild.model import Doc
from lagebild.registry import COMPONENTS


class Spin(Component):
    """Loops in Python until its document's text says stop: a component with a quadratic blow-up."""

    name = "spin"
    requires = ("tokens",)
    assigns = ("spun",)

    def __call__(self, doc: Doc) -> Doc:
        if "endlos" in doc.text:
            while True:
                pass
        return doc


class Stubborn(Component):
    """Swallows the alarm and keeps going: only killing its process stops it."""

    name = "stubborn"
    requires = ("tokens",)
    assigns = ("stuck",)

    def __call__(self, doc: Doc) -> Doc:
        if "endlos" in doc.text:
            while True:
                try:
                    time.sleep(60)
                except BaseException:  # noqa: S110 - the point of this component
                    pass
        return doc


class Counted(Component):
    """Records the documents it is given: shows which components a document reached."""

    name = "counted"
    requires = ("tokens",)
    assigns = ("counted",)
    seen: ClassVar[list[str]] = []

    def __call__(self, doc: Doc) -> Doc:
        Counted.seen.append(doc.doc_id)
        return doc


@pytest.fixture
def registered(monkeypatch):
    monkeypatch.setitem(COMPONENTS, "spin", f"{__name__}:Spin")
    monkeypatch.setitem(COMPONENTS, "stubborn", f"{__name__}:Stubborn")
    monkeypatch.setitem(COMPONENTS, "counted", f"{__name__}:Counted")


def _corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("Kim schickte 10.000 Soldaten.", encoding="utf-8")
    (folder / "b.txt").write_text("Eine endlos lange Liste", encoding="utf-8")
    (folder / "c.txt").write_text("Die Ukraine meldete 500 Gefangene.", encoding="utf-8")
    return folder


def test_document_over_the_size_limit_fails_with_its_name_and_size(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text("Wort " * 1000, encoding="utf-8")
    (folder / "ok.txt").write_text("Kim schickte 10.000 Soldaten.", encoding="utf-8")
    app = Lagebild(Options(max_chars=2000), db=tmp_path / "s.db")
    report = app.ingest([folder])
    assert report.stored == 1 and report.failed == 1
    assert "E025" in report.errors[0] and "big.txt" in report.errors[0] and "5000 characters" in report.errors[0]
    assert "--max-chars" in report.errors[0]


def test_a_table_of_figures_over_the_limit_fails_with_its_count_and_is_not_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "table.txt").write_text(" ".join(f"{n} Euro" for n in range(100, 160)), encoding="utf-8")
    (folder / "ok.txt").write_text("Die Stadt zahlte 300 Euro.", encoding="utf-8")
    report = Lagebild(Options(max_figures=40), db=tmp_path / "s.db").ingest([folder])
    assert report.stored == 1 and report.failed == 1, report.errors
    assert "E029" in report.errors[0] and "table.txt" in report.errors[0] and "60 figures" in report.errors[0]
    assert "--max-figures" in report.errors[0]
    assert Lagebild(Options(max_figures=0), db=tmp_path / "t.db").ingest([folder]).stored == 2


def test_a_table_of_figures_fails_before_the_components_after_the_quantities(tmp_path, registered):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "table.txt").write_text(" ".join(f"{n} Euro" for n in range(100, 160)), encoding="utf-8")
    (folder / "ok.txt").write_text("Die Stadt zahlte 300 Euro.", encoding="utf-8")
    Counted.seen.clear()
    options = Options(pipeline=("segmenter", "quantities", "counted"), max_figures=40, lang="de")
    report = Lagebild(options, db=tmp_path / "s.db").ingest([folder])
    assert report.stored == 1 and "E029" in report.errors[0] and "60 figures" in report.errors[0]
    assert len(Counted.seen) == 2  # the warm-up document and ok.txt: the table stopped after the quantities


@pytest.mark.parametrize("workers", [1, 2])
def test_document_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path, registered, workers):
    options = Options(pipeline=("segmenter", "spin"), time_limit=0.5, workers=workers)
    app = Lagebild(options, db=tmp_path / "s.db")
    started = time.monotonic()
    report = app.ingest([_corpus(tmp_path / "in")])
    assert time.monotonic() - started < 30
    assert report.stored == 2 and report.failed == 1
    assert "E026" in report.errors[0] and "b.txt" in report.errors[0] and "'spin'" in report.errors[0]
    with app.store() as store:
        assert store.doc_ids() == ["a", "c"]


def test_a_worker_that_swallows_the_alarm_is_killed_and_replaced(tmp_path, registered):
    options = Options(pipeline=("segmenter", "stubborn"), time_limit=0.2, workers=2)
    report = Lagebild(options, db=tmp_path / "s.db").ingest([_corpus(tmp_path / "in")])
    assert report.stored == 2 and report.failed == 1
    assert "E026" in report.errors[0] and "worker killed" in report.errors[0]


def test_analyze_paths_applies_the_budget(tmp_path, registered):
    app = Lagebild(Options(pipeline=("segmenter", "spin"), time_limit=0.3))
    results = list(app.analyze_paths([_corpus(tmp_path / "in")]))
    assert [type(r).__name__ for r in results] == ["Doc", "ReadError", "Doc"]


def test_deadline_is_checked_between_components_without_an_alarm():
    pipeline = Pipeline.from_config("de", ["segmenter"])
    deadline = Deadline(0.01, "x.txt")
    _spend_cpu(0.02)
    deadline._alarm = False
    import lagebild.engine as engine

    engine._CURRENT = deadline
    try:
        with pytest.raises(TimeLimitExceeded, match="E026: x.txt: analysis stopped"):
            pipeline(Doc(doc_id="x", text="Ein Satz."))
        with pytest.raises(TimeLimitExceeded):
            check_deadline()
    finally:
        engine._CURRENT = None
    check_deadline()  # no budget, no error


def _spend_cpu(seconds: float) -> None:
    started = time.thread_time()
    while time.thread_time() - started < seconds:
        pass


def test_the_budget_counts_cpu_time_not_waiting():
    # a loaded machine stretches wall time; a document is charged only for the computing it needs
    deadline = Deadline(0.05, "x.txt")
    time.sleep(0.2)
    deadline.check()
    _spend_cpu(0.06)
    with pytest.raises(TimeLimitExceeded, match="time limit of 0.05 CPU seconds"):
        deadline.check()


def test_the_alarm_interrupts_a_loop_that_never_checks():
    with pytest.raises(TimeLimitExceeded, match="E026: loop.txt"):
        with Deadline(0.1, "loop.txt"):
            _spend_cpu(30)


def test_no_limit_means_no_alarm():
    with Deadline(0, "x.txt") as deadline:
        assert not deadline._alarm
        deadline.check()


def test_read_error_type_is_used_for_budget_failures(tmp_path):
    app = Lagebild(Options(max_chars=5))
    result = app.analyze_safe(Doc(doc_id="d", text="Ein langer Satz.", path="d.txt"))
    assert isinstance(result, ReadError) and result.path == "d.txt" and result.message.startswith("E025: d.txt")


class Prefetching(Component):
    """Its batched call marks each document with the batch's size; its per-document call requires the mark."""

    name = "prefetching"
    requires = ("tokens",)
    assigns = ("fetched",)

    def prefetch(self, docs: list[Doc]) -> None:
        if any("langsam" in doc.text for doc in docs):
            _spend_cpu(0.6)  # more than a document's budget: the batch's work is shared among them by their text
        for doc in docs:
            doc.user_data["fetched"] = len(docs)

    def __call__(self, doc: Doc) -> Doc:
        if doc.doc_id == "warm-up":  # the pipeline's first run, when it is built, is no batch
            return doc
        if doc.user_data.pop("fetched", None) != 4:
            raise AssertionError("not prefetched in one batch of four")
        return doc


def test_a_batch_runs_the_prefetch_once_and_each_document_on_with_the_rest_of_its_budget(tmp_path, monkeypatch):
    monkeypatch.setitem(COMPONENTS, "prefetching", f"{__name__}:Prefetching")
    monkeypatch.setitem(COMPONENTS, "spin", f"{__name__}:Spin")
    folder = _corpus(tmp_path / "in")
    (folder / "d.txt").write_text("Ein langsam gelesener Satz.", encoding="utf-8")
    options = Options(pipeline=("segmenter", "prefetching", "spin"), time_limit=0.5)
    report = Lagebild(options, db=tmp_path / "s.db").ingest([folder])
    assert report.stored == 3 and report.failed == 1, report.errors
    assert "E026" in report.errors[0] and "b.txt" in report.errors[0] and "'spin'" in report.errors[0]


def test_a_huge_document_pays_its_share_of_the_batch_pass_and_fails_alone(tmp_path, monkeypatch):
    # d.txt is nearly all of the batch's text: nearly all of the batch pass's 0.6 CPU seconds, over its budget of 0.5
    report = _batch_of_four(tmp_path, monkeypatch, "prefetching", Prefetching,
                            ("Kim schickte 10.000 Soldaten.", "Die Ukraine meldete 500 Gefangene.",
                             "Die Delegation wartete.", "Eine langsam gelesene Liste " * 200))
    assert report.stored == 3 and report.failed == 1, report.errors
    assert "E026" in report.errors[0] and "d.txt" in report.errors[0]


class PartialBatch(Component):
    """Its batched pass leaves the long documents out (they run alone) and says which documents it did."""

    name = "partial_batch"
    requires = ("tokens",)
    assigns = ("partly",)

    def prefetch(self, docs: list[Doc]) -> list[Doc]:
        _spend_cpu(0.6)  # more than a document's budget, shared by the three short documents only
        return [doc for doc in docs if len(doc.text) < 1_000]

    def __call__(self, doc: Doc) -> Doc:
        return doc


def test_a_document_the_batch_pass_left_out_pays_nothing_of_it(tmp_path, monkeypatch):
    # d.txt is nearly all of the batch's text, but not in the pass: charged by text, it would fail over its budget
    report = _batch_of_four(tmp_path, monkeypatch, "partial_batch", PartialBatch,
                            ("Die Fähre legte um acht Uhr in Rostock ab.", "Der Stadtrat vertagte die Abstimmung erneut.",
                             "Zwei Brücken bleiben bis Mai gesperrt.", "Ein Verzeichnis alter Flurnamen folgt " * 150))
    assert report.stored == 4 and report.failed == 0, report.errors


def test_a_deadline_continued_counts_the_seconds_spent_before():
    with pytest.raises(TimeLimitExceeded, match="time limit of 0.2 CPU seconds"):
        with Deadline(0.2, "x.txt", spent=0.15):
            _spend_cpu(0.1)
    with Deadline(0.2, "y.txt", spent=0.05):
        _spend_cpu(0.05)


def test_other_threads_computing_do_not_spend_a_documents_budget():
    # the process-wide alarm rings early while another thread computes; the document is charged only its own CPU
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))

    helper = threading.Thread(target=busy)
    helper.start()
    try:
        with Deadline(0.2, "x.txt") as deadline:
            _spend_cpu(0.15)
            deadline.check()
    finally:
        stop.set()
        helper.join()
    assert not deadline.rung


class BrokenBatch(Prefetching):
    """Its batched work fails; the documents go on alone."""

    name = "broken_batch"

    def prefetch(self, docs: list[Doc]) -> None:
        raise RuntimeError("the batch broke")

    def __call__(self, doc: Doc) -> Doc:
        return doc


def test_a_failing_batch_pass_leaves_each_document_to_run_alone(tmp_path, monkeypatch):
    monkeypatch.setitem(COMPONENTS, "broken_batch", f"{__name__}:BrokenBatch")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kim schickte 10.000 Soldaten.", encoding="utf-8")
    report = Lagebild(Options(pipeline=("segmenter", "broken_batch")), db=tmp_path / "s.db").ingest([folder])
    assert report.stored == 1 and report.failed == 0


def _batch_of_four(tmp_path, monkeypatch, name: str, component: type, texts: tuple[str, str, str, str]):
    """The ingest report of a.txt, c.txt, e.txt and d.txt (``texts`` in that order) through the segmenter and the
    batch component ``component`` registered as ``name``, with a budget of 0.5 CPU seconds per document."""
    monkeypatch.setitem(COMPONENTS, name, f"{__name__}:{component.__name__}")
    folder = tmp_path / "in"
    folder.mkdir()
    for file, text in zip(("a.txt", "c.txt", "e.txt", "d.txt"), texts, strict=True):
        (folder / file).write_text(text, encoding="utf-8")
    options = Options(pipeline=("segmenter", name), time_limit=0.5)
    return Lagebild(options, db=tmp_path / "s.db").ingest([folder])
