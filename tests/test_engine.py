from __future__ import annotations

import gc
import threading

import pytest

from lagebild.engine import (
    INGEST_FULL_COLLECTION,
    Component,
    Pipeline,
    component_class,
    fewer_full_collections,
)
from lagebild.errors import LagebildError
from lagebild.model import Doc
from lagebild.registry import COMPONENTS, DEFAULT_PIPELINE


@pytest.mark.parametrize("name", sorted(COMPONENTS))
def test_every_registered_component_declares_its_name_and_layers(name):
    klass = component_class(name)
    assert issubclass(klass, Component)
    assert klass.name == name
    assert klass.assigns, f"{name} assigns no layer"


def test_default_pipeline_is_registered_and_ordered():
    assert set(DEFAULT_PIPELINE) <= set(COMPONENTS)
    assert DEFAULT_PIPELINE[0] == "segmenter"
    Pipeline.from_config("de", DEFAULT_PIPELINE)  # requires are satisfied in order


def test_unknown_component_lists_the_registered_ones():
    with pytest.raises(LagebildError, match="E010.*'nope'.*segmenter"):
        component_class("nope")


class NeedsClaims(Component):
    name = "needs_claims"
    requires = ("claims",)
    assigns = ("nothing",)


def test_missing_requirement_is_named(monkeypatch):
    monkeypatch.setitem(COMPONENTS, "needs_claims", f"{__name__}:NeedsClaims")
    with pytest.raises(LagebildError, match="E011.*'needs_claims' requires 'claims'"):
        Pipeline.from_config("de", ["segmenter", "needs_claims"])


def test_unsupported_language():
    with pytest.raises(LagebildError, match="E015.*'fr'"):
        Pipeline.from_config("fr", ["segmenter"])


def test_pipeline_runs_components_in_order_and_records_layers():
    nlp = Pipeline.from_config("de", ["segmenter"])
    doc = nlp(Doc(doc_id="d", text="Er kam. Sie ging."))
    assert len(doc.sents) == 2 and {"tokens", "sents"} <= doc.layers
    assert nlp.timings["segmenter"] > 0


def test_cpu_per_component_counts_all_of_it_while_the_budget_alarm_is_armed():
    import time

    from lagebild.engine import Deadline

    class Busy(Component):
        name = "busy"

        def __call__(self, doc: Doc) -> Doc:
            end = time.perf_counter() + 0.003  # computes without reading a CPU clock
            while time.perf_counter() < end:
                pass
            return doc

    nlp = Pipeline("de", [Busy("de")])
    spent = 0.0
    for i in range(30):
        with Deadline(60, f"doc{i}"):  # arms ITIMER_PROF: the kernel then sums the process's CPU time lazily
            started = time.thread_time()
            nlp(Doc(doc_id=str(i), text="x"))
            spent += time.thread_time() - started
    # read with process_time alone, the component's time lagged by up to a scheduler tick per document (three
    # quarters of it here), which went to whatever read a thread clock next
    assert nlp.cpu_timings["busy"] >= 0.9 * spent


def test_full_collections_are_rarer_inside_the_block_and_as_before_after_it_even_after_an_error():
    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 4)
        with pytest.raises(ValueError), fewer_full_collections():
            assert gc.get_threshold() == (500, 7, INGEST_FULL_COLLECTION)
            raise ValueError("a failing ingest")
        assert gc.get_threshold() == (500, 7, 4)
        gc.set_threshold(500, 7, 4 * INGEST_FULL_COLLECTION)
        with fewer_full_collections():  # never more frequent than the caller's own setting
            assert gc.get_threshold() == (500, 7, 4 * INGEST_FULL_COLLECTION)
    finally:
        gc.set_threshold(*before)


def test_an_ingest_runs_with_rarer_full_collections(tmp_path, monkeypatch):
    from lagebild.core import Lagebild

    seen = []
    app = Lagebild(db=tmp_path / "s.db")
    monkeypatch.setattr(app, "_ingest_all", lambda paths, progress: seen.append(gc.get_threshold()[2]))
    before = gc.get_threshold()
    app.ingest([])
    assert seen == [max(before[2], INGEST_FULL_COLLECTION)] and gc.get_threshold() == before


def test_overlapping_blocks_in_threads_restore_the_threshold_when_the_last_one_leaves():
    # two uploads to the web server ingest in threads on one Lagebild: the first to leave is not the last
    before = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with fewer_full_collections():
            first_in.set()
            second_in.wait(5)
        seen["after the first left"] = gc.get_threshold()
        first_out.set()

    def second():
        first_in.wait(5)
        with fewer_full_collections():
            second_in.set()
            first_out.wait(5)
            seen["second still inside"] = gc.get_threshold()

    try:
        gc.set_threshold(600, 9, 12)
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert seen["after the first left"] == (600, 9, INGEST_FULL_COLLECTION)
        assert seen["second still inside"] == (600, 9, INGEST_FULL_COLLECTION)
        assert gc.get_threshold() == (600, 9, 12)
        with fewer_full_collections(), fewer_full_collections():  # nested in one thread: the outer block restores
            pass
        assert gc.get_threshold() == (600, 9, 12)
    finally:
        gc.set_threshold(*before)
