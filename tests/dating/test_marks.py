"""Times of figures and relations in an undated document say that they rest on its estimated date."""

from __future__ import annotations

from lagebild.dating.marks import ESTIMATED, mark_estimated
from lagebild.model import Claim, Doc, Sentence, Timex

DATED = (" date 2024-10-18 Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten "
         "nach Russland geschickt. Die Marine stützt sich auf Satellitenbilder.")
UNDATED = ("Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten nach Russland "
           "geschickt. Am Montag meldete Kiew weitere 2.000 Soldaten an der Grenze.")


def _claim(time: str | None, provenance: str) -> Claim:
    return Claim(quantity=0, value=2000.0, low=2000.0, high=2000.0, qualifier="", unit="Soldat", about=None,
                 time=time, sentence=0, start=0, end=5, provenance=provenance)


def test_only_times_from_estimated_expressions_are_marked():
    doc = Doc(doc_id="u", text="x" * 40, published_estimate="2024-10")
    doc.sents = [Sentence(i=0, start=0, end=40)]
    doc.timexes = [Timex("Am Montag", 0, 9, "DATE", "2024-10-21",
                         provenance=f"rule; {ESTIMATED} 2024-10")]
    doc.claims = [_claim("2024-10-21", "time expression «Am Montag»"), _claim("2023", "time expression «2023»"),
                  _claim("2024-10", "«bislang» refers to the publication date")]
    mark_estimated(mark_estimated(doc))
    marked = [ESTIMATED in c.provenance for c in doc.claims]
    assert marked == [True, False, True]
    assert doc.claims[0].provenance.count(ESTIMATED) == 1  # idempotent
    given = Doc(doc_id="d", text="x", published="2024-10")
    given.claims = [_claim("2024-10-21", "")]
    assert mark_estimated(given).claims[0].provenance == ""


def test_a_redated_documents_figures_follow_its_new_estimate(ingest_texts):
    app, _ = ingest_texts({"dated": DATED, "undated": UNDATED})
    with app.store() as store:
        doc = store.load_doc("undated")
    assert doc.published_estimate == "2024-10"
    timed = [c for c in doc.claims if c.time]
    assert timed and all(c.time.startswith("2024-10") for c in timed)
    assert all(f"{ESTIMATED} 2024-10" in c.provenance for c in timed)
