"""``lagebild date``: estimate when an undated article was written (part of the command line, cli.py)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_options import DB_OPTION
from .core import Lagebild
from .io.readers import ReadError
from .model import Doc


@click.command(name="date")
@click.argument("doc")
@DB_OPTION
def date_cmd(doc, db) -> None:
    """Estimate when an undated article was written: estimate, interval, confidence and each piece of evidence.

    DOC is a file, or the id of a document in the store. With a store, dated documents that share the
    article's figures, quotes, relations or subject are evidence too, each shown with its weight.
    Example: lagebild date ../shared/corpus/seeds/002_7e917bff9e613273.txt --db lagebild.db
    """
    from .dating.store_evidence import CorpusIndex, gather
    from .pipeline.dating import CORPUS_EVIDENCE

    app = Lagebild(db=db)
    if Path(doc).exists():
        items = list(app.read([doc]))
    elif Path(db).exists():
        with app.store() as store:
            stored = store.load_doc(doc)
        items = [Doc(doc_id=stored.doc_id, text=stored.text, published=stored.published, title=stored.title,
                     path=stored.path, lang=stored.lang, body_start=stored.body_start, meta=stored.meta)]
    else:
        raise click.ClickException(f"{doc}: no such file, and no store at {db} to look the id up in")
    for item in items:
        if isinstance(item, ReadError):
            raise click.ClickException(item.message)
        if item.published:
            click.echo(f"{item.doc_id}: published {item.published} (given in the document; nothing to estimate)")
            continue
        if Path(db).exists() or str(db).startswith(("postgresql://", "postgres://")):
            with app.store() as store:
                index = CorpusIndex.build(store)
                analyzed = app.analyze_doc(item)  # its figures and quotes, to look up in the store
                fresh = Doc(doc_id=item.doc_id, text=item.text, title=item.title, path=item.path, lang=item.lang,
                            body_start=item.body_start, meta=item.meta)
                fresh.user_data[CORPUS_EVIDENCE] = gather(analyzed, index)
                item = fresh
        _show_dating(app.analyze_doc(item))


def _show_dating(item: Doc) -> None:
    dating = item.dating or {}
    low, high = dating.get("interval") or (None, None)
    click.echo(f"{item.doc_id}: estimated {dating.get('estimate') or 'unknown'} (about {dating.get('estimate_day')}),"
               f" interval {low or '?'} .. {high or '?'}, confidence {dating.get('confidence', 'none')}")
    click.echo(f"  why: {dating.get('reason')}")
    for ev in dating.get("evidence", []):
        note = f"; {ev['note']}" if ev["note"] else ""
        click.echo(f"  evidence: «{ev['text']}» {ev['from']}..{ev['to']} ({ev['kind']}, {ev['tense']}, "
                   f"weight {ev['weight']:.2f}{note})")
    for ev in dating.get("corpus", []):
        role = "no earlier than" if ev["bound"] else "near"
        click.echo(f"  store: {ev['kind']} {ev['what']}: {role} {ev['doc_id']}, published {ev['published']} "
                   f"(weight {ev['weight']:.2f})")
