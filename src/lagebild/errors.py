"""Error codes with guidance, in one place (after spaCy's errors.py).

Every message names the input it is about and says what to do. Raise them as
``LagebildError(E001, path=...)``; the CLI turns them into plain sentences.
"""

from __future__ import annotations

E001 = "E001: {path}: the file is binary (found NUL bytes or non-text content). Give a .txt, .md, .html, .jsonl or .csv file."
E002 = "E002: {path}: the file is empty. Remove it or add text."
E003 = "E003: {path}: cannot decode the text as UTF-8, cp1252 or latin-1. Convert it to UTF-8."
E004 = "E004: {path}, line {line}: malformed JSON ({reason}). Fix the line or remove it; the other lines are read."
E005 = "E005: {path}, line {line}: the record has no text in field '{field}'. Map the text field with --field text=NAME."
E006 = "E006: {path}: unsupported file type '{suffix}'. Supported: .txt, .md, .html, .htm, .jsonl, .csv."
E007 = "E007: {path}: no such file or folder."
E008 = "E008: {path}: no article text could be extracted from the HTML page."
E009 = "E009: {path}, line {line}: the CSV row has no text column '{field}'. Use --field text=COLUMN."
E010 = "E010: unknown pipeline component '{name}'. Registered components: {names}."
E011 = "E011: component '{name}' requires '{missing}', which no earlier component assigns. Add a component that assigns it before '{name}' in the pipeline."
E012 = "E012: {path}: the language resource has no FORMAT header. Start the file with '# FORMAT: ...'."
E013 = "E013: {path}, line {line}: cannot parse the resource line ({reason})."
E014 = "E014: no language resource '{name}' for language '{lang}' (looked in {where})."
E015 = "E015: unsupported language '{lang}'. Supported languages: {langs}."
E016 = "E016: invalid publication date '{value}'. Use YYYY, YYYY-MM or YYYY-MM-DD."
E017 = "E017: {path}: the store was written by a newer schema version ({found} > {known}). Upgrade lagebild."
E018 = "E018: no document '{doc}' in the store {path}. List the documents with `lagebild claims` or `lagebild export`."
E019 = "E019: unknown --field mapping '{value}'. Use NAME=FIELD, e.g. --field text=body."
E020 = "E020: {path}: the text exceeds the size limit of {limit} characters ({size}). Split the document."
E021 = "E021: {path}: no gold record for document '{doc}'."
E022 = "E022: unknown export format '{fmt}'. Use jsonl, csv or parquet."
E023 = "E023: {path}, line {line}: the value '{value}' of field '{field}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)."
E024 = "E024: relative time expression '{text}' cannot be normalized without an anchor date. Give the publication date or let dating estimate it."
E025 = "E025: {path}: the document has {size} characters, over the limit of {limit} per document. Split it into smaller documents, or raise the limit (--max-chars, Options.max_chars)."
E026 = "E026: {path}: analysis stopped after {seconds:.1f} s in component '{component}', over the time limit of {limit} CPU seconds per document. Split the document, or raise the limit (--time-limit, Options.time_limit)."
E027 = "E027: {path}: the store cannot be written ({reason}). Free disk space or fix the permissions, then rerun the ingest: stored batches are kept and skipped, the rest is analyzed again."
E029 = "E029: {path}: the document holds {count} figures, over the limit of {limit} per document (a table or a list of numbers rather than an article?); it is not stored. Split it into smaller documents, or raise the limit (--max-figures, Options.max_figures)."
E028 = "E028: {path}, line {line}: the gold record cannot be read ({reason}). A gold file holds one JSON object with a doc_id per line (gold/SCHEMA.md)."

# Warnings: stored with the document (documents.warnings), counted per code in ingest's summary.
W001 = "W001: {path}: not UTF-8; decoded as {encoding}. Check umlauts and quote marks."
W002 = "W002: a sentence of {tokens} tokens at offset {start} was cut into parts of at most {limit} tokens (a list or table without full stops?)."
W003 = "W003: {path}: no publication date and no evidence to estimate one; relative time expressions stay unresolved. Give the date: a 'published' field (JSONL/CSV, --field published=NAME) or a ' date YYYY-MM-DD ' prefix in a .txt file."


def warning_code(warning: str) -> str:
    """The code a warning starts with ("W002", "E024"), "other" when it has none."""
    head = warning.split(":", 1)[0]
    return head if len(head) == 4 and head[0] in "EW" and head[1:].isdigit() else "other"

# Scale-out (issue 14): numbered from 140 so that codes added by parallel work do not collide.
E140 = "E140: cannot connect to the PostgreSQL store {url}: {reason}. Check the URL (postgresql://user@host:port/db), that the server runs and that the user may log in."
E141 = "E141: {path}: not a lagebild batch output (no documents/ dataset). Give the --out folder of `lagebild batch`."
E142 = "E142: {path}: cannot read the Parquet file ({reason})."
E143 = "E143: --workers and --scheduler exclude each other: give the number of local worker processes or the address of a running Dask scheduler."
E144 = "E144: the PostgreSQL store needs psycopg 3, which is not installed. Install it with: pip install 'lagebild[postgres]'."

# The web app and JSON API (`lagebild serve`, issue 13): codes E130-E139.
E130 = "E130: the store is served read-only. Start `lagebild serve --allow-write` to change it (with its token)."
E131 = "E131: a write needs the token printed by `lagebild serve --allow-write`. Send it in the header X-Lagebild-Token."
E132 = "E132: the request body is larger than {limit} bytes. Split the upload into smaller files."
E133 = "E133: no variable '{variable}' in the store. List the variables at /api/variables."


class LagebildError(Exception):
    """An error with a code and guidance; ``str(err)`` is the full message."""

    def __init__(self, template: str, **fields: object) -> None:
        self.code = template.split(":", 1)[0]
        self.fields = fields
        super().__init__(template.format(**fields))


class TimeLimitExceeded(LagebildError):
    """A document's analysis ran over its time budget (E026)."""
