"""The pipeline engine: components registered by name, assembled from a config.

A component is a class with a ``name``, the layers it ``requires`` and
``assigns``, the language resources it owns, and ``__call__(doc) -> doc``.
Registrations live in one place, ``registry.py``; the engine never imports a
particular component or language.
"""

from __future__ import annotations

import gc
import importlib
import signal
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import E010, E011, E026, E029, LagebildError, TimeLimitExceeded
from .model import Doc
from .resources import check_lang

# Layers present before any component runs (set by the readers).
BASE_LAYERS = frozenset({"text", "published", "lang"})


class Component(ABC):
    """Base class of pipeline components."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    # Resource files under lang/<code>/ this component reads; their EXAMPLE lines go to run_example.
    resources: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lang: str, **config: Any) -> None:
        self.lang = lang
        self.config = config

    @abstractmethod
    def __call__(self, doc: Doc) -> Doc:
        """Add the component's layers to ``doc`` and return it."""

    @classmethod
    def run_example(cls, lang: str, resource: str, given: str, expected: str) -> str | None:
        """Execute one EXAMPLE line of one of this component's resources.

        Returns None when the example holds, else a sentence saying what came out instead.
        """
        return f"{cls.__name__} does not run examples of {resource}"

    # A component may also define ``prefetch(docs: list[Doc]) -> list[Doc] | None``: work it does faster over many
    # documents at once (a statistical model's batched pass), done ahead of its per-document calls, which then
    # find it kept. The answers must be those of the per-document call (see ``Pipeline.batch_stage``). It returns
    # the documents whose work the pass did (None: all of them), which share its CPU in their time budgets.


class Deadline:
    """A document's time budget in CPU seconds of its thread: checked between components, in
    per-sentence loops (``check_deadline``), and enforced by SIGPROF where the process allows it
    (main thread).

    CPU time, not wall time: on a shared, loaded machine a document that needs 4 s of computing
    may take 40 s of wall time, and whether it is stored must not depend on the other processes.
    The alarm (ITIMER_PROF counts the process's CPU time) interrupts pure-Python loops that never
    reach a check; a component that swallows the exception is caught by the next check anyway,
    since the time stays spent. A process that hangs without computing is the worker pool's case:
    its parent waits a multiple of the budget in wall time (``workers.Workers``).
    """

    def __init__(self, seconds: float | None, path: str, spent: float = 0.0, max_figures: int = 0) -> None:
        """``spent``: CPU seconds of this budget used before (a batch runs a document in two parts);
        ``max_figures``: the most figures a document may hold (0 = no limit), checked between components."""
        self.seconds = seconds or None
        self.path = path
        self.max_figures = max_figures
        self.started = time.thread_time() - spent
        self.ends = self.started + self.seconds if self.seconds else float("inf")
        self.component = "-"  # the component running now, for the message
        self._alarm = False  # SIGPROF armed (in __enter__): the alarm, not a clock reading, tells the time is up
        self.rung = False  # the alarm rang: every later check raises, even after a component swallowed it

    def error(self) -> TimeLimitExceeded:
        return TimeLimitExceeded(E026, path=self.path, seconds=time.thread_time() - self.started,
                                 component=self.component, limit=f"{self.seconds:g}")

    def check_figures(self, doc: Doc) -> None:
        """E029 as soon as a component has found more figures than the limit: a table pasted as text fails
        right after the quantities, not after every later component has worked through its figures."""
        if self.max_figures and len(doc.quantities) > self.max_figures:
            raise LagebildError(E029, path=self.path, count=len(doc.quantities), limit=self.max_figures)

    def check(self) -> None:
        # With the alarm armed, the alarm keeps the time and a flag says whether the budget is spent, so a check
        # reads no clock (a reading costs about 0.5 µs; measured, it was not the cost of an ingest's "rest").
        if self._alarm:
            if self.rung:
                raise self.error()
            return
        if time.thread_time() > self.ends:
            raise self.error()

    def __enter__(self) -> Deadline:
        global _CURRENT
        if time.thread_time() > self.ends:  # continued after more than its budget was spent (its share of a batch)
            raise self.error()
        self._outer = _CURRENT
        _CURRENT = self
        self._alarm = bool(self.seconds) and threading.current_thread() is threading.main_thread() \
            and hasattr(signal, "setitimer")
        if self._alarm:
            self._handler = signal.signal(signal.SIGPROF, self._ring)
            signal.setitimer(signal.ITIMER_PROF, max(self.ends - time.thread_time(), 0.001))
        return self

    def __exit__(self, *exc: object) -> None:
        global _CURRENT
        if self._alarm:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self._handler)
        _CURRENT = self._outer

    def _ring(self, signum: int, frame: object) -> None:
        # ITIMER_PROF counts the CPU of every thread of the process (a web server's other requests, a library's
        # worker threads), the budget only this thread's: a ring before this thread has spent it re-arms the alarm
        # for what is left instead of failing the document.
        left = self.ends - time.thread_time()
        if left > 0.001:
            signal.setitimer(signal.ITIMER_PROF, left)
            return
        self.rung = True
        raise self.error()


def process_cpu() -> float:
    """The CPU seconds of this process, up to date, for the time per component and per phase of an ingest.

    While a process-wide CPU timer is armed (the budget's ITIMER_PROF), the kernel answers ``process_time`` from a
    sum it brings up to date only at a scheduler tick or when a thread's own clock is read. Read alone, it lags
    by up to a tick, and the lag landed in the phase that read a thread clock next (the budget's start, read with
    ``thread_time``): over 1,000 documents that put seconds of the components' time into an ingest's "rest".
    Reading the thread's clock first (~0.6 µs) brings the sum up to date."""
    time.thread_time()
    return time.process_time()


def cpu_of_calls(function: Callable, seconds: dict[str, float], phase: str) -> Callable:
    """``function`` adding the CPU seconds of each call to ``seconds[phase]``."""
    def timed(*args: object) -> object:
        cpu = process_cpu()
        try:
            return function(*args)
        finally:
            seconds[phase] += process_cpu() - cpu
    return timed


def cpu_of_items(items: Iterable, seconds: dict[str, float], phase: str) -> Iterator:
    """The items of ``items``, adding the CPU seconds spent producing each to ``seconds[phase]``."""
    iterator = iter(items)
    while True:
        cpu = process_cpu()
        try:
            item = next(iterator)
        except StopIteration:
            return
        finally:
            seconds[phase] += process_cpu() - cpu
        yield item


# During an ingest, a full collection after this many collections of the middle generation (Python's default: 10).
# An ingest keeps what it learns for later documents (the dating probes, per-type caches of the components), so
# the objects a full collection walks grow with every batch while it finds next to nothing to free: on the 1,028
# 10kGNAD test articles the collector took 2.7 of 34.7 CPU seconds in 23 full collections, and 0.8 s in 2 with 100.
INGEST_FULL_COLLECTION = 100


class _RarerFullCollections:
    """How many blocks of ``fewer_full_collections`` run in this process, and the threshold before the first:
    the web server runs ingests in threads on one Lagebild, so blocks overlap and end in any order."""

    lock = threading.Lock()
    depth = 0
    before: tuple[int, int, int] = (0, 0, 0)


@contextmanager
def fewer_full_collections() -> Iterator[None]:
    """The collector's full collections ten times rarer while the block runs (an ingest), as they were after.
    Re-entrant and thread-safe: the first block to enter raises the threshold, the last to leave restores it,
    so two overlapping ingests never leave a raised threshold behind for the life of the process."""
    state = _RarerFullCollections
    with state.lock:
        if state.depth == 0:
            state.before = young, middle, full = gc.get_threshold()
            gc.set_threshold(young, middle, max(full, INGEST_FULL_COLLECTION))
        state.depth += 1
    try:
        yield
    finally:
        with state.lock:
            state.depth -= 1
            if state.depth == 0:
                gc.set_threshold(*state.before)


# The deadline of the document being analyzed in this process (None: no budget).
_CURRENT: Deadline | None = None


def check_deadline() -> None:
    """Raise E026 when the current document ran over its time budget; cheap, call it per sentence."""
    if _CURRENT is not None:
        _CURRENT.check()


def component_class(name: str) -> type[Component]:
    """The class registered under ``name`` (imported on first use); E010 when unknown."""
    from .registry import COMPONENTS

    if name not in COMPONENTS:
        raise LagebildError(E010, name=name, names=", ".join(sorted(COMPONENTS)))
    module_name, _, class_name = COMPONENTS[name].partition(":")
    module = importlib.import_module(module_name, package=__package__)
    return getattr(module, class_name)


@dataclass
class Pipeline:
    """An ordered list of components for one language."""

    lang: str
    components: list[Component] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent per component
    # CPU seconds of this process per component: what a growth or speed measure compares, since the wall
    # time of a loaded machine mostly measures the other processes
    cpu_timings: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_config(cls, lang: str, names: Iterable[str], config: dict[str, dict] | None = None) -> Pipeline:
        """Build the pipeline; raise E011 when a component's requirement is not assigned before it."""
        config = config or {}
        check_lang(lang)
        available = set(BASE_LAYERS)
        components = []
        for name in names:
            klass = component_class(name)
            missing = [layer for layer in klass.requires if layer not in available]
            if missing:
                raise LagebildError(E011, name=name, missing=", ".join(missing))
            components.append(klass(lang, **config.get(name, {})))
            available.update(klass.assigns)
        return cls(lang=lang, components=components)

    @property
    def names(self) -> list[str]:
        return [comp.name for comp in self.components]

    def batch_stage(self) -> str | None:
        """The first component with a ``prefetch`` for a batch of documents, or None."""
        return next((comp.name for comp in self.components if callable(getattr(comp, "prefetch", None))), None)

    def prefetch(self, name: str, docs: list[Doc]) -> list[Doc]:
        """Component ``name``'s batched work over ``docs`` (each analyzed up to it), timed as that component; the
        documents whose work it did."""
        comp = next(comp for comp in self.components if comp.name == name)
        started, cpu = time.perf_counter(), process_cpu()
        done = comp.prefetch(docs)  # type: ignore[attr-defined]
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started
        self.cpu_timings[name] = self.cpu_timings.get(name, 0.0) + process_cpu() - cpu
        return docs if done is None else done

    def __call__(self, doc: Doc, skip: frozenset[str] = frozenset(), until: str | None = None) -> Doc:
        """Run every component over ``doc``; those named in ``skip`` are left out (their layers are
        already on ``doc``: the store's re-dating continues a document from its dating probe), and with
        ``until`` the run stops before the component of that name (a batch continues from there)."""
        doc.layers.update(BASE_LAYERS)
        # one clock reading per boundary between components: the end of one is the start of the next
        started, cpu = time.perf_counter(), process_cpu()
        for comp in self.components:
            if comp.name == until:
                break
            if comp.name in skip:
                doc.layers.update(comp.assigns)
                continue
            if _CURRENT is not None:
                _CURRENT.check()
                _CURRENT.component = comp.name
            doc = comp(doc)
            if _CURRENT is not None:
                _CURRENT.check_figures(doc)
            now, now_cpu = time.perf_counter(), process_cpu()
            self.timings[comp.name] = self.timings.get(comp.name, 0.0) + now - started
            self.cpu_timings[comp.name] = self.cpu_timings.get(comp.name, 0.0) + now_cpu - cpu
            started, cpu = now, now_cpu
            doc.layers.update(comp.assigns)
        if _CURRENT is not None:
            _CURRENT.check()
        return doc
