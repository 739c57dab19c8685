"""What the pages and the API show, built from the core's results: plain dicts, chart specs, highlighted text.

Nothing here escapes text: the templates do (Jinja2 autoescape), and JSON embedded in a page goes
through ``tojson``, which escapes ``<``, ``>`` and ``&``.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import quote

from ..model import Doc
from ..situation.conflicts import Conflict, same_source
from ..situation.timeline import place
from ..situation.timevalue import midpoint
from ..situation.variables import ClaimRow, Variable

SOURCE_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf"]


def doc_url(doc_id: str, sentence: int | None = None, start: int | None = None) -> str:
    """The document page, scrolled to a sentence and with one figure marked."""
    url = f"/documents/{quote(doc_id, safe='')}"
    if start is not None:
        url += f"?hl={int(start)}"
    if sentence is not None and sentence >= 0:
        url += f"#s-{int(sentence)}"
    return url


def claim_from_row(row: dict[str, Any]) -> ClaimRow:
    """A store row of ``claims_page`` as the situation layer's ClaimRow (to reuse its display)."""
    return ClaimRow(
        key=f"{row['doc_id']}:{row['start']}", doc_id=row["doc_id"], published=row["published"],
        text=row["text"] or "", value=row["value"], low=row["low"], high=row["high"],
        qualifier=row["qualifier"] or "exact", kind="count", unit=row["unit"], unit_class=row["unit_class"],
        actor=row["actor"], location=row["location"], source=row["source"] or "AUTHOR",
        source_chain=json.loads(row["source_chain"] or "[]"), hedge=row["hedge"] or "asserted",
        time=row["time"], claim_type=row["claim_type"] or "stock", sentence=row["sentence_text"] or "",
        provenance=row["provenance"] or "")


def claim_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A claim of the claims table, for the API and the page."""
    claim = claim_from_row(row)
    out = {"doc_id": row["doc_id"], "key": claim.key, "figure": claim.shown(), "text": claim.text,
           "value": row["value"], "low": row["low"], "high": row["high"], "qualifier": claim.qualifier,
           "unit": row["unit"], "unit_class": row["unit_class"], "party": row["actor"], "location": row["location"],
           "source": claim.source, "source_chain": claim.source_chain, "hedge": claim.hedge, "time": row["time"],
           "when": claim.when, "published": row["published"], "claim_type": claim.claim_type,
           "sentence": row["sentence"], "sentence_text": claim.sentence, "start": row["start"], "end": row["end"],
           "provenance": claim.provenance, "url": doc_url(row["doc_id"], row["sentence"], row["start"])}
    for extra in ("concept", "measure"):
        if extra in row:
            out[extra] = row[extra]
    return out


def _sentence_index(claim: ClaimRow, sentences: dict[str, list[tuple[int, int]]]) -> int | None:
    start = int(claim.key.rsplit(":", 1)[1])
    for i, (s_start, s_end) in enumerate(sentences.get(claim.doc_id, [])):
        if s_start <= start < s_end:
            return i
    return None


def variable_claims(var: Variable, found: list[Conflict],
                    sentences: dict[str, list[tuple[int, int]]] | None = None) -> list[dict[str, Any]]:
    """The claims of a variable in time order, each with why it belongs and whether it is in a conflict."""
    in_conflict = {c.a.key for c in found} | {c.b.key for c in found}
    rows = []
    for claim in var.timeline():
        start = int(claim.key.rsplit(":", 1)[1])
        sentence = _sentence_index(claim, sentences or {})
        rows.append({"key": claim.key, "doc_id": claim.doc_id, "figure": claim.shown(), "text": claim.text,
                     "value": claim.value, "low": claim.low, "high": claim.high, "qualifier": claim.qualifier,
                     "unit": claim.unit, "source": claim.source, "source_chain": claim.source_chain,
                     "hedge": claim.hedge, "when": claim.when, "published": claim.published,
                     "claim_type": claim.claim_type, "sentence_text": claim.sentence,
                     "reason": var.reasons.get(claim.key, ""), "conflict": claim.key in in_conflict,
                     "provenance": claim.provenance, "url": doc_url(claim.doc_id, sentence, start)})
    return rows


def variable_summary(var: Variable, found: list[Conflict]) -> dict[str, Any]:
    return {"id": var.id, "name": var.name, "unit_class": var.unit_class, "party": var.actor,
            "claims": len(var.claims), "documents": var.documents, "conflicts": len(found),
            "locations": var.locations, "url": f"/variables/{quote(var.id, safe='')}"}


def conflict_dict(var: Variable, conflict: Conflict) -> dict[str, Any]:
    def side(c: ClaimRow) -> dict[str, Any]:
        return {"key": c.key, "doc_id": c.doc_id, "figure": c.shown(), "source": c.source, "when": c.when,
                "published": c.published, "hedge": c.hedge, "url": doc_url(c.doc_id)}
    return {"variable": var.id, "variable_name": var.name, "a": side(conflict.a), "b": side(conflict.b),
            "ratio": round(conflict.ratio, 2) if math.isfinite(conflict.ratio) else None,
            "same_source": conflict.same_source, "description": conflict.describe()}


def timeline_spec(var: Variable, claims: list[dict[str, Any]], small: bool = False) -> dict[str, Any] | None:
    """A Vega-Lite spec: values with their bounds over time, colored by source, hollow when uncertain,
    conflicts ringed in red; every point carries the URL of its sentence (app.js opens it on click)."""
    by_key = {c.key: c for c in var.claims}
    data = []
    placed: dict[date, int] = {}
    for row in claims:
        claim = by_key[row["key"]]
        point = place(claim, placed)
        if point is None:
            continue
        value = point.value
        data.append({"date": point.day.isoformat(), "value": value, "low": point.low or value * 0.9, "high": point.top,
                     "figure": row["figure"], "source": claim.source, "hedge": claim.hedge, "when": claim.when,
                     "type": claim.claim_type, "document": claim.doc_id, "conflict": row["conflict"],
                     "url": row["url"], "uncertain": claim.hedge == "uncertain"})
    if not data:
        return None
    positive = [d["value"] for d in data if d["value"] > 0]
    log = bool(positive) and max(positive) / min(positive) > 50
    y_scale = {"type": "log"} if log else {"zero": False}
    sources = sorted({d["source"] for d in data})
    color = {"field": "source", "type": "nominal", "title": "source",
             "scale": {"domain": sources, "range": [SOURCE_COLORS[i % 10] for i in range(len(sources))]},
             "legend": None if small else {"orient": "bottom", "columns": 3}}
    x = {"field": "date", "type": "temporal", "title": None if small else "time referred to",
         "scale": {"padding": 6 if small else 18},  # points at the ends stay whole
         "axis": None if small else {"format": "%Y-%m", "tickCount": {"interval": "month", "step": 1},
                                     "labelOverlap": True}}
    y = {"field": "value", "type": "quantitative", "scale": y_scale, "title": None if small else var.unit_class,
         "axis": None if small else {}}
    tooltip = [{"field": "figure"}, {"field": "source"}, {"field": "hedge"}, {"field": "when"},
               {"field": "type"}, {"field": "document"}]
    layers = [
        {"mark": {"type": "rule", "strokeWidth": 2, "opacity": 0.5},
         "encoding": {"x": x, "y": {**y, "field": "low"}, "y2": {"field": "high"}, "color": color}},
        {"mark": {"type": "point", "filled": False, "size": 40 if small else 110, "strokeWidth": 2,
                  "cursor": "pointer"},
         "encoding": {"x": x, "y": y, "color": color,
                      "fill": {"condition": {"test": "datum.uncertain", "value": "white"},
                               "field": "source", "type": "nominal", "scale": color["scale"], "legend": None},
                      "fillOpacity": {"value": 1}, "tooltip": tooltip}},
    ]
    if any(d["conflict"] for d in data) and not small:
        layers.append({"transform": [{"filter": "datum.conflict"}],
                       "mark": {"type": "point", "shape": "circle", "size": 420, "stroke": "#d00",
                                "strokeWidth": 1.5, "strokeDash": [3, 2], "filled": False},
                       "encoding": {"x": x, "y": y, "tooltip": tooltip}})
    return {"data": {"values": data},
            "width": 160 if small else "container", "height": 40 if small else 320,
            "layer": layers, "config": {"view": {"stroke": None}}}


def source_table(found: list[Variable], conflicts_by_var: dict[str, list[Conflict]]) -> list[dict[str, Any]]:
    """Who is cited, how often, on which variables, and how often another source contradicts them."""
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {"claims": 0, "documents": set(), "variables": {},
                                                            "contradicted": 0, "by": defaultdict(int)})
    for var in found:
        for claim in var.claims:
            entry = stats[claim.source]
            entry["claims"] += 1
            entry["documents"].add(claim.doc_id)
            entry["variables"][var.id] = var.name
        for conflict in conflicts_by_var.get(var.id, []):
            a, b = conflict.a.source, conflict.b.source
            if a == b or same_source(conflict.a, conflict.b):
                continue
            for mine, other in ((a, b), (b, a)):
                stats[mine]["contradicted"] += 1
                stats[mine]["by"][other] += 1
    rows = []
    for source, entry in stats.items():
        variables = sorted(entry["variables"].items(), key=lambda kv: kv[1])
        rows.append({"source": source, "claims": entry["claims"], "documents": len(entry["documents"]),
                     "variables": [{"id": k, "name": v, "url": f"/variables/{quote(k, safe='')}"} for k, v in variables],
                     "contradicted": entry["contradicted"],
                     "contradicted_by": sorted(entry["by"].items(), key=lambda kv: -kv[1])[:5]})
    return sorted(rows, key=lambda r: (-r["claims"], r["source"]))


# -- the document page: every layer as highlighted, hoverable spans ---------------------------------

def _spans(doc: Doc) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = []

    def add(layer: str, start: int | None, end: int | None, **info: Any) -> None:
        if start is None or end is None or end <= start:
            return
        spans.append({"layer": layer, "start": start, "end": end, "text": doc.text[start:end],
                      **{k: v for k, v in info.items() if v not in (None, "", [])}})

    for ent in doc.ents:
        add("entity", ent.start, ent.end, label=ent.label, canonical=ent.canonical, rule=ent.provenance)
    for timex in doc.timexes:
        add("timex", timex.start, timex.end, type=timex.type, value=timex.value, mod=timex.mod, rule=timex.provenance)
    for qty in doc.quantities:
        add("quantity", qty.start, qty.end, kind=qty.kind, value=qty.value, low=qty.low, high=qty.high,
            qualifier=qty.qualifier, unit=qty.unit, source=qty.source, hedge=qty.hedge, cue=qty.hedge_cue,
            time=qty.time, rule=qty.provenance)
    for attr in doc.attributions:
        info = {"source": attr.source, "cue": attr.cue, "mode": attr.mode, "chain": attr.chain,
                "rule": attr.provenance}
        add("source", attr.source_start, attr.source_end, **info)
        add("cue", attr.cue_start, attr.cue_end, **info)
        add("content", attr.content_start, attr.content_end, **info)
    for claim in doc.claims:
        add("claim", claim.start, claim.end, value=claim.value, low=claim.low, high=claim.high,
            qualifier=claim.qualifier, unit=claim.unit, party=claim.actor, source=claim.source,
            chain=claim.source_chain, hedge=claim.hedge, time=claim.time, type=claim.claim_type,
            rule=claim.provenance)
    return spans


def highlighted(doc: Doc, mark: int | None = None) -> dict[str, Any]:
    """The document cut into segments at every span and sentence boundary.

    Each segment lists the spans covering it (spans overlap: a figure inside a quote inside a
    sentence), so the page can color it by layer and show every span on hover. ``mark`` is the start
    of a figure to mark (the claim a timeline point was clicked for).
    """
    spans = _spans(doc)
    cuts = {0, len(doc.text)}
    for span in spans:
        cuts.update((span["start"], span["end"]))
    for sent in doc.sents:
        cuts.update((sent.start, sent.end))
    cuts_sorted = sorted(c for c in cuts if 0 <= c <= len(doc.text))
    starts: dict[int, list[int]] = defaultdict(list)
    for n, span in enumerate(spans):
        starts[span["start"]].append(n)
    open_spans: set[int] = set()
    blocks: list[dict[str, Any]] = []  # sentences (and the text between them) with their segments
    sent_at = {s.start: s for s in doc.sents}
    current: dict[str, Any] | None = None
    for a, b in zip(cuts_sorted, cuts_sorted[1:], strict=False):
        open_spans = {n for n in open_spans if spans[n]["end"] > a} | set(starts.get(a, []))
        if a in sent_at:
            sent = sent_at[a]
            current = {"sentence": sent.i, "kind": sent.kind, "end": sent.end, "segments": []}
            blocks.append(current)
        elif current is None or a >= current["end"]:
            following = [s.start for s in doc.sents if s.start > a]
            current = {"sentence": None, "kind": "gap", "end": min(following, default=len(doc.text)),
                       "segments": []}
            blocks.append(current)
        covering = sorted(open_spans)
        layers = sorted({spans[n]["layer"] for n in covering})
        marked = mark is not None and any(spans[n]["layer"] == "claim" and spans[n]["start"] == mark
                                          for n in covering)
        current["segments"].append({"text": doc.text[a:b], "spans": covering, "layers": layers, "marked": marked})
    return {"blocks": blocks, "spans": spans}


def _first(edge: dict[str, Any], *keys: str) -> Any:
    return next((edge[k] for k in keys if edge.get(k) not in (None, "", [])), None)


def _flow_points(edge: dict[str, Any]) -> list[dict[str, Any]]:
    """The dated statements of one edge: its figures (the graph of situation/graph.py) or the edge itself."""
    actor = _first(edge, "actor", "from", "subject", "source_node")
    other = _first(edge, "recipient", "to", "target")
    if not actor:
        return []
    pair = f"{cell(actor)} → {cell(other) if other else '–'}"
    kind = str(_first(edge, "type", "predicate", "relation") or "?")
    statements = edge.get("figures") if isinstance(edge.get("figures"), list) else [edge]
    points = []
    for item in statements:
        if not isinstance(item, dict):
            continue
        day = midpoint(str(_first(item, "when", "time", "date", "first") or ""))
        if day is None:
            continue
        doc_id = item.get("doc_id") or edge.get("doc_id")
        figure = " ".join(cell(item.get(k)) for k in ("quantity", "object") if item.get(k)) or cell(item.get("figure"))
        points.append({"date": day.isoformat(), "pair": pair, "type": kind, "figure": figure,
                       "source": cell(item.get("source") or ""), "hedge": str(item.get("hedge") or ""),
                       "document": doc_id or "", "url": doc_url(doc_id) if doc_id else ""})
    return points


def relations_spec(edges: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Actors and flows over time: one row per pair of actors, a line from the first to the last statement of
    each relation, a point per dated statement (figure), colored by the relation's type.

    The relations layer names its fields; the usual names of each role are tried in turn."""
    points, spans = [], []
    for edge in edges:
        found = _flow_points(edge)
        first, last = midpoint(str(edge.get("first") or "")), midpoint(str(edge.get("last") or ""))
        if not found and first:  # a relation without a dated figure still shows when it was first stated
            found = _flow_points({**edge, "figures": [{"when": edge["first"], "hedge": edge.get("certainty"),
                                                       "doc_id": (edge.get("documents") or [None])[0]}]})
        points += found
        actor = _first(edge, "actor", "from", "subject", "source_node")
        if actor and first and last:
            other = _first(edge, "recipient", "to", "target")
            spans.append({"pair": f"{cell(actor)} → {cell(other) if other else '–'}", "first": first.isoformat(),
                          "last": last.isoformat(), "type": str(_first(edge, "type", "predicate") or "?"),
                          "count": edge.get("count")})
    if not points and not spans:
        return None
    x = {"type": "temporal", "title": "time", "scale": {"padding": 18},
         "axis": {"format": "%Y-%m", "tickCount": {"interval": "month", "step": 1}, "labelOverlap": True}}
    y = {"field": "pair", "type": "nominal", "title": None, "sort": "ascending"}
    color = {"field": "type", "type": "nominal", "title": "relation", "legend": {"orient": "bottom"}}
    layers = []
    if spans:
        layers.append({"data": {"values": spans}, "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.35},
                       "encoding": {"x": {**x, "field": "first"}, "x2": {"field": "last"}, "y": y, "color": color,
                                    "tooltip": [{"field": "pair"}, {"field": "type"}, {"field": "count"},
                                                {"field": "first"}, {"field": "last"}]}})
    if points:
        layers.append({"data": {"values": points},
                       "mark": {"type": "point", "filled": True, "size": 110, "cursor": "pointer"},
                       "encoding": {"x": {**x, "field": "date"}, "y": y, "color": color,
                                    "opacity": {"condition": {"test": "datum.hedge == 'uncertain'", "value": 0.45},
                                                "value": 1},
                                    "tooltip": [{"field": "pair"}, {"field": "type"}, {"field": "figure"},
                                                {"field": "source"}, {"field": "hedge"}, {"field": "document"},
                                                {"field": "date", "type": "temporal"}]}})
    return {"width": "container", "height": {"step": 26}, "layer": layers}


def cell(value: Any) -> str:
    """A field of whatever shape as short text (lists joined, mappings as key: value)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {cell(v)}" for k, v in value.items())
    return str(value)
