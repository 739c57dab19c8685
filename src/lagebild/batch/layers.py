"""Documents <-> Arrow tables, one table per layer (the Parquet datasets a batch writes).

Every layer row carries the ``doc_id`` and ``i`` (position in its layer); the span columns are the
fields of the layer's dataclass (types from its annotations; lists and dicts as JSON text), so fields
added to the model come along. ``docs_from_tables`` rebuilds the documents for ``ingest --from-parquet``.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from typing import Any

import pyarrow as pa

from .. import model
from ..model import Doc, Sentence
from ..store.sqlite import LAYERS, content_hash

# Layer name -> (Doc attribute, dataclass); relations are written when the model has them.
SPAN_LAYERS: dict[str, tuple[str, type | None]] = dict(LAYERS)
SPAN_LAYERS.setdefault("relations", ("relations", getattr(model, "Relation", None)))
DATASETS = ("documents", "sentences", *SPAN_LAYERS, "failures")

DOC_COLUMNS = {
    "doc_id": pa.string(), "partition": pa.string(), "path": pa.string(), "title": pa.string(),
    "url": pa.string(), "outlet": pa.string(), "lang": pa.string(), "published": pa.string(),
    "published_estimate": pa.string(), "dating": pa.string(), "body_start": pa.int64(),
    "content_hash": pa.string(), "pipeline": pa.string(), "tokens": pa.int64(), "meta": pa.string(),
    "warnings": pa.string(), "text": pa.string(),
}
SENTENCE_COLUMNS = {"doc_id": pa.string(), "i": pa.int64(), "start": pa.int64(), "end": pa.int64(),
                    "kind": pa.string()}
FAILURE_COLUMNS = {"partition": pa.string(), "path": pa.string(), "line": pa.int64(), "doc_id": pa.string(),
                   "error": pa.string()}
# For a layer whose dataclass is unknown (a model without it): the item as one JSON column.
OPAQUE_COLUMNS = {"doc_id": pa.string(), "i": pa.int64(), "data": pa.string()}


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type for a dataclass field annotation (given as text under postponed evaluation)."""
    text = str(annotation).replace(" ", "")
    if text.startswith(("list", "dict", "tuple", "set")):
        return pa.string()  # JSON
    if "bool" in text:
        return pa.bool_()
    if "float" in text:
        return pa.float64()
    if "int" in text.split("|"):
        return pa.int64()
    return pa.string()


def _is_json(kind: pa.DataType, annotation: Any) -> bool:
    return kind == pa.string() and str(annotation).replace(" ", "").startswith(("list", "dict", "tuple", "set"))


def layer_columns(klass: type | None) -> dict[str, pa.DataType]:
    if klass is None:
        return dict(OPAQUE_COLUMNS)
    columns = {"doc_id": pa.string(), "i": pa.int64()}
    for f in dataclasses.fields(klass):
        columns[f.name] = arrow_type(f.type)
    return columns


def schema(columns: dict[str, pa.DataType]) -> pa.Schema:
    return pa.schema(list(columns.items()))


def _empty(columns: dict[str, pa.DataType]) -> dict[str, list]:
    return {name: [] for name in columns}


def tables_for(partition: str, docs: list[Doc], failures: list[tuple[str, int | None, str | None, str]],
               signature: str) -> dict[str, pa.Table]:
    """One Arrow table per dataset for one partition's analyzed documents and failures."""
    cols: dict[str, dict[str, list]] = {"documents": _empty(DOC_COLUMNS), "sentences": _empty(SENTENCE_COLUMNS),
                                        "failures": _empty(FAILURE_COLUMNS)}
    kinds = {name: layer_columns(klass) for name, (_, klass) in SPAN_LAYERS.items()}
    for name in SPAN_LAYERS:
        cols[name] = _empty(kinds[name])
    for doc in docs:
        row = {"doc_id": doc.doc_id, "partition": partition, "path": doc.path, "title": doc.title, "url": doc.url,
               "outlet": doc.outlet, "lang": doc.lang, "published": doc.published,
               "published_estimate": doc.published_estimate,
               "dating": json.dumps(doc.dating, ensure_ascii=False) if doc.dating else None,
               "body_start": doc.body_start, "content_hash": content_hash(doc, signature), "pipeline": signature,
               "tokens": len(doc.tokens), "meta": json.dumps(doc.meta, ensure_ascii=False),
               "warnings": json.dumps(doc.warnings, ensure_ascii=False), "text": doc.text}
        for name, value in row.items():
            cols["documents"][name].append(value)
        for s in doc.sents:
            for name, value in (("doc_id", doc.doc_id), ("i", s.i), ("start", s.start), ("end", s.end),
                                ("kind", s.kind)):
                cols["sentences"][name].append(value)
        for name, (attr, klass) in SPAN_LAYERS.items():
            target = cols[name]
            for i, item in enumerate(getattr(doc, attr, None) or []):
                target["doc_id"].append(doc.doc_id)
                target["i"].append(i)
                if klass is None:
                    data = dataclasses.asdict(item) if dataclasses.is_dataclass(item) else item
                    target["data"].append(json.dumps(data, ensure_ascii=False, default=str))
                    continue
                for f in dataclasses.fields(klass):
                    value = getattr(item, f.name, None)
                    if _is_json(kinds[name][f.name], f.type):
                        value = json.dumps(value, ensure_ascii=False, default=str) if value is not None else None
                    target[f.name].append(value)
    for path, line, doc_id, error in failures:
        for name, value in (("partition", partition), ("path", path), ("line", line), ("doc_id", doc_id),
                            ("error", error)):
            cols["failures"][name].append(value)
    specs = {"documents": DOC_COLUMNS, "sentences": SENTENCE_COLUMNS, "failures": FAILURE_COLUMNS, **kinds}
    return {name: pa.Table.from_pydict(cols[name], schema=schema(specs[name])) for name in DATASETS}


def _number(value: Any) -> Any:
    # as the store reads them back: whole floats of value/low/high are ints
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def docs_from_tables(tables: dict[str, pa.Table]) -> list[tuple[Doc, str]]:
    """The documents (with the pipeline signature that analyzed each) of one partition's tables."""
    docs: dict[str, Doc] = {}
    signatures: dict[str, str] = {}
    for row in tables["documents"].to_pylist():
        doc = Doc(doc_id=row["doc_id"], text=row["text"], published=row["published"],
                  published_estimate=row["published_estimate"], title=row["title"], url=row["url"],
                  outlet=row["outlet"], path=row["path"], lang=row["lang"], body_start=row["body_start"] or 0,
                  meta=json.loads(row["meta"] or "{}"), warnings=json.loads(row["warnings"] or "[]"),
                  dating=json.loads(row["dating"]) if row["dating"] else None)
        docs[doc.doc_id] = doc
        signatures[doc.doc_id] = row["pipeline"] or ""
    for row in tables["sentences"].to_pylist():
        if row["doc_id"] in docs:
            docs[row["doc_id"]].sents.append(Sentence(i=row["i"], start=row["start"], end=row["end"],
                                                      kind=row["kind"]))
    for name, (attr, klass) in SPAN_LAYERS.items():
        if name not in tables or klass is None:
            continue
        fields = {f.name: f for f in dataclasses.fields(klass)}
        kinds = layer_columns(klass)
        grouped: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        for row in tables[name].to_pylist():
            kwargs = {}
            for key, value in row.items():
                if key not in fields:
                    continue
                if _is_json(kinds[key], fields[key].type):
                    value = json.loads(value) if value else ([] if "list" in str(fields[key].type) else None)
                elif key in ("value", "low", "high"):
                    value = _number(value)
                kwargs[key] = value
            grouped[row["doc_id"]].append((row["i"], klass(**kwargs)))
        for doc_id, items in grouped.items():
            if doc_id in docs:
                setattr(docs[doc_id], attr, [item for _, item in sorted(items, key=lambda pair: pair[0])])
    for doc in docs.values():
        doc.sents.sort(key=lambda s: s.i)
    return [(doc, signatures[doc.doc_id]) for doc in docs.values()]
