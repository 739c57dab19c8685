"""Linear time (issue 12): the per-document indexes that replace scans per figure or per sentence give the
answers the scans gave, the work does not grow with the number of sentences, the time budget interrupts a
component inside its sentence loop, and a 200 KB list without full stops goes through the expensive
components. No wall-clock ratios here: growth exponents are a benchmark (benchmarks/growth.py)."""

from __future__ import annotations

import random

import pytest

from benchmarks.pathological import long_sentence
from lagebild import engine
from lagebild.attribution.hedging import governing, governing_all
from lagebild.claims.build import dated_timexes
from lagebild.core import Lagebild, Options
from lagebild.engine import Deadline
from lagebild.errors import TimeLimitExceeded
from lagebild.model import Attribution, Doc, Entity, Quantity, Timex
from lagebild.spans import ents_between, ents_starting, last_full_name

# Sentences written for these tests: figures, sources, quotations, dates and names in every sentence.
STORY = ("Die BBC meldet, Minsk habe bislang 6.000 Soldaten an die Grenze verlegt. "
         "Am 3. Oktober 2024 meldete die Ukraine 120 getötete Soldaten, sagte Wolodymyr Selenskyj in Kiew. "
         "„Wir haben mehr als 500 Gefangene gemacht“, sagte ein Sprecher der ukrainischen Armee. "
         "Nach Angaben des Geheimdienstes sollen bis zu 3.000 weitere Soldaten folgen.\n")


class Scans(list):
    """A list that counts how often it is read whole (iterated)."""

    scans = 0

    def __iter__(self):
        self.scans += 1
        return super().__iter__()


def _attr(start: int | None, end: int | None) -> Attribution:
    return Attribution("X", "X", "sagte", "indirect", None, content_start=start, content_end=end)


def test_governing_all_gives_what_governing_gives_per_figure():
    rng = random.Random(12)
    for _ in range(200):
        attrs = []
        for _ in range(rng.randint(0, 8)):
            if rng.random() < 0.15:
                attrs.append(_attr(None, None))
            else:
                a = rng.randint(0, 90)
                attrs.append(_attr(a, a + rng.randint(1, 40)))
        positions = [rng.randint(0, 130) for _ in range(rng.randint(0, 12))]
        got = governing_all(positions, attrs)
        want = [governing(Quantity("1", "1", p, p + 1, "count", 1, 1, 1), attrs) for p in positions]
        assert got == want


def test_governing_all_prefers_the_narrowest_then_the_first():
    attrs = [_attr(0, 50), _attr(10, 20), _attr(5, 15), _attr(12, 22)]
    assert governing_all([11, 12, 30, 60, 16], attrs) == [1, 1, 0, None, 1]


def test_entity_index_answers_what_a_scan_answers_in_document_order():
    rng = random.Random(7)
    doc = Doc(doc_id="d", text="x" * 300)
    for n in range(60):
        a = rng.randint(0, 280)
        doc.ents.append(Entity("x", a, a + rng.randint(1, 20), rng.choice(["PER", "LOC"]),
                               canonical=rng.choice([None, f"Vor{n} Nach{n}", f"Name{n}"])))
    rng.shuffle(doc.ents)
    for lo in range(0, 300, 7):
        hi = lo + rng.randint(1, 40)
        assert ents_between(doc, lo, hi) == [e for e in doc.ents if e.end > lo and e.start < hi]
        assert ents_starting(doc, lo, hi) == [e for e in doc.ents if lo <= e.start < hi]
        full = [e for e in doc.ents if e.label == "PER" and e.canonical and " " in e.canonical and e.end <= lo]
        assert last_full_name(doc, lo) == (full[-1] if full else None)
    doc.ents.append(Entity("y", 0, 300, "ORG"))  # a changed entity list is indexed anew
    assert ents_between(doc, 150, 151)[-1].label == "ORG"


def test_dated_timexes_are_the_concrete_anchored_dates_of_each_sentence():
    from lagebild.pipeline.segmenter import segment

    text = "Am 3. Oktober 2024 kamen 300 Soldaten. Seit Jahren gibt es 12 Lager. Gestern kamen 40 Soldaten."
    doc = Doc(doc_id="d", text=text)
    doc.tokens, doc.sents = segment(text, "de")

    def timex(words: str, kind: str, value: str, anchored: bool = True) -> Timex:
        return Timex(words, text.index(words), text.index(words) + len(words), kind, value, anchored=anchored)

    doc.timexes = [timex("3. Oktober 2024", "DATE", "2024-10-03"), timex("Seit Jahren", "DURATION", "PXY"),
                   timex("Gestern", "DATE", "2024-10-02", anchored=False)]
    assert dated_timexes(doc) == {0: [doc.timexes[0]]}


@pytest.fixture(scope="module")
def analyzed():
    """The story at 1x and 4x, analyzed up to the quantities, then attribution and claims with counted scans."""
    app = Lagebild(Options(lang="de"))
    pipeline = app.pipeline("de")
    counts = {}
    for factor in (1, 4):
        doc = Doc(doc_id="story", text=STORY * factor, published="2024-10-05", lang="de")
        for comp in pipeline.components:
            if comp.name == "attribution":
                doc.ents, doc.timexes = Scans(doc.ents), Scans(doc.timexes)
            doc = comp(doc)
            doc.layers.update(comp.assigns)
            if comp.name == "claims":
                break
        counts[factor] = (doc.ents.scans, doc.timexes.scans, len(doc.quantities), len(doc.claims), doc)
    return counts


def test_attribution_and_claims_read_entities_and_timexes_a_bounded_number_of_times(analyzed):
    (ents1, timex1, qty1, claims1, _), (ents4, timex4, qty4, claims4, doc) = analyzed[1], analyzed[4]
    assert qty4 == 4 * qty1 and claims4 == 4 * claims1 and qty1 >= 4
    assert any(c.time == "2024-10-03" for c in doc.claims)  # the dated sentence's figure keeps its time
    # the scans of whole lists do not grow with the number of sentences and figures
    assert (ents4, timex4) == (ents1, timex1)


@pytest.mark.parametrize("name", ["quantities", "attribution", "claims"])
def test_the_budget_interrupts_a_component_inside_its_sentence_loop(name, analyzed, monkeypatch):
    doc = analyzed[4][4]
    component = next(c for c in Lagebild(Options(lang="de")).pipeline("de").components if c.name == name)
    # a budget already spent, without the alarm: only the component's own checks can stop it
    monkeypatch.setattr(engine, "_CURRENT", Deadline(1e-9, "story.txt"))
    with pytest.raises(TimeLimitExceeded, match="E026: story.txt"):
        component(doc)


def test_a_200_kb_list_without_full_stops_goes_through_the_expensive_components():
    app = Lagebild(Options(lang="de"))
    pipeline = engine.Pipeline.from_config(
        "de", ["segmenter", "timexes", "quantities", "attribution", "claims"])
    text = long_sentence(200_000)
    doc = pipeline(Doc(doc_id="list", text=text, published="2024-10-05", lang="de"))
    assert app is not None and len(doc.quantities) > 3_000 and len(doc.claims) == len(doc.quantities)
    assert all(text[q.start:q.end] == q.text for q in doc.quantities)
    assert any(w.startswith("W002") for w in doc.warnings)  # cut into sentences of bounded length


def test_clause_lookups_by_index_give_what_the_walks_give():
    from lagebild.claims.build import CLAUSE_BREAK, clause, clause_at
    from lagebild.claims.parties import SentenceView
    from lagebild.pipeline.segmenter import segment

    text = ("Nordkorea soll (nach Angaben aus Seoul) 10.000 Soldaten, 120 Panzer – und bis zu 50 Raketen; "
            "dazu 3 Schiffe: geliefert haben, 7 , , 8")
    tokens, _ = segment(text, "de", max_tokens=1_000)
    view = SentenceView(tokens, [t.start for t in tokens])
    walked = SentenceView(tokens, [t.start for t in tokens])
    for k in range(len(tokens)):
        lo, hi = k, k  # the walk, as before the index
        while lo > 0 and walked.tokens[lo - 1].text not in (",", ";", ":", "–", "—", "(", ")"):
            lo -= 1
        while hi < len(tokens) and walked.tokens[hi].text not in (",", ";", ":", "–", "—", "(", ")"):
            hi += 1
        assert view.clause(k) == (lo, hi)
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    for start in range(len(text)):
        for end in (start, start + 1, start + 9):
            assert clause_at(breaks, start, end, 0, len(text)) == clause(text, start, end, 0, len(text))


def test_single_quotations_inside_double_ones_are_left_out_as_before():
    from lagebild.attribution.text import find_quotes

    text = "„Er sagte 'nie wieder' dazu“, und 'das ist neu' sowie »ein 'Zitat' hier« und 'noch eines'."
    got = [(q.start, q.end, q.single) for q in find_quotes(text)]
    doubles = [(q.start, q.end) for q in find_quotes(text) if not q.single]
    singles = [(a, b) for a, b, single in got if single]
    assert len(doubles) == 2 and len(singles) == 2
    assert all(not (a <= s < b) for s, _ in singles for a, b in doubles)
    assert [text[a:b] for a, b in singles] == ["'das ist neu'", "'noch eines'"]
