"""A variable's timeline: claims in time order, as a table and as a chart (PNG and SVG)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .conflicts import bounds
from .timevalue import midpoint
from .variables import ClaimRow, Variable

JITTER_DAYS = 9


@dataclass
class Point:
    """Where a claim is drawn on a timeline: its day (moved aside from earlier claims of the same day), value,
    the bottom and top of its bar, and how many claims of that day came before it."""

    day: date
    value: float
    low: float
    top: float
    shift: int


def place(claim: ClaimRow, placed: dict[date, int]) -> Point | None:
    """The point of ``claim``, None when it has no time; ``placed`` counts the claims drawn per day so far, so
    that figures for the same time stand side by side, a few days apart, and none hides another."""
    day = midpoint(claim.when)
    if day is None:
        return None
    shift = placed.get(day, 0)
    placed[day] = shift + 1
    low, high = bounds(claim)
    value = float(claim.value) if claim.value is not None else (low + high) / 2 if math.isfinite(high) else low
    top = high if math.isfinite(high) else value * 1.6
    return Point(day + timedelta(days=JITTER_DAYS * shift), value, low, top, shift)
HEDGE_MARK = {"asserted": "", "reported": "", "uncertain": " (?)"}


def timeline_rows(var: Variable) -> list[dict[str, str]]:
    rows = []
    for claim in var.timeline():
        rows.append({
            "when": claim.when or "?",
            "figure": claim.shown() + HEDGE_MARK.get(claim.hedge, ""),
            "type": claim.claim_type,
            "source": claim.source + (f" via {', '.join(claim.source_chain)}" if claim.source_chain else ""),
            "hedge": claim.hedge,
            "document": claim.doc_id,
            "text": claim.text,
        })
    return rows


def format_timeline(var: Variable) -> str:
    """The timeline as an aligned text table, with the variable's name and reasons above it."""
    rows = timeline_rows(var)
    cols = ["when", "figure", "type", "source", "hedge", "document", "text"]
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
    widths["text"] = min(widths["text"], 60)
    places = f", where: {', '.join(var.locations)}" if var.locations else ""
    out = [f"{var.name}  [{var.id}]  {len(var.claims)} claims in {var.documents} documents{places}",
           "  ".join(c.ljust(widths[c]) for c in cols)]
    for r in rows:
        out.append("  ".join(r[c][:widths[c]].ljust(widths[c]) for c in cols))
    return "\n".join(out)


def draw_chart(var: Variable, out_dir: Path) -> tuple[Path, Path]:
    """Values with their bounds as intervals over time, colored by source; returns (png, svg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(9, 4.8), dpi=110, layout="constrained")
    sources = sorted({c.source for c in var.claims})
    colors = {s: plt.cm.tab10(i % 10) for i, s in enumerate(sources)}
    values = []
    placed: dict[date, int] = {}
    for claim in var.timeline():
        point = place(claim, placed)
        if point is None:
            continue
        when, value, low, top, shift = point.day, point.value, point.low, point.top, point.shift
        values += [value, low or value, top]
        marker = {"at_least": "^", "over": "^", "at_most": "v", "under": "v"}.get(claim.qualifier, "o")
        fill = colors[claim.source] if claim.hedge != "uncertain" else "white"
        ax.vlines(when, low or value * 0.9, top, color=colors[claim.source], linewidth=2, alpha=0.55)
        ax.plot([when], [value], marker=marker, markersize=9, color=colors[claim.source],
                markerfacecolor=fill, markeredgewidth=1.8, linestyle="none")
        ax.annotate(claim.shown(), (when, value), textcoords="offset points", xytext=(6, 4 + 11 * shift), fontsize=8)
    for source in sources:
        ax.plot([], [], marker="o", linestyle="none", color=colors[source], label=source)
    positive = [v for v in values if v > 0]
    if positive and max(positive) / min(positive) > 50:
        ax.set_yscale("log")
    ax.set_title(f"{var.name}: {len(var.claims)} claims, {var.documents} documents")
    ax.set_ylabel(var.unit_class or "value")
    ax.grid(True, alpha=0.3)
    ax.legend(title="source (hollow: uncertain)", fontsize=8, title_fontsize=8, loc="best")
    fig.autofmt_xdate()
    png, svg = out_dir / f"timeline-{var.id}.png", out_dir / f"timeline-{var.id}.svg"
    fig.savefig(png)
    fig.savefig(svg)
    plt.close(fig)
    return png, svg
