"""Readable explanations of a document's spans (``lagebild show``): what was found, and by which rule or model."""

from __future__ import annotations

import textwrap

from .model import Attribution, Doc, Entity, Quantity, Timex


def _bounds(qty: Quantity) -> str:
    low = "" if qty.low is None else f"{qty.low:g}"
    high = "" if qty.high is None else f"{qty.high:g}"
    return f"[{low}..{high}]"


def explain_entity(ent: Entity) -> str:
    canon = f" -> {ent.canonical}" if ent.canonical and ent.canonical != ent.text else ""
    return f"ENTITY {ent.label:<4} «{ent.text}»{canon}"


def explain_timex(timex: Timex) -> str:
    mod = f" mod {timex.mod}" if timex.mod else ""
    flag = "" if timex.anchored else " (no publication date: relative value not anchored)"
    return f"TIME   {timex.type:<8} «{timex.text}» = {timex.value}{mod}{flag}"


def explain_quantity(qty: Quantity) -> str:
    value = "vague" if qty.value is None else f"{qty.value:g}"
    hedge = f"{qty.hedge}" + (f" (cue «{qty.hedge_cue}»)" if qty.hedge_cue else "")
    time = f", time {qty.time}" if qty.time else ""
    about = f", about «{qty.about}»" if qty.about else ""
    return (f"FIGURE {qty.kind:<8} «{qty.text}» = {value} {_bounds(qty)} {qty.qualifier}, unit {qty.unit}"
            f"{about}; source {qty.source}, {hedge}{time}")


def explain_attribution(attr: Attribution) -> str:
    source = f"«{attr.source_text}»" if attr.source_text else "(carried over)"
    chain = f" via {' <- '.join(attr.chain)}" if attr.chain else ""
    content = attr.content if attr.content and len(attr.content) <= 90 else (attr.content or "")[:87] + "..."
    return (f"SOURCE {attr.mode:<12} {attr.source} {source}{chain}, cue «{attr.cue}»: «{content}»")


def explain_relation(rel) -> str:
    """One relation as a line: type, actor -predicate-> recipient, object and figure, status, source."""
    mode = f"/{rel.mode}" if rel.mode else ""
    figure = f" {rel.quantity}" if rel.quantity else ""
    obj = f", object «{figure.strip()} {rel.object}»".replace("« ", "«") if rel.object else ""
    when = f", time {rel.time}" if rel.time else ""
    return (f"RELATION {rel.type}{mode} {rel.actor} -«{rel.predicate}»-> {rel.recipient or '-'}{obj}{when}, "
            f"{rel.status}, source {rel.source} ({rel.hedge})")


def explain_doc(doc: Doc) -> str:
    """The document sentence by sentence, each followed by the spans inside it."""
    head = [f"{doc.doc_id}  published {doc.published or '-'}  estimate {doc.published_estimate or '-'}  "
            f"lang {doc.lang}  ({len(doc.sents)} sentences)"]
    if doc.title:
        head.append(f"title: {doc.title}")
    if doc.dating:
        head.append(f"dating: {doc.dating.get('estimate')} interval {doc.dating.get('interval')}")
    spans: dict[int, list[tuple[int, str]]] = {}

    def add(start: int, line: str, provenance: str) -> None:
        sent = doc.sentence_at(start)
        spans.setdefault(sent, []).append((start, f"{line}   [{provenance}]" if provenance else line))

    for ent in doc.ents:
        add(ent.start, explain_entity(ent), ent.provenance)
    for timex in doc.timexes:
        add(timex.start, explain_timex(timex), timex.provenance)
    for qty in doc.quantities:
        add(qty.start, explain_quantity(qty), qty.provenance)
    for attr in doc.attributions:
        start = attr.cue_start if attr.cue_start is not None else (attr.content_start or 0)
        add(start, explain_attribution(attr), attr.provenance)
    for rel in doc.relations:
        add(rel.predicate_start if rel.predicate_start is not None else doc.sents[rel.sentence].start,
            explain_relation(rel), rel.provenance)
    out = head[:]
    for sent in doc.sents:
        text = doc.text[sent.start:sent.end]
        kind = "" if sent.kind == "text" else f"[{sent.kind}] "
        out.append("")
        out.append(textwrap.fill(f"{sent.i:>3}  {kind}{text}", width=110, subsequent_indent="     "))
        for _, line in sorted(spans.get(sent.i, [])):
            out.append(f"       - {line}")
    return "\n".join(out)


SUMMARY_COLUMNS = (("doc_id", "document"), ("published", "published"), ("published_estimate", "estimate"),
                   ("lang", "lang"), ("sentences", "sents"), ("entities", "entities"), ("timexes", "times"),
                   ("quantities", "figures"), ("attributions", "sources"), ("claims", "claims"), ("relations", "relations"))


def summary_table(rows: list[dict], failures: list) -> str:
    """Stored documents with the number of spans per layer, a total line and the failed inputs."""
    header = [title for _, title in SUMMARY_COLUMNS]
    body = [[str(row.get(key) if row.get(key) is not None else "-") for key, _ in SUMMARY_COLUMNS] for row in rows]
    totals = ["total", "", "", ""] + [str(sum(row.get(key) or 0 for row in rows)) for key, _ in SUMMARY_COLUMNS[4:]]
    widths = [max(len(cell) for cell in col) for col in zip(header, *body, totals, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.rjust(w) if i >= 4 else cell.ljust(w) for i, (cell, w) in enumerate(zip(cells, widths,
                                                                                                   strict=True)))

    out = [f"{len(rows)} documents in the store", line(header), line(["-" * w for w in widths])]
    out += [line(cells) for cells in body]
    out.append(line(totals))
    if failures:
        out.append(f"\n{len(failures)} inputs failed:")
        out += [f"  {row['error']}" for row in failures]
    return "\n".join(out)
