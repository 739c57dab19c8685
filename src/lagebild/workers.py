"""The pool of processes that analyze an ingest's documents with ``--workers N`` (core.Lagebild.ingest)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from .errors import E026
from .io.readers import ReadError
from .model import Doc

if TYPE_CHECKING:
    from .core import Options


class Analyzer(Protocol):
    def analyze_safe(self, doc: Doc) -> Doc | ReadError: ...


def worker_wait(limit: float) -> float:
    """Wall seconds the parent waits for a worker's document before it kills the worker: the CPU budget
    stretched for a machine loaded five times over, plus the queue ahead."""
    return 5 * limit + 10


class Workers:
    """A pool of analyzing processes that survives a stuck one.

    Each worker enforces the time budget itself (SIGPROF); should a document still hang (in C code
    that never returns to Python, or waiting without computing), the parent stops waiting after
    ``worker_wait`` seconds of wall time (the budget is CPU time, which a loaded machine stretches), fails that
    document with E026, kills the pool and starts a fresh one for the rest of the batch.
    """

    def __init__(self, options: Options, make: Callable[[Options], Analyzer]) -> None:
        """``make(options)`` builds each worker's analyzer (``Lagebild``), once when its process starts."""
        self.options = options
        self.make = make
        self.pool = self._start()

    def _start(self) -> multiprocessing.pool.Pool:
        return multiprocessing.Pool(self.options.workers, initializer=_start_worker, initargs=(self.make, self.options))

    def analyze(self, docs: list[Doc]) -> list[Doc | ReadError]:
        limit = self.options.time_limit
        results: list[Doc | ReadError | None] = [None] * len(docs)
        todo = list(range(len(docs)))
        while todo:
            pending = [(i, self.pool.apply_async(_analyze_in_worker, (docs[i],))) for i in todo]
            todo = []
            for k, (i, job) in enumerate(pending):
                try:
                    # documents queue behind each other: the wait grows with the queue ahead
                    results[i] = job.get(timeout=worker_wait(limit) if limit else None)
                except multiprocessing.TimeoutError:
                    name = docs[i].path or docs[i].doc_id
                    message = E026.format(path=name, seconds=worker_wait(limit), component="(worker killed)",
                                          limit=f"{limit:g}")
                    results[i] = ReadError(name, message, doc_id=docs[i].doc_id)
                    self.pool.terminate()
                    self.pool.join()
                    self.pool = self._start()
                    todo = [j for j, later in pending[k + 1:] if not later.ready() or not later.successful()]
                    for j, later in pending[k + 1:]:
                        if later.ready() and later.successful():
                            results[j] = later.get()
                    break
        return results  # type: ignore[return-value]

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


# One analyzer (a Lagebild) per worker process, built once when the process starts.
_WORKER: Analyzer | None = None


def _start_worker(make: Callable[[Options], Analyzer], options: Options) -> None:
    global _WORKER
    _WORKER = make(options)


def _analyze_in_worker(doc: Doc) -> Doc | ReadError:
    result = _WORKER.analyze_safe(doc)
    if isinstance(result, Doc):
        result.user_data.clear()  # component scratch state stays in the worker
    return result
