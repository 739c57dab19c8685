from __future__ import annotations

import pytest
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.model import Doc, Quantity
from lagebild.pipeline.claims import Claims
from lagebild.pipeline.segmenter import segment
from lagebild.situation.conflicts import conflicts
from lagebild.situation.report import render_report
from lagebild.situation.timeline import draw_chart, format_timeline
from lagebild.situation.variables import add_override, find_variable, variables
from lagebild.store.sqlite import Store

# (doc_id, published, text, [(surface, value, low, high, qualifier, unit)], source)
DOCS = [
    ("a", "2024-10", "Das Pentagon schätzt, Kim habe bislang 10.000 nordkoreanische Soldaten nach Russland geschickt.",
     [("10.000 nordkoreanische Soldaten", 10000, 10000, 10000, "exact", "Soldat")], "Pentagon"),
    ("b", "2024-10", "Nordkorea beteiligt sich durch die Entsendung von zunächst 1.500 Soldaten.",
     [("1.500 Soldaten", 1500, 1500, 1500, "exact", "Soldat")], "Ukraine"),
    ("c", "2024-10", "Kim soll rund 12.000 nordkoreanische Söldner geschickt haben. Andere sagen 11.500 "
     "nordkoreanische Soldaten.",
     [("rund 12.000 nordkoreanische Söldner", 12000, None, None, "approx", "Söldner"),
      ("11.500 nordkoreanische Soldaten", 11500, 11500, 11500, "exact", "Soldat")], "Pentagon"),
    ("d", "2024-06", "Nordkoreas Armee zählt 2024 etwa 1,28 Millionen nordkoreanische Soldaten.",
     [("etwa 1,28 Millionen nordkoreanische Soldaten", 1280000, None, None, "approx", "Soldat")], "AUTHOR"),
    ("e", "2024-10", "Russland braucht laut Gressel bald 30.000 Soldaten.",
     [("30.000 Soldaten", 30000, 30000, 30000, "exact", "Soldat")], "Gressel"),
    ("f", "2024-10", "Kim soll bislang 3.000 nordkoreanische Soldaten geschickt haben.",
     [("3.000 nordkoreanische Soldaten", 3000, 3000, 3000, "exact", "Soldat")], "Pentagon"),
]


@pytest.fixture
def store(db_path):
    docs = []
    for doc_id, published, text, figures, source in DOCS:
        doc = Doc(doc_id=doc_id, text=text, published=published, lang="de")
        doc.tokens, doc.sents = segment(text, "de")
        for surface, value, low, high, qualifier, unit in figures:
            start = text.index(surface)
            doc.quantities.append(Quantity(surface, str(value), start, start + len(surface), "count", value, low,
                                           high, qualifier, unit, sentence=doc.sentence_at(start), source=source,
                                           hedge="uncertain" if "soll" in text else "reported"))
        docs.append(Claims("de")(doc))
    with Store(db_path) as store:
        store.write_batch(docs)
        yield store


def test_variables_group_by_unit_class_and_actor_and_split_by_magnitude(store):
    found = variables(store)
    soldiers = find_variable(found, "Soldat Nordkorea")
    assert sorted(c.value for c in soldiers.claims) == [1500, 3000, 10000, 11500, 12000]
    assert soldiers.documents == 4 and soldiers.locations == ["Russland"]
    army = [v for v in found if any(c.value == 1280000 for c in v.claims)][0]
    assert army is not soldiers and "Mio." in army.name
    russia = [v for v in found if any(c.value == 30000 for c in v.claims)][0]
    assert russia.actor == "Russland"
    assert "demonym «nordkoreanische» of the counted noun" in soldiers.reasons["a:39"]


def test_conflicts_are_tolerant_and_mark_shared_sources(store):
    soldiers = find_variable(variables(store), "Soldat Nordkorea")
    pairs = {(c.a.value, c.b.value): c for c in conflicts(soldiers)}
    assert (12000, 11500) not in pairs and (11500, 12000) not in pairs  # "rund 12.000" allows 11.500
    assert not any(1500 in key for key in pairs)  # a flow ("Entsendung von zunächst") is no stock
    key = next(k for k in pairs if set(k) == {3000, 10000})
    assert pairs[key].same_source  # both from the Pentagon: not independent
    assert "same upstream source" in pairs[key].describe()


def test_overrides_rename_merge_and_split(store):
    soldiers = find_variable(variables(store), "Soldat Nordkorea")
    add_override(store, "rename", soldiers.id, "Nordkoreanische Soldaten in Russland")
    add_override(store, "split", soldiers.id, "Pentagon-Zahlen", "f:17")
    found = variables(store)
    renamed = find_variable(found, "Nordkoreanische Soldaten")
    assert renamed.id == soldiers.id and 3000 not in [c.value for c in renamed.claims]
    split = find_variable(found, "Pentagon-Zahlen")
    assert [c.value for c in split.claims] == [3000] and split.reasons["f:17"].startswith("split by the user")
    russia = [v for v in found if v.actor == "Russland"][0]
    add_override(store, "merge", russia.id, soldiers.id)
    merged = find_variable(variables(store), soldiers.id)
    assert 30000 in [c.value for c in merged.claims]


def test_timeline_chart_and_report(store, tmp_path):
    found = variables(store)
    soldiers = find_variable(found, "Soldat Nordkorea")
    text = format_timeline(soldiers)
    assert text.index("2024-10") and "Pentagon" in text and "≈ 12.000" in text
    png, svg = draw_chart(soldiers, tmp_path)
    assert png.read_bytes()[:4] == b"\x89PNG" and svg.read_text().lstrip().startswith("<?xml")
    html = render_report(found, store.summary())
    assert html.startswith("<!doctype html>") and "<svg" in html and "<script" not in html
    assert "src=\"http" not in html and soldiers.name in html


def test_cli_situation_commands(store, db_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["situation", "--db", str(db_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "troops · Nordkorea" in result.output and (out / "report.html").exists()
    assert any(out.glob("timeline-*.svg"))
    listing = runner.invoke(main, ["variables", "--db", str(db_path), "--explain"])
    assert "a:39: concept troops («Soldat»)" in listing.output
    claims = runner.invoke(main, ["claims", "--db", str(db_path), "--source", "Gressel"])
    assert "30.000" in claims.output and "10.000" not in claims.output
    conflicts_out = runner.invoke(main, ["conflicts", "Soldat Nordkorea", "--db", str(db_path)])
    assert "Pentagon" in conflicts_out.output
    renamed = runner.invoke(main, ["variable", "rename", "soldat-nordkorea", "NK-Truppen", "--db", str(db_path)])
    assert renamed.exit_code == 0 and "NK-Truppen" in runner.invoke(
        main, ["variables", "--db", str(db_path)]).output
    missing = runner.invoke(main, ["timeline", "Elefanten", "--db", str(db_path)])
    assert missing.exit_code == 1 and "no variable matches" in missing.output
