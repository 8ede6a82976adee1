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

Targets: >= 15 articles/s on 2 cores; memory under 1 GB and flat (the largest sample at most 1.25x
the largest of the run's first quarter).
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
           "memory growth, max / max of the first quarter": ("<=", 1.25)}     # "flat": a quarter more at most

_SAMPLE_SECONDS = 1.0
_BASELINE_PAGES = 200


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


def _articles(db: Path) -> tuple[int, int]:
    """Articles stored, and how many of them are near-duplicate copies."""
    from newsledger.store import Ledger

    with Ledger.open(str(db)) as ledger:
        status = ledger.status()
        return int(status["articles"]), sum(1 for _ in ledger.duplicates())


class _Analysed(threading.Thread):
    """How many analyses the ledger holds, looked at every `every` seconds from now until stopped
    (read-only: the ledger is in WAL mode, so the run's writer never waits for it)."""

    def __init__(self, db: Path, every: float):
        super().__init__(daemon=True)
        self.db, self.every, self.started = db, every, time.perf_counter()
        self.counts: list[tuple[float, int]] = [(0.0, 0)]
        self.stop = threading.Event()
        self.start()

    def run(self) -> None:
        while not self.stop.wait(self.every):
            if not self.db.exists():
                continue
            try:
                with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=0.5) as conn:
                    count = conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
            except sqlite3.Error:                   # not made yet, or busy: the next look
                continue
            self.counts.append((time.perf_counter() - self.started, int(count)))

    def by(self, at: float) -> int:
        """Analyses stored by `at` seconds into the run (the last look before it)."""
        return max((n for when, n in self.counts if when <= at), default=0)


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


def _print_timeline(samples: list[Sample], rows: int = 10) -> None:
    """The run at every tenth of its samples: seconds, memory, CPU so far and load average."""
    print("  timeline: seconds; PSS MB of the tree, of the run's process, of its workers; "
          "RSS MB of the run's process; tree CPU s so far; load average")
    for n in range(1, rows + 1):
        if samples:
            s = samples[min(len(samples) - 1, n * len(samples) // rows - 1)]
            print(f"    {s.at:8.0f} s {s.tree_mb:7.0f} {s.own_mb:7.0f} {s.rest_mb:7.0f} MB   RSS {s.own_rss_mb:6.0f} MB"
                  f" {s.cpu:8.0f} CPU s   load {s.load:5.2f}")


def run(corpus: Path) -> dict[str, float]:
    total = int(os.environ.get("NEWSLEDGER_BENCH_SCALE", "0"))
    if not total:
        print("scale_corpus: set NEWSLEDGER_BENCH_SCALE=N (10000 for issue 13) to run it")
        return {}
    print(machine())
    cwd = Path(__file__).resolve().parent.parent
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = folder / "pages"
        distinct = build_corpus(corpus, total, pages)
        sample = folder / "sample"
        sample.mkdir()
        few = min(_BASELINE_PAGES, total)
        for path in sorted(pages.iterdir())[:few]:
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
            "memory growth, max / max of the first quarter": peak / max(peaks[0], 1.0),
            **by_quarter,
        })
        _print_timeline(watched.samples)
        if os.environ.get("NEWSLEDGER_BENCH_SAMPLES"):          # every sample and stderr line, for a closer look
            Path(os.environ["NEWSLEDGER_BENCH_SAMPLES"]).write_text(
                json.dumps({"samples": [dataclasses.astuple(s) for s in watched.samples],
                            "stderr": watched.lines[-50:]}), encoding="utf-8")
        for label, prefix in (("ingest", "ingest:"), ("analysis", "analyse:"), ("stories and report", "stories:")):
            at = watched.ended(prefix)
            if at is not None:
                figures[f"{label} ended at, s into the run"] = at
    return figures
