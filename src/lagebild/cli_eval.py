"""``lagebild eval``: score the analysis against gold annotations (part of the command line, cli.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click

from .errors import LagebildError

GOLD_OPTION = click.option("--gold", required=True, type=click.Path(exists=True), help="Gold JSONL (gold/SCHEMA.md).")
DOCS_OPTION = click.option("--docs", required=True, type=click.Path(exists=True), help="Folder with the gold documents.")
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
ERRORS_OPTION = click.option("--errors", "show_errors", is_flag=True, help="List every miss, false hit and wrong field.")


def scoring_options(command):
    """The options of every scoring command: --gold, --docs, --json, --errors (in that order in --help)."""
    for option in (ERRORS_OPTION, JSON_OPTION, DOCS_OPTION, GOLD_OPTION):
        command = option(command)
    return command


@click.group(name="eval")
def eval_group() -> None:
    """Score the analysis against gold annotations."""


def _score(evaluate: Callable, gold: str, docs: str, formatter: Callable[[dict], str], as_json: bool,
           show_errors: bool) -> None:
    """Run one evaluation and print its summary (text or JSON) and, if asked, every error as a JSON line."""
    try:
        result = evaluate(Path(gold), Path(docs))
    except LagebildError as err:
        raise click.ClickException(str(err)) from None
    summary = result.summary()
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if as_json else formatter(summary))
    if show_errors:
        for error in result.errors:
            click.echo(json.dumps(error, ensure_ascii=False))


@eval_group.command(name="claims")
@scoring_options
def eval_claims(gold, docs, as_json, show_errors) -> None:
    """Quantities, attributions, claims and dating against a gold file.

    Example: lagebild eval claims --gold ../shared/gold/seeds.jsonl --docs ../shared/corpus/seeds
    """
    from .evaluation.run import evaluate_folder, format_summary

    _score(evaluate_folder, gold, docs, format_summary, as_json, show_errors)


@eval_group.command(name="relations")
@scoring_options
def eval_relations(gold, docs, as_json, show_errors) -> None:
    """Relations against a gold file: edge and typed P/R/F1, accuracy of figure, status, hedge and source.

    Example: lagebild eval relations --gold ../shared/corpus/story-dev/gold.jsonl --docs ../shared/corpus/story-dev/docs
    """
    from .evaluation.relations import evaluate_relations_folder, format_relations

    _score(evaluate_relations_folder, gold, docs, format_relations, as_json, show_errors)


@eval_group.command(name="variables")
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="Gold JSONL whose quantities carry a `variable` tag (corpus/story-dev/gold.jsonl).")
@DOCS_OPTION
@JSON_OPTION
@click.option("--errors", "show_errors", is_flag=True, help="List every tagged figure outside its variable.")
def eval_variables(gold, docs, as_json, show_errors) -> None:
    """The grouping of claims into variables against gold variable tags: B-cubed P/R/F1, and per gold
    variable the recall and purity of the predicted variable holding most of its figures.

    Example: lagebild eval variables --gold ../shared/corpus/story-dev/gold.jsonl --docs ../shared/corpus/story-dev/docs
    """
    from .evaluation.variables import evaluate_variables, format_variable_scores

    _score(evaluate_variables, gold, docs, format_variable_scores, as_json, show_errors)
