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
from .core import IngestReport, Lagebild, Options
from .errors import LagebildError
from .io.readers import ReadError, parse_fields
from .store.sqlite import DEFAULT_DB

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, envvar="LAGEBILD_DB",
                         help="SQLite store file (env LAGEBILD_DB).")
FIELD_OPTION = click.option("--field", "fields", multiple=True, metavar="NAME=FIELD",
                            help="Map a record field of JSONL/CSV input: text, id, title, published, url, outlet.")
LANG_OPTION = click.option("--lang", type=click.Choice(["de", "en"]), default=None,
                           help="Language of every document (detected per document when not given).")
STRICT_OPTION = click.option("--strict", is_flag=True, help="Exit non-zero when any document fails.")


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
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@FIELD_OPTION
@LANG_OPTION
@STRICT_OPTION
@click.option("--batch-size", default=50, show_default=True, help="Documents per store transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths, db, fields, lang, strict, batch_size, quiet) -> None:
    """Read, analyze and store documents (files or folders, recursively).

    Unchanged documents are skipped; changed ones are replaced. Example:
    lagebild ingest examples/nordkorea
    """
    from tqdm import tqdm

    app = Lagebild(_options(fields, lang, batch_size=batch_size), db=db)
    with tqdm(desc="ingest", unit="doc", disable=quiet, file=sys.stderr) as bar:
        report = app.ingest(paths, progress=bar.update)
    _print_ingest(report, db)
    sys.exit(_exit_code(report.stored + report.skipped, report.failed, strict))


def _print_ingest(report: IngestReport, db: str) -> None:
    for error in report.errors[:20]:
        click.echo(f"error: {error}", err=True)
    if len(report.errors) > 20:
        click.echo(f"... and {len(report.errors) - 20} more errors (all are in the store's failures table)", err=True)
    for warning in report.warnings[:10]:
        click.echo(f"warning: {warning}", err=True)
    rate = report.stored / report.seconds if report.seconds else 0.0
    click.echo(f"read {report.read}, stored {report.stored}, skipped {report.skipped} (unchanged), "
               f"failed {report.failed} in {report.seconds:.1f} s ({rate:.1f} docs/s) -> {db}")
    spans = ", ".join(f"{name} {count}" for name, count in report.spans.items())
    click.echo(f"spans: {spans}")


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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format (the contract of gold/SCHEMA.md).")
@FIELD_OPTION
@LANG_OPTION
@STRICT_OPTION
def analyze(paths, fmt, fields, lang, strict) -> None:
    """Analyze documents without a store and write one JSON object per document to standard output.

    Example: lagebild analyze examples/nordkorea --format jsonl
    """
    app = Lagebild(_options(fields, lang))
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
              help="For csv/parquet: documents, sentences, entities, timexes, quantities, attributions, claims "
                   "or failures (default quantities).")
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


@main.group(name="eval")
def eval_group() -> None:
    """Score the analysis against gold annotations."""


@eval_group.command(name="claims")
@click.option("--gold", required=True, type=click.Path(exists=True), help="Gold JSONL (gold/SCHEMA.md).")
@click.option("--docs", required=True, type=click.Path(exists=True), help="Folder with the gold documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, false hit and wrong field.")
def eval_claims(gold, docs, as_json, show_errors) -> None:
    """Quantities, attributions, claims and dating against a gold file.

    Example: lagebild eval claims --gold ../shared/gold/seeds.jsonl --docs examples/nordkorea
    """
    from .evaluation.run import evaluate_folder, format_summary

    try:
        result = evaluate_folder(Path(gold), Path(docs))
    except LagebildError as err:
        raise click.ClickException(str(err)) from None
    summary = result.summary()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(format_summary(summary))
    if show_errors:
        for error in result.errors:
            click.echo(json.dumps(error, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
