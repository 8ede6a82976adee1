"""The scale bench's memory flatness is measured on the same work: the first pages of the run are
written again at its end (`bench.scale_corpus.again_pages`) and the memory while each set is
analysed is compared (`_same_work`). Pages and figures here are synthetic."""
from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from bench._measure import Sample
from bench.scale_corpus import AGAIN_PREFIX, _Analysed, _passes, _same_work, again_pages

_HTML = (b"<html><body><h1>A synthetic headline</h1><p>The first synthetic paragraph of a page.</p>"
         b"<p>The second synthetic paragraph, where the article goes on.</p></body></html>")


def test_again_pages_copies_the_first_pages_each_with_one_sentence_more(tmp_path: Path) -> None:
    (tmp_path / "a_page.html.gz").write_bytes(gzip.compress(_HTML))
    (tmp_path / "b_page.txt").write_text("A synthetic text page.\n\nIts second paragraph.\n", encoding="utf-8")
    (tmp_path / "c_page.html").write_bytes(_HTML)
    first = again_pages(tmp_path, 2)
    assert [p.name for p in first] == ["a_page.html.gz", "b_page.txt"]
    written = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(AGAIN_PREFIX))
    assert written == [f"{AGAIN_PREFIX}a_page.html", f"{AGAIN_PREFIX}b_page.txt"]
    html = (tmp_path / f"{AGAIN_PREFIX}a_page.html").read_bytes()
    # the sentence ends the longest paragraph, the article's text
    assert html.replace(b" Officials gave a further update, number 999, later that day.", b"") == _HTML
    assert b"where the article goes on. Officials gave a further update" in html
    text = (tmp_path / f"{AGAIN_PREFIX}b_page.txt").read_text(encoding="utf-8")
    assert text.startswith("A synthetic text page.\n\nIts second paragraph.\n\n") and "further update" in text
    # the copies are never copied again
    assert [p.name for p in again_pages(tmp_path, 2)] == ["a_page.html.gz", "b_page.txt"]


def test_passes_are_where_the_first_pages_and_their_copies_lie_in_the_order_stored(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY)")
        conn.execute("CREATE TABLE pages (uri TEXT, article_id TEXT)")
        for n in range(10):
            conn.execute("INSERT INTO articles VALUES (?)", (f"art{n}",))
        conn.executemany("INSERT INTO pages VALUES (?, ?)", [
            ("/in/a.html.gz", "art0"), ("/in/b.txt", "art1"), ("/in/c.html", None), ("/in/d.html", "art2"),
            ("/in/e.html", "art5"), (f"/in/{AGAIN_PREFIX}a.html", "art8"), (f"/in/{AGAIN_PREFIX}b.txt", "art9"),
            (f"/in/{AGAIN_PREFIX}d.html", "art2")])        # d's copy came out the same article: not analysed again
    first = [Path("a.html.gz"), Path("b.txt"), Path("c.html"), Path("d.html")]
    assert _passes(db, first) == ((0, 2), (8, 10))


def _sample(at: float, workers: float, own_rss: float) -> Sample:
    return Sample(at, 100.0, workers, own_rss, 0.0, 1.0)


def test_same_work_compares_memory_while_the_same_pages_are_analysed() -> None:
    analysed = object.__new__(_Analysed)          # its looks, without the thread that makes them
    analysed.counts = [(0.0, 0), (10.0, 0), (12.0, 3), (14.0, 6), (20.0, 50), (30.0, 94), (32.0, 97), (34.0, 100)]
    samples = [_sample(5.0, 900.0, 900.0),          # the ingest: no analysis yet, left out
               _sample(11.0, 200.0, 300.0), _sample(13.0, 220.0, 310.0), _sample(14.0, 230.0, 320.0),
               _sample(25.0, 999.0, 999.0),         # the work between: left out
               _sample(31.0, 250.0, 330.0), _sample(33.0, 260.0, 340.0), _sample(34.0, 240.0, 335.0),
               _sample(40.0, 999.0, 999.0)]         # stories and report: left out
    figures = _same_work(samples, analysed, 10.5, (0, 6), (94, 100))
    assert figures["same work at the start: tree PSS max, MB"] == 330.0
    assert figures["same work at the end: tree PSS max, MB"] == 360.0
    assert figures["same work at the start: run's process RSS max, MB"] == 320.0
    assert figures["same work at the end: run's process RSS max, MB"] == 340.0
    assert figures["memory growth on the same work, tree PSS (end / start)"] == 360.0 / 330.0
