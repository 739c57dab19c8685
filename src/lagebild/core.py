"""The one core object: the CLI, the web app and the Python API are thin shells over it."""

from __future__ import annotations

import gc
import json
import sqlite3
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .dating.marks import mark_estimated
from .dating.probe import PROBE, Probe
from .engine import Deadline, Pipeline, cpu_of_calls, cpu_of_items, fewer_full_collections, process_cpu
from .errors import E025, E027, LagebildError, warning_code
from .io.decode import MAX_BYTES
from .io.readers import DEFAULT_FIELDS, ReadError, read_paths, text_doc
from .language import detect_language
from .model import Doc, check_date
from .pipeline.attribution import keep_stored as keep_stored_attributions
from .registry import DEFAULT_PIPELINE
from .resources import check_lang
from .store import open_store
from .store.reads import ClaimFilter
from .store.sqlite import DEFAULT_DB, Store, content_hash
from .workers import Workers

# The components a publication date estimate depends on (pipeline/dating.py requires sentences and time
# expressions): re-estimating from the store runs these before it decides to analyze a document again.
DATING_NEEDS = frozenset({"segmenter", "timexes", "dating"})
# Components before dating whose layers do not depend on the date: when a re-dated document is analyzed again,
# their stored layers are kept (entities read the publication date, which an undated document lacks while
# they run, before dating).
DATE_FREE = frozenset({"entities"})
# The dating probes an ingest keeps for its re-dating (dating/probe.py), at most this many tokens in all (12 bytes
# each): about 5,000 news articles; the documents after that are segmented and tagged again when re-dated.
PROBE_TOKENS = 2_000_000
# Key of Doc.user_data: how many warnings the document had when read (a re-dated document starts without them).
READ_WARNINGS = "ingest.read_warnings"


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
    # The budget of one document at ingest/analyze (0 = none): over it, the document fails (E025/E026/E029)
    # and the batch goes on. A news article has 2-20k characters and takes well under a second.
    max_chars: int = 500_000
    # figures per document: an article states tens, rarely hundreds; tens of thousands are a table pasted as text,
    # whose rows would cost seconds to store outside the time budget (issue 12's pathological corpus)
    max_figures: int = 10_000
    time_limit: float = 10.0  # CPU seconds of analysis per document (engine.Deadline), the re-dating's included


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
    redated: list[str] = field(default_factory=list)  # undated documents re-estimated from the store
    reanalyzed: list[str] = field(default_factory=list)  # ... of them analyzed again (their estimate moved)
    stored_dated: int = 0  # documents stored with a given date (new evidence for the undated ones)
    stored_undated: list[str] = field(default_factory=list)
    stored_self_dated: int = 0  # undated documents whose own text names the writing day: evidence too
    # CPU seconds of this process per phase of the ingest: read (reading and decoding the inputs),
    # analysis (the pipeline; in the workers' processes with workers > 1, so not counted here), store (the
    # batch writes), redate (re-estimating undated documents from the store, re-analysis included)
    cpu: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("read", "analysis", "store", "redate"),
                                                                        0.0))

    def warning_counts(self) -> dict[str, int]:
        """How many warnings of each code the stored documents carry, most frequent first."""
        counts: dict[str, int] = {}
        for warning in self.warnings:
            code = warning_code(warning)
            counts[code] = counts.get(code, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# One sentence per language with a figure, a source and a time, run once when a pipeline is built.
WARM_UP = {"de": "Laut Nato schickte Minsk am Montag rund 4.000 Soldaten an die Grenze zu Polen.",
           "en": "According to NATO, Minsk sent about 4,000 soldiers to the Polish border on Monday."}

LAYER_ATTRS = ("sents", "ents", "timexes", "quantities", "attributions", "claims")


class Lagebild:
    """Analyze documents, and ingest them into a store."""

    def __init__(self, options: Options | None = None, db: str | Path | None = None) -> None:
        self.options = options or Options()
        self.db = str(db) if db else DEFAULT_DB
        self.pipelines: dict[str, Pipeline] = {}  # built on first use, per language
        self._situation: tuple[tuple, list, dict] | None = None  # (store state, variables, conflicts)
        self._facets: tuple[tuple, dict] | None = None  # (store state, facets of every claim)
        self._probes: dict[str, Probe] = {}  # doc_id -> dating probe of its first analysis, during an ingest
        # doc_id -> CPU seconds its analysis in this process took, during an ingest: the re-dating continues the
        # same budget, so a document costs at most time_limit in all (analyzed by a worker: its own budget again)
        self._spent: dict[str, float] = {}
        self._probe_tokens = 0  # the tokens of the kept probes

    @property
    def signature(self) -> str:
        """Version and components: a stored document analyzed by another signature is analyzed again."""
        return f"lagebild {__version__}: " + ",".join(self.options.pipeline)

    def pipeline(self, lang: str) -> Pipeline:
        if lang not in self.pipelines:
            pipeline = Pipeline.from_config(lang, self.options.pipeline, self.options.component_config)
            # Components load models and lexicons on first use; do it now, outside any document's budget.
            pipeline(Doc(doc_id="warm-up", text=WARM_UP.get(lang, WARM_UP["de"]), published="2024-10-07", lang=lang))
            pipeline.timings.clear()
            pipeline.cpu_timings.clear()
            self.pipelines[lang] = pipeline
            if not self.options.lang:
                detect_language(WARM_UP["de"])  # its model too (~1 s), not inside the first document's analysis
            # The lexicons and models just loaded live as long as the process: out of the collector's scans,
            # which otherwise walk their millions of objects at every full collection (on 300 10kGNAD articles
            # the collector's time fell from 1.3 to 0.6 of 37 CPU seconds).
            gc.freeze()
        return self.pipelines[lang]

    # -- analysis ----------------------------------------------------------------------------

    def analyze_doc(self, doc: Doc, skip: frozenset[str] = frozenset(), until: str | None = None) -> Doc:
        """Run the pipeline of the document's language (detected when not given) over ``doc`` (leaving out the
        components in ``skip`` and stopping before ``until``: see ``Pipeline.__call__``)."""
        return self._pipeline_of(doc)(doc, skip, until)

    def _pipeline_of(self, doc: Doc) -> Pipeline:
        if self.options.lang:
            doc.lang = self.options.lang
        if not doc.lang:
            doc.lang = detect_language(doc.text[doc.body_start:])
        return self.pipeline(doc.lang)

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
        """The store named by ``db``: an SQLite file, or PostgreSQL for a ``postgresql://`` URL."""
        return open_store(self.db)

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
        try:
            return self._ingest(paths, progress)
        except sqlite3.OperationalError as err:  # a full disk, a read-only file: the stored batches stay whole
            raise LagebildError(E027, path=self.db, reason=str(err)) from err

    def _ingest(self, paths: Iterable[str | Path], progress: Callable[[int], None] | None) -> IngestReport:
        try:
            with fewer_full_collections():  # the worker processes, forked inside, inherit it
                return self._ingest_all(paths, progress)
        finally:
            self._probes.clear()
            self._spent.clear()
            self._probe_tokens = 0

    def _ingest_all(self, paths: Iterable[str | Path], progress: Callable[[int], None] | None) -> IngestReport:
        report = IngestReport(spans={attr: 0 for attr in LAYER_ATTRS})
        started = time.perf_counter()
        with self.store() as store, self._analyzer() as analyze_many:
            chunk: list[Doc] = []
            failures: list[tuple[str, int | None, str | None, str]] = []
            analyze_many = cpu_of_calls(analyze_many, report.cpu, "analysis")
            for item in cpu_of_items(self.read(paths), report.cpu, "read"):
                report.read += 1
                queued = False
                if isinstance(item, ReadError):
                    self._failed(item, report, failures)
                elif self._unchanged(item, store):
                    report.skipped += 1
                else:
                    item.user_data[READ_WARNINGS] = len(item.warnings)
                    chunk.append(item)
                    queued = True  # counted for progress once analyzed
                if progress and not queued:
                    progress(1)
                if len(failures) >= self.options.batch_size:
                    cpu = process_cpu()
                    store.write_batch([], failures, self.signature)
                    report.cpu["store"] += process_cpu() - cpu
                    failures = []
                if len(chunk) >= self.options.batch_size:
                    self._write(store, analyze_many(chunk), failures, report, progress)
                    chunk, failures = [], []
            self._write(store, analyze_many(chunk), failures, report, progress)
            if report.stored_dated or report.stored_undated:
                # new dated evidence: every undated document may move; else only the new undated ones
                evidence = report.stored_dated or report.stored_self_dated
                cpu = process_cpu()
                report.redated = self.redate(store, None if evidence else report.stored_undated,
                                             report.reanalyzed)
                report.cpu["redate"] += process_cpu() - cpu
        report.seconds = time.perf_counter() - started
        return report

    def graph(self, query: str | None = None, since: str | None = None, until: str | None = None) -> dict:
        """The situation graph of the store as JSON-ready data: {"nodes": [...], "edges": [...]}.

        Args: query: words every relation must name (actor, recipient, object, type or predicate);
        since, until: dates (YYYY[-MM[-DD]]) bounding the relations' time (else their article's date).
        """
        from .situation.graph import build_graph, graph_dict, load_relations, select

        with self.store() as store:
            rows = select(load_relations(store), query, since, until)
        return graph_dict(build_graph(rows))

    def _dating_only(self, doc: Doc, kept: Probe | None = None) -> Doc | None:
        """A copy of ``doc`` through the components dating needs (sentences, time expressions, dating), or None
        when they fail: far cheaper than the whole pipeline, which runs only when the date moves. With the
        probe ``kept`` from the document's first analysis, only dating runs (the layers before it are the
        probe's: the same components over the same text gave them)."""
        probe = Doc(doc_id=doc.doc_id, text=doc.text, title=doc.title, url=doc.url, outlet=doc.outlet,
                    path=doc.path, lang=doc.lang, body_start=doc.body_start, meta=dict(doc.meta))
        probe.user_data.update(doc.user_data)
        given = frozenset()
        if kept is not None and kept.fits(probe) and self._dating_head(probe) is not None:
            kept.restore(probe, tokens=False)  # dating reads no tokens: _finish_dated adds them if it goes on
            given = DATING_NEEDS - {"dating"}
        try:
            with Deadline(self.options.time_limit, doc.path or doc.doc_id):
                for comp in self._pipeline_of(probe).components:
                    if comp.name in DATING_NEEDS:
                        if comp.name not in given:
                            probe = comp(probe)
                        probe.layers.update(comp.assigns)
        except Exception:  # the whole pipeline, run next, reports what went wrong
            return None
        return probe

    def _dating_head(self, doc: Doc) -> frozenset[str] | None:
        """The components up to and including dating when a probe can stand for them: those dating needs and
        date-free ones (entities), which add no warnings and are not run by the probe; else None."""
        names = self._pipeline_of(doc).names
        if "dating" not in names:
            return None
        head = frozenset(names[:names.index("dating") + 1])
        return head if head <= DATING_NEEDS | DATE_FREE else None

    def _keep_probe(self, doc: Doc) -> None:
        """Keep the dating probe of an undated document just analyzed for the re-dating at the ingest's end."""
        given = doc.user_data.pop(PROBE, None)
        if given is None or self._probe_tokens + len(given[0]) > PROBE_TOKENS:
            return
        probe = Probe.take(doc, given, doc.user_data.get(READ_WARNINGS, 0))
        if probe is not None and "quantities" in doc.layers:
            probe = probe.with_figures(doc)
        if probe is not None:
            self._probes[doc.doc_id] = probe
            self._probe_tokens += probe.size

    def redate(self, store: Store, doc_ids: list[str] | None = None,
               reanalyzed: list[str] | None = None) -> list[str]:
        """Re-estimate the undated documents of ``store`` (or those of ``doc_ids``) from the dated ones;
        returns the re-dated ids (those analyzed again go to ``reanalyzed`` too).

        A document is estimated again only when the dated evidence for it changed since it was last estimated,
        and analyzed again (so that its time expressions, claims and timelines follow the new estimate) only
        when the estimate moved; otherwise only its stored dating (the evidence and reasons) is replaced.
        """
        from .dating.store_evidence import CorpusIndex, fingerprint, gather, stored_evidence
        from .pipeline.dating import CORPUS_EVIDENCE

        index = CorpusIndex.build(store)
        if not index.published:
            return []  # no dated document: nothing to learn from
        # the fingerprint of the evidence each undated document was last estimated from
        undated = {r["doc_id"]: r["dating"] for r in store.query("SELECT doc_id, dating FROM documents"
                                                                 " WHERE published IS NULL ORDER BY doc_id")}
        changed = []
        todo = list(undated) if doc_ids is None else sorted(set(undated) & set(doc_ids))
        # read and written a batch at a time (one query per table, one transaction): a killed re-dating loses at
        # most a batch, which the next ingest estimates again (its stored fingerprint is still the old one)
        size = max(1, self.options.batch_size)
        for first in range(0, len(todo), size):
            part = todo[first:first + size]
            # the evidence from what the index read of each document's layers: only the documents whose evidence
            # changed are loaded, and only the layers the re-dating keeps (entities, attributions)
            evidences: dict[str, list] = {}
            for doc_id in part:
                found = stored_evidence(doc_id, index)
                last = json.loads(undated[doc_id]) if undated[doc_id] else {}
                if found is None or fingerprint(found) != last.get("corpus_fingerprint", fingerprint([])):
                    evidences[doc_id] = found
            loaded = store.load_docs([d for d in evidences if evidences[d] is not None], ("entities", "attributions"))
            loaded.update(store.load_docs([d for d in evidences if evidences[d] is None]))  # gathered from the Doc
            hashes = store.stored_hashes(list(loaded))
            datings: list[tuple[str, dict]] = []
            docs: list[Doc] = []
            for doc_id in evidences:
                stored = loaded.get(doc_id)
                if stored is None:  # deleted meanwhile (another process)
                    continue
                evidence = evidences[doc_id]
                if evidence is None:
                    evidence = gather(stored, index)
                    if fingerprint(evidence) == (stored.dating or {}).get("corpus_fingerprint", fingerprint([])):
                        continue
                fresh = Doc(doc_id=stored.doc_id, text=stored.text, title=stored.title, url=stored.url,
                            outlet=stored.outlet, path=stored.path, lang=stored.lang, body_start=stored.body_start,
                            meta=stored.meta)
                fresh.user_data[CORPUS_EVIDENCE] = evidence
                kept = self._probes.pop(doc_id, None)
                dated = self._dating_only(fresh, kept)
                if dated is not None and dated.published_estimate == stored.published_estimate:
                    # the same date from the new evidence: what hangs on the date stays, only the evidence is new
                    datings.append((doc_id, dated.dating or {}))
                    changed.append(doc_id)
                    continue
                spent = self._spent.pop(doc_id, 0.0)
                result = self._finish_dated(dated, stored, hashes.get(doc_id), kept, spent) \
                    if dated is not None else None
                if result is None:
                    result = self._within_budget(fresh, frozenset(), spent=spent)
                if isinstance(result, Doc):
                    result.user_data.clear()
                    mark_estimated(result)
                    docs.append(result)
                    changed.append(result.doc_id)
                    if reanalyzed is not None:
                        reanalyzed.append(result.doc_id)
            self._write_redated(store, datings, docs)
        return changed

    def _write_redated(self, store: Store, datings: list[tuple[str, dict]], docs: list[Doc]) -> None:
        """Store a batch of the re-dating: new datings of documents whose estimate stayed, and documents analyzed
        again."""
        if datings:
            store.update_datings(datings)
        if docs:
            store.write_batch(docs, [], self.signature)

    def _finish_dated(self, probe: Doc, stored: Doc, stored_hash: str | None,
                      kept: Probe | None = None, spent: float = 0.0) -> Doc | ReadError | None:
        """The whole analysis of a re-dated document, continued from its dating probe instead of begun again.

        The probe holds what the components up to dating give (the same as a fresh run: they are the same
        components over the same text); the date-free layers in between (entities) are the stored ones, which
        the same signature made from the same content. None when the pipeline has other components before
        dating or the stored analysis is of another signature: then the caller analyzes from the start.
        """
        head = self._dating_head(probe)
        if head is None:
            return None
        same = stored_hash == content_hash(probe, self.signature)
        if head & DATE_FREE and not same:
            return None
        if kept is not None and not probe.tokens and kept.fits(probe):
            kept.restore_tokens(probe)  # left out by _dating_only
        if "entities" in head:
            probe.ents = list(stored.ents)
        if same:
            keep_stored_attributions(probe, stored)  # date-free, found once (pipeline/attribution.py)
        figures = kept.figures_for(probe) if kept is not None and kept.fits(probe) else None
        if figures is not None:  # the date spans the figures were found with stayed: the same figures
            probe.quantities = figures
            head = head | {"quantities"}
        return self._within_budget(probe, head, spent=spent)

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
        cpu = process_cpu()
        for result in results:
            if progress:
                progress(1)
            if isinstance(result, ReadError):
                self._failed(result, report, failures)
                continue
            report.stored += 1
            mark_estimated(result)  # an undated document's figure and relation times rest on its estimate
            if result.published:
                report.stored_dated += 1
            else:
                report.stored_undated.append(result.doc_id)
                self._keep_probe(result)
                report.stored_self_dated += (result.dating or {}).get("confidence") == "high"
            report.tokens += len(result.tokens)
            report.warnings.extend(result.warnings)
            for attr in LAYER_ATTRS:
                report.spans[attr] += len(getattr(result, attr))
            docs.append(result)
        store.write_batch(docs, failures, self.signature)
        report.cpu["store"] += process_cpu() - cpu

    def analyze_safe(self, doc: Doc) -> Doc | ReadError:
        """The analyzed document within its budget (``max_chars``, ``time_limit``), or the error that
        stopped its analysis (never raised)."""
        return self._within_budget(doc, frozenset())

    def analyze_batch(self, docs: list[Doc]) -> list[Doc | ReadError]:
        """``analyze_safe`` of each document, with the work a component does faster over many documents at
        once (the NER model's batched pass) done once for the batch: each document runs up to that component
        in its budget, the component's batch work runs over those that got there, and each goes on with what
        is left of its budget."""
        results: list[Doc | ReadError] = []
        stages: dict[int, tuple[str, float]] = {}  # document -> (the batch component, CPU seconds spent)
        for i, doc in enumerate(docs):
            try:
                stage = self._pipeline_of(doc).batch_stage()
            except Exception:  # an unknown language: analyze_safe names the error
                stage = None
            cpu = time.thread_time()
            results.append(self._within_budget(doc, frozenset(), until=stage))
            if stage and isinstance(results[-1], Doc):
                stages[i] = (stage, time.thread_time() - cpu)
        waiting: dict[tuple[str, str], list[Doc]] = {}
        for i, (stage, _) in stages.items():
            waiting.setdefault((results[i].lang, stage), []).append(results[i])  # type: ignore[union-attr]
        shared: dict[int, float] = {}  # id of a document -> its share of its batch's pass, in CPU seconds
        for (lang, stage), batch in waiting.items():
            cpu = time.thread_time()
            try:
                in_pass = self.pipeline(lang).prefetch(stage, batch)
            except Exception:  # each document then runs the component alone, in its budget, and a document
                in_pass = batch  # that breaks it fails alone with its error (one never stops a batch)
            # the batched pass is charged to the documents it did the work of (not one it left to run alone, too
            # long for it or answered before), each by its share of their text: one huge document in a batch of
            # small ones pays for most of the pass, so its budget still holds it to time_limit
            chars = sum(len(doc.text) for doc in in_pass) or 1
            for doc in in_pass:
                shared[id(doc)] = (time.thread_time() - cpu) * len(doc.text) / chars
        for i, (stage, spent) in stages.items():
            doc = results[i]
            names = self._pipeline_of(doc).names  # type: ignore[arg-type]
            spent += shared.get(id(doc), 0.0)
            results[i] = self._within_budget(doc, frozenset(names[:names.index(stage)]), spent=spent)  # type: ignore[arg-type]
        return results

    def _within_budget(self, doc: Doc, skip: frozenset[str], until: str | None = None,
                       spent: float = 0.0) -> Doc | ReadError:
        """``analyze_safe`` leaving out the components in ``skip`` (their layers are on ``doc`` already), stopping
        before the component ``until``, with ``spent`` CPU seconds of the document's budget used already."""
        name = doc.path or doc.doc_id
        if self.options.max_chars and len(doc.text) > self.options.max_chars:
            message = str(LagebildError(E025, path=name, size=len(doc.text), limit=self.options.max_chars))
            return ReadError(name, message, doc_id=doc.doc_id)
        try:
            self._pipeline_of(doc)  # built (and its models loaded) outside the budget
            cpu = time.thread_time()
            with Deadline(self.options.time_limit, name, spent, self.options.max_figures):
                result = self.analyze_doc(doc, skip, until)
            if not doc.published:  # only an undated document is analyzed again by the re-dating
                self._spent[doc.doc_id] = spent + time.thread_time() - cpu
            return result
        except LagebildError as err:
            if err.code in ("E025", "E026", "E029"):
                return ReadError(name, str(err), doc_id=doc.doc_id)
            return _analysis_error(doc, err)
        except Exception as err:  # one broken document never stops a batch
            return _analysis_error(doc, err)

    @contextmanager
    def _analyzer(self) -> Iterator[Callable[[list[Doc]], list[Doc | ReadError]]]:
        """A function analyzing a batch: in this process, or spread over ``options.workers`` processes."""
        if self.options.workers <= 1:
            yield self.analyze_batch
            return
        workers = Workers(self.options, Lagebild)
        try:
            yield workers.analyze
        finally:
            workers.close()


def _analysis_error(doc: Doc, err: Exception) -> ReadError:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    message = f"{doc.path or doc.doc_id}: analysis failed: {type(err).__name__}: {err}{place}"
    return ReadError(doc.path or doc.doc_id, message, doc_id=doc.doc_id)
