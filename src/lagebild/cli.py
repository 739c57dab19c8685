"""The ``lagebild`` command line: a thin shell over ``core.Lagebild``.

Exit codes: 0 when at least one document succeeded; 1 when every document
failed (or any failed, with --strict); 2 on usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .cli_date import date_cmd
from .cli_eval import eval_group
from .cli_options import (
    DB_OPTION,
    FIELD_OPTION,
    LANG_OPTION,
    MAX_CHARS_OPTION,
    MAX_FIGURES_OPTION,
    STRICT_OPTION,
    TIME_LIMIT_OPTION,
)
from .core import IngestReport, Lagebild, Options
from .errors import LagebildError
from .io.readers import ReadError, parse_fields
from .model import check_date


def _options(fields: tuple[str, ...], lang: str | None, **more) -> Options:
    try:
        return Options(fields=parse_fields(fields), lang=lang, **more)
    except LagebildError as err:
        raise click.UsageError(str(err)) from None


def _exit_code(ok: int, failed: int, strict: bool) -> int:
    if failed and (strict or ok == 0):
        return 1
    return 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lagebild")
def main() -> None:
    """Turn news articles into a situation picture: every figure with its source, certainty and time."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@DB_OPTION
@FIELD_OPTION
@LANG_OPTION
@STRICT_OPTION
@click.option("--batch-size", default=50, show_default=True, help="Documents per store transaction.")
@click.option("--workers", "-j", default=1, show_default=True, help="Processes analyzing documents (one core each).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Print every warning (by default they are counted per code).")
@MAX_CHARS_OPTION
@MAX_FIGURES_OPTION
@TIME_LIMIT_OPTION
@click.option("--from-parquet", "from_parquet", type=click.Path(), default=None,
              help="Load the output folder of `lagebild batch` instead of analyzing PATHS.")
def ingest(paths, db, fields, lang, strict, batch_size, workers, quiet, verbose, max_chars, max_figures,
           time_limit, from_parquet) -> None:
    """Read, analyze and store documents (files or folders, recursively).

    Unchanged documents are skipped; changed ones are replaced. Example:
    lagebild ingest ../shared/corpus/seeds
    """
    from tqdm import tqdm

    if from_parquet:
        _ingest_parquet(from_parquet, db, paths, quiet)
        return
    if not paths:
        raise click.UsageError("give PATHS to analyze, or --from-parquet DIR")
    app = Lagebild(_options(fields, lang, batch_size=batch_size, workers=workers, max_chars=max_chars,
                            max_figures=max_figures, time_limit=time_limit), db=db)
    with tqdm(desc="ingest", unit="doc", disable=quiet, file=sys.stderr) as bar:
        try:
            report = app.ingest(paths, progress=bar.update)
        except LagebildError as err:  # the store cannot be written (E027): nothing half-written is kept
            click.echo(f"error: {err}", err=True)
            sys.exit(1)
    _print_ingest(report, db, verbose)
    sys.exit(_exit_code(report.stored + report.skipped, report.failed, strict))


def _ingest_parquet(folder: str, db: str, paths: tuple[str, ...], quiet: bool) -> None:
    import time

    from tqdm import tqdm

    from .batch.load import load_parquet

    if paths:
        raise click.UsageError("--from-parquet loads a batch output; give no PATHS with it")
    started = time.perf_counter()
    try:
        with Lagebild(db=db).store() as store, tqdm(desc="load", unit="doc", disable=quiet, file=sys.stderr) as bar:
            report = load_parquet(folder, store, progress=bar.update)
    except LagebildError as err:
        raise click.ClickException(str(err)) from None
    seconds = time.perf_counter() - started
    click.echo(f"loaded {report.documents} documents and {report.failed} failures from {report.partitions} "
               f"partitions in {seconds:.1f} s -> {db}")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--out", "-o", required=True, type=click.Path(), help="Folder for the Parquet datasets (one per layer).")
@click.option("--workers", "-j", type=int, default=None,
              help="Local worker processes (default: one per core). Excludes --scheduler.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on an existing Dask cluster, e.g. tcp://scheduler:8786.")
@click.option("--partition-size", default=100, show_default=True, help="Documents per partition (task).")
@FIELD_OPTION
@LANG_OPTION
@STRICT_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def batch(inputs, out, workers, scheduler, partition_size, fields, lang, strict, quiet) -> None:
    """Analyze a large corpus as a Dask distributed job, writing Parquet datasets per layer.

    Inputs (JSONL, CSV, Parquet, folders) are cut into partitions; finished partitions are skipped on a
    rerun, so a killed job resumes. Load the result with `lagebild ingest --from-parquet DIR`. Example:
    lagebild batch ../shared/data/10kGNAD/test.csv --out batch-out --workers 2
    """
    from tqdm import tqdm

    from .batch.job import run_batch
    from .errors import E143

    if workers is not None and scheduler:
        raise click.UsageError(E143)
    options = _options(fields, lang)
    with tqdm(desc="batch", unit="doc", disable=quiet, file=sys.stderr) as bar:
        report = run_batch(inputs, out, options, workers=workers, scheduler=scheduler,
                           partition_size=partition_size, progress=bar.update,
                           note=lambda text: click.echo(text, err=True))
    for error in report.errors[:20]:
        click.echo(f"error: {error}", err=True)
    click.echo(f"partitions {report.partitions} ({report.skipped} finished before), documents {report.documents}, "
               f"failed {report.failed} in {report.seconds:.1f} s ({report.docs_per_s:.1f} docs/s) -> {out}")
    ok = report.documents + report.skipped
    sys.exit(1 if report.errors else _exit_code(ok, report.failed, strict))


def _print_ingest(report: IngestReport, db: str, verbose: bool = False) -> None:
    for error in report.errors[:20]:
        click.echo(f"error: {error}", err=True)
    if len(report.errors) > 20:
        click.echo(f"... and {len(report.errors) - 20} more errors (all are in the store's failures table)", err=True)
    if verbose:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
    rate = report.stored / report.seconds if report.seconds else 0.0
    click.echo(f"read {report.read}, stored {report.stored}, skipped {report.skipped} (unchanged), "
               f"failed {report.failed} in {report.seconds:.1f} s ({rate:.1f} docs/s) -> {db}")
    spans = ", ".join(f"{name} {count}" for name, count in report.spans.items())
    click.echo(f"spans: {spans}")
    counts = report.warning_counts()
    if counts:
        listed = ", ".join(f"{code} {count}" for code, count in counts.items())
        click.echo(f"warnings: {listed} (stored per document, see `lagebild show DOC_ID`"
                   f"{'' if verbose else '; print each with --verbose'})")


@main.command()
@DB_OPTION
def summary(db) -> None:
    """A table of the stored documents and what was found in each.

    Example: lagebild summary
    """
    from .explain import summary_table

    with Lagebild(db=db).store() as store:
        click.echo(summary_table(store.summary(), store.failures()))


@main.command()
@click.argument("doc_id")
@DB_OPTION
def show(doc_id, db) -> None:
    """One stored document with every span found in it, explained.

    Example: lagebild show 000_f4b34a841edb3959
    """
    from .explain import explain_doc

    app = Lagebild(db=db)
    with app.store() as store:
        try:
            doc = store.load_doc(doc_id)
        except LagebildError as err:
            raise click.ClickException(str(err)) from None
    click.echo(explain_doc(doc))
    if doc.warnings:
        click.echo(f"\nwarnings ({len(doc.warnings)}):")
        for warning in doc.warnings:
            click.echo(f"  {warning}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format (the contract of gold/SCHEMA.md).")
@FIELD_OPTION
@LANG_OPTION
@STRICT_OPTION
@MAX_CHARS_OPTION
@MAX_FIGURES_OPTION
@TIME_LIMIT_OPTION
def analyze(paths, fmt, fields, lang, strict, max_chars, max_figures, time_limit) -> None:
    """Analyze documents without a store and write one JSON object per document to standard output.

    Example: lagebild analyze ../shared/corpus/seeds --format jsonl
    """
    app = Lagebild(_options(fields, lang, max_chars=max_chars, max_figures=max_figures, time_limit=time_limit))
    ok = failed = 0
    for item in app.analyze_paths(paths):
        if isinstance(item, ReadError):
            failed += 1
            click.echo(f"error: {item.message}", err=True)
            continue
        ok += 1
        click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
    sys.exit(_exit_code(ok, failed, strict))


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--table", default=None,
              help="For csv/parquet: documents, sentences, entities, timexes, quantities, attributions, claims, "
                   "relations, failures (default quantities), or variables: one row per claim with its variable.")
@click.option("--out", "-o", type=click.Path(), default=None, help="Output file (standard output for jsonl/csv).")
def export(db, fmt, table, out) -> None:
    """Export the store: documents in the analyze contract (jsonl), or one table (csv, parquet).

    Example: lagebild export --format csv --table quantities -o quantities.csv
    """
    from .io.writers import export_store

    app = Lagebild(db=db)
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    with app.store() as store:
        try:
            count = export_store(store, fmt, table, out)
        except LagebildError as err:
            raise click.UsageError(str(err)) from None
    if out:
        click.echo(f"wrote {count} rows to {out}", err=True)


def _variables(db: str):
    from .situation.variables import variables

    with Lagebild(db=db).store() as store:
        return variables(store)


def _pick(found, query: str, others: bool = True):
    """The best variable for ``query``; the other matching ones are listed on standard error."""
    from .situation.query import find_variables

    matching = find_variables(found, query)
    if not matching:
        names = ", ".join(v.name for v in found[:10])
        raise click.ClickException(f"no variable matches '{query}'. Largest variables: {names}")
    if others and len(matching) > 1:
        click.echo(f"{len(matching)} variables match '{query}'; showing the first:", err=True)
        for var in matching:
            click.echo(f"  {var.id:<36} {var.name:<40} {len(var.claims):>3} claims, {var.documents} docs", err=True)
    return matching[0]


@main.command()
@DB_OPTION
@click.option("--about", default=None,
              help="Only figures about TEXT: words as people type them, read as party, concept and measure "
                   "(\"nordkoreanische Soldaten\", \"North Korean troops\", \"getötete Soldaten\").")
@click.option("--source", default=None, help="Only figures whose source contains TEXT.")
@click.option("--since", default=None, help="Only figures referring to (or published) on or after DATE.")
def claims(db, about, source, since) -> None:
    """A table of figures: value with bounds, what is counted, source, certainty, time, document.

    Example: lagebild claims --about Soldat --source Pentagon
    """
    from .situation.query import claim_matches, parse_query
    from .situation.variables import load_claims

    with Lagebild(db=db).store() as store:
        rows = load_claims(store)
    query = parse_query(about) if about else None
    rows = [c for c in rows
            if (query is None or claim_matches(c, query))
            and (not source or source.lower() in c.source.lower())
            and (not since or (c.when or "") >= since)]
    for c in rows:
        click.echo(f"{c.shown():>18}  {c.unit or '-':<16} {c.actor or '-':<11} {c.source:<26} {c.hedge:<9} "
                   f"{c.when or '-':<10} {c.claim_type:<8} {c.doc_id}  «{c.text}»")
    click.echo(f"{len(rows)} figures", err=True)


@main.command(name="variables")
@DB_OPTION
@click.option("--all", "show_all", is_flag=True, help="Also variables with a single claim.")
@click.option("--explain", is_flag=True, help="Say why each claim is in its variable.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one object per variable with party, concept, measure and its claims.")
def variables_cmd(db, show_all, explain, fmt) -> None:
    """Figures that measure the same thing, grouped across documents, with the reasons.

    A variable is keyed by party (whose things), concept (what is counted, the same across languages)
    and measure (sent or present, killed, wounded, captured ...). Example: lagebild variables --explain
    """
    found = [v for v in _variables(db) if len(v.claims) >= 2 or show_all]
    if fmt == "json":
        from .situation.variables import variable_dict

        click.echo(json.dumps([variable_dict(v) for v in found], ensure_ascii=False, indent=2))
        return
    for var in found:
        values = ", ".join(c.shown() for c in var.timeline())
        click.echo(f"{var.id:<32} {var.name:<36} {len(var.claims):>3} claims, {var.documents} docs: {values}")
        if explain:
            for key, why in var.reasons.items():
                click.echo(f"    {key}: {why}")


@main.group()
def variable() -> None:
    """Override the grouping: rename, merge and split variables (kept in the store)."""


def _override(db: str, action: str, variable_id: str, target: str, claim: str | None = None) -> None:
    from .situation.variables import add_override

    var = _pick(_variables(db), variable_id)
    with Lagebild(db=db).store() as store:
        add_override(store, action, var.id, target, claim)
    click.echo(f"{action}: {var.name} -> {target}")


@variable.command()
@click.argument("variable_id")
@click.argument("name")
@DB_OPTION
def rename(variable_id, name, db) -> None:
    """Give a variable a name. Example: lagebild variable rename troops-nordkorea "Nordkoreanische Soldaten"
    """
    _override(db, "rename", variable_id, name)


@variable.command()
@click.argument("variable_id")
@click.argument("into")
@DB_OPTION
def merge(variable_id, into, db) -> None:
    """Merge a variable into another. Example: lagebild variable merge workers-nordkorea troops-nordkorea"""
    target = _pick(_variables(db), into)
    _override(db, "merge", variable_id, target.id)


@variable.command()
@click.argument("variable_id")
@click.argument("claim")
@click.argument("name")
@DB_OPTION
def split(variable_id, claim, name, db) -> None:
    """Move one claim (DOC_ID:START, see `lagebild variables --explain`) into a new or other variable.

    Example: lagebild variable split troops-nordkorea 003_0ec25aa2548c43c0:2043 "Kim-Zusagen"
    """
    _override(db, "split", variable_id, name, claim)


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--out", default="lagebild-out", show_default=True, type=click.Path(), help="Folder for the charts.")
def timeline(query, db, out) -> None:
    """How one figure evolved: its claims in time order, and a chart (PNG and SVG).

    QUERY is a variable id or words as people type them, in German or English ("nordkoreanische
    Soldaten", "North Korean troops"); when several variables match, they are listed.
    Example: lagebild timeline "nordkoreanische Soldaten"
    """
    _show_timeline(_pick(_variables(db), query), Path(out))


def _show_timeline(var, out: Path) -> None:
    from .situation.conflicts import conflicts
    from .situation.timeline import draw_chart, format_timeline

    click.echo(format_timeline(var))
    for conflict in conflicts(var):
        click.echo(f"  conflict: {conflict.describe()}")
    png, svg = draw_chart(var, out)
    click.echo(f"chart: {png} {svg}")


@main.command(name="conflicts")
@click.argument("query", required=False)
@DB_OPTION
def conflicts_cmd(query, db) -> None:
    """Claims of one variable that cannot both hold for the same time (all variables without QUERY).

    QUERY is read as for `lagebild timeline`. Example: lagebild conflicts "North Korean troops"
    """
    from .situation.conflicts import conflicts

    found = _variables(db)
    chosen = [_pick(found, query)] if query else found
    total = 0
    for var in chosen:
        for conflict in conflicts(var):
            total += 1
            click.echo(f"{var.name}: {conflict.describe()}")
    click.echo(f"{total} conflicts", err=True)


@main.command()
@DB_OPTION
@click.option("--out", default="lagebild-out/report.html", show_default=True, type=click.Path(),
              help="The HTML file to write.")
def report(db, out) -> None:
    """Write one self-contained HTML page with the variables, their timelines and conflicts.

    Example: lagebild report --out lagebild-out/report.html
    """
    _write_report(_variables(db), db, Path(out))


def _write_report(found, db: str, path: Path, graph: dict | None = None) -> None:
    from .situation.report import render_report

    with Lagebild(db=db).store() as store:
        summary_rows = store.summary()
    if graph is None:
        graph = Lagebild(db=db).graph()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(found, summary_rows, graph=graph), encoding="utf-8")
    click.echo(f"report: {path}")


@main.command()
@DB_OPTION
@click.option("--out", default="lagebild-out", show_default=True, type=click.Path(),
              help="Folder for the charts and the report.")
@click.option("--top", default=3, show_default=True, help="How many variables to print with their timelines.")
def situation(db, out, top) -> None:
    """The situation picture: the largest variables with timelines and conflicts, charts and the report page.

    Example: lagebild situation
    """
    found = _variables(db)  # computed once for the timelines and the report
    shared = [v for v in found if len(v.claims) >= 2]
    click.echo(f"{len(shared)} variables with two or more claims")
    for var in shared[:top]:
        click.echo("")
        _show_timeline(var, Path(out))
    graph = _show_graph(db, Path(out))
    _write_report(found, db, Path(out) / "report.html", graph)


def _show_graph(db: str, out: Path) -> dict:
    """Print the situation graph's strongest edges and draw it beside the timelines."""
    from .situation.graph import draw_graph, format_graph

    data = Lagebild(db=db).graph()
    click.echo("\nSituation graph (who does what to whom):")
    click.echo(format_graph(data, limit=12))
    png, svg = draw_graph(data, out)
    click.echo(f"graph: {png}, {svg}")
    return data


@main.command(name="graph")
@click.argument("query", required=False)
@DB_OPTION
@click.option("--since", default=None, help="Only relations dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", default=None, help="Only relations dated on or before DATE.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "graphml"]), default="text", show_default=True)
@click.option("--out", default=None, type=click.Path(), help="Also draw the graph (graph.png, graph.svg) into DIR.")
def graph_cmd(query, db, since, until, fmt, out) -> None:
    """The situation graph: actors, and what flows between them (edges per actor, type, recipient) over time.

    Example: lagebild graph Nordkorea --since 2024-10 --format text
    """
    from .situation.graph import (
        build_graph,
        draw_graph,
        format_graph,
        graph_dict,
        graphml,
        load_relations,
        select,
    )

    for value in (since, until):
        if value:
            try:
                check_date(value)
            except LagebildError as err:
                raise click.UsageError(str(err)) from None
    with Lagebild(db=db).store() as store:
        found = build_graph(select(load_relations(store), query, since, until))
    data = graph_dict(found)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "graphml":
        click.echo(graphml(found))
    else:
        click.echo(format_graph(data))
    if out:
        png, svg = draw_graph(data, Path(out))
        click.echo(f"graph: {png}, {svg}", err=fmt != "text")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; only this machine can connect unless you give another.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-write", is_flag=True,
              help="Allow overrides (rename, merge, split) and uploads; they need the token printed at start.")
@click.option("--token", default=None, envvar="LAGEBILD_TOKEN",
              help="The token writes must send (env LAGEBILD_TOKEN; made up at start when not given).")
@click.option("--rebuild-index", is_flag=True, help="Rebuild the full-text index of the sentences first.")
def serve(db, host, port, allow_write, token, rebuild_index) -> None:
    """The web app and JSON API over the store: claims, variables with timelines, documents, sources.

    Example: lagebild serve --db lagebild.db  (then open 127.0.0.1:8000 in a browser; the API is at /docs)
    """
    import uvicorn

    from .web import create_app
    from .web.api import rebuild_index as rebuild

    if not Path(db).exists():
        raise click.ClickException(f"no store {db}. Ingest documents first: lagebild ingest PATH --db {db}")
    if rebuild_index:
        click.echo(f"indexed {rebuild(db)} sentences for full-text search")
    app = create_app(db, allow_write=allow_write, token=token)
    if allow_write:
        click.echo(f"writes allowed with the token: {app.state.settings.token}")
    click.echo(f"lagebild serves {db} on {host}:{port} (Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")

main.add_command(eval_group)
main.add_command(date_cmd)

if __name__ == "__main__":  # pragma: no cover
    main()
