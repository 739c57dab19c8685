"""The JSON API under /api/: the same reads as the pages, and the writes allowed with --allow-write."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..core import Lagebild
from ..errors import E132, E133
from ..store import open_store
from ..store.reads import MAX_LIMIT, MAX_QUERY, ClaimFilter
from . import views
from .app import MAX_BODY, ApiError, check_write

router = APIRouter(prefix="/api", tags=["api"])

Text = Annotated[str | None, Query(max_length=100)]
# Empty values are allowed everywhere: a submitted filter form sends its empty fields.
Date = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
SortKey = Literal["doc", "when", "value", "source", "hedge", "unit", "party"]


def claim_filter(source: Text = None,
                 hedge: Annotated[str | None, Query(pattern=r"^(asserted|reported|uncertain)?$")] = None,
                 unit: Text = None, concept: Text = None, party: Text = None,
                 claim_type: Annotated[str | None, Query(pattern=r"^(stock|flow|need|plan|estimate)?$")] = None,
                 since: Date = None, until: Date = None, doc: Annotated[str | None, Query(max_length=200)] = None,
                 q: Annotated[str | None, Query(max_length=MAX_QUERY, description="full text of the sentence")] = None,
                 ) -> ClaimFilter:
    """The filters of the claims table (page and API alike); ``concept`` and ``unit`` match the same fields."""
    return ClaimFilter(source=source or None, hedge=hedge or None, unit=(unit or concept) or None,
                       party=party or None, claim_type=claim_type or None, since=since or None,
                       until=until or None, doc=doc or None, q=(q or "").strip() or None)


def lagebild(request: Request) -> Lagebild:
    return request.app.state.lagebild


Core = Annotated[Lagebild, Depends(lagebild)]
Filter = Annotated[ClaimFilter, Depends(claim_filter)]


def page(total: int, limit: int, offset: int, items: list) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/documents", summary="The stored documents, newest first")
def documents(lb: Core, limit: Limit = 50, offset: Offset = 0) -> dict:
    total, rows = lb.documents_page(limit, offset)
    for row in rows:
        row["url"] = views.doc_url(row["doc_id"])
    return page(total, limit, offset, rows)


@router.get("/documents/{doc_id:path}", summary="One document in the analyze contract (gold/SCHEMA.md)")
def document(doc_id: str, lb: Core) -> dict:
    return lb.document(doc_id).to_dict()


@router.post("/documents", summary="Ingest one uploaded file (needs --allow-write and the token)")
async def upload(request: Request, name: Annotated[str, Query(max_length=120, pattern=r"^[\w.\- ]+$")]) -> dict:
    """The request body is the file (.txt, .md, .html, .jsonl or .csv); ``name`` is its file name."""
    check_write(request)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise ApiError(413, E132.format(limit=MAX_BODY), "too_large")
    if not body:
        raise ApiError(400, "the upload is empty: send the file as the request body.")
    lb: Lagebild = request.app.state.lagebild
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(bytes(body))
        report = await run_in_threadpool(lb.ingest, [path])  # the analysis must not stall other requests
    return {"read": report.read, "stored": report.stored, "skipped": report.skipped, "failed": report.failed,
            "errors": [re.sub(r"^/\S*/", "", e) for e in report.errors], "spans": report.spans}


@router.get("/claims", summary="Claims with filters, full text (q), sort and pagination")
def claims(lb: Core, flt: Filter, sort: SortKey = "doc", desc: bool = False, limit: Limit = 50,
           offset: Offset = 0) -> dict:
    total, rows = lb.claims_page(flt, sort, desc, limit, offset)
    result = page(total, limit, offset, [views.claim_dict(r) for r in rows])
    result["filters"] = flt.active()
    return result


@router.get("/variables", summary="Variables (figures measuring the same thing), largest first")
def variables(lb: Core, limit: Limit = 50, offset: Offset = 0,
              min_claims: Annotated[int, Query(ge=1, le=1000)] = 2) -> dict:
    found, by_var = lb.situation()
    chosen = [v for v in found if len(v.claims) >= min_claims]
    items = [views.variable_summary(v, by_var[v.id]) for v in chosen[offset:offset + limit]]
    return page(len(chosen), limit, offset, items)


def find(lb: Lagebild, variable_id: str):
    found, by_var = lb.situation()
    for var in found:
        if var.id == variable_id:
            return var, by_var[var.id]
    raise ApiError(404, E133.format(variable=variable_id), "E133")


def variable_detail(lb: Lagebild, variable_id: str) -> dict[str, Any]:
    """A variable with its timeline, conflicts and chart (made once per situation and variable)."""
    var, found = find(lb, variable_id)

    def make(*_: Any) -> dict[str, Any]:
        spans = lb.sentence_spans([c.doc_id for c in var.claims])
        claims = views.variable_claims(var, found, spans)
        return {**views.variable_summary(var, found), "timeline": claims,
                "conflicts": [views.conflict_dict(var, c) for c in found], "chart": views.timeline_spec(var, claims)}
    return per_situation(lb, f"variable:{var.id}", make)


@router.get("/variables/{variable_id}", summary="One variable: its claims as a timeline, reasons, conflicts")
def variable(variable_id: str, lb: Core) -> dict:
    return variable_detail(lb, variable_id)


class Rename(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class Merge(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="id of the variable to merge into")


class Split(BaseModel):
    claim: str = Field(min_length=3, max_length=240, pattern=r"^.+:\d+$", description="claim key DOC_ID:START")
    name: str = Field(min_length=1, max_length=120, description="the new (or another) variable's name")


@router.post("/variables/{variable_id}/rename", summary="Rename a variable (needs --allow-write and the token)")
def rename(variable_id: str, body: Rename, request: Request, lb: Core) -> dict:
    check_write(request)
    var, _ = find(lb, variable_id)
    lb.override("rename", var.id, body.name)
    return {"ok": True, "action": "rename", "variable": var.id, "target": body.name}


@router.post("/variables/{variable_id}/merge", summary="Merge a variable into another (needs --allow-write)")
def merge(variable_id: str, body: Merge, request: Request, lb: Core) -> dict:
    check_write(request)
    var, _ = find(lb, variable_id)
    into, _ = find(lb, body.into)
    if into.id == var.id:
        raise ApiError(400, "a variable cannot be merged into itself.")
    lb.override("merge", var.id, into.id)
    return {"ok": True, "action": "merge", "variable": var.id, "target": into.id}


@router.post("/variables/{variable_id}/split", summary="Move one claim into a new variable (needs --allow-write)")
def split(variable_id: str, body: Split, request: Request, lb: Core) -> dict:
    check_write(request)
    var, _ = find(lb, variable_id)
    if body.claim not in {c.key for c in var.claims}:
        raise ApiError(400, f"the claim {body.claim} is not in the variable {var.id}.")
    lb.override("split", var.id, body.name, body.claim)
    return {"ok": True, "action": "split", "variable": var.id, "target": body.name, "claim": body.claim}


_MEMO: dict[str, Any] = {"of": None, "values": {}}


def per_situation(lb: Lagebild, key: str, make: Callable[[list, dict], Any]) -> Any:
    """``make(variables, conflicts)``, made once per situation: kept until the store (or an override) changes it."""
    found, by_var = lb.situation()
    if _MEMO["of"] is not by_var:  # identity: a new situation object means the store changed
        _MEMO["of"], _MEMO["values"] = by_var, {}
    values = _MEMO["values"]
    if key not in values:
        values[key] = make(found, by_var)
    return values[key]


def all_conflicts(lb: Lagebild) -> list[dict[str, Any]]:
    """Every conflict, the most recently published first."""
    def make(found: list, by_var: dict) -> list[dict[str, Any]]:
        rows = [views.conflict_dict(var, c) for var in found for c in by_var[var.id]]
        rows.sort(key=lambda r: max(r["a"]["published"] or "", r["b"]["published"] or ""), reverse=True)
        return rows
    return per_situation(lb, "conflicts", make)


@router.get("/conflicts", summary="Claims that cannot both hold for the same time, newest first")
def conflicts(lb: Core, limit: Limit = 50, offset: Offset = 0,
              variable: Annotated[str | None, Query(max_length=200)] = None) -> dict:
    rows = all_conflicts(lb)
    if variable:
        rows = [r for r in rows if r["variable"] == variable]
    return page(len(rows), limit, offset, rows[offset:offset + limit])


@router.get("/sources", summary="Who is cited, how often, on which variables, how often contradicted")
def sources(lb: Core, limit: Limit = 100, offset: Offset = 0) -> dict:
    rows = per_situation(lb, "sources", views.source_table)
    return page(len(rows), limit, offset, rows[offset:offset + limit])


def relations_view(lb: Lagebild, limit: int = 200, query: str | None = None, since: str | None = None,
                   until: str | None = None) -> dict[str, Any]:
    """The relations layer if it has landed (a ``graph`` method or typed rows); else why there is none."""
    graph = getattr(lb, "graph", None)
    if callable(graph):
        try:
            data = graph(query, since, until)
        except Exception as err:  # the layer exists but failed: say so instead of a blank page
            return {"available": False, "message": f"the relations layer failed: {type(err).__name__}: {err}",
                    "nodes": [], "edges": [], "items": []}
        edges = list(data.get("edges", []))
        return {"available": bool(edges or data.get("nodes")), "nodes": list(data.get("nodes", [])),
                "edges": edges[:limit], "items": edges[:limit],
                "message": "" if edges else "no relations were found in the stored documents."}
    columns, rows = lb.relations(limit)
    if "type" not in columns or not rows:
        return {"available": False, "nodes": [], "edges": [], "items": [],
                "message": "the relations layer (who does what to whom) has not landed in this version of "
                           "lagebild or this store holds no relations yet; the graph appears once it has."}
    nodes = sorted({r.get("actor") for r in rows if r.get("actor")} | {r.get("recipient") for r in rows
                                                                       if r.get("recipient")})
    return {"available": True, "nodes": [{"id": n} for n in nodes], "edges": rows, "items": rows, "message": ""}


@router.get("/relations", summary="Relations between actors (once the relations layer has landed)")
def relations(lb: Core, limit: Limit = 200, q: Text = None, since: Date = None, until: Date = None) -> dict:
    return relations_view(lb, limit, q, since, until)


@router.get("/search", summary="Full-text search over the stored sentences (FTS5 in SQLite, text search in PostgreSQL)")
def search(lb: Core, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)], limit: Limit = 20,
           offset: Offset = 0) -> dict:
    total, hits = lb.search(q, limit, offset)
    on, off = "\x02", "\x03"
    for hit in hits:
        hit["url"] = views.doc_url(hit["doc_id"], hit["sentence"])
        hit["snippet"] = hit["snippet"].replace(on, "[").replace(off, "]")
    result = page(total, limit, offset, hits)
    result["query"] = q
    return result


def rebuild_index(db: str) -> int:
    """Index every stored sentence for full-text search again (stores written before the index existed)."""
    with open_store(db) as store:
        return store.fts.rebuild()
