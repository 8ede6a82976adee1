"""Scale: start-up from the gazetteer cache, stored analyses read instead of recomputed, a shared
PostgreSQL ledger, and ingest on a local Dask cluster; each figure beside its baseline measured in
the same run, with the machine they came from printed first.

Pages: AEB HTML pages (NEWSLEDGER_BENCH_PAGES of them, default 60) and the SYNTHETIC example
pages. Baselines: building the gazetteer; analysing the example pages again; the same ingest
into a SQLite file; the same ingest in one process. PostgreSQL figures need the server of the
tests (NEWSLEDGER_TEST_POSTGRES, default postgresql://127.0.0.1:5432/test) and are left out
without it. Not part of CI.
"""
from __future__ import annotations

import os
import platform
import tempfile
import time
import uuid
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _seconds(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _gazetteer(folder: Path) -> dict[str, float]:
    from newsledger.enrich import gazetteer_cache
    from newsledger.enrich.gazetteer import build_gazetteer

    built = [None]
    build = _seconds(lambda: built.__setitem__(0, build_gazetteer()))
    path = folder / "gazetteer.sqlite"
    gazetteer_cache.write_cache(path, built[0])
    names = ("Kursk", "Kharkiv Oblast", "Sudzha", "Vienna", "Gaza", "Donbas", "Kupiansk", "Avdiivka") * 10

    def read() -> None:                        # open the cache and look names up, as a process does
        gazetteer = gazetteer_cache.open_cache(path)
        for name in names:
            gazetteer.lookup(name)
            gazetteer.is_safe_name(name)

    seconds = _seconds(read)
    return {"gazetteer build, s": build, "gazetteer cache opened + 80 lookups, s": seconds,
            "gazetteer cache speed-up (build / read)": build / seconds}


def _analyses(folder: Path) -> dict[str, float]:
    from newsledger.records import Article
    from newsledger.store import Ledger
    from newsledger.store.analyses import analyse_all, current_analyses
    from newsledger.ingest.run import ingest

    with Ledger.open(folder / "analyses.db") as ledger:
        ingest([str(EXAMPLES)], ledger)
        articles: list[Article] = list(ledger.articles())
        list(current_analyses(ledger, articles, processes=1))           # stored once
        recompute = _seconds(lambda: list(analyse_all(articles, processes=1)))
        reuse = _seconds(lambda: list(current_analyses(ledger, articles, processes=1)))
    return {"analyses recomputed, articles/s": len(articles) / recompute,
            "analyses read from the ledger, articles/s": len(articles) / reuse,
            "stored analyses speed-up (recompute / read)": recompute / reuse}


def _ingest_rate(sources: list[str], target: str, client=None) -> float:
    from newsledger.ingest.distributed import ingest_on_cluster
    from newsledger.ingest.run import ingest
    from newsledger.store import Ledger

    with Ledger.open(target) as ledger:
        started = time.perf_counter()
        summary = ingest_on_cluster(sources, ledger, client) if client is not None else ingest(sources, ledger)
        return summary.pages_read / (time.perf_counter() - started)


def _postgres_url() -> tuple[str, object] | None:
    try:
        import psycopg

        base = os.environ.get("NEWSLEDGER_TEST_POSTGRES", "postgresql://127.0.0.1:5432/test")
        conn = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except Exception:  # noqa: BLE001 - no driver or no server: the figure is left out
        return None
    schema = f"nl_bench_{uuid.uuid4().hex[:10]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{base}?options=-csearch_path%3D{schema}", (conn, schema)


def _ledgers(pages: Path, folder: Path) -> dict[str, float]:
    from newsledger.ingest.distributed import cluster_client

    figures = {"ingest into SQLite, pages/s": _ingest_rate([str(pages)], str(folder / "one.db"))}
    found = _postgres_url()
    if found is not None:
        url, (conn, schema) = found
        try:
            figures["ingest into PostgreSQL, pages/s"] = _ingest_rate([str(pages)], url)
            figures["PostgreSQL / SQLite ingest rate"] = figures["ingest into PostgreSQL, pages/s"] / \
                figures["ingest into SQLite, pages/s"]
        finally:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
            conn.close()
    with cluster_client(workers=2) as client:
        client.run(lambda: None)
        figures["ingest on 2 Dask workers, pages/s"] = _ingest_rate([str(pages)], str(folder / "dask.db"), client)
    figures["2 Dask workers / one process ingest rate"] = figures["ingest on 2 Dask workers, pages/s"] / \
        figures["ingest into SQLite, pages/s"]
    return figures


def run(corpus: Path) -> dict[str, float]:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}")
    count = int(os.environ.get("NEWSLEDGER_BENCH_PAGES", "60"))
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = folder / "pages"
        pages.mkdir()
        for path in sorted((corpus / "aeb" / "html").glob("*.html.gz"))[:count]:
            (pages / path.name).write_bytes(path.read_bytes())
        figures.update(_gazetteer(folder))
        figures.update(_analyses(folder))
        figures.update(_ledgers(pages, folder))
    return figures
