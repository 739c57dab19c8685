from __future__ import annotations

import random
from datetime import date

from lagebild.core import Lagebild
from lagebild.dating import store_evidence
from lagebild.dating.combine import combine
from lagebild.dating.estimate import Dating
from lagebild.dating.store_evidence import (
    QUOTE_OVERLAP,
    CorpusEvidence,
    CorpusIndex,
    fingerprint,
    gather,
    published_day,
    stored_evidence,
)

FIRST = (" date 2024-10-18 Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten "
         "nach Russland geschickt. Die Marine stützt sich auf Satellitenbilder.")
LATER = (" date 2024-11-20 Nordkorea hat nach Angaben aus Seoul rund 1.500 Soldaten nach Russland geschickt. "
         "Die Regierung in Kiew warnte vor weiteren Truppen.")
UNDATED = ("Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten nach Russland "
           "geschickt. Am Montag sprach der Präsident mit Beratern über die Lage.")


def test_published_day_takes_the_middle_of_a_month():
    assert published_day("2024-10") == date(2024, 10, 15)
    assert published_day("2024-10-03") == date(2024, 10, 3)


def test_corpus_guess_is_no_earlier_than_the_first_report():
    corpus = [CorpusEvidence("figure", "a", "2024-10-18", "1500 Soldat", 1.0, bound=True),
              CorpusEvidence("neighbour", "b", "2024-06", "shares Kiew", 0.9),
              CorpusEvidence("neighbour", "c", "2024-05", "shares Kiew", 0.9),
              CorpusEvidence("neighbour", "d", "2024-05", "shares Kiew", 0.9)]
    result = combine(Dating(None, None, None, None), corpus)
    assert result.estimate == date(2024, 10, 18) and result.low == date(2024, 10, 18)
    assert "no earlier than the first dated report a" in result.reason
    assert result.to_dict()["corpus"][0]["bound"] is True


def test_a_dateline_in_the_text_outweighs_the_corpus():
    text = Dating(date(2024, 12, 2), date(2024, 12, 1), None, "month", confidence="high", reason="dateline")
    corpus = [CorpusEvidence("neighbour", "b", "2024-06", "shares Kiew", 0.9)]
    assert combine(text, corpus).estimate == date(2024, 12, 2)


def test_ingest_redates_an_undated_article_from_the_dated_ones(tmp_path, write_texts):
    folder = write_texts({"first": FIRST, "undated": UNDATED})
    app = Lagebild(db=tmp_path / "t.db")
    report = app.ingest([folder])
    assert report.redated == ["undated"]
    with app.store() as store:
        doc = store.load_doc("undated")
        assert doc.published_estimate == "2024-10"
        assert [e["doc_id"] for e in doc.dating["corpus"] if e["kind"] == "figure"] == ["first"]
        # the relative expressions follow the new estimate, and say it was estimated
        monday = [t for t in doc.timexes if t.text.lower().endswith("montag")]
        assert monday and monday[0].value.startswith("2024-10")
        assert "estimated publication date 2024-10" in monday[0].provenance
        index = CorpusIndex.build(store)
        assert fingerprint(gather(doc, index)) == doc.dating["corpus_fingerprint"]
        # the evidence from what the index read of the stored layers is that of the loaded document
        assert stored_evidence("undated", index) == gather(doc, index)
        assert stored_evidence("first", index) is None  # a dated document: not one the re-dating estimates
    # nothing new: nothing re-estimated; a later dated report arrives: re-estimated, the bound stays the first
    assert app.ingest([folder]).redated == []
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    assert app.ingest([folder]).redated == ["undated"]
    with app.store() as store:
        corpus = store.load_doc("undated").dating["corpus"]
        assert {e["doc_id"] for e in corpus if e["bound"]} == {"first"}
        assert {e["doc_id"] for e in corpus} == {"first", "later"}  # the new evidence is stored ...
        claims = [(c.start, c.time) for c in store.load_doc("undated").claims]
    assert app.ingest([folder]).redated == []  # ... with its fingerprint: nothing to do again
    with app.store() as store:  # the date stayed, so the analysis that hangs on it was kept
        assert [(c.start, c.time) for c in store.load_doc("undated").claims] == claims


def test_a_redate_that_keeps_the_date_replaces_only_the_stored_dating(tmp_path, monkeypatch, write_texts):
    folder = write_texts({"first": FIRST, "undated": UNDATED})
    app = Lagebild(db=tmp_path / "t.db")
    app.ingest([folder])
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    analyzed = []
    single, batch = app.analyze_safe, app.analyze_batch
    monkeypatch.setattr(app, "analyze_safe", lambda doc: analyzed.append(doc.doc_id) or single(doc))
    monkeypatch.setattr(app, "analyze_batch", lambda docs: analyzed.extend(d.doc_id for d in docs) or batch(docs))
    assert app.ingest([folder]).redated == ["undated"]
    assert analyzed == ["later"]  # the new document only: the undated one kept its date, so no second analysis



def test_a_moved_date_continues_the_analysis_from_the_dating_probe(tmp_path, monkeypatch, write_texts):
    """Re-analysis after a moved estimate keeps the stored entities and the probe's sentences and times: the
    stored document is the one a whole new analysis gives."""
    stored, skipped = {}, []
    for how in ("continued", "from-scratch"):
        folder = write_texts({"first": FIRST, "undated": UNDATED}, how)
        app = Lagebild(db=tmp_path / f"{how}.db")
        if how == "from-scratch":
            monkeypatch.setattr(app, "_finish_dated", lambda *args: None)
        else:
            within = app._within_budget
            monkeypatch.setattr(app, "_within_budget",
                                lambda doc, skip, *more, run=within, **parts: skipped.append(sorted(skip))
                                or run(doc, skip, *more, **parts))
        assert app.ingest([folder]).redated == ["undated"]
        with app.store() as store:
            stored[how] = store.load_doc("undated").to_dict()
    # what the probe did, the stored entities, and the first analysis's figures (the date spans stayed)
    assert ["dating", "entities", "quantities", "segmenter", "timexes"] in skipped
    assert stored["continued"] == stored["from-scratch"]
    assert stored["continued"]["entities"] and stored["continued"]["published_estimate"] == "2024-10"


def test_stored_evidence_leaves_a_registered_provider_to_the_loaded_document(monkeypatch):
    index = CorpusIndex(published={"a": "2025-01-11"}, undated={"u": store_evidence.StoredLayers("u", "de")})
    assert stored_evidence("u", index) == []
    monkeypatch.setitem(store_evidence.PROVIDERS, "other", lambda doc, index: [])
    assert stored_evidence("u", index) is None  # it may read layers StoredLayers does not hold


def test_quote_candidates_hold_every_quote_over_the_overlap():
    rng = random.Random(7)
    vocabulary = [f"wort{i}" for i in range(40)] + ["dass", "sagte", "werden"]
    common = {"dass", "sagte", "werden"}

    def quote() -> set[str]:
        return set(rng.sample(vocabulary, rng.randint(5, 14))) | (common if rng.random() < 0.7 else set())

    index = CorpusIndex(quotes=[(f"d{i}", "", quote()) for i in range(300)])
    for _ in range(300):
        words = quote()
        over = [i for i, (_, _, other) in enumerate(index.quotes)
                if len(words & other) / len(words | other) >= QUOTE_OVERLAP]
        candidates = index.quotes_sharing(words)
        assert set(over) <= set(candidates) and candidates == sorted(candidates)
    assert len(candidates) < len(index.quotes)  # the words in every quote make no candidate


def test_the_index_finds_the_content_words_of_undated_attributions_once(tmp_path, monkeypatch, write_texts):
    folder = write_texts({"first": FIRST, "undated": UNDATED})
    app = Lagebild(db=tmp_path / "t.db")
    app.ingest([folder])
    with app.store() as store:
        index = CorpusIndex.build(store)
        doc = store.load_doc("undated")
    layers = index.undated["undated"]
    assert layers.attributions and [a.words for a in layers.attributions] == [
        store_evidence._words(a.content) for a in doc.attributions]
    counted = []
    original = store_evidence._words
    monkeypatch.setattr(store_evidence, "_words", lambda text: counted.append(text) or original(text))
    assert stored_evidence("undated", index) == gather(doc, index)
    assert len(counted) == len(doc.attributions)  # for the loaded document only, not for the index's layers
