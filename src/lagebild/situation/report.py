"""One self-contained HTML page with the situation picture, for sharing: no scripts, no external files."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from .conflicts import conflicts
from .timeline import draw_chart, timeline_rows
from .variables import Variable

STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.6rem 0}
th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.uncertain{color:#a15c00}.conflict{background:#fff1f0}
.reason{color:#666;font-size:.8rem}.chart svg{max-width:100%;height:auto}
"""


def _table(headers: list[str], rows: list[list[str]], classes: list[str] | None = None) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        css = f' class="{classes[i]}"' if classes and classes[i] else ""
        body.append(f"<tr{css}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _svg(var: Variable) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        _, svg = draw_chart(var, Path(tmp))
        text = svg.read_text(encoding="utf-8")
    return text[text.index("<svg"):]  # drop the XML prolog: the SVG is inlined


def variable_section(var: Variable) -> str:
    rows = timeline_rows(var)
    classes = ["uncertain" if r["hedge"] == "uncertain" else "" for r in rows]
    table = _table(["when", "figure", "type", "source", "certainty", "document", "text"],
                   [[escape(r[k]) for k in ("when", "figure", "type", "source", "hedge", "document", "text")]
                    for r in rows], classes)
    reasons = "".join(f"<li><code>{escape(k)}</code>: {escape(v)}</li>" for k, v in var.reasons.items())
    found = conflicts(var)
    conflict_html = ""
    if found:
        items = "".join(f'<li class="conflict">{escape(c.describe())}</li>' for c in found)
        conflict_html = f"<h3>Conflicts ({len(found)})</h3><ul>{items}</ul>"
    return (f'<h2 id="{escape(var.id)}">{escape(var.name)}</h2>'
            f"<p>{len(var.claims)} claims in {var.documents} documents"
            f"{', where: ' + escape(', '.join(var.locations)) if var.locations else ''}</p>"
            f'<div class="chart">{_svg(var)}</div>{table}{conflict_html}'
            f'<details class="reason"><summary>why these claims are grouped</summary><ul>{reasons}</ul></details>')


def graph_section(graph: dict) -> str:
    """The situation graph: its drawing and its edges with counts, dates, figures and certainty."""
    from .graph import draw_graph

    if not graph.get("edges"):
        return ""
    with tempfile.TemporaryDirectory() as tmp:
        _, svg = draw_graph(graph, Path(tmp))
        text = svg.read_text(encoding="utf-8")
    rows = []
    for edge in graph["edges"][:60]:
        figures = "; ".join(f"{f['when'] or '?'}: {f['quantity']} {f['object'] or ''} ({f['source']})"
                            for f in edge["figures"])
        rows.append([escape(edge["actor"]), escape(edge["type"]), escape(edge["recipient"] or "–"),
                     str(edge["count"]), escape(f"{edge['first'] or '?'} .. {edge['last'] or '?'}"),
                     escape(edge["certainty"]), escape(", ".join(list(edge["objects"])[:5])), escape(figures)])
    table = _table(["actor", "relation", "recipient", "stated", "when", "certainty", "objects", "figures"], rows)
    return (f'<h2 id="graph">Who does what to whom</h2><p>{len(graph["nodes"])} actors, {len(graph["edges"])} '
            f'edges (PLOVER event types); <code>lagebild graph</code> lists them.</p>'
            f'<div class="chart">{text[text.index("<svg"):]}</div>{table}')


def render_report(variables: list[Variable], summary: list[dict], max_variables: int = 25,
                  graph: dict | None = None) -> str:
    """The HTML page: documents, the variables with two or more claims (charts, timelines, conflicts), the rest."""
    docs = _table(["document", "published", "estimate", "figures", "sources", "claims"],
                  [[escape(str(r.get(k) if r.get(k) is not None else "–"))
                    for k in ("doc_id", "published", "published_estimate", "quantities", "attributions", "claims")]
                   for r in summary])
    shared = [v for v in variables if len(v.claims) >= 2][:max_variables]
    single = [c for v in variables if v not in shared for c in v.claims]
    others = _table(["figure", "counts", "source", "certainty", "when", "document", "text"],
                    [[escape(c.shown()), escape(c.unit or ""), escape(c.source), escape(c.hedge),
                      escape(c.when or ""), escape(c.doc_id), escape(c.text)] for c in single[:300]])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sections = "".join(variable_section(v) for v in shared)
    toc = "".join(f'<li><a href="#{escape(v.id)}">{escape(v.name)}</a> ({len(v.claims)})</li>' for v in shared)
    return (f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Lagebild</title>'
            f"<style>{STYLE}</style></head><body><h1>Lagebild</h1>"
            f"<p>{len(summary)} documents, {sum(len(v.claims) for v in variables)} claims, "
            f"{len(variables)} variables. Made by lagebild on {stamp}; every figure links to its document "
            f"and sentence through <code>lagebild show DOC</code>.</p>"
            f"{graph_section(graph) if graph else ''}"
            f"<h2>Variables</h2><ul>{toc}</ul>{sections}"
            f"<h2>Other figures</h2>{others}<h2>Documents</h2>{docs}</body></html>")
