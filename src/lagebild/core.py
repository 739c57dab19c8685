"""The one core object: the CLI, the web app and the Python API are thin shells over it."""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .engine import Pipeline
from .io.decode import MAX_BYTES
from .io.readers import DEFAULT_FIELDS, ReadError, read_paths, text_doc
from .language import detect_language
from .model import Doc, check_date
from .registry import DEFAULT_PIPELINE
from .resources import check_lang
from .store.reads import ClaimFilter
from .store.sqlite import DEFAULT_DB, Store, content_hash


@dataclass
class Options:
    """How documents are read and analyzed."""

    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    component_config: dict[str, dict] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    lang: str | None = None  # force a language instead of detecting it
    batch_size: int = 50
    workers: int = 1  # processes analyzing documents at ingest (one core each)
    max_bytes: int = MAX_BYTES


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    spans: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0


LAYER_ATTRS = ("sents", "ents", "timexes", "quantities", "attributions", "claims")


class Lagebild:
    """Analyze documents, and ingest them into a store."""

    def __init__(self, options: Options | None = None, db: str | Path | None = None) -> None:
        self.options = options or Options()
        self.db = str(db) if db else DEFAULT_DB
        self.pipelines: dict[str, Pipeline] = {}  # built on first use, per language
        self._situation: tuple[tuple, list, dict] | None = None  # (store state, variables, conflicts)
        self._facets: tuple[tuple, dict] | None = None  # (store state, facets of every claim)

    @property
    def signature(self) -> str:
        """Version and components: a stored document analyzed by another signature is analyzed again."""
        return f"lagebild {__version__}: " + ",".join(self.options.pipeline)

    def pipeline(self, lang: str) -> Pipeline:
        if lang not in self.pipelines:
            self.pipelines[lang] = Pipeline.from_config(lang, self.options.pipeline,
                                                         self.options.component_config)
        return self.pipelines[lang]

    # -- analysis ----------------------------------------------------------------------------

    def analyze_doc(self, doc: Doc) -> Doc:
        """Run the pipeline of the document's language (detected when not given) over ``doc``."""
        if self.options.lang:
            doc.lang = self.options.lang
        if not doc.lang:
            doc.lang = detect_language(doc.text[doc.body_start:])
        return self.pipeline(doc.lang)(doc)

    def analyze_text(self, text: str, published: str | None = None, lang: str | None = None,
                     doc_id: str = "text") -> Doc:
        doc = text_doc(text, doc_id, published=check_date(published))
        doc.lang = check_lang(lang) if lang else None
        return self.analyze_doc(doc)

    def read(self, paths: Iterable[str | Path]) -> Iterator[Doc | ReadError]:
        return read_paths(paths, self.options.fields, self.options.max_bytes)

    def analyze_paths(self, paths: Iterable[str | Path]) -> Iterator[Doc | ReadError]:
        """Analyzed documents of every input (stateless); failures as ReadError, never raised."""
        for item in self.read(paths):
            if isinstance(item, ReadError):
                yield item
                continue
            yield self.analyze_safe(item)

    # -- store -------------------------------------------------------------------------------

    def store(self) -> Store:
        return Store(self.db)

    # -- reading (the web app and the JSON API) ----------------------------------------------

    def claims_page(self, flt: ClaimFilter, sort: str = "doc", desc: bool = False, limit: int = 50,
                    offset: int = 0) -> tuple[int, list[dict]]:
        """One page of stored claims matching ``flt``: (total, rows)."""
        with self.store() as store:
            return store.claims_page(flt, sort, desc, limit, offset)

    def claim_facets(self, flt: ClaimFilter) -> dict[str, list[tuple[str, int]]]:
        """The most frequent sources, certainties, units, parties and types among the claims matching ``flt``."""
        with self.store() as store:
            if flt.active():
                return store.claim_facets(flt)
            state = store.state()  # the unfiltered counts change only when the store does
            if self._facets is None or self._facets[0] != state:
                self._facets = (state, store.claim_facets(flt))
            return self._facets[1]

    def documents_page(self, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        with self.store() as store:
            return store.documents_page(limit, offset)

    def document(self, doc_id: str) -> Doc:
        """A stored document with every layer; E018 when there is none."""
        with self.store() as store:
            return store.load_doc(doc_id)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[dict]]:
        """Stored sentences matching ``query`` (full text), best first: (total, hits)."""
        with self.store() as store:
            return store.fts.search(query, limit, offset)

    def situation(self) -> tuple[list, dict]:
        """Variables (largest first) and their conflicts by variable id, recomputed only when the store changed."""
        from .situation.conflicts import conflicts
        from .situation.variables import variables

        with self.store() as store:
            state = store.state()
            if self._situation is None or self._situation[0] != state:
                found = variables(store)
                self._situation = (state, found, {var.id: conflicts(var) for var in found})
        return self._situation[1], self._situation[2]

    def sentence_spans(self, doc_ids: list[str]) -> dict[str, list[tuple[int, int]]]:
        with self.store() as store:
            return store.sentence_spans(doc_ids)

    def relations(self, limit: int = 200) -> tuple[set[str], list[dict]]:
        """The stored relations table: its columns and rows (empty until the relations layer fills it)."""
        with self.store() as store:
            return store.relations_rows(limit)

    def override(self, action: str, variable: str, target: str, claim: str | None = None) -> None:
        """Rename, merge or split a variable, as `lagebild variable ...` does."""
        from .situation.variables import add_override

        with self.store() as store:
            add_override(store, action, variable, target, claim)

    def ingest(self, paths: Iterable[str | Path], progress: Callable[[int], None] | None = None) -> IngestReport:
        """Read, analyze and store every input; unchanged documents are skipped.

        Documents are analyzed in batches (by ``options.workers`` processes) and each batch is written
        in one transaction, so a killed ingest loses at most the batch in flight.
        """
        report = IngestReport(spans={attr: 0 for attr in LAYER_ATTRS})
        started = time.perf_counter()
        with self.store() as store, self._analyzer() as analyze_many:
            chunk: list[Doc] = []
            failures: list[tuple[str, int | None, str | None, str]] = []
            for item in self.read(paths):
                report.read += 1
                queued = False
                if isinstance(item, ReadError):
                    self._failed(item, report, failures)
                elif self._unchanged(item, store):
                    report.skipped += 1
                else:
                    chunk.append(item)
                    queued = True  # counted for progress once analyzed
                if progress and not queued:
                    progress(1)
                if len(failures) >= self.options.batch_size:
                    store.write_batch([], failures, self.signature)
                    failures = []
                if len(chunk) >= self.options.batch_size:
                    self._write(store, analyze_many(chunk), failures, report, progress)
                    chunk, failures = [], []
            self._write(store, analyze_many(chunk), failures, report, progress)
        report.seconds = time.perf_counter() - started
        return report

    def _unchanged(self, doc: Doc, store: Store) -> bool:
        if self.options.lang:
            doc.lang = self.options.lang
        return store.stored_hash(doc.doc_id) == content_hash(doc, self.signature)

    @staticmethod
    def _failed(error: ReadError, report: IngestReport, failures: list) -> None:
        report.failed += 1
        report.errors.append(error.message)
        failures.append((error.path, error.line, error.doc_id, error.message))

    def _write(self, store: Store, results: list[Doc | ReadError], failures: list, report: IngestReport,
               progress: Callable[[int], None] | None) -> None:
        """Count and store one analyzed batch with the failures gathered beside it."""
        docs = []
        for result in results:
            if progress:
                progress(1)
            if isinstance(result, ReadError):
                self._failed(result, report, failures)
                continue
            report.stored += 1
            report.tokens += len(result.tokens)
            report.warnings.extend(result.warnings)
            for attr in LAYER_ATTRS:
                report.spans[attr] += len(getattr(result, attr))
            docs.append(result)
        store.write_batch(docs, failures, self.signature)

    def analyze_safe(self, doc: Doc) -> Doc | ReadError:
        """The analyzed document, or the error that stopped its analysis (never raised)."""
        try:
            return self.analyze_doc(doc)
        except Exception as err:  # one broken document never stops a batch
            return _analysis_error(doc, err)

    @contextmanager
    def _analyzer(self) -> Iterator[Callable[[list[Doc]], list[Doc | ReadError]]]:
        """A function analyzing a batch: in this process, or spread over ``options.workers`` processes."""
        if self.options.workers <= 1:
            yield lambda docs: [self.analyze_safe(doc) for doc in docs]
            return
        with multiprocessing.Pool(self.options.workers, initializer=_start_worker, initargs=(self.options,)) as pool:
            yield lambda docs: pool.map(_analyze_in_worker, docs, chunksize=2) if docs else []


# One Lagebild per worker process, built once when the process starts.
_WORKER: Lagebild | None = None


def _start_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Lagebild(options)


def _analyze_in_worker(doc: Doc) -> Doc | ReadError:
    result = _WORKER.analyze_safe(doc)
    if isinstance(result, Doc):
        result.user_data.clear()  # component scratch state stays in the worker
    return result


def _analysis_error(doc: Doc, err: Exception) -> ReadError:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    message = f"{doc.path or doc.doc_id}: analysis failed: {type(err).__name__}: {err}{place}"
    return ReadError(doc.path or doc.doc_id, message, doc_id=doc.doc_id)
