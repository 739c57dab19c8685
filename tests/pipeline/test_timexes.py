"""The timexes component on hand-built documents (seed-article sentences and the no-anchor case)."""

from __future__ import annotations

import pytest

from lagebild.engine import Pipeline
from lagebild.model import Doc


def run(text: str, published: str | None = None, estimate: str | None = None, lang: str = "de",
        **config) -> Doc:
    pipe = Pipeline.from_config(lang, ["segmenter", "timexes"], {"timexes": config})
    return pipe(Doc(doc_id="t", text=text, published=published, published_estimate=estimate, lang=lang))


SEEDS = [
    # (text, published, span, type, value, mod)
    ("Schließlich war es so weit: Am 19. Juni setzten beide Staatschefs ihre Unterschrift unter das Abkommen.", "2024-06",
     "Am 19. Juni", "DATE", "2024-06-19", None),
    ("„Im zweiten Quartal 2025 kam ein Drittel der Granaten aus Pjöngjang.“", "2025-09",
     "Im zweiten Quartal 2025", "DATE", "2025-Q2", None),
    ("Ende 2024 war gemunkelt worden, dass Kim Soldaten schickt.", "2025-09", "Ende 2024", "DATE", "2024", "END"),
    ("Die Geschütze sollen schon seit Ende 2024 durch Truppen bedient werden.", "2025-09",
     "seit Ende 2024", "DATE", "2024", "END"),
    ("Im August hatte Military Watch berichtet, dass Kim liefert.", "2025-09", "Im August", "DATE", "2025-08", None),
    ("Noch fünf Monate später verteidigt die Armee den Brückenkopf.", "2024-11", "fünf Monate später", "DATE",
     "2025-04", None),
    ("Das Parlament hatte den Vertrag schon in der vergangenen Woche gebilligt.", "2024-11-12",
     "in der vergangenen Woche", "DATE", "2024-W45", None),
    ("Seit 2011 regiert Kim das Land.", "2024-10", "Seit 2011", "DATE", "2011", "ON_OR_AFTER"),
    ("Die Exporte stiegen im Vorjahr deutlich.", "2024-10", "im Vorjahr", "DATE", "2023", None),
    ("Heuer wird mehr geliefert.", "2024-10", "Heuer", "DATE", "2024", None),
    ("Im Jänner soll es so weit sein.", "2024-10", "Im Jänner", "DATE", "2025-01", None),
    ("Am Montagabend trafen sich die Minister.", "2024-10-25", "Am Montagabend", "TIME", "2024-10-21TEV", None),
    ("Das Training dauerte nur einer Woche lang.", "2024-10", "einer Woche", "DURATION", "P1W", None),
    ("Der Zug kommt in zwei Stunden an.", "2024-10-25", "in zwei Stunden", "DURATION", "PT2H", None),
    ("Im Frühjahr 2016 begann der Bau.", "2024-10", "Im Frühjahr 2016", "DATE", "2016-SP", None),
    ("Das Gipfeltreffen war gestern.", "2024-10-25", "gestern", "DATE", "2024-10-24", None),
]


@pytest.mark.parametrize("text, published, span, ttype, value, mod", SEEDS, ids=[s[2] for s in SEEDS])
def test_seed_expressions(text, published, span, ttype, value, mod):
    doc = run(text, published)
    found = {t.text: t for t in doc.timexes}
    assert span in found, [t.text for t in doc.timexes]
    timex = found[span]
    assert (timex.type, timex.value, timex.mod) == (ttype, value, mod)
    assert doc.text[timex.start:timex.end] == span
    assert timex.anchored and timex.provenance.startswith("rule:de/time/")


@pytest.mark.parametrize("text", ["Bislang sind 50 Soldaten gefallen.", "Bisher gibt es keine Einigung."])
def test_bislang_is_not_a_timex(text):
    assert run(text, "2024-10").timexes == []


def test_month_only_anchor_gives_no_invented_day():
    doc = run("Gestern kamen sie an.", "2024-06")
    assert [(t.text, t.value) for t in doc.timexes] == [("Gestern", "2024-06")]


def test_estimate_is_used_when_published_is_missing():
    doc = run("Am 19. Juni unterzeichneten sie.", None, estimate="2024-06")
    assert doc.timexes[0].value == "2024-06-19"
    assert doc.warnings == []


def test_no_anchor_keeps_relative_values_unresolved_and_warns():
    doc = run("Am 19. Juni unterzeichneten sie. Gestern kam Kim. 2011 war er da.")
    values = {t.text: (t.value, t.anchored) for t in doc.timexes}
    assert values == {"Am 19. Juni": ("XXXX-06-19", False), "Gestern": (None, False), "2011": ("2011", True)}
    assert len(doc.warnings) == 2
    assert all(w.startswith("E024") for w in doc.warnings)
    assert "'Gestern'" in doc.warnings[1]


def test_rerun_with_an_estimate_resolves():
    doc = run("Gestern kam Kim.")
    doc.published_estimate = "2024-10-03"
    doc.warnings.clear()
    pipe = Pipeline.from_config("de", ["segmenter", "timexes"])
    doc = pipe(doc)
    assert doc.timexes[0].value == "2024-10-02" and doc.timexes[0].anchored


def test_timeml_spans_leave_prepositions_out():
    doc = run("Am 19. Juni unterzeichneten sie.", "2024-06", prepositions=False)
    assert [(t.text, t.value) for t in doc.timexes] == [("19. Juni", "2024-06-19")]


def test_english():
    doc = run("The deal was signed on June 19 and ratified last week.", "2024-06-26", lang="en")
    assert [(t.text, t.value) for t in doc.timexes] == [("on June 19", "2024-06-19"), ("last week", "2024-W25")]


def test_body_start_skips_the_date_prefix():
    text = " date 2024-10 Am 19. Juni kam er."
    doc = Doc(doc_id="t", text=text, published="2024-10", lang="de", body_start=14)
    doc = Pipeline.from_config("de", ["segmenter", "timexes"])(doc)
    assert [t.text for t in doc.timexes] == ["Am 19. Juni"]
