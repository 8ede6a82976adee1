"""Ingest throughput: pages per second into a fresh ledger, against bare trafilatura in the same run.

The 381 HTML pages of aeb/html and dates/html are repeated to 10,000 records (set
NEWSLEDGER_BENCH_RECORDS to change it); each repeat gets one extra sentence inside a paragraph so
that raw hashes and, for most pages, article bodies differ, and every record goes the whole way
(extract, sign, near-duplicate lookup, write). The baseline is `trafilatura.extract` over one copy
of each page. What the store and the near-duplicate check add is measured inside the same ingest
run (time outside the extract stage), since separate loops see different machine load. Also reported: the rate of a rerun over the same records (all already stored).
Not part of CI: 10,000 records take several minutes on one core.
"""
from __future__ import annotations

import gzip
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import newsledger.ingest.run as run_module
from newsledger.ingest.run import IngestOptions, ingest
from newsledger.records import RawDocument
from newsledger.store import Ledger


def _pages(corpus: Path) -> list[tuple[str, bytes]]:
    paths = sorted((corpus / "aeb" / "html").glob("*.html.gz")) + sorted((corpus / "dates" / "html").glob("*.gz"))
    return [(path.name.removesuffix(".gz"), gzip.decompress(path.read_bytes())) for path in paths]


def _vary(html: bytes, round_number: int) -> bytes:
    """Add a sentence to a paragraph past the middle of the page (where article text usually is)."""
    if round_number == 0:
        return html
    sentence = f" Officials gave a further update, number {round_number}, later that day.</p>".encode()
    cut = html.find(b"</p>", len(html) // 2)
    if cut < 0:
        cut = html.find(b"</p>")
    if cut < 0:
        return html + f"<!-- repeat {round_number} -->".encode()
    return html[:cut] + sentence + html[cut + 4:]


def _records(pages: list[tuple[str, bytes]], total: int) -> Iterator[RawDocument]:
    for index in range(total):
        name, html = pages[index % len(pages)]
        round_number = index // len(pages)
        yield RawDocument(f"bench/{round_number:03d}/{name}", _vary(html, round_number))


def _baseline(pages: list[tuple[str, bytes]]) -> float:
    import trafilatura

    started = time.perf_counter()
    for _name, html in pages:
        trafilatura.extract(html.decode("utf-8", errors="replace"))
    return len(pages) / (time.perf_counter() - started)


def _extract_only(pages: list[tuple[str, bytes]]) -> float:
    from newsledger.extract import extract

    started = time.perf_counter()
    for name, html in pages:
        extract(RawDocument(name, html))
    return len(pages) / (time.perf_counter() - started)


class _Timed:
    """Wraps the extract stage inside the ingest loop to time it there, under the same load."""

    def __init__(self, function):
        self.function = function
        self.seconds = 0.0

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def run(corpus: Path) -> dict[str, float]:
    total = int(os.environ.get("NEWSLEDGER_BENCH_RECORDS", "10000"))
    pages = _pages(corpus)
    baseline = _baseline(pages)
    extract_rate = _extract_only(pages)
    with tempfile.TemporaryDirectory() as folder, Ledger.open(Path(folder) / "bench.db") as ledger:
        timed = _Timed(run_module.extract)
        run_module.extract = timed
        started = time.perf_counter()
        try:
            first = ingest([], ledger, IngestOptions(), items=_records(pages, total))
        finally:
            run_module.extract = timed.function
        elapsed = time.perf_counter() - started
        fresh = total / elapsed
        started = time.perf_counter()
        ingest([], ledger, IngestOptions(), items=_records(pages, total))
        rerun = total / (time.perf_counter() - started)
        db_mb = sum(path.stat().st_size for path in Path(folder).iterdir()) / 1e6
    return {
        "records": float(total),
        "articles stored": float(first.articles_new),
        "near-duplicate links": float(first.near_duplicates),
        "trafilatura alone, pages/s": baseline,
        "newsledger extract alone, pages/s": extract_rate,
        "ingest into a fresh ledger, pages/s": fresh,
        "ingest / trafilatura (ratio)": fresh / baseline,
        "ingest / extract alone (ratio)": fresh / extract_rate,
        "share of ingest time outside extract (store, dedup)": 1 - timed.seconds / elapsed,
        "rerun, all pages already stored, pages/s": rerun,
        "ledger size, MB": db_mb,
    }
