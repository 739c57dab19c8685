"""The situation graph: actors as nodes, relations merged into edges per (actor, type, recipient).

Each edge keeps how often the articles state it, its first and last date, the figures with their sources
(the flows over time: "Nordkorea -AID-> Russland: 1.500 Soldaten 2024-10 ... 12.000 ..."), and its certainty
(how many statements are asserted, reported or uncertain; factual, planned, hypothetical or negated).
Built on networkx; exported as a JSON-ready dict, GraphML or text, and drawn with matplotlib.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..store.sqlite import Store


@dataclass(slots=True)
class RelationRow:
    """One stored relation with its document and date (the event's time, else the article's)."""

    doc_id: str
    type: str
    actor: str
    recipient: str | None
    predicate: str
    object: str | None
    quantity: str | None
    time: str | None
    published: str | None
    source: str
    hedge: str
    status: str
    sentence: str | None

    @property
    def when(self) -> str | None:
        return self.time or self.published


def load_relations(store: Store) -> list[RelationRow]:
    """Every relation of the store with its document's id and publication date (or estimate)."""
    sql = ("SELECT d.doc_id, coalesce(d.published, d.published_estimate) AS published, d.text, r.*, "
           "s.start AS s_start, s.\"end\" AS s_end FROM relations r JOIN documents d ON d.id = r.doc "
           "LEFT JOIN sentences s ON s.doc = r.doc AND s.i = r.sentence ORDER BY d.doc_id, r.i")
    rows = []
    for r in store.query(sql):
        sentence = r["text"][r["s_start"]:r["s_end"]] if r["s_start"] is not None else None
        rows.append(RelationRow(r["doc_id"], r["type"], r["actor"], r["recipient"], r["predicate"], r["object"],
                                r["quantity"], r["time"], r["published"], r["source"], r["hedge"], r["status"],
                                sentence))
    return rows


def _matches(row: RelationRow, words: list[str]) -> bool:
    from ..evaluation.relations import name_keys

    fields = [row.actor, row.recipient or "", row.object or "", row.type, row.predicate]
    keys = {k.lower() for f in (row.actor, row.recipient) if f for k in name_keys(f)}
    text = " ".join(fields).lower()
    return all(w in text or any(w in k for k in keys) for w in words)


def select(rows: list[RelationRow], query: str | None = None, since: str | None = None,
           until: str | None = None) -> list[RelationRow]:
    """Relations naming every word of ``query`` (actor, recipient, object, type or predicate), dated within
    [since, until] (compared as ISO prefixes; undated relations are kept only without a date filter)."""
    from ..evaluation.relations import name_keys

    words = [w.lower() for w in (query or "").split()]
    # a whole query naming an actor in either language ("North Korea") also matches its canonical name
    canon = [k.lower() for k in name_keys(query)] if query else []
    out = []
    for row in rows:
        if words and not (_matches(row, words) or any(c in (row.actor.lower(), (row.recipient or "").lower())
                                                      for c in canon)):
            continue
        when = row.when
        if since and (when is None or when[:len(since)] < since[:len(when)]):
            continue
        if until and (when is None or when[:len(until)] > until[:len(when)]):
            continue
        out.append(row)
    return out


def build_graph(rows: list[RelationRow]) -> nx.MultiDiGraph:
    """Actors as nodes; one edge per (actor, type, recipient), its key the type. A relation without a
    recipient is an edge to the node "–" (nobody named)."""
    graph = nx.MultiDiGraph()
    for row in rows:
        recipient = row.recipient or "–"
        for node in (row.actor, recipient):
            if node not in graph:
                graph.add_node(node, mentions=0)
        graph.nodes[row.actor]["mentions"] += 1
        if graph.has_edge(row.actor, recipient, key=row.type):
            data = graph.edges[row.actor, recipient, row.type]
        else:
            graph.add_edge(row.actor, recipient, key=row.type, type=row.type, count=0, first=None, last=None,
                           figures=[], hedges=Counter(), statuses=Counter(), documents=set(), objects=Counter())
            data = graph.edges[row.actor, recipient, row.type]
        data["count"] += 1
        when = row.when
        if when:
            data["first"] = min(filter(None, (data["first"], when)))
            data["last"] = max(filter(None, (data["last"], when)))
        data["hedges"][row.hedge] += 1
        data["statuses"][row.status] += 1
        data["documents"].add(row.doc_id)
        if row.object:
            data["objects"][row.object] += 1
        if row.quantity:
            data["figures"].append({"quantity": row.quantity, "object": row.object, "when": when,
                                    "source": row.source, "hedge": row.hedge, "status": row.status,
                                    "doc_id": row.doc_id})
    for _, _, data in graph.edges(data=True):
        data["figures"].sort(key=lambda f: f["when"] or "")
    return graph


def certainty(data: dict) -> str:
    """The edge's certainty in one word: asserted when any statement is, else reported, else uncertain."""
    for hedge in ("asserted", "reported", "uncertain"):
        if data["hedges"].get(hedge):
            return hedge
    return "uncertain"


def graph_dict(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as JSON-ready data: {"nodes": [...], "edges": [...]}, edges by count."""
    nodes = [{"id": node, "mentions": data["mentions"], "degree": graph.degree(node)}
             for node, data in graph.nodes(data=True)]
    edges = []
    for actor, recipient, data in graph.edges(data=True):
        edges.append({"actor": actor, "recipient": None if recipient == "–" else recipient, "type": data["type"],
                      "count": data["count"], "first": data["first"], "last": data["last"],
                      "certainty": certainty(data), "hedges": dict(data["hedges"]),
                      "statuses": dict(data["statuses"]), "objects": dict(data["objects"].most_common()),
                      "documents": sorted(data["documents"]), "figures": data["figures"]})
    edges.sort(key=lambda e: (-e["count"], e["actor"], e["type"]))
    nodes.sort(key=lambda n: (-n["degree"], n["id"]))
    return {"nodes": nodes, "edges": edges}


def format_graph(data: dict[str, Any], limit: int = 40) -> str:
    """The edges as text, the most stated first, each with its flows over time."""
    lines = [f"{len(data['nodes'])} actors, {len(data['edges'])} edges"]
    for edge in data["edges"][:limit]:
        span = f"{edge['first'] or '?'} .. {edge['last'] or '?'}"
        objects = ", ".join(list(edge["objects"])[:4])
        lines.append(f"{edge['actor']} -{edge['type']}-> {edge['recipient'] or '–'}: {edge['count']}x, {span}, "
                     f"{edge['certainty']}{'; ' + objects if objects else ''}")
        for fig in edge["figures"]:
            lines.append(f"    {fig['when'] or '?':<10} {fig['quantity']} {fig['object'] or ''} "
                         f"({fig['source']}, {fig['hedge']}, {fig['status']}; {fig['doc_id']})")
    if len(data["edges"]) > limit:
        lines.append(f"... {len(data['edges']) - limit} more edges (--format json lists all)")
    return "\n".join(lines)


def graphml(graph: nx.MultiDiGraph) -> str:
    """The graph as GraphML (lists and counts become JSON strings: GraphML holds scalars only)."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, mentions=data["mentions"])
    for actor, recipient, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(actor, recipient, key=key, type=data["type"], count=data["count"], first=data["first"] or "",
                      last=data["last"] or "", certainty=certainty(data),
                      figures=json.dumps(data["figures"], ensure_ascii=False),
                      objects=json.dumps(dict(data["objects"]), ensure_ascii=False))
    return "\n".join(nx.generate_graphml(flat))


COLORS = {"AID": "#d62728", "ASSAULT": "#7f0000", "MOBILIZE": "#ff7f0e", "COOPERATE": "#2ca02c",
          "SUPPORT": "#17becf", "AGREE": "#1f77b4", "CONSULT": "#9467bd", "ACCUSE": "#8c564b",
          "THREATEN": "#e377c2", "COERCE": "#bcbd22"}


def draw_graph(data: dict[str, Any], out_dir: Path, top: int = 30, title: str = "Situation graph") -> tuple[Path, Path]:
    """Draw the ``top`` edges (by count, with a recipient): line width by count, color by type; (png, svg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    edges = [e for e in data["edges"] if e["recipient"]][:top]
    graph = nx.MultiDiGraph()
    for edge in edges:
        graph.add_edge(edge["actor"], edge["recipient"], key=edge["type"], **{"count": edge["count"]})
    fig, ax = plt.subplots(figsize=(10, 7), dpi=110, layout="constrained")
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=7, k=1.4)
        size = {n: 300 + 120 * graph.degree(n) for n in graph}
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=[size[n] for n in graph], node_color="#eeeeee",
                               edgecolors="#555555")
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9)
        types = sorted({e["type"] for e in edges})
        for n, kind in enumerate(types):
            chosen = [(e["actor"], e["recipient"]) for e in edges if e["type"] == kind]
            widths = [1 + 1.2 * min(e["count"], 8) for e in edges if e["type"] == kind]
            nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=chosen, width=widths, arrowsize=14,
                                   edge_color=COLORS.get(kind, "#444444"), node_size=[size[n] for n in graph],
                                   connectionstyle=f"arc3,rad={0.08 + 0.07 * n}", alpha=0.75)
            ax.plot([], [], color=COLORS.get(kind, "#444444"), linewidth=3, label=kind)
        ax.legend(title="relation (width: how often stated)", fontsize=8, title_fontsize=8, loc="best")
    else:
        ax.text(0.5, 0.5, "no relations between two actors", ha="center", va="center")
    ax.set_title(f"{title}: {graph.number_of_nodes()} actors, {len(edges)} edges")
    ax.axis("off")
    png, svg = out_dir / "graph.png", out_dir / "graph.svg"
    fig.savefig(png)
    fig.savefig(svg)
    plt.close(fig)
    return png, svg
