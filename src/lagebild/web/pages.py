"""The pages: rendered on the server from the same reads as the API; JavaScript only draws charts and tooltips."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..store.reads import MAX_QUERY
from . import views
from .api import (
    Core,
    Date,
    Filter,
    Limit,
    Offset,
    SortKey,
    Text,
    all_conflicts,
    per_situation,
    relations_view,
    variable_detail,
)

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    context.setdefault("allow_write", settings.allow_write)
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, lb: Core) -> HTMLResponse:
    total, docs = lb.documents_page(10, 0)
    largest = per_situation(lb, "overview", _largest)
    graph = relations_view(lb, 30)
    return render(request, "index.html", title="Overview", documents_total=total, documents=docs,
                  variables=largest, variables_total=per_situation(lb, "shared", _shared_count),
                  conflicts=all_conflicts(lb)[:10], graph=graph)


def _largest(found: list, by_var: dict) -> list[dict[str, Any]]:
    """The largest variables with a small timeline each (made once per situation)."""
    largest = []
    for var in [v for v in found if len(v.claims) >= 2][:8]:
        claims = views.variable_claims(var, by_var[var.id])
        largest.append({**views.variable_summary(var, by_var[var.id]),
                        "spark": views.timeline_spec(var, claims, small=True),
                        "figures": [c["figure"] for c in claims][:6]})
    return largest


def _shared_count(found: list, by_var: dict) -> int:
    return sum(len(v.claims) >= 2 for v in found)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, lb: Core, flt: Filter, sort: SortKey = "doc", desc: bool = False,
                limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    total, rows = lb.claims_page(flt, sort, desc, limit, offset)
    active = flt.active()
    if "unit" in active and request.query_params.get("concept"):
        active["concept"] = active.pop("unit")

    def link(**change: Any) -> str:
        params = {**active, "sort": sort, "desc": int(desc), "limit": limit, "offset": offset, **change}
        return "/claims?" + urlencode({k: v for k, v in params.items() if v not in (None, "", 0) or k == "offset"})

    facets = lb.claim_facets(flt)
    return render(request, "claims.html", title="Claims", total=total, rows=[views.claim_dict(r) for r in rows],
                  flt=active, facets=facets, sort=sort, desc=desc, limit=limit, offset=offset, link=link,
                  api_url="/api" + link())


@router.get("/variables", response_class=HTMLResponse)
def variables_page(request: Request, lb: Core, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    found, by_var = lb.situation()
    shared = [v for v in found if len(v.claims) >= 2]
    rows = [views.variable_summary(v, by_var[v.id]) for v in shared[offset:offset + limit]]
    return render(request, "variables.html", title="Variables", rows=rows, total=len(shared), limit=limit,
                  offset=offset)


@router.get("/variables/{variable_id}", response_class=HTMLResponse)
def variable_page(variable_id: str, request: Request, lb: Core) -> HTMLResponse:
    detail = variable_detail(lb, variable_id)
    found, _ = lb.situation()
    others = [{"id": v.id, "name": v.name} for v in found if v.id != variable_id and v.unit_class
              == detail["unit_class"]][:50]
    return render(request, "variable.html", title=detail["name"], var=detail, others=others)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, lb: Core, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    total, rows = lb.documents_page(limit, offset)
    return render(request, "documents.html", title="Documents", rows=rows, total=total, limit=limit, offset=offset)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, lb: Core,
                  hl: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    doc = lb.document(doc_id)
    shown = views.highlighted(doc, hl)
    counts = {"entities": len(doc.ents), "time expressions": len(doc.timexes), "figures": len(doc.quantities),
              "attributions": len(doc.attributions), "claims": len(doc.claims)}
    return render(request, "document.html", title=doc.title or doc.doc_id, doc=doc, blocks=shown["blocks"],
                  spans=shown["spans"], counts=counts)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, lb: Core) -> HTMLResponse:
    return render(request, "sources.html", title="Sources", rows=per_situation(lb, "sources", views.source_table))


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, lb: Core, q: Text = None, since: Date = None, until: Date = None) -> HTMLResponse:
    graph = relations_view(lb, 500, q, since, until)
    columns: list[str] = []
    for edge in graph["edges"][:50]:  # the relations layer decides the fields; show whatever it gives
        columns += [key for key in edge if key not in columns]
    rows = [[_graph_cell(key, edge.get(key)) for key in columns] for edge in graph["edges"]]
    return render(request, "graph.html", title="Graph", graph=graph, columns=columns, rows=rows,
                  chart=views.relations_spec(graph["edges"]), q=q or "", since=since or "", until=until or "")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, lb: Core, q: Annotated[str, Query(max_length=MAX_QUERY)] = "",
                limit: Limit = 20, offset: Offset = 0) -> HTMLResponse:
    total, hits = lb.search(q, limit, offset) if q.strip() else (0, [])
    for hit in hits:
        hit["url"] = views.doc_url(hit["doc_id"], hit["sentence"])
        # the snippet is cut at the match markers: the template escapes each part and marks the matches
        parts, marked = [], False
        for piece in hit["snippet"].replace("\x03", "\x02").split("\x02"):
            parts.append((piece, marked))
            marked = not marked
        hit["parts"] = parts
    return render(request, "search.html", title="Search", q=q, total=total, hits=hits, limit=limit, offset=offset)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference from the OpenAPI schema, rendered here (no script or style from elsewhere)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            ref = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
                   .get("schema", {}).get("$ref", ""))
            body = schema.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
            params += [{"name": name, "in": "JSON body", "required": name in body.get("required", []),
                        "type": _type(prop), "description": prop.get("description", "")}
                       for name, prop in body.get("properties", {}).items()]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""), "params": params})
    return render(request, "docs.html", title="API", endpoints=endpoints, info=schema.get("info", {}))


def _graph_cell(key: str, value: Any) -> dict[str, Any]:
    """A cell of the relations table: text, and links to documents where the field names them."""
    if key in ("doc_id", "documents") and value:
        ids = value if isinstance(value, list) else [value]
        return {"text": "", "links": [(str(i), views.doc_url(str(i))) for i in ids[:20]],
                "more": max(0, len(ids) - 20)}
    if key == "figures" and isinstance(value, list):
        text = "; ".join(f"{f.get('when') or '?'} {f.get('quantity') or ''} {f.get('object') or ''} ({f.get('source')})"
                         for f in value[:6] if isinstance(f, dict))
        return {"text": text + (f"; … {len(value) - 6} more" if len(value) > 6 else ""), "links": [], "more": 0}
    return {"text": views.cell(value), "links": [], "more": 0}


def _type(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    return schema.get("type", "")
