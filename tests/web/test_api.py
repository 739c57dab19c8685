"""The JSON API in-process (FastAPI's TestClient): every endpoint, filters, pagination, one error shape."""

from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")
from fastapi.testclient import TestClient  # noqa: E402

from lagebild.web import create_app  # noqa: E402

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def client(web_store):
    return TestClient(create_app(web_store))


@pytest.fixture
def writer(web_store, tmp_path):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(web_store, db)
    return TestClient(create_app(db, allow_write=True, token=TOKEN))


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_documents_are_listed_and_paginated(client):
    page = client.get("/api/documents").json()
    assert page["total"] == 6 and len(page["items"]) == 6
    assert {"doc_id", "title", "published", "claims", "url"} <= set(page["items"][0])
    first = client.get("/api/documents?limit=2&offset=0").json()["items"]
    second = client.get("/api/documents?limit=2&offset=2").json()["items"]
    assert len(first) == len(second) == 2 and not {d["doc_id"] for d in first} & {d["doc_id"] for d in second}


def test_one_document_is_the_analyze_contract(client):
    doc = client.get("/api/documents/000_f4b34a841edb3959").json()
    assert doc["doc_id"] == "000_f4b34a841edb3959"
    assert {"quantities", "attributions", "timexes", "entities", "claims", "sentences"} <= set(doc)
    assert doc["claims"] and all("sentence" in c for c in doc["claims"])


def test_claims_filter_by_source_certainty_unit_party_time_and_document(client):
    every = client.get("/api/claims?limit=500").json()
    assert every["total"] == len(every["items"]) > 20
    reported = client.get("/api/claims?hedge=reported&limit=500").json()["items"]
    assert reported and all(c["hedge"] == "reported" for c in reported)
    pentagon = client.get("/api/claims?source=pentagon").json()["items"]
    assert pentagon and all("pentagon" in c["source"].lower() for c in pentagon)
    soldiers = client.get("/api/claims?unit=soldat&party=Nordkorea&limit=500").json()["items"]
    assert len(soldiers) >= 3 and all(c["party"] == "Nordkorea" for c in soldiers)
    assert client.get("/api/claims?concept=soldat&party=Nordkorea&limit=500").json()["items"] == soldiers
    late = client.get("/api/claims?since=2025-01&limit=500").json()["items"]
    assert late and all(c["when"] >= "2025-01" for c in late)
    early = client.get("/api/claims?until=2024-10&limit=500").json()["items"]
    assert early and all(c["when"][:7] <= "2024-10" for c in early)
    one = client.get("/api/claims?doc=hostile").json()
    assert one["total"] >= 1 and {c["doc_id"] for c in one["items"]} == {"hostile"}
    assert one["filters"] == {"doc": "hostile"}


def test_claims_sort_and_paginate(client):
    by_value = [c["value"] for c in client.get("/api/claims?sort=value&desc=true&limit=500&unit=soldat").json()["items"]
                if c["value"] is not None]
    assert by_value == sorted(by_value, reverse=True)
    page1 = client.get("/api/claims?limit=5").json()
    page2 = client.get("/api/claims?limit=5&offset=5").json()
    assert page1["total"] == page2["total"] and len(page1["items"]) == 5
    assert {c["key"] for c in page1["items"]}.isdisjoint(c["key"] for c in page2["items"])


def test_claims_full_text_and_search(client):
    found = client.get("/api/claims?q=Kursk").json()["items"]
    assert found and all("kursk" in c["sentence_text"].lower() for c in found)
    prefix = client.get("/api/claims?q=Soldat*").json()
    assert prefix["total"] >= 5
    assert client.get('/api/claims?q=" OR :').json()["total"] == 0  # FTS syntax is never passed through
    hits = client.get("/api/search?q=Soldaten Kursk").json()
    assert hits["total"] >= 1 and hits["items"][0]["url"].startswith("/documents/")
    assert "[" in hits["items"][0]["snippet"]  # the matches are marked


def test_variables_conflicts_sources_and_relations(client):
    variables = client.get("/api/variables").json()["items"]
    troops = next(v for v in variables if v["id"] == "troops-nordkorea")
    assert troops["claims"] >= 3
    detail = client.get("/api/variables/troops-nordkorea").json()
    assert len(detail["timeline"]) == detail["claims"] and all(c["reason"] for c in detail["timeline"])
    assert all(c["url"].startswith("/documents/") and "#s-" in c["url"] for c in detail["timeline"])
    assert detail["chart"]["layer"] and len(detail["chart"]["data"]["values"]) >= 3
    conflicts = client.get("/api/conflicts").json()
    assert conflicts["total"] >= 1 and {"a", "b", "variable", "same_source"} <= set(conflicts["items"][0])
    assert client.get("/api/conflicts?variable=nothing").json()["total"] == 0
    sources = client.get("/api/sources").json()["items"]
    assert any(s["source"] == "Pentagon" and s["claims"] >= 1 for s in sources)
    relations = client.get("/api/relations").json()
    assert set(relations) >= {"available", "message", "items"}
    if not relations["available"]:
        assert "relations" in relations["message"]


@pytest.mark.parametrize("url,status,code", [
    ("/api/documents/nope", 404, "E018"),
    ("/api/variables/nope", 404, "E133"),
    ("/api/nothing/here", 404, "not_found"),
    ("/api/claims?limit=0", 422, "invalid"),
    ("/api/claims?since=yesterday", 422, "invalid"),
    ("/api/claims?hedge=maybe", 422, "invalid"),
    ("/api/search", 422, "invalid"),
    ("/api/claims?q=" + "x" * 201, 422, "invalid"),
    ("/api/claims?sort=drop", 422, "invalid"),
])
def test_every_error_has_one_shape(client, url, status, code):
    assert_error(client.get(url), status, code)


def test_400_403_405_and_500_have_the_same_shape(client, writer, web_store, monkeypatch):
    assert_error(client.post("/api/variables/troops-nordkorea/rename", json={"name": "x"}), 403, "forbidden")
    assert_error(writer.post("/api/variables/troops-nordkorea/rename", json={"name": "x"},
                             headers={"X-Lagebild-Token": "wrong"}), 403, "forbidden")
    assert_error(writer.post("/api/variables/troops-nordkorea/merge", json={"into": "troops-nordkorea"},
                             headers={"X-Lagebild-Token": TOKEN}), 400, "bad_request")
    assert_error(client.delete("/api/claims"), 405)
    crashing = create_app(web_store)
    monkeypatch.setattr(crashing.state.lagebild, "documents_page", lambda *a: 1 / 0)
    error = assert_error(TestClient(crashing, raise_server_exceptions=False).get("/api/documents"), 500, "internal")
    assert "ZeroDivisionError" in error["message"] and "Traceback" not in error["message"]


def test_overrides_need_write_mode_and_the_token(writer):
    headers = {"X-Lagebild-Token": TOKEN}
    response = writer.post("/api/variables/troops-nordkorea/rename", json={"name": "Nordkoreanische Soldaten"},
                           headers=headers)
    assert response.status_code == 200 and response.json()["ok"]
    names = {v["id"]: v["name"] for v in writer.get("/api/variables").json()["items"]}
    assert names["troops-nordkorea"] == "Nordkoreanische Soldaten"
    claim = writer.get("/api/variables/troops-nordkorea").json()["timeline"][0]["key"]
    split = writer.post("/api/variables/troops-nordkorea/split", json={"claim": claim, "name": "Abgespalten"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert split.status_code == 200
    moved = writer.get("/api/variables/abgespalten").json()
    assert [c["key"] for c in moved["timeline"]] == [claim]
    assert_error(writer.post("/api/variables/troops-nordkorea/rename", json={"name": ""}, headers=headers), 422)


def test_upload_ingests_a_file_only_with_the_token(client, writer):
    text = b" date 2024-12-01 Laut Seoul sind 11.000 Soldaten aus Nordkorea in Russland."
    assert_error(client.post("/api/documents?name=neu.txt", content=text), 403)
    assert_error(writer.post("/api/documents?name=neu.txt", content=text), 403)
    assert_error(writer.post("/api/documents?name=../x.txt", content=text, headers={"X-Lagebild-Token": TOKEN}), 422)
    assert_error(writer.post("/api/documents?name=big.txt", content=b"x" * (5 * 1024 * 1024 + 1),
                             headers={"X-Lagebild-Token": TOKEN}), 413, "too_large")
    done = writer.post("/api/documents?name=neu.txt", content=text, headers={"X-Lagebild-Token": TOKEN}).json()
    assert done["stored"] == 1 and done["failed"] == 0
    assert writer.get("/api/documents/neu").json()["claims"]


def test_article_text_is_escaped_in_json_and_pages(client):
    doc = client.get("/api/documents/hostile").json()
    assert "<script>" in doc["claims"][0]["sentence"] or any("<script>" in s["text"] for s in doc["quantities"]) \
        or "<script>" in client.get("/api/claims?doc=hostile").json()["items"][0]["sentence_text"]
    page = client.get("/documents/hostile").text
    assert "<script>window.__xss" not in page and "&lt;script&gt;window.__xss" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
    for url in ("/claims?doc=hostile", "/search?q=Bild", "/sources", "/"):
        text = client.get(url).text
        assert "<script>window" not in text and "<img src=x" not in text


PAGES = ["/", "/claims", "/claims?q=Soldat*&sort=when&desc=1", "/variables", "/variables/troops-nordkorea",
         "/documents", "/documents/000_f4b34a841edb3959", "/documents/hostile?hl=60", "/sources", "/graph",
         "/search?q=Soldaten", "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_without_any_external_url(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "http" not in response.text.lower(), "a page may not name an external URL"


def test_pages_have_html_errors(client):
    response = client.get("/documents/nope")
    assert response.status_code == 404 and "E018" in response.text and "text/html" in response.headers["content-type"]


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/claims", "/api/variables",
                 "/api/variables/{variable_id}", "/api/conflicts", "/api/relations", "/api/search", "/api/sources"):
        assert path in paths
    docs = client.get("/docs").text
    assert "/api/claims" in docs and "/api/search" in docs


def test_graph_shows_the_relations_layer_once_it_has_landed(web_store):
    app = create_app(web_store)
    client = TestClient(app)
    if not callable(getattr(app.state.lagebild, "graph", None)):  # the layer has not landed in this version
        assert "has not landed" in client.get("/graph").text
    edges = [{"doc_id": "hostile", "actor": "Nordkorea", "type": "AID", "recipient": "Russland",
              "figure": "11.000 Soldaten", "source": "Pentagon", "hedge": "reported", "time": "2024-11"}]
    seen = []
    app.state.lagebild.graph = lambda q, since, until: seen.append((q, since, until)) or {
        "nodes": [{"id": "Nordkorea"}, {"id": "Russland"}], "edges": edges}
    page = client.get("/graph?q=Nordkorea&since=2024-01").text
    assert "AID" in page and "11.000 Soldaten" in page and 'href="/documents/hostile"' in page
    assert seen[-1] == ("Nordkorea", "2024-01", None)
    api = client.get("/api/relations").json()
    assert api["available"] and api["items"] == edges


def test_a_submitted_filter_form_with_empty_fields_is_no_filter(client):
    empty = "q=&source=&hedge=&unit=&party=&claim_type=&since=&until=&doc=&sort=doc"
    assert client.get(f"/claims?{empty}").status_code == 200
    assert client.get(f"/api/claims?{empty}").json()["total"] == client.get("/api/claims").json()["total"]
    assert client.get("/graph?q=&since=&until=").status_code == 200


def test_document_ids_with_a_slash_are_reachable(writer):
    record = b'{"id": "agentur/17", "published": "2024-12-01", "text": "Laut Seoul sind 11.000 Soldaten in Russland."}\n'
    done = writer.post("/api/documents?name=feed.jsonl", content=record, headers={"X-Lagebild-Token": TOKEN}).json()
    assert done["stored"] == 1
    listed = next(d for d in writer.get("/api/documents").json()["items"] if d["doc_id"] == "agentur/17")
    assert listed["url"] == "/documents/agentur%2F17"
    assert writer.get("/api/documents/agentur%2F17").json()["doc_id"] == "agentur/17"
    assert "11.000 Soldaten" in writer.get(listed["url"]).text
