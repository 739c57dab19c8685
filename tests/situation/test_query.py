"""Queries as people type them, the picture as data, and the variables' evaluation."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from lagebild.cli import main
from lagebild.evaluation.variables import score_variables
from lagebild.model import Doc, Quantity
from lagebild.pipeline.claims import Claims
from lagebild.pipeline.segmenter import segment
from lagebild.situation.query import find_variables, parse_query
from lagebild.situation.variables import load_claims, variables
from lagebild.store.sqlite import Store

# (doc_id, lang, text, [(surface, value, unit)])
DOCS = [
    ("de1", "de", "Nordkorea hat rund 9.000 Soldaten nach Russland geschickt.", [("9.000 Soldaten", 9000, "Soldat")]),
    ("de2", "de", "Laut Kiew stehen 8.500 nordkoreanische Truppen bei Belgorod.", [("8.500 nordkoreanische Truppen",
                                                                               8500, "Truppe")]),
    ("en1", "en", "Seoul says 10,000 North Korean troops are in Russia.", [("10,000", 10000, None)]),
    ("en2", "en", "Ukraine says 400 North Korean soldiers were killed.", [("400", 400, None)]),
    ("de3", "de", "Nordkorea hat 600 Granaten geliefert.", [("600 Granaten", 600, "Granate")]),
    ("de4", "de", "Nordkorea lieferte 900 Granaten an Russland.", [("900 Granaten", 900, "Granate")]),
]


def write_store(path) -> Store:
    docs = []
    for doc_id, lang, text, figures in DOCS:
        doc = Doc(doc_id=doc_id, text=text, published="2024-11", lang=lang)
        doc.tokens, doc.sents = segment(text, lang)
        for surface, value, unit in figures:
            start = text.index(surface)
            doc.quantities.append(Quantity(surface, str(value), start, start + len(surface), "count", value, value,
                                           value, unit=unit, sentence=doc.sentence_at(start)))
        docs.append(Claims(lang)(doc))
    store = Store(path)
    store.write_batch(docs)
    return store


def test_queries_in_either_language_find_the_same_variable(db_path):
    with write_store(db_path) as store:
        found = variables(store)
    troops = find_variables(found, "nordkoreanische Soldaten")[0]
    assert troops.id == "troops-nordkorea" and {c.doc_id for c in troops.claims} == {"de1", "de2", "en1"}
    for query in ("North Korean troops", "Nordkorea Truppen", "Soldaten aus Nordkorea", "troops-nordkorea"):
        assert find_variables(found, query)[0] is troops, query
    # several match: the plain count first, then the killed
    assert [v.id for v in find_variables(found, "North Korean soldiers")] == ["troops-nordkorea",
                                                                             "troops-nordkorea-killed"]
    assert find_variables(found, "getötete nordkoreanische Soldaten")[0].id == "troops-nordkorea-killed"
    assert find_variables(found, "Granaten")[0].id == "shells-nordkorea"
    assert find_variables(found, "Elefanten") == []
    query = parse_query("getötete nordkoreanische Soldaten")
    assert (query.party, query.concept, query.measure) == ("Nordkorea", "troops", "killed")


def test_variables_as_json_and_export_one_row_per_claim(db_path):
    write_store(db_path).close()
    runner = CliRunner()
    result = runner.invoke(main, ["variables", "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = {v["id"]: v for v in json.loads(result.output)}
    troops = data["troops-nordkorea"]
    assert (troops["party"], troops["concept"], troops["measure"]) == ("Nordkorea", "troops", "sent")
    assert [c["value"] for c in troops["claims"]] and all(c["why"] for c in troops["claims"])
    result = runner.invoke(main, ["export", "--db", str(db_path), "--format", "csv", "--table", "variables"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == ["doc_id", "start", "end", "variable", "name", "party", "concept", "measure"]
    en2 = next(r for r in rows if r["doc_id"] == "en2")
    assert (en2["variable"], en2["measure"], en2["start"]) == ("troops-nordkorea-killed", "killed", "13")
    timeline = runner.invoke(main, ["timeline", "North Korean soldiers", "--db", str(db_path), "--out",
                                    str(db_path.parent / "out")])
    assert timeline.exit_code == 0 and "troops · Nordkorea  [troops-nordkorea]" in timeline.output
    assert "2 variables match" in timeline.output  # listed (standard error is mixed in by the runner)
    about = runner.invoke(main, ["claims", "--db", str(db_path), "--about", "nordkoreanische Truppen"])
    assert "9.000" in about.output and "600" not in about.output
    killed = runner.invoke(main, ["claims", "--db", str(db_path), "--about", "getötete nordkoreanische Soldaten"])
    assert "400" in killed.output and "9.000" not in killed.output  # the measure narrows it


def test_score_variables_bcubed_and_purity(db_path):
    with write_store(db_path) as store:
        texts = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
        found = variables(store)
        assert len(load_claims(store)) == 6

    def gold(doc_id, figure, tag):
        sentence = texts[doc_id]
        return {"text": figure, "sentence": sentence, "value": None, "low": None, "high": None, "variable": tag}

    records = {
        "de1": {"quantities": [gold("de1", "9.000 Soldaten", "troops")]},
        "de2": {"quantities": [gold("de2", "8.500 nordkoreanische Truppen", "troops")]},
        "en1": {"quantities": [gold("en1", "10,000 North Korean troops", "troops")]},
        "en2": {"quantities": [gold("en2", "400 North Korean soldiers", "troops")]},  # wrongly tagged alike
        "de3": {"quantities": [gold("de3", "600 Granaten", None)]},
    }
    summary = score_variables(found, texts, records).summary()
    # four figures of one gold variable, three of them in one predicted variable: recall (3*3/4 + 1/4)/4
    assert summary["bcubed"]["precision"] == 1.0 and summary["bcubed"]["recall"] == 0.625
    troops = summary["variables"]["troops"]
    assert (troops["variable"], troops["recall"], troops["purity"]) == ("troops-nordkorea", 0.75, 1.0)
