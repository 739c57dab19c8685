"""End to end in a real browser: Playwright driving Debian's chromium (installed by `make test`).

Screenshots of every page go to test-artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)")


def serve(app):
    """Serve ``app`` with uvicorn on a free local port, in a thread of this process."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(web_store):
    from lagebild.web import create_app

    yield from serve(create_app(web_store))


@pytest.fixture(scope="module")
def writable_server(web_store, tmp_path_factory):
    import shutil

    from lagebild.web import create_app

    db = tmp_path_factory.mktemp("writable") / "copy.db"
    shutil.copy(web_store, db)
    yield from serve(create_app(db, allow_write=True, token="browser-token"))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    yield tab
    context.close()


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_troop_timeline_point_opens_its_sentence(server, page):
    page.goto(f"{server}/variables/troops-nordkorea")
    page.wait_for_selector("#timeline[data-ready] svg")
    figures = page.locator("table.claims a.figure")
    assert figures.count() >= 3
    points = page.locator("#timeline svg .layer_1_marks path")
    assert points.count() >= 3
    shoot(page, "variable-troops-nordkorea")
    point = points.nth(points.count() // 2)
    point.click()
    page.wait_for_url("**/documents/**#s-*")
    sentence_id = page.url.rsplit("#", 1)[1]
    sentence = page.locator(f"[id='{sentence_id}']")
    assert sentence.is_visible()
    marked = sentence.locator(".seg.marked")
    assert marked.count() >= 1 and marked.first.is_visible()
    assert any(ch.isdigit() for ch in marked.first.inner_text())
    shoot(page, "document-after-click")
    assert page.errors == []


def test_hostile_article_renders_inert(server, page):
    page.goto(f"{server}/documents/hostile")
    page.wait_for_selector("article.doctext")
    assert page.evaluate("window.__xss === undefined")
    text = page.locator("article.doctext").inner_text()
    assert "<script>window.__xss = 1</script>" in text and 'onerror="window.__xss = 2"' in text
    assert page.locator("article.doctext img, article.doctext script, article.doctext b").count() == 0
    page.locator("article.doctext .seg.l-claim").first.hover()
    assert page.locator("#tip").is_visible() and "claim" in page.locator("#tip").inner_text()
    shoot(page, "document-hostile")
    page.goto(f"{server}/claims?doc=hostile")
    assert page.evaluate("window.__xss === undefined")
    assert "<script>" in page.locator("table.claims").inner_text()


@pytest.mark.parametrize("name,path", [
    ("overview", "/"), ("claims", "/claims?unit=Soldat&sort=value&desc=1"), ("variables", "/variables"),
    ("documents", "/documents"), ("document", "/documents/003_0ec25aa2548c43c0"), ("sources", "/sources"),
    ("graph", "/graph"), ("search", "/search?q=Soldat*"), ("api-docs", "/docs"),
])
def test_every_page_renders_in_the_browser(server, page, name, path):
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("request", lambda request: failed.append(request.url) if not request.url.startswith(server) else None)
    page.goto(f"{server}{path}")
    page.wait_for_load_state("networkidle")
    if name == "overview":
        page.wait_for_selector(".chart.spark[data-ready] svg")
    shoot(page, name)
    assert failed == [], "a page loaded something from elsewhere, or a request failed"
    assert page.errors == []


def test_filter_form_narrows_the_claims_table(server, page):
    page.goto(f"{server}/claims")
    page.fill("form.filters input[name=unit]", "Soldat")
    page.select_option("form.filters select[name=hedge]", "reported")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/claims?*hedge=reported*")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() >= 3
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().split(" (")[0] in ("Soldat", "Kraft", "Söldner", "Pionier") and cells.nth(4).inner_text() == "reported"
    page.click("table.claims th a:has-text('figure')")  # sort by value
    page.wait_for_url("**sort=value**")
    shoot(page, "claims-filtered")
    assert page.errors == []


def test_rename_override_from_the_variable_page(writable_server, page):
    page.goto(f"{writable_server}/variables/troops-russland")
    page.fill("#token", "wrong")
    page.fill("form[data-action=rename] input[name=name]", "Russische Soldaten")
    page.click("form[data-action=rename] button")
    page.wait_for_function("document.getElementById('override-result').textContent.length > 0")
    assert "E131" in page.inner_text("#override-result")
    page.fill("#token", "browser-token")
    page.click("form[data-action=rename] button")
    page.wait_for_function("document.getElementById('override-result').textContent.startsWith('saved')")
    shoot(page, "variable-override")
    page.goto(f"{writable_server}/variables/troops-russland")
    assert page.inner_text("h1") == "Russische Soldaten"


def test_upload_form_ingests_a_file(writable_server, page, tmp_path):
    article = tmp_path / "upload-neu.txt"
    article.write_text(" date 2024-12-01 Laut Seoul sind 11.000 Soldaten aus Nordkorea in Russland.", encoding="utf-8")
    page.goto(f"{writable_server}/documents")
    page.set_input_files("#upload input[type=file]", str(article))
    page.fill("#token", "browser-token")
    page.click("#upload button")
    page.wait_for_function("document.getElementById('upload-result').textContent.startsWith('stored')",
                           timeout=120_000)
    assert page.inner_text("#upload-result").startswith("stored 1")
    page.goto(f"{writable_server}/documents/upload-neu")
    assert "11.000 Soldaten" in page.inner_text("article.doctext")


# Edges as the relations layer's Lagebild.graph() gives them (one per actor, type and recipient, with its figures).
EDGES = [{"actor": "Nordkorea", "recipient": "Russland", "type": "AID", "count": 2, "first": "2024-10",
          "last": "2025-09", "certainty": "reported", "documents": ["hostile", "003_0ec25aa2548c43c0"],
          "figures": [{"when": "2024-11", "quantity": "11.000", "object": "Soldaten", "source": "Pentagon",
                       "hedge": "reported", "status": "factual", "doc_id": "hostile"},
                      {"when": "2025-09", "quantity": "bis zu 30.000", "object": "Kräfte", "source": "Kim Jong-un",
                       "hedge": "uncertain", "status": "planned", "doc_id": "003_0ec25aa2548c43c0"}]},
         {"actor": "Russland", "recipient": "Ukraine", "type": "ASSAULT", "count": 1, "first": "2024-10",
          "last": "2024-10", "certainty": "asserted", "documents": ["000_f4b34a841edb3959"],
          "figures": [{"when": "2024-10", "quantity": None, "object": None, "source": "AUTHOR",
                       "hedge": "asserted", "status": "factual", "doc_id": "000_f4b34a841edb3959"}]},
         {"doc_id": "004_5471b6a4f19db887", "actor": "Russland", "type": "MOBILIZE", "recipient": None,
          "time": "2024-11", "source": "AUTHOR", "hedge": "uncertain"}]  # a flat row of another layer's shape


@pytest.fixture(scope="module")
def graph_server(web_store):
    """The app with a stand-in for the relations layer (its ``graph`` method), until that layer lands."""
    from lagebild.web import create_app

    app = create_app(web_store)
    app.state.lagebild.graph = lambda query, since, until: {
        "nodes": [{"id": n} for n in ("Nordkorea", "Russland", "Ukraine")], "edges": EDGES}
    yield from serve(app)


def test_graph_draws_actors_and_flows_over_time(graph_server, page):
    page.goto(f"{graph_server}/graph")
    page.wait_for_selector("#flows[data-ready] svg")
    assert page.locator("#flows svg g.mark-symbol.role-mark path").count() == 4  # one per dated statement
    assert page.locator("table.relations tbody tr").count() == 3
    assert page.locator("table.relations a[href='/documents/hostile']").count() == 1
    shoot(page, "graph-with-relations")
    page.locator("#flows svg g.mark-symbol.role-mark path").first.click()
    page.wait_for_url("**/documents/**")
    assert page.errors == []
