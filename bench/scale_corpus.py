"""Scale (issue 13 item 4): one `newsledger run` over a corpus of NEWSLEDGER_BENCH_SCALE pages (10000
for the issue's figure) built from ../shared/corpus, end to end, with its memory over the run.

Only when NEWSLEDGER_BENCH_SCALE=N is set (10,000 pages take about half an hour on two idle cores):
`python -m bench scale_corpus` prints nothing else. The pages: every HTML page, text dump, PolNeAR
text, Google News page and seed of the corpus, distinct files first; then the AEB and dates HTML
pages again, each repeat with one sentence added as bench/ingest.py does, until there are N.

The run is `newsledger run PAGES -o REPORT --db LEDGER` with its defaults (pages extracted in one
process while the parser loads, then analysed on 2 forked worker processes, events coded and
stored, stories clustered, the largest reported). Every second the memory of its process tree is
sampled (the sum of proportional set sizes: pages the forked workers share with the parent are
counted once), apart: the run's own process (PSS, and RSS, which sharing does not lower) and its
workers together, with the machine's load average. Printed: articles/s end to end (articles stored
/ wall time), CPU seconds per article (user + system of the whole tree: the figure the load does
not change), the articles/s that implies on two idle cores, the memory in each quarter of the run
(the largest sample in it: the tree's, the run's process's, its workers') with the articles the
ledger gained in it per second (its analyses, counted every second) and the quarter's mean load
average, and when each phase ended. The baseline of the same run is the bare
trafilatura + spaCy loop (bench/_bare_loop.py) over the first 200 of the pages: CPU per page, so
the ratio holds on a loaded machine.

Flat memory is measured on the same work: the first NEWSLEDGER_BENCH_AGAIN pages (default 200, a
tenth of a smaller corpus) are written once more at the end of the corpus, each with one synthetic
sentence added to its longest paragraph (so each is a new article, analysed again, at the end of
the run), and the memory while they are analysed at the end is compared with the memory while
they were analysed at the start (from the end of the ingest until their last analysis was
stored): the tree's PSS, the run's process's RSS and its workers' PSS. The quarters compare
different work (the first holds the ingest, whose process is counted as a worker; later pages are
other pages) and are printed for the timeline only, with every twentieth sample (pages and
analyses stored, CPU so far).

Targets: >= 15 articles/s on 2 cores; memory under 1 GB and flat (on the same pages, at most 1.10x
at the end what it was at the start).
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from ._measure import BIN, PYTHON, Sample, Watched, machine, timed

# issue 13 item 4
TARGETS = {"articles/s end to end (wall)": (">=", 15.0),
           "articles/s on 2 idle cores (2 / CPU s per article)": (">=", 15.0),
           "memory max (process tree PSS), MB": ("<", 1000.0),
           # "flat": on the same pages, analysed at the start and again at the end, a tenth more at most
           "memory growth on the same work, tree PSS (end / start)": ("<=", 1.10)}

_SAMPLE_SECONDS = 1.0
_BASELINE_PAGES = 200
_AGAIN_PAGES = 200              # pages analysed again at the end (a tenth of a smaller run's)


def build_corpus(corpus: Path, total: int, folder: Path) -> int:
    """Write `total` page files built from the corpus into `folder`; returns how many are distinct files."""
    folder.mkdir(parents=True, exist_ok=True)
    sources: list[tuple[str, Path]] = []
    for pattern in ("aeb/html/*.html.gz", "dates/html/*.html.gz", "extraction/*/html/*.html.gz",
                    "aeb/dumps/*.txt", "extraction/*/dumps-w3m/*.txt", "extraction/*/dumps-lynx/*.txt",
                    "attribution/*/text/*.txt", "seeds/*.txt"):
        sources += [(str(p.relative_to(corpus)).replace("/", "_"), p) for p in sorted(corpus.glob(pattern))]
    written = 0
    for name, path in sources[:total]:
        shutil.copy(path, folder / name)
        written += 1
    google = corpus / "stories-googlenews" / "pages.jsonl"
    if google.exists() and written < total:
        for line in google.read_text(encoding="utf-8").splitlines()[: total - written]:
            page = json.loads(line)
            (folder / f"googlenews_{page['id']}.txt").write_text(f"{page['title']}\n\n{page['text']}\n", encoding="utf-8")
            written += 1
    distinct = written
    from .ingest import _pages, _vary

    html = _pages(corpus)
    if not html and written < total:            # nothing to repeat: the loop below would never end
        raise FileNotFoundError(f"{corpus}: no AEB or dates HTML page to build {total} pages from")
    round_number = 1
    while written < total:
        for name, page in html:
            if written >= total:
                break
            (folder / f"repeat{round_number:03d}_{name}").write_bytes(_vary(page, round_number))
            written += 1
        round_number += 1
    return distinct


AGAIN_PREFIX = "zzagain_"          # sorts after every other page: ingested, stored and analysed last
_AGAIN_ROUND = 999
_AGAIN_SENTENCE = f"Officials gave a further update, number {_AGAIN_ROUND}, later that day."   # synthetic


def again_pages(folder: Path, count: int) -> list[Path]:
    """The first `count` pages of `folder` (in the order a run reads them) written again under
    AGAIN_PREFIX, each with one synthetic sentence added (HTML: to its longest paragraph; text: as
    a last paragraph), so each is a new article that the run analyses again, at its end: the same
    work as at its start. Returns the first pages."""
    import gzip

    first = sorted(p for p in folder.iterdir() if not p.name.startswith(AGAIN_PREFIX))[:count]
    for path in first:
        data = path.read_bytes()
        name = path.name
        if name.endswith(".gz"):
            data, name = gzip.decompress(data), name.removesuffix(".gz")
        if name.endswith((".html", ".htm")):
            data = _longest_paragraph_added_to(data)
        else:
            data = data.rstrip() + f"\n\n{_AGAIN_SENTENCE}\n".encode()
        (folder / again_name(path)).write_bytes(data)
    return first


def again_name(path: Path) -> str:
    """The name of `path`'s copy written again (`again_pages`)."""
    return AGAIN_PREFIX + path.name.removesuffix(".gz")


def _longest_paragraph_added_to(html: bytes) -> bytes:
    """`html` with the synthetic sentence at the end of its longest <p> (the article's text, where
    the body the run extracts changes), or as a comment when it has none."""
    best, best_length, at = -1, -1, html.find(b"</p>")
    while at >= 0:
        length = at - html.rfind(b"<p", 0, at)
        if length > best_length:
            best, best_length = at, length
        at = html.find(b"</p>", at + 4)
    if best < 0:
        return html + f"<!-- {_AGAIN_SENTENCE} -->".encode()
    return html[:best] + f" {_AGAIN_SENTENCE}".encode() + html[best:]


def _articles(db: Path) -> tuple[int, int]:
    """Articles stored, and how many of them are near-duplicate copies."""
    from newsledger.store import Ledger

    with Ledger.open(str(db)) as ledger:
        status = ledger.status()
        return int(status["articles"]), sum(1 for _ in ledger.duplicates())


def _passes(db: Path, first: list[Path]) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the first pages' articles and those of their copies written again (AGAIN_PREFIX) lie
    in the order the run analyses (the order stored): each as (first position, one past the last)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        order = {row[0]: n for n, row in enumerate(conn.execute("SELECT id FROM articles ORDER BY rowid"))}
        article_of = {Path(uri).name: a for uri, a in conn.execute(
            "SELECT uri, article_id FROM pages WHERE article_id IS NOT NULL")}
    # a first page and its copy, each an article of its own (a copy whose body came out the same is
    # the same article, analysed once)
    pairs = [(order[article_of[path.name]], order[article_of[again_name(path)]]) for path in first
             if article_of.get(path.name) in order and article_of.get(again_name(path)) in order
             and article_of[path.name] != article_of[again_name(path)]]
    start, end = [a for a, _ in pairs], [b for _, b in pairs]
    return ((min(start, default=0), max(start, default=-1) + 1),
            (min(end, default=0), max(end, default=-1) + 1))


class _Analysed(threading.Thread):
    """How many analyses (and pages) the ledger holds, looked at every `every` seconds from now until
    stopped (read-only: the ledger is in WAL mode, so the run's writers never wait for it)."""

    def __init__(self, db: Path, every: float):
        super().__init__(daemon=True)
        self.db, self.every, self.started = db, every, time.perf_counter()
        self.counts: list[tuple[float, int]] = [(0.0, 0)]
        self.pages: list[tuple[float, int]] = [(0.0, 0)]
        self.stop = threading.Event()
        self.start()

    def run(self) -> None:
        while not self.stop.wait(self.every):
            if not self.db.exists():
                continue
            try:
                with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=0.5) as conn:
                    count, pages = conn.execute(
                        "SELECT (SELECT count(*) FROM analyses), (SELECT count(*) FROM pages)").fetchone()
            except sqlite3.Error:                   # not made yet, or busy: the next look
                continue
            at = time.perf_counter() - self.started
            self.counts.append((at, int(count)))
            self.pages.append((at, int(pages)))

    def pages_by(self, at: float) -> int:
        """Pages the ingest stored by `at` seconds into the run (the last look before it)."""
        return max((n for when, n in self.pages if when <= at), default=0)

    def by(self, at: float) -> int:
        """Analyses stored by `at` seconds into the run (the last look before it)."""
        return max((n for when, n in self.counts if when <= at), default=0)

    def when(self, count: int) -> float | None:
        """Seconds into the run of the first look that saw at least `count` analyses stored."""
        return next((at for at, n in self.counts if n >= count), None)

    def last_below(self, count: int) -> float:
        """Seconds into the run of the last look that saw fewer than `count` analyses stored."""
        return max((at for at, n in self.counts if n < count), default=0.0)


def _quarters(samples: list[Sample], wall: float) -> list[list[Sample]]:
    """The samples of each quarter of the run (by time)."""
    quarters: list[list[Sample]] = [[], [], [], []]
    for sample in samples:
        quarters[min(3, int(4 * sample.at / max(wall, 1e-9)))].append(sample)
    return quarters


def _quarter_figures(quarters: list[list[Sample]], rates: list[float]) -> dict[str, float]:
    """Per quarter: the largest memory sample of the tree, of the run's own process (PSS and RSS)
    and of its workers (the descendants together), the articles analysed per second (`rates`) and
    the mean load average."""
    figures: dict[str, float] = {}
    for n, kept in enumerate(quarters, 1):
        kept = kept or [Sample(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)]
        figures.update({
            f"Q{n} memory max, process tree PSS, MB": max(s.tree_mb for s in kept),
            f"Q{n}   the run's process alone, PSS, MB": max(s.own_mb for s in kept),
            f"Q{n}   the run's process alone, RSS, MB": max(s.own_rss_mb for s in kept),
            f"Q{n}   its workers together, PSS, MB": max(s.rest_mb for s in kept),
            f"Q{n}   articles analysed and stored per second (wall)": rates[n - 1],
            f"Q{n}   load average, mean": sum(s.load for s in kept) / len(kept),
        })
    return figures


def _print_timeline(samples: list[Sample], analysed: _Analysed, rows: int = 20) -> None:
    """The run at every twentieth of its samples: seconds, memory, analyses stored, CPU so far and load average."""
    print("  timeline: seconds; PSS MB of the tree, of the run's process, of its workers; "
          "RSS MB of the run's process; pages stored; analyses stored; tree CPU s so far; load average")
    for n in range(1, rows + 1):
        if samples:
            s = samples[min(len(samples) - 1, n * len(samples) // rows - 1)]
            print(f"    {s.at:8.0f} s {s.tree_mb:7.0f} {s.own_mb:7.0f} {s.rest_mb:7.0f} MB   RSS {s.own_rss_mb:6.0f} MB"
                  f" {analysed.pages_by(s.at):6d} pages {analysed.by(s.at):6d} analysed {s.cpu:7.0f} CPU s"
                  f"   load {s.load:5.2f}")


def _same_work(samples: list[Sample], analysed: _Analysed, ingest_end: float | None,
               start: tuple[int, int], end: tuple[int, int]) -> dict[str, float]:
    """Memory while the first pages were analysed (from the end of the ingest until their last
    analysis was stored) against memory while the same pages, written again, were analysed at the
    end of the run: on the same work, memory that stays flat is no larger the second time."""
    def span(begin: float, until: float | None) -> list[Sample]:
        return [s for s in samples if begin <= s.at <= (until if until is not None else float("inf"))]

    first = span(ingest_end or analysed.last_below(1), analysed.when(start[1]))
    again = span(analysed.last_below(end[0] + 1), analysed.when(end[1]))
    figures: dict[str, float] = {"same work: analyses the first pages' span": float(start[1] - start[0]),
                                 "same work: analyses their copies span at the end": float(end[1] - end[0])}
    if not (first and again):
        return figures
    tree = [max(s.tree_mb for s in kept) for kept in (first, again)]
    own = [max(s.own_rss_mb for s in kept) for kept in (first, again)]
    workers = [max(s.rest_mb for s in kept) for kept in (first, again)]
    figures.update({
        "same work at the start: tree PSS max, MB": tree[0],
        "same work at the end: tree PSS max, MB": tree[1],
        "same work at the start: run's process RSS max, MB": own[0],
        "same work at the end: run's process RSS max, MB": own[1],
        "same work at the start: workers PSS max, MB": workers[0],
        "same work at the end: workers PSS max, MB": workers[1],
        "memory growth on the same work, tree PSS (end / start)": tree[1] / max(tree[0], 1.0),
        "memory growth on the same work, run's process RSS (end / start)": own[1] / max(own[0], 1.0),
    })
    return figures


def run(corpus: Path) -> dict[str, float]:
    total = int(os.environ.get("NEWSLEDGER_BENCH_SCALE", "0"))
    if not total:
        print("scale_corpus: set NEWSLEDGER_BENCH_SCALE=N (10000 for issue 13) to run it")
        return {}
    again = int(os.environ.get("NEWSLEDGER_BENCH_AGAIN", str(min(_AGAIN_PAGES, max(1, total // 10)))))
    print(machine())
    cwd = Path(__file__).resolve().parent.parent
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = folder / "pages"
        distinct = build_corpus(corpus, total, pages)
        first = again_pages(pages, again)
        sample = folder / "sample"
        sample.mkdir()
        few = min(_BASELINE_PAGES, total)
        for path in sorted(p for p in pages.iterdir() if not p.name.startswith(AGAIN_PREFIX))[:few]:
            shutil.copy(path, sample / path.name)
        loop = timed([PYTHON, "-m", "bench._bare_loop", str(sample)], cwd=cwd)
        db = folder / "scale.db"
        analysed = _Analysed(db, _SAMPLE_SECONDS)
        watched = Watched([str(BIN / "newsledger"), "run", str(pages), "-o", str(folder / "scale.html"),
                           "--db", str(db)], every=_SAMPLE_SECONDS, cwd=cwd)
        analysed.stop.set()
        analysed.join()
        cpu = watched.cpu
        articles, copies = _articles(db)
        rates = [(analysed.by((n + 1) * watched.wall / 4 if n < 3 else watched.wall + 1)
                  - analysed.by(n * watched.wall / 4)) / (watched.wall / 4) for n in range(4)]
        by_quarter = _quarter_figures(_quarters(watched.samples, watched.wall), rates)
        peaks = [by_quarter[f"Q{n} memory max, process tree PSS, MB"] for n in range(1, 5)]
        loads = [s.load for s in watched.samples] or [0.0]
        peak = max(peaks)
        per_article = cpu / max(articles, 1)
        figures.update({
            "pages": float(total), "distinct corpus files": float(distinct),
            "of the pages, written again at the end (same work)": float(again),
            "articles stored": float(articles), "of them near-duplicate copies": float(copies),
            "run wall, s": watched.wall, "run CPU (process tree), s": cpu,
            "articles/s end to end (wall)": articles / watched.wall,
            "CPU s per article": per_article,
            "articles/s on 2 idle cores (2 / CPU s per article)": 2 / max(per_article, 1e-9),
            "cores busy on average (CPU / wall)": cpu / watched.wall,
            "load average during the run, mean": sum(loads) / len(loads),
            "load average during the run, max": max(loads),
            f"bare loop on {few} of the pages, CPU s per page": loop.cpu / few,
            "run CPU per article / bare loop CPU per page": per_article / (loop.cpu / few),
            "memory max (process tree PSS), MB": peak,
            "memory max, the run's process alone (RSS), MB": max((s.own_rss_mb for s in watched.samples), default=0.0),
            **_same_work(watched.samples, analysed, watched.ended("ingest:"), *_passes(db, first)),
            "memory growth, max / max of the first quarter": peak / max(peaks[0], 1.0),
            **by_quarter,
        })
        _print_timeline(watched.samples, analysed)
        if os.environ.get("NEWSLEDGER_BENCH_SAMPLES"):          # every sample and stderr line, for a closer look
            Path(os.environ["NEWSLEDGER_BENCH_SAMPLES"]).write_text(
                json.dumps({"samples": [dataclasses.astuple(s) for s in watched.samples],
                            "analysed": analysed.counts, "pages": analysed.pages,
                            "stderr": watched.lines[-50:]}), encoding="utf-8")
        for label, prefix in (("ingest", "ingest:"), ("analysis", "analyse:"), ("stories and report", "stories:")):
            at = watched.ended(prefix)
            if at is not None:
                figures[f"{label} ended at, s into the run"] = at
    return figures
