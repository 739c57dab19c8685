"""Readers: files and folders to documents.

``read_paths`` walks files and folders (recursively) and yields a ``Doc`` for
every document and a ``ReadError`` for every file or record that cannot be
read, so one broken input never stops a batch.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import E004, E005, E006, E007, E008, E009, E019, E020, E023, LagebildError
from ..model import Doc, check_date
from .decode import MAX_BYTES, read_text

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")
# ` date 2024-10 ` before the first sentence gives the publication date (corpus/seeds convention).
DATE_PREFIX = re.compile(r"^\s?date (\d{4}(?:-\d{2}){0,2}) ")
DEFAULT_FIELDS = {"text": "text", "id": "id", "title": "title", "published": "published", "url": "url",
                  "outlet": "outlet"}
ID_FALLBACKS = ("id", "doc_id")
MAX_CHARS = 5_000_000


@dataclass
class ReadError:
    """A file or record that could not be read, with the message that says why."""

    path: str
    message: str
    line: int | None = None
    doc_id: str | None = None


def parse_fields(mappings: Iterable[str]) -> dict[str, str]:
    """``["text=body", "id=guid"]`` -> field mapping over the defaults; E019 on a bad item."""
    fields = dict(DEFAULT_FIELDS)
    for item in mappings:
        name, sep, value = item.partition("=")
        if not sep or name not in DEFAULT_FIELDS or not value:
            raise LagebildError(E019, value=item)
        fields[name] = value
    return fields


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Every readable file under ``paths`` in a stable order; missing paths as ReadError."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                yield child
        elif path.is_file():
            yield path
        else:
            yield ReadError(str(path), str(LagebildError(E007, path=path)))


def read_paths(paths: Iterable[str | Path], fields: dict[str, str] | None = None,
               max_bytes: int = MAX_BYTES) -> Iterator[Doc | ReadError]:
    """Documents of every file under ``paths``; unreadable inputs come out as ReadError."""
    fields = fields or dict(DEFAULT_FIELDS)
    for path in iter_files(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        try:
            yield from read_file(path, fields, max_bytes)
        except LagebildError as err:
            yield ReadError(str(path), str(err))


def read_file(path: Path, fields: dict[str, str] | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Doc | ReadError]:
    """Documents of one file, dispatched on its suffix."""
    fields = fields or dict(DEFAULT_FIELDS)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise LagebildError(E006, path=path, suffix=suffix or "(none)")
    text, warnings = read_text(path, max_bytes)
    if suffix in (".txt", ".md"):
        yield _checked(text_doc(text, path.stem, str(path), warnings), path)
    elif suffix in (".html", ".htm"):
        yield _checked(html_doc(text, path.stem, str(path), warnings), path)
    elif suffix == ".jsonl":
        yield from jsonl_docs(text, path, fields, warnings)
    else:
        yield from csv_docs(text, path, fields, warnings)


def _checked(doc: Doc, path: Path, line: int | None = None) -> Doc:
    if len(doc.text) > MAX_CHARS:
        raise LagebildError(E020, path=path if line is None else f"{path}, line {line}", limit=MAX_CHARS,
                            size=len(doc.text))
    return doc


def text_doc(text: str, doc_id: str, path: str | None = None, warnings: list[str] | None = None,
             published: str | None = None) -> Doc:
    """A document from plain text; a leading ` date YYYY-MM[-DD] ` sets the publication date."""
    body_start = 0
    match = DATE_PREFIX.match(text)
    if match:
        published = published or check_date(match.group(1))
        body_start = match.end()
    return Doc(doc_id=doc_id, text=text, published=published, path=path, body_start=body_start,
               warnings=list(warnings or []))


def html_doc(html: str, doc_id: str, path: str | None = None, warnings: list[str] | None = None) -> Doc:
    """The main text, title and date of an HTML page, via trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    if not text:
        raise LagebildError(E008, path=path or doc_id)
    published = None
    if data.get("date"):
        try:
            published = check_date(str(data["date"]))
        except LagebildError:
            published = None
    doc = text_doc(text, doc_id, path, warnings, published=published)
    doc.title = data.get("title")
    doc.url = data.get("url")
    doc.outlet = data.get("sitename")
    return doc


def _date_field(value: object, path: Path, line: int, field: str) -> str | None:
    try:
        return check_date(str(value)) if value not in (None, "") else None
    except LagebildError:
        raise LagebildError(E023, path=path, line=line, value=value, field=field) from None


def record_doc(record: dict, path: Path, line: int, fields: dict[str, str], warnings: list[str]) -> Doc:
    """A document from one JSONL or CSV record, through the field mapping."""
    text = record.get(fields["text"])
    if not isinstance(text, str) or not text.strip():
        raise LagebildError(E005, path=path, line=line, field=fields["text"])
    doc_id = record.get(fields["id"])
    if doc_id in (None, "") and fields["id"] == DEFAULT_FIELDS["id"]:
        doc_id = next((record[key] for key in ID_FALLBACKS if record.get(key) not in (None, "")), None)
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{path.stem}-{line}"
    published = _date_field(record.get(fields["published"]), path, line, fields["published"])
    doc = text_doc(text, doc_id, f"{path}:{line}", warnings, published=published)
    doc.title = record.get(fields["title"]) or None
    doc.url = record.get(fields["url"]) or None
    doc.outlet = record.get(fields["outlet"]) or None
    doc.meta = {k: v for k, v in record.items() if k not in fields.values() and isinstance(v, str | int | float)}
    return _checked(doc, path, line)


def jsonl_docs(text: str, path: Path, fields: dict[str, str], warnings: list[str]) -> Iterator[Doc | ReadError]:
    for line, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            yield jsonl_line_doc(raw, path, line, fields, warnings)


def jsonl_line_doc(raw: str, path: Path, line: int, fields: dict[str, str],
                   warnings: list[str]) -> Doc | ReadError:
    """One non-empty JSONL line as a document, or the error that names its file and line."""
    try:
        record = json.loads(raw)
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
    except ValueError as err:
        return ReadError(str(path), str(LagebildError(E004, path=path, line=line, reason=err)), line=line)
    try:
        return record_doc(record, path, line, fields, warnings)
    except LagebildError as err:
        return ReadError(str(path), str(err), line=line)


# Dialects tried in order; the first that gives every sampled row the same number (>= 2) of columns wins.
_DIALECTS = ((",", '"'), (";", '"'), (";", "'"), ("\t", '"'), ("|", '"'))


def _sniff(text: str) -> tuple[str, str]:
    sample = text[:200_000].split("\n")[:-1][:30] or [text]
    best, best_rows = (",", '"'), -1
    for delimiter, quote in _DIALECTS:
        rows = list(csv.reader(sample, delimiter=delimiter, quotechar=quote))
        widths = {len(row) for row in rows if row}
        if len(widths) == 1 and widths.pop() >= 2:
            # prefer the dialect whose quote char actually quotes fields
            score = sum(line.count(delimiter + quote) for line in sample)
            if score > best_rows:
                best, best_rows = (delimiter, quote), score
    return best


def csv_docs(text: str, path: Path, fields: dict[str, str], warnings: list[str]) -> Iterator[Doc | ReadError]:
    """CSV with a header naming the fields, or headerless (e.g. 10kGNAD ``label;'text'``)."""
    delimiter, quote = _sniff(text)
    rows = csv.reader(text.split("\n"), delimiter=delimiter, quotechar=quote)
    first = next(rows, None)
    if first is None:
        return
    mapped = set(fields.values())
    if mapped & set(first):
        header, start = first, 2
    else:
        # Headerless: the widest column is the text, the others are kept as metadata.
        header = [f"col{i}" for i in range(len(first))]
        widest = max(range(len(first)), key=lambda i: len(first[i]))
        header[widest] = fields["text"]
        rows = itertools.chain([first], rows)
        start = 1
    if fields["text"] not in header:
        yield ReadError(str(path), str(LagebildError(E009, path=path, line=1, field=fields["text"])), line=1)
        return
    for line, row in enumerate(rows, start=start):
        if not row or not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))
        try:
            yield record_doc(record, path, line, fields, warnings)
        except LagebildError as err:
            yield ReadError(str(path), str(err), line=line)


def _chain(head, rest):
    yield from head
    yield from rest
