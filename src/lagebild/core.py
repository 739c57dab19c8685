"""The one core object: the CLI, the web app and the Python API are thin shells over it."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable, Iterator
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
from .store.sqlite import DEFAULT_DB, Store, content_hash


@dataclass
class Options:
    """How documents are read and analyzed."""

    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    component_config: dict[str, dict] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    lang: str | None = None  # force a language instead of detecting it
    batch_size: int = 50
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
            try:
                yield self.analyze_doc(item)
            except Exception as err:  # one broken document never stops a batch
                yield _analysis_error(item, err)

    # -- store -------------------------------------------------------------------------------

    def store(self) -> Store:
        return Store(self.db)

    def ingest(self, paths: Iterable[str | Path], progress: Callable[[int], None] | None = None) -> IngestReport:
        """Read, analyze and store every input; unchanged documents are skipped."""
        report = IngestReport(spans={attr: 0 for attr in LAYER_ATTRS})
        started = time.perf_counter()
        pipeline_names = self.signature
        with self.store() as store:
            batch: list[Doc] = []
            failures: list[tuple[str, int | None, str | None, str]] = []
            for item in self.read(paths):
                report.read += 1
                if isinstance(item, ReadError):
                    report.failed += 1
                    report.errors.append(item.message)
                    failures.append((item.path, item.line, item.doc_id, item.message))
                else:
                    self._ingest_one(item, store, batch, failures, report)
                if progress:
                    progress(1)
                if len(batch) + len(failures) >= self.options.batch_size:
                    store.write_batch(batch, failures, pipeline_names)
                    batch, failures = [], []
            store.write_batch(batch, failures, pipeline_names)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_one(self, doc: Doc, store: Store, batch: list[Doc], failures: list, report: IngestReport) -> None:
        if self.options.lang:
            doc.lang = self.options.lang
        if store.stored_hash(doc.doc_id) == content_hash(doc, self.signature):
            report.skipped += 1
            return
        try:
            self.analyze_doc(doc)
        except Exception as err:  # one broken document never stops a batch
            error = _analysis_error(doc, err)
            report.failed += 1
            report.errors.append(error.message)
            failures.append((error.path, None, doc.doc_id, error.message))
            return
        report.stored += 1
        report.tokens += len(doc.tokens)
        report.warnings.extend(doc.warnings)
        for attr in LAYER_ATTRS:
            report.spans[attr] += len(getattr(doc, attr))
        batch.append(doc)


def _analysis_error(doc: Doc, err: Exception) -> ReadError:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    message = f"{doc.path or doc.doc_id}: analysis failed: {type(err).__name__}: {err}{place}"
    return ReadError(doc.path or doc.doc_id, message, doc_id=doc.doc_id)
