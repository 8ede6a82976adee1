"""Workbench response times on a ledger of 10,000 articles (set NEWSLEDGER_BENCH_ARTICLES to change it).

The ledger is synthetic, built from stored rows: the example pages are run through
`newsledger run` once (6 articles with their analyses, events, a near-duplicate link and 2
stories), then those rows are copied round after round into a new ledger through the store, each
copy with a new article id, its outlet renamed into one of 40 variants, its dates moved by one
day per round, and its events, duplicate link and stories re-keyed to match. Analysing 10,000
real pages would take hours on the development machine; what the workbench does per request
(filter, count facets, page, render) depends on the number of rows, not on where they came from.
The claim and place values repeat across copies, so facets have few distinct values (outlets:
240); a real ledger's facets are wider.

A real uvicorn server in a thread answers real HTTP requests; each figure is the median of 25
requests, with the 95th percentile beside it. The same-run baseline is a static file served by
the same server (the floor of any request), so `x static` says what a page costs above it.
Also reported: the time to open the ledger and build the index (once, at start-up), and to start
again over the same unchanged ledger (the index read back from the copy kept on disk).
Not part of CI.
"""
from __future__ import annotations

import hashlib
import http.client
import os
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsledger.api import LedgerView, build_index, create_app, open_read_only
from newsledger.cli import main
from newsledger.records import Article, to_json_dict
from newsledger.store import Ledger
from newsledger.store.analyses import analyzer_version

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
OUTLET_VARIANTS = 40
REQUESTS = 25
PATHS = {
    "stories index (by size)": "/",
    "stories index (by contradictions)": "/?sort=contradictions",
    "stories API page": "/api/stories?sort=recent&per_page=50",
    "claims by place+verdict (page)": "/claims?place=Vovchansk&verdict=contradicted",
    "claims by verdict+hedged+dates (API)": "/api/claims?verdict=evolving&hedged=true&date_from=2026-01-01",
    "claims by outlet (page)": "/claims?outlet=Steppe%20Observer%207",
}


def _key(*parts: object) -> str:
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()


def _shift(iso: str | None, days: int) -> str | None:
    if not iso:
        return iso
    try:
        return (date.fromisoformat(iso[:10]) + timedelta(days=days)).isoformat() + iso[10:]
    except ValueError:
        return iso


def _copy_article(article: Article, round_number: int) -> Article:
    published = replace(article.published, iso=_shift(article.published.iso, round_number)) \
        if article.published else None
    return replace(article, id=_key(round_number, article.id)[:32], published=published,
                   outlet=f"{article.outlet} {round_number % OUTLET_VARIANTS}" if article.outlet else None)


def _copy_events(events: list[dict[str, Any]], new_id: str, round_number: int) -> list[dict[str, Any]]:
    out = []
    for event in events:
        event = {**event, "id": _key(round_number, event["id"])[:24], "article_id": new_id,
                 "event_date": _shift(event.get("event_date"), round_number)}
        event["evidence"] = {**event["evidence"], "article_id": new_id}
        out.append(event)
    return out


def synthesise(seed_db: Path, target: Path, total: int) -> int:
    """Copy the seed ledger's rows round after round into `target` until it holds `total` articles."""
    seed = open_read_only(seed_db)
    articles = list(seed.articles())
    analyses = {a.id: seed.analysis(a.id) for a in articles}
    events = {a.id: list(seed.events(a.id)) for a in articles}
    duplicates, stories = list(seed.duplicates()), list(seed.stories())
    written, new_stories = 0, []
    with Ledger.open(target) as out, out.transaction():
        for round_number in range(-(-total // len(articles))):
            ids = {}
            for article in articles[:total - written]:
                copy = _copy_article(article, round_number)
                ids[article.id] = copy.id
                out.put_article(copy)
                copied_events = _copy_events(events[article.id], copy.id, round_number)
                analysis = {**analyses[article.id], **to_json_dict(copy)}
                analysis["events"] = _copy_events(analysis.get("events") or [], copy.id, round_number)
                out.put_analysis(copy.id, analyzer_version(), analysis)
                out.put_events(copy.id, copied_events)
                written += 1
            for copy_id, original, similarity in duplicates:
                if copy_id in ids and original in ids:
                    out.put_duplicate(ids[copy_id], ids[original], similarity)
            for story in stories:
                members = [ids[i] for i in story["article_ids"] if i in ids]
                if members:
                    new_stories.append({**story, "id": _key(round_number, story["id"])[:16], "article_ids": members,
                                        "first": _shift(story.get("first"), round_number),
                                        "last": _shift(story.get("last"), round_number)})
        out.put_stories(new_stories)
    seed.close()
    return written


def _serve(app) -> tuple[Any, threading.Thread, int]:
    import socket

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, thread, port


def _latencies(port: int, path: str) -> list[float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    found = []
    for _ in range(REQUESTS + 1):
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        found.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
    conn.close()
    return found[1:]                     # the first request warms the connection


def run(corpus: Path) -> dict[str, float]:
    total = int(os.environ.get("NEWSLEDGER_BENCH_ARTICLES", "10000"))
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as scratch:
        seed = Path(scratch) / "seed.db"
        done = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(Path(scratch) / "r.html"),
                                         "--db", str(seed), "--quiet"])
        if done.exit_code != 0:
            raise RuntimeError(done.output)
        big = Path(scratch) / "big.db"
        results["articles in the ledger"] = synthesise(seed, big, total)
        started = time.perf_counter()
        index = build_index(LedgerView(open_read_only(big)))
        results["start-up: open + index (s)"] = time.perf_counter() - started
        started = time.perf_counter()
        build_index(LedgerView(open_read_only(big)))              # the same ledger again: index kept on disk
        results["start-up again, index read back (s)"] = time.perf_counter() - started
        results["start-up built / read back (x)"] = (results["start-up: open + index (s)"]
                                                     / results["start-up again, index read back (s)"])
        counts = index.counts()
        results.update({f"index rows: {name}": float(n) for name, n in counts.items()})
        server, thread, port = _serve(create_app(index))
        try:
            static = statistics.median(_latencies(port, "/static/workbench.css"))
            results["baseline: static file (ms, median)"] = static
            for name, path in PATHS.items():
                times = sorted(_latencies(port, path))
                median = statistics.median(times)
                results[f"{name} (ms, median)"] = median
                results[f"{name} (ms, p95)"] = times[int(0.95 * (len(times) - 1))]
                results[f"{name} (x static)"] = median / static
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    return results
