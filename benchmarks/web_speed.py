"""Server time of the web app on the 10kGNAD store (1,028 articles): /claims, /api/claims and full text.

Requests go through the whole app in-process (FastAPI's TestClient: routing, store queries, templates,
JSON), so the time is the server's, without a network. Each URL is asked REPEAT times; the median and
the 90th percentile over all URLs of a group are reported. The peer, run side by side on the same
store: the same full-text query as a ``LIKE`` scan over the sentence text (what a store without the
FTS5 index would do), as a ratio to the same queries through the index, both as SQL alone.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings

from benchmarks.common import report
from benchmarks.ingest_speed import STORE, ingest_10kgnad
from lagebild.store.sqlite import Store

warnings.filterwarnings("ignore", message=".*httpx2.*")
REPEAT = 15
CLAIM_URLS = ["/claims", "/claims?hedge=reported", "/claims?source=APA&sort=value&desc=1",
              "/claims?unit=Prozent&since=2017-01", "/claims?offset=2000", "/claims?q=Regierung*"]
SEARCH_WORDS = ["Regierung", "Flüchtlinge", "Prozent Euro", "Wien*"]


def _timed(client, url: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.text[:200])
    return times


def _stats(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return round(statistics.median(ordered), 1), round(ordered[int(len(ordered) * 0.9) - 1], 1)


def _like_scan(words: list[str], repeat: int) -> list[float]:
    """The peer: every word as a LIKE over the sentence text (no index)."""
    times = []
    with Store(STORE) as store:
        for word in words:
            terms = word.replace("*", "").split()
            where = " AND ".join('substr(d.text, s.start + 1, s."end" - s.start) LIKE ?' for _ in terms)
            sql = (f"SELECT d.doc_id, s.i FROM sentences s JOIN documents d ON d.id = s.doc WHERE {where} LIMIT 20")
            for _ in range(repeat):
                started = time.perf_counter()
                store.conn.execute(sql, [f"%{t}%" for t in terms]).fetchall()
                count = store.conn.execute(f"SELECT COUNT(*) FROM sentences s JOIN documents d ON d.id = s.doc"
                                           f" WHERE {where}", [f"%{t}%" for t in terms]).fetchone()
                times.append((time.perf_counter() - started) * 1000)
                assert count is not None
    return times


def _fts_sql(words: list[str], repeat: int) -> list[float]:
    """The same queries through the FTS5 index alone (no HTTP, no JSON): the like-for-like side of the peer."""
    times = []
    with Store(STORE) as store:
        for word in words:
            for _ in range(repeat):
                started = time.perf_counter()
                store.fts.search(word, 20, 0)
                times.append((time.perf_counter() - started) * 1000)
    return times


def run(quick: bool = False) -> dict:
    from fastapi.testclient import TestClient

    from lagebild.web import create_app

    if not STORE.exists():
        ingest_10kgnad()
    repeat = 5 if quick else REPEAT
    with Store(STORE) as store:  # opening indexes a store written before the full-text index existed
        started = time.perf_counter()
        sentences = store.fts.rebuild()
        rebuild = time.perf_counter() - started
        counts = store.counts()
    client = TestClient(create_app(STORE))
    client.get("/claims")  # first request: imports, template compilation
    page = [t for url in CLAIM_URLS for t in _timed(client, url, repeat)]
    api = [t for url in CLAIM_URLS for t in _timed(client, url.replace("/claims", "/api/claims"), repeat)]
    search = [t for word in SEARCH_WORDS for t in _timed(client, f"/api/search?q={word}", repeat)]
    like = _like_scan(SEARCH_WORDS, repeat)
    fts = _fts_sql(SEARCH_WORDS, repeat)
    started = time.perf_counter()
    client.get("/variables/does-not-matter")  # computes the variables and conflicts once (then cached)
    first_situation = (time.perf_counter() - started) * 1000
    overview = _timed(client, "/", repeat)
    page_median, page_p90 = _stats(page)
    api_median, api_p90 = _stats(api)
    search_median, search_p90 = _stats(search)
    like_median, _ = _stats(like)
    fts_median, _ = _stats(fts)
    metrics = {
        "documents": counts["documents"],
        "claims": counts["claims"],
        "sentences_indexed": sentences,
        "claims_page_median_ms": page_median,
        "claims_page_p90_ms": page_p90,
        "api_claims_median_ms": api_median,
        "api_claims_p90_ms": api_p90,
        "fulltext_median_ms": search_median,
        "fulltext_p90_ms": search_p90,
        "fts_sql_median_ms": fts_median,
        "like_scan_median_ms": like_median,
        "fts_speedup_vs_like_scan": round(like_median / fts_median, 1) if fts_median else 0.0,
        "overview_median_ms": _stats(overview)[0],
        "first_situation_ms": round(first_situation),
        "seconds_index_rebuild": round(rebuild, 2),
    }
    return report("web_speed", "benchmarks/.cache/10kgnad.db (10kGNAD test.csv, 1,028 articles)", metrics,
                  "target: /claims and /api/claims median < 200 ms, full-text query < 100 ms "
                  "(peer: the same query as a LIKE scan)",
                  headline=["claims_page_median_ms", "api_claims_median_ms", "fulltext_median_ms",
                            "fts_speedup_vs_like_scan", "overview_median_ms"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
