"""The quantity component: figures, bounds, qualifiers, units, offsets and what is no figure."""

from __future__ import annotations

import pytest

from lagebild.engine import Pipeline, component_class
from lagebild.model import Doc, Timex
from lagebild.pipeline.quantities import Quantities, quantities_of, render
from lagebild.pipeline.segmenter import segment


def make_doc(text: str, lang: str = "de", timexes: list[Timex] | None = None,
             max_tokens: int | None = None) -> Doc:
    body_start = text.index(" ", 6) + 1 if text.startswith(" date ") else 0
    doc = Doc(doc_id="t", text=text, lang=lang, body_start=body_start)
    if max_tokens is None:
        doc.tokens, doc.sents = segment(text, lang, body_start)
    else:
        doc.tokens, doc.sents = segment(text, lang, body_start, max_tokens)
    doc.layers.update({"text", "tokens", "sents"})
    if timexes is not None:
        doc.timexes = timexes
        doc.layers.add("timexes")
    return doc


def summary(text: str, lang: str = "de") -> list[tuple]:
    return [(q.text, q.kind, q.value, q.low, q.high, q.qualifier, q.unit) for q in quantities_of(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("Laut Nato soll Minsk bislang 4.000 Soldaten an die Grenze geschickt haben.",
     [("bislang 4.000 Soldaten", "count", 4000, 4000, 4000, "exact", "Soldat")]),
    ("Rund 4000 Postler streikten.", [("Rund 4000 Postler", "count", 4000, None, None, "approx", "Postler")]),
    ("Der Staat zahlt 29 Millionen Euro.", [("29 Millionen Euro", "amount", 29000000, 29000000, 29000000,
                                            "exact", "Euro")]),
    ("Angestrebt werden mehr als 80 Millionen Tonnen pro Jahr.",
     [("mehr als 80 Millionen Tonnen pro Jahr", "amount", 80000000, 80000000, None, "over", "Tonne pro Jahr")]),
    ("Mehr als der Hälfte von uns gab man Tee.", [("Mehr als der Hälfte", "percent", 50, 50, None, "over", "Prozent")]),
    ("Millionen von Italienern rauchen.", [("Millionen von Italienern", "count", None, 1000000, 999999999, "vague",
                                            "Italiener")]),
    ("Drohen dem Wirt bis zu 12 Jahre Gefängnis?", [("bis zu 12 Jahre", "duration", 12, None, 12, "at_most", "Jahr")]),
    ("Es kamen zwischen 1 und 2 Millionen Menschen.",
     [("zwischen 1 und 2 Millionen Menschen", "count", 1500000, 1000000, 2000000, "range", "Mensch")]),
])
def test_german_figures(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    "Der Pakt ähnelt dem Artikel 5 des Nordatlantikvertrags.",
    "Nach der Parade zum 75. Jahrestag des Kriegsendes gab es Feuerwerk.",
    "Der General ließ sich die Hilfe mit MiG-29-Jets bezahlen.",
    "Die Armee bestellte neue Leopard-2-Panzer.",
    "Manche Geschütze stammen angeblich aus den 1980er-Jahren.",
    "Zwei Tage nach der Reise des Ministers wurde die Gesandte einbestellt.",
    "Ende 2024 war gemunkelt worden, dass Kim zögert.",
    "Einen seiner beiden Vasallen-Staaten könnte China fallenlassen.",
    "Am 9. März begann die Armee einen Gegenangriff.",
    "Ein Soldat und eine Soldatin gingen.",
])
def test_german_numbers_that_are_no_figures(text):
    assert summary(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The army lost more than 1,200 tanks.", [("more than 1,200 tanks", "count", 1200, 1200, None, "over", "tank")]),
    ("Shares fell 5.2% to $1.5 billion.", [("5.2%", "percent", 5.2, 5.2, 5.2, "exact", "percent"),
                                           ("$1.5 billion", "amount", 1500000000, 1500000000, 1500000000,
                                            "exact", "dollar")]),
    ("Hundreds of thousands of people fled.", [("Hundreds of thousands of people", "count", None, 100000, 999999,
                                                "vague", "people")]),
    ("The deal was signed in 2019 by 12 ministers.", [("12 ministers", "count", 12, 12, 12, "exact", "minister")]),
])
def test_english_figures(text, expected):
    assert summary(text, "en") == expected


def test_offsets_number_text_and_provenance():
    text = " date 2024-10 Die Zahl: Bis zu 30.000 frische Kräfte verspricht Kim."
    doc = Quantities("de")(make_doc(text))
    (qty,) = doc.quantities
    assert text[qty.start:qty.end] == qty.text == "Bis zu 30.000 frische Kräfte"
    assert text[qty.number_start:qty.number_end] == qty.number_text == "30.000"
    assert qty.about == "frische Kräfte"
    assert qty.provenance == "rule:de/quantities/qualifier:bis zu+digits+noun"
    assert doc.sentence_text(qty.sentence) == "Die Zahl: Bis zu 30.000 frische Kräfte verspricht Kim."
    # source, hedge and time are left to the attribution and claims components
    assert (qty.source, qty.hedge, qty.time) == ("AUTHOR", "asserted", None)


def test_numbers_inside_a_date_timex_are_skipped_but_durations_stay():
    text = "Am 19. Juni 2024 kamen 500 Soldaten, binnen sechs Monaten 1000 weitere."
    june = text.index("19. Juni 2024")
    months = text.index("sechs Monaten")
    timexes = [Timex("19. Juni 2024", june, june + 13, "DATE", "2024-06-19"),
               Timex("sechs Monaten", months, months + 13, "DURATION", "P6M")]
    doc = Quantities("de")(make_doc(text, timexes=timexes))
    assert [q.text for q in doc.quantities] == ["500 Soldaten", "sechs Monaten", "1000"]


def test_a_date_timex_hides_a_number_the_rules_would_take():
    text = "Das Treffen 2000 Jahre danach."
    span = text.index("2000 Jahre")
    without = Quantities("de")(make_doc(text, timexes=[]))
    with_timex = Quantities("de")(make_doc(text, timexes=[Timex("2000", span, span + 4, "DATE", "2000")]))
    assert [q.text for q in with_timex.quantities] == []
    assert len(without.quantities) <= 1


def test_a_bare_number_read_as_a_year_still_counts_a_plural_noun():
    text = "Im Jahr 1500 kamen 1600 Angestellte."
    first, second = text.index("1500"), text.index("1600")
    timexes = [Timex("1500", first, first + 4, "DATE", "1500"), Timex("1600", second, second + 4, "DATE", "1600")]
    doc = Quantities("de")(make_doc(text, timexes=timexes))
    assert [(q.text, q.unit) for q in doc.quantities] == [("1600 Angestellte", "Angestellter")]


def test_bracketed_number_takes_the_unit_of_the_figure_before():
    found = quantities_of("Brasilien stellt 1,12 Millionen Soldaten, gleich hinter Pakistan (1.150.000).", "de")
    assert [(q.number_text, q.unit, q.provenance.endswith("unit:inherited")) for q in found] == [
        ("1,12 Millionen", "Soldat", False), ("1.150.000", "Soldat", True)]


def test_every_figure_fits_the_contract():
    doc = Quantities("de")(make_doc("Fast die Hälfte der Geschosse, 80 Prozent, über 83 Jahre, Hunderte Dörfer."))
    for qty in doc.quantities:
        data = qty.to_dict(doc)
        assert data["kind"] in ("count", "amount", "percent", "duration")
        assert data["qualifier"] in ("exact", "approx", "at_most", "at_least", "under", "over", "range", "vague")
        assert data["provenance"].startswith("rule:de/quantities/")
        if data["qualifier"] == "vague":
            assert data["value"] is None and data["low"] < data["high"]
        else:
            assert data["value"] is not None


def test_render_of_no_figure_and_run_example_reports_the_difference():
    assert render([]) == "(none)"
    assert Quantities.run_example("de", "quantities/units.txt", "Es kostet 5 Euro.",
                                  "5 Euro | amount 5 5 5 exact Euro") is None
    failure = Quantities.run_example("de", "quantities/units.txt", "Es kostet 5 Euro.", "(none)")
    assert failure is not None and "5 Euro" in failure


def test_registered_and_in_the_default_pipeline():
    assert component_class("quantities") is Quantities
    pipeline = Pipeline.from_config("de", ["segmenter", "quantities"])
    doc = pipeline(Doc(doc_id="t", text="Es kamen 1.500 Soldaten.", lang="de"))
    assert "quantities" in doc.layers
    assert [q.value for q in doc.quantities] == [1500]


@pytest.mark.parametrize("text, lang", [
    ("", "de"), ("Millionen", "de"), ("bis zu", "de"), ("zwischen 5 und", "de"), ("1--2", "de"),
    ("9999999999999999999999 Euro", "de"), ("0/0 Tore", "de"), ("$", "en"), ("-1-", "en"), ("½", "en"),
])
def test_odd_inputs_never_break_offsets(text, lang):
    for qty in quantities_of(text, lang):
        assert text[qty.start:qty.end] == qty.text
        assert text[qty.number_start:qty.number_end] == qty.number_text


@pytest.mark.parametrize("text, lang, values", [
    ("Es waren damals 3 000.", "de", [3000]),               # space groups, sentence-final period
    ("Die Zahl stieg auf 500.", "de", [500]),              # "500." ends the sentence: no ordinal
    ("The 1988 sales rose 5%.", "en", [5]),                # a year before a plural noun stays a year in English
    ("Im Jahr 2000 kamen 2000 Soldaten.", "de", [2000]),   # ... and is a count in German
    ("I'm 1.8m tall and it cost $5m in cash.", "en", [1.8, 5000000]),
])
def test_number_reading_in_context(text, lang, values):
    assert [q.value for q in quantities_of(text, lang)] == values


@pytest.mark.parametrize("text, lang, trends", [
    ("Die Löhne stiegen um 2,8 Prozent, die Kosten sanken auf 7 Euro.", "de", ["up", None]),
    ("Graz (plus 7,5 Prozent) und 18 der mehr als 3.100 Gäste.", "de", ["up", None, None]),
    ("Revenue fell 19% from 1987 to $10.05 billion.", "en", ["down", None]),
])
def test_a_trend_marks_a_change_and_a_level_word_stops_it(text, lang, trends):
    found = quantities_of(text, lang)
    assert [q.trend for q in found] == trends
    assert all(("+trend:" in q.provenance) == bool(q.trend) for q in found)


def _long_sentence(size: int, lang: str) -> str:
    # a table or list without full stops, as a crawl delivers it: numbers, units, qualifiers and words
    words = {"de": "rund 10.000 Soldaten , bis zu 5 Prozent und zwischen 3 und 4 Millionen Menschen ; mehr als 12 "
                   "Panzer Tausende Tote nach Russland (32) minus 7 Punkte stieg um 2,5 Prozent im Jahr 2024",
             "en": "about 10,000 soldiers , up to 5 percent and between 3 and 4 million people ; more than 12 tanks "
                   "thousands dead sent to Russia (32) minus 7 points rose by 2.5 percent in 2024"}[lang].split()
    parts: list[str] = []
    n = k = 0
    while n < size:
        word = words[k % len(words)] if k % 5 else str(1000 + (k * 7919) % 90000)
        parts.append(word)
        n, k = n + len(word) + 1, k + 1
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_one_long_sentence_takes_linear_time(lang):
    """200 KB in one "sentence": the figures are read in one pass, never by rescanning the sentence per figure."""
    import time

    from lagebild.pipeline.quantities import extract
    from lagebild.quantities.rules import rules, tag_word

    rules(lang)
    tag_word("Soldaten" if lang == "de" else "soldiers", lang)
    seconds = {}
    for size in (50_000, 200_000):
        text = _long_sentence(size, lang)
        doc = make_doc(text, lang, max_tokens=10**9)  # the segmenter's cut of overlong sentences is off here
        assert len(doc.sents) <= 2  # one sentence (a headline guess may cut it once)
        runs = []
        for _ in range(3):  # the least CPU time of three: a garbage collection or a busy core adds to one run only
            started = time.process_time()  # CPU time: the machine may be busy with other work
            found = extract(doc, lang)
            runs.append(time.process_time() - started)
        seconds[size] = min(runs)
        assert len(found) > size // 100
        assert all(text[q.start:q.end] == q.text for q in found)
    assert seconds[200_000] < 2.0, seconds
    # four times the text, about four times the time (a rescan per figure would make it sixteen)
    assert seconds[200_000] < 6 * max(seconds[50_000], 0.05), seconds
