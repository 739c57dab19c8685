"""Corpus evidence from relations: a dated report of the same relation bounds an undated one."""

from __future__ import annotations

from datetime import date

from lagebild.core import Lagebild
from lagebild.dating.combine import combine
from lagebild.dating.estimate import Dating, Evidence
from lagebild.dating.store_evidence import CorpusEvidence, CorpusIndex, relation_key, relations
from lagebild.model import Doc, Quantity, Relation

DATED = (" date 2025-01-11 Ukrainian forces captured two North Korean soldiers in the Kursk region, the president "
         "said. The army published pictures of the men.")
UNDATED = ("Ukrainian forces captured two North Korean soldiers near the border, the president said. "
           "He offered to exchange them.")


def test_relation_key_meets_across_languages():
    german = relation_key("AID", "Nordkorea", "Russland", "Soldaten", 1500.0, "de")
    english = relation_key("AID", "Nordkorea", "Russland", "troops", 1500.0, "en")
    assert german == english == ("AID", "Nordkorea", "Russland", "troops", 1500.0)
    assert relation_key("AID", None, "Russland", "Soldaten", None, "de") is None


def test_a_capture_meets_across_languages_though_typed_apart():
    # English: ASSAULT abduct, German: COERCE arrest (the gold's two codings of one capture)
    english = relation_key("ASSAULT", "Ukraine", "Nordkorea", "soldiers", 2.0, "en", "abduct")
    german = relation_key("COERCE", "Ukraine", "Nordkorea", "Soldaten", 2.0, "de", "arrest")
    assert english == german
    # other assaults stay assaults
    assert relation_key("ASSAULT", "Ukraine", "Nordkorea", "soldiers", 2.0, "en")[0] == "ASSAULT"


def _doc(value: float | None, status: str = "factual") -> Doc:
    doc = Doc(doc_id="undated", text="x", lang="en")
    doc.quantities = [Quantity(text="two", number_text="two", start=0, end=3, kind="count", value=value,
                              low=value, high=value)]
    doc.relations = [Relation(type="COERCE", mode=None, context=[], actor="Ukraine", actor_text="Ukraine",
                              recipient="Nordkorea", recipient_text="North Korea", predicate="captured",
                              object="soldiers", quantity="two", quantity_index=0 if value else None,
                              status=status)]
    return doc


def test_a_relation_with_a_figure_is_bounded_by_its_first_report():
    key = relation_key("COERCE", "Ukraine", "Nordkorea", "soldiers", 2.0, "en")
    index = CorpusIndex(published={"a": "2025-01-11", "b": "2025-02"},
                        relations={key: [("b", "later"), ("a", "first")]})
    found = relations(_doc(2.0), index)
    assert [(e.doc_id, e.bound) for e in found] == [("a", True), ("b", False)]
    assert all(e.kind == "relation" and e.weight == 0.5 for e in found)
    assert relations(_doc(2.0, status="planned"), index) == []  # only what happened ties two reports


def test_a_relation_without_a_figure_places_but_does_not_bound():
    key = relation_key("COERCE", "Ukraine", "Nordkorea", "soldiers", None, "en")
    index = CorpusIndex(published={"a": "2025-01-11"}, relations={key: [("a", "first")]})
    found = relations(_doc(None), index)
    assert [(e.doc_id, e.bound) for e in found] == [("a", False)]
    assert found[0].weight == 0.5  # background: half of what the same report with its figure weighs
    vague = _doc(None)
    vague.relations[0].recipient = None  # "Ukraine captured ..." without whom: too vague to date by
    assert relations(vague, CorpusIndex(published={"a": "2025-01-11"}, relations={
        relation_key("COERCE", "Ukraine", None, "soldiers", None, "en"): [("a", "first")]})) == []


def test_ingest_dates_an_undated_report_of_the_same_relation(ingest_texts):
    app, _ = ingest_texts({"dated": DATED, "undated": UNDATED})
    with app.store() as store:
        rows = store.dating_relations()
        assert any(r["doc_id"] == "dated" and r["type"] == "ASSAULT" and r["value"] == 2 for r in rows)
        doc = store.load_doc("undated")
    bound = [e for e in doc.dating["corpus"] if e["kind"] == "relation" and e["bound"]]
    assert [e["doc_id"] for e in bound] == ["dated"]
    assert doc.published_estimate == "2025-01"


def test_a_text_estimate_older_than_a_repeated_report_moves_to_it():
    text = Dating(date(2024, 9, 15), date(2024, 8, 1), None, "month", confidence="medium",
                  reason="shortly after «seit August»")
    corpus = [CorpusEvidence("figure", "a", "2024-10-24", "11000 Soldat", 1.0, bound=True)]
    result = combine(text, corpus)
    assert result.estimate == date(2024, 10, 24) and result.low == date(2024, 10, 24)
    assert "no earlier than the first dated report a (2024-10-24)" in result.reason


def test_the_corpus_gives_the_year_of_months_the_text_names_without_one(tmp_path):
    from lagebild.engine import Pipeline
    from lagebild.pipeline.dating import CORPUS_EVIDENCE

    text = ("Der Geheimdienst teilte mit, die Truppen seien im Januar und im Februar verlegt worden. "
            "Weitere Einheiten folgten.")
    nlp = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))
    assert nlp(Doc(doc_id="alone", text=text, lang="de")).dating["estimate"] is None  # no year in the text
    doc = Doc(doc_id="undated", text=text, lang="de")
    # only the subject ties it to the story: dated neighbours around the turn of the year 2024/2025
    doc.user_data[CORPUS_EVIDENCE] = [CorpusEvidence("neighbour", "a", "2024-12", "shares Kursk", 0.5),
                                      CorpusEvidence("neighbour", "b", "2025-04", "shares Kursk", 0.4)]
    dating = nlp(doc).dating
    assert dating["estimate"] == "2025-03" and dating["confidence"] == "low"
    assert "the year from 2 dated documents" in dating["reason"]
    assert any("from the corpus" in e["note"] for e in dating["evidence"])


def test_a_past_month_takes_the_year_before_the_corpus_guess_rather_than_after():
    # «last August» told in an article tied to a January report: the August before it
    text = Dating(date(2025, 9, 15), date(2025, 8, 1), None, "month", confidence="medium", reason="after August")
    text.guessed_year = Evidence("last August", 0, date(2025, 8, 1), date(2025, 8, 31), "month", "past",
                                 kind="yearless")
    corpus = [CorpusEvidence("relation", "a", "2025-01", "Ukraine -COERCE-> Nordkorea: 2 troops", 1.0, bound=True)]
    result = combine(text, corpus)
    assert result.estimate == date(2025, 1, 15)  # the event in August 2024, the writing no earlier than the report
    assert "from the corpus (2024)" in result.reason


def test_an_undated_article_with_its_own_dateline_dates_the_others(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # no date given, but the agency line names the writing day: high confidence from the text alone
    (folder / "byline.txt").write_text(
        "Nordkorea hat nach Angaben des Geheimdienstes rund 1.500 Soldaten nach Russland geschickt. "
        "Die Regierung in Seoul berief den Sicherheitsrat ein. (dpa, 18.10.2024)", encoding="utf-8")
    (folder / "repeat.txt").write_text(
        "Nordkorea hat nach Angaben aus Seoul rund 1.500 Soldaten nach Russland geschickt. "
        "Am Montag sprach der Präsident mit Beratern über die Lage.", encoding="utf-8")
    app = Lagebild(db=tmp_path / "t.db")
    report = app.ingest([folder])
    assert report.stored_dated == 0 and report.stored_self_dated == 1
    with app.store() as store:
        assert store.load_doc("byline").dating["confidence"] == "high"
        doc = store.load_doc("repeat")
    assert {e["doc_id"] for e in doc.dating["corpus"] if e["bound"]} == {"byline"}
    assert doc.published_estimate == "2024-10"


def test_a_background_relation_weighs_its_share_of_every_report_of_the_same_pair():
    # one dated report words the help as "weapons", ten others as "troops" over a year: the wording of one report
    # is the same background and no sign of its month, so it weighs no more than each of the others
    doc = Doc(doc_id="undated", text="x", lang="en")
    doc.relations = [Relation(type="AID", mode=None, context=[], actor="Nordkorea", actor_text="North Korea",
                              recipient="Russland", recipient_text="Russia", predicate="supplies", object="weapons")]
    weapons = relation_key("AID", "Nordkorea", "Russland", "weapons", None, "en")
    troops = relation_key("AID", "Nordkorea", "Russland", "troops", None, "en")
    others = [f"t{i}" for i in range(10)]
    published = {"w": "2024-06", **{d: f"2025-{i + 1:02d}" for i, d in enumerate(others)}}
    index = CorpusIndex(published=published, relations={weapons: [("w", "w")], troops: [(d, d) for d in others]},
                        pairs={weapons[:3]: {"w", *others, "undated"}})
    found = relations(doc, index)
    assert [e.doc_id for e in found] == ["w"]
    assert found[0].weight == 0.5 / 11  # the undated document itself is no report of it
    # without other reports of the pair the weight stays that of the exact relation
    alone = CorpusIndex(published=published, relations={weapons: [("w", "w")]}, pairs={weapons[:3]: {"w"}})
    assert relations(doc, alone)[0].weight == 0.5


def test_ingest_counts_every_dated_report_of_a_pair(ingest_texts):
    app, _ = ingest_texts({"dated": DATED, "undated": UNDATED})
    with app.store() as store:
        index = CorpusIndex.build(store)
    assert [(key, docs) for key, docs in index.pairs.items() if key[1] == "Ukraine"] == [
        (("COERCE", "Ukraine", "Nordkorea"), {"dated"})]
