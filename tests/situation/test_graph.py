from __future__ import annotations

import json

from click.testing import CliRunner

from lagebild.cli import main
from lagebild.core import Lagebild
from lagebild.situation.graph import RelationRow, build_graph, format_graph, graph_dict, graphml, select


def row(actor, kind, recipient, quantity=None, when=None, source="AUTHOR", hedge="asserted", doc="d1"):
    return RelationRow(doc, kind, actor, recipient, "schickt", "Soldaten" if quantity else None, quantity, when,
                       "2024-10", source, hedge, "factual", None)


ROWS = [row("Nordkorea", "AID", "Russland", "12.000", "2024-12", "NIS", "reported"),
        row("Nordkorea", "AID", "Russland", "1.500", "2024-10", "NIS", "reported", doc="d2"),
        row("Nordkorea", "AID", "Russland"),
        row("Russland", "ASSAULT", "Ukraine", when="2025-01")]


def test_edges_merge_per_actor_type_recipient_with_flows_over_time():
    data = graph_dict(build_graph(ROWS))
    top = data["edges"][0]
    assert (top["actor"], top["type"], top["recipient"], top["count"]) == ("Nordkorea", "AID", "Russland", 3)
    assert (top["first"], top["last"]) == ("2024-10", "2024-12")
    assert [f["quantity"] for f in top["figures"]] == ["1.500", "12.000"]  # sorted by time
    assert top["certainty"] == "asserted" and top["hedges"] == {"reported": 2, "asserted": 1}
    assert {n["id"] for n in data["nodes"]} == {"Nordkorea", "Russland", "Ukraine"}
    assert "Nordkorea -AID-> Russland: 3x, 2024-10 .. 2024-12" in format_graph(data)
    assert "<graphml" in graphml(build_graph(ROWS))


def test_select_by_query_in_either_language_and_dates():
    assert len(select(ROWS, "North Korea")) == 3
    assert len(select(ROWS, "ukraine")) == 1
    assert [r.quantity for r in select(ROWS, since="2024-11", until="2024-12")] == ["12.000"]


def test_core_graph_and_cli_over_a_store(tmp_path):
    db = tmp_path / "g.db"
    doc = tmp_path / "a.txt"
    doc.write_text(" date 2024-10 Nordkorea hat 12.000 Soldaten nach Russland geschickt.", encoding="utf-8")
    Lagebild(db=db).ingest([doc])
    data = Lagebild(db=db).graph(query="Nordkorea")
    assert data["edges"][0]["figures"][0]["quantity"] == "12.000"
    result = CliRunner().invoke(main, ["graph", "--db", str(db), "--format", "json", "--out", str(tmp_path / "o")])
    assert json.loads(result.stdout)["edges"][0]["type"] == "AID"
    assert (tmp_path / "o" / "graph.png").exists() and (tmp_path / "o" / "graph.svg").exists()
    bad = CliRunner().invoke(main, ["graph", "--db", str(db), "--since", "Oktober"])
    assert bad.exit_code == 2 and "E016" in bad.output
