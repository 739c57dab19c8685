"""The dating probe an ingest keeps from a document's first analysis gives the re-dating what segmenting and
tagging the text again gives."""

from __future__ import annotations

from lagebild.core import Lagebild
from lagebild.dating.probe import PROBE, Probe
from lagebild.engine import Pipeline
from lagebild.model import Doc

FIRST = (" date 2024-10-18 Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten "
         "nach Russland geschickt. Die Marine stützt sich auf Satellitenbilder.")
UNDATED = ("Nordkorea hat laut einer Schätzung der Marine in Seoul rund 1.500 Soldaten nach Russland "
           "geschickt. Am Montag sprach der Präsident mit Beratern über die Lage. Seit gestern gilt eine Frist.")


def _head(text: str) -> Doc:
    return Pipeline.from_config("de", ("segmenter", "timexes"))(Doc(doc_id="u", text=text, lang="de"))


def test_a_restored_probe_equals_segmenting_and_tagging_again():
    first = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))(
        Doc(doc_id="u", text=UNDATED, lang="de", warnings=["W000: read"]))
    probe = Probe.take(first, first.user_data[PROBE], read_warnings=1)
    assert probe is not None and probe.size == len(first.tokens) and probe.matches  # the scan is kept too
    again = Doc(doc_id="u", text=UNDATED, lang="de")
    assert probe.fits(again)
    probe.restore(again)
    fresh = _head(UNDATED)
    assert again.tokens == fresh.tokens and again.sents == fresh.sents
    assert again.timexes == fresh.timexes and not any(t.anchored for t in again.timexes if "Montag" in t.text)
    assert again.warnings == fresh.warnings  # the reader's warning is not the re-dated document's
    assert not probe.fits(Doc(doc_id="u", text=UNDATED + " Neu.", lang="de"))
    later = Doc(doc_id="u", text=UNDATED, lang="de")
    probe.restore(later, tokens=False)  # what dating reads; the tokens come when the analysis goes on
    assert later.tokens == [] and later.sents == fresh.sents and later.timexes == fresh.timexes
    probe.restore_tokens(later)
    assert later.tokens == fresh.tokens


def test_a_probe_is_not_taken_when_tokens_are_not_slices_of_the_text():
    doc = _head(UNDATED)
    given = Probe.given(doc)
    given[0][0] = type(given[0][0])(i=0, start=0, end=3, text="xyz", sent=0)
    assert Probe.take(doc, given) is None


def test_the_ingest_redates_from_the_kept_probes_and_forgets_them(tmp_path, monkeypatch, write_texts):
    folder = write_texts({"first": FIRST, "undated": UNDATED})
    app = Lagebild(db=tmp_path / "t.db")
    restored = []
    original = Probe.restore
    monkeypatch.setattr(Probe, "restore", lambda self, doc, **kw: restored.append(doc.doc_id)
                        or original(self, doc, **kw))
    assert app.ingest([folder]).redated == ["undated"]
    assert restored == ["undated"] and app._probes == {} and app._probe_tokens == 0


def test_kept_figures_are_those_the_quantities_component_finds_again():
    doc = Lagebild().analyze_doc(Doc(doc_id="u", text=UNDATED, lang="de"))
    assert doc.quantities
    probe = Probe.take(doc, doc.user_data[PROBE]).with_figures(doc)
    again = Pipeline.from_config("de", ("segmenter", "timexes", "quantities"))(
        Doc(doc_id="u", text=UNDATED, lang="de"))
    assert list(probe.figures) == again.quantities  # the fields attribution and claims set are back as found
    kept = probe.figures_for(again)
    assert kept == again.quantities and kept[0] is not probe.figures[0]  # new objects: the re-dating changes them
    moved = Doc(doc_id="u", text=UNDATED, lang="de", timexes=[], layers={"timexes"})
    assert probe.figures_for(moved) is None  # other date spans: the quantities component runs again


def test_the_office_holders_are_kept_and_dating_the_restored_probe_finds_them_again(monkeypatch):
    import lagebild.pipeline.dating as dating
    from lagebild.pipeline.dating import CORPUS_EVIDENCE

    text = "Bundeskanzler Werner Faymann besuchte am Montag eine Schule in Graz. Dort sprach er mit Lehrern."
    first = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))(Doc(doc_id="u", text=text, lang="de"))
    probe = Probe.take(first, first.user_data[PROBE])
    assert [e.kind for e in probe.offices] == ["office"]
    scans = []
    original = dating.offices
    monkeypatch.setattr(dating, "offices", lambda doc, lang: scans.append(doc.doc_id) or original(doc, lang))
    nlp = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))
    again = Doc(doc_id="u", text=text, lang="de", user_data={CORPUS_EVIDENCE: []})
    probe.restore(again)
    again = nlp.components[-1](again)  # the re-dating runs dating alone over the restored layers
    fresh = nlp(Doc(doc_id="u", text=text, lang="de", user_data={CORPUS_EVIDENCE: []}))
    assert scans == ["u"]  # the fresh analysis scanned the text for holders, the restored one did not
    assert again.dating == fresh.dating and "term of office" in str(again.dating)


def test_the_dating_answers_are_kept_and_a_restored_probe_asks_the_text_no_more(monkeypatch):
    import lagebild.pipeline.dating as dating
    from lagebild.dating.probe import KEPT_ANSWERS
    from lagebild.pipeline.dating import CORPUS_EVIDENCE

    text = "Die Gemeinde Talhausen eröffnete am Dienstag, 4. März, ihre neue Brücke. Im Juni 2023 hatte der Bau begonnen."
    nlp = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))
    first = nlp(Doc(doc_id="u", text=text, lang="de"))
    probe = Probe.take(first, first.user_data[PROBE])
    tenses, weekdays = probe.answers
    dated = {(t.start, t.end) for t in probe.timexes if t.value}
    assert dated and dated <= set(tenses) and set(weekdays) <= set(tenses)  # every expression asked once
    asked = []
    original = dating.clause
    monkeypatch.setattr(dating, "clause", lambda *args: asked.append(args[1]) or original(*args))
    again = Doc(doc_id="u", text=text, lang="de", user_data={CORPUS_EVIDENCE: []})
    probe.restore(again)
    assert KEPT_ANSWERS in again.user_data
    again = nlp.components[-1](again)  # the re-dating's dating over the restored layers
    assert asked == []  # no tense was looked up again
    fresh = nlp(Doc(doc_id="u", text=text, lang="de", user_data={CORPUS_EVIDENCE: []}))
    assert asked and len(asked) == len(set(asked))  # a fresh run asks about each expression once
    assert again.dating == fresh.dating and again.published_estimate == fresh.published_estimate
