"""Options shared by the commands of the ``lagebild`` command line (cli.py and its cli_*.py parts)."""

from __future__ import annotations

import click

from .core import Options
from .store.sqlite import DEFAULT_DB

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, envvar="LAGEBILD_DB",
                         help="SQLite store file, or a postgresql://user@host/db URL (env LAGEBILD_DB).")
FIELD_OPTION = click.option("--field", "fields", multiple=True, metavar="NAME=FIELD",
                            help="Map a record field of JSONL/CSV input: text, id, title, published, url, outlet.")
LANG_OPTION = click.option("--lang", type=click.Choice(["de", "en"]), default=None,
                           help="Language of every document (detected per document when not given).")
STRICT_OPTION = click.option("--strict", is_flag=True, help="Exit non-zero when any document fails.")
MAX_CHARS_OPTION = click.option("--max-chars", default=Options.max_chars, show_default=True,
                                help="Fail a document longer than this many characters (0: no limit).")
MAX_FIGURES_OPTION = click.option("--max-figures", default=Options.max_figures, show_default=True,
                                  help="Fail a document holding more figures than this, a table rather than an "
                                       "article (0: no limit).")
TIME_LIMIT_OPTION = click.option("--time-limit", default=Options.time_limit, show_default=True,
                                 help="Fail a document whose analysis takes longer, in CPU seconds (0: no limit).")
