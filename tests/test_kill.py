"""Crash safety: `newsledger ingest` killed with SIGKILL midway, then rerun, stores every page once.

The 2,172 pages are synthetic, generated here from the real AEB text dumps: each dump in twelve
variants that differ by one inserted sentence, so every page has its own bytes (and the variants
of one dump are near-duplicates of each other, which exercises the duplicate links as well).
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

VARIANTS = 12


def _write_pages(corpus: Path, folder: Path) -> set[str]:
    folder.mkdir()
    written = set()
    for number, dump in enumerate(sorted((corpus / "aeb" / "dumps").glob("*.txt"))):
        paragraphs = dump.read_text(encoding="utf-8").split("\n\n")
        middle = len(paragraphs) // 2
        for variant in range(VARIANTS):
            sentence = (f"Update {variant}: the regional governor reported {number * VARIANTS + variant} "
                        f"incidents overnight, according to a statement seen by reporters.")
            text = "\n\n".join(paragraphs[:middle] + [sentence] + paragraphs[middle:])
            path = folder / f"{dump.stem[:16]}-{variant:02d}.txt"
            path.write_text(text, encoding="utf-8")
            written.add(str(path))
    return written


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "newsledger.cli", "ingest", str(folder), "--db", str(db), "--quiet",
               "--batch-size", "25"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:          # tables not created yet
        return 0
    finally:
        conn.close()


def _kill_midway(process: subprocess.Popen, db: Path, total: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        stored = _count(db, "SELECT COUNT(*) FROM pages")
        if stored >= total // 5:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return stored
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"ingest stored too few pages before the deadline, or ended first: {process.communicate()[1][-2000:]}")


@pytest.mark.slow
def test_a_killed_ingest_rerun_stores_every_page_exactly_once(corpus, tmp_path):
    pages = _write_pages(corpus, tmp_path / "pages")
    assert len(pages) >= 2000
    db = tmp_path / "ledger.db"

    process = _ingest(tmp_path / "pages", db)
    stored_at_kill = _kill_midway(process, db, len(pages))
    assert process.returncode == -signal.SIGKILL
    assert 0 < _count(db, "SELECT COUNT(*) FROM pages") < len(pages)     # killed before the end

    rerun = _ingest(tmp_path / "pages", db)
    _out, errors = rerun.communicate(timeout=300)
    assert rerun.returncode in (0, 1) and "Traceback" not in errors, errors[-2000:]

    conn = sqlite3.connect(db)
    try:
        uris = [row[0] for row in conn.execute("SELECT uri FROM pages")]
        assert len(uris) == len(set(uris)) == len(pages) and set(uris) == pages
        assert conn.execute("SELECT COUNT(*) FROM pages WHERE article_id IS NULL AND rejection_reason IS NULL"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM signatures)"
                            ).fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("pages", "articles", "duplicates", "rejections")}
        # the variants of one dump are copies of each other: most articles are linked, none dropped
        assert counts["duplicates"] >= counts["articles"] // 2
    finally:
        conn.close()
    print(f"killed after {stored_at_kill} of {len(pages)} pages; after the rerun: {counts}")

    again = _ingest(tmp_path / "pages", db)
    again.communicate(timeout=300)
    conn = sqlite3.connect(db)
    try:
        assert {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts} == counts
    finally:
        conn.close()
