"""Throughput of the main job, `newsledger run`, as whole processes.

1. CPU against the bare loop: `newsledger run` over NEWSLEDGER_BENCH_PAGES AEB HTML pages (default
   100) against `python -m bench._bare_loop` (trafilatura plus spaCy's full English pipeline,
   nlp.pipe) over the same pages, median of NEWSLEDGER_BENCH_REPEATS paired runs (default 3), each
   with a fresh ledger. Target (issue 13): run at most 1.0x the bare loop's CPU.
2. Scale, only when NEWSLEDGER_BENCH_SCALE=N is set (10000 for issue 13's figure; it takes 10-20
   minutes): N pages built from ../shared/corpus (every HTML page, text dump, PolNeAR text, Google
   News page and seed, distinct files first; then AEB and dates HTML pages again, each repeat with
   one sentence added as bench/ingest.py does, until there are N), one `newsledger run` over them
   with the RSS of its process tree sampled every second: articles/s end to end (articles stored /
   wall time) and memory at each quarter of the run. Targets: >= 15 articles/s on 2 cores, memory
   flat under 1 GB (flat: the largest at most 1.25x what it was a quarter into the run). The baseline of the same run is the bare loop over the first 200 pages (its
   pages/s, so the ratio holds across machines).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from ._measure import BIN, PYTHON, machine, paired, timed

# issue 13 item 4
TARGETS = {"run / bare loop, CPU": ("<=", 1.0), "scale run, articles/s (wall)": (">=", 15.0),
           "scale memory max (process tree PSS), MB": ("<", 1000.0),
           "scale memory growth, max / at 25% of the run": ("<=", 1.25)}     # "flat": a quarter more at most


def _aeb(corpus: Path, count: int, folder: Path) -> Path:
    pages = folder / "aeb"
    pages.mkdir()
    for path in sorted((corpus / "aeb" / "html").glob("*.html.gz"))[:count]:
        shutil.copy(path, pages / path.name)
    return pages


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
    round_number = 1
    while written < total:
        for name, page in html:
            if written >= total:
                break
            (folder / f"repeat{round_number:03d}_{name}").write_bytes(_vary(page, round_number))
            written += 1
        round_number += 1
    return distinct


def _articles(db: Path) -> int:
    from newsledger.store import Ledger

    with Ledger.open(str(db)) as ledger:
        return int(ledger.status()["articles"])


def run(corpus: Path) -> dict[str, float]:
    print(machine())
    count = int(os.environ.get("NEWSLEDGER_BENCH_PAGES", "100"))
    repeats = int(os.environ.get("NEWSLEDGER_BENCH_REPEATS", "3"))
    scale = int(os.environ.get("NEWSLEDGER_BENCH_SCALE", "0"))
    newsledger = str(BIN / "newsledger")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = _aeb(corpus, count, folder)
        run_pages = [newsledger, "run", str(pages), "-o", str(folder / "report.html"), "--quiet"]
        bare = [PYTHON, "-m", "bench._bare_loop", str(pages)]
        cwd = Path(__file__).resolve().parent.parent
        timed(run_pages, cwd=cwd)                               # caches (gazetteer) outside the timing
        ours, loop = paired([run_pages, bare], repeats, cwd=cwd)
        figures.update({
            "pages": float(count),
            "run, CPU s": ours.cpu, "bare trafilatura+spaCy loop, CPU s": loop.cpu,
            "run / bare loop, CPU": ours.cpu / loop.cpu,
            "run / bare loop, wall": ours.wall / loop.wall,
            "run, pages/s (wall)": count / ours.wall, "bare loop, pages/s (wall)": count / loop.wall,
            "run peak memory (process tree PSS), MB": ours.peak_rss_mb,
            "bare loop peak memory, MB": loop.peak_rss_mb,
        })
        if scale:
            big = folder / "scale"
            distinct = build_corpus(corpus, scale, big)
            sample = folder / "sample"
            sample.mkdir()
            few = min(200, scale)
            for path in sorted(big.iterdir())[:few]:
                shutil.copy(path, sample / path.name)
            loop_run = timed([PYTHON, "-m", "bench._bare_loop", str(sample)], cwd=cwd)
            db = folder / "scale.db"
            result = timed([newsledger, "run", str(big), "-o", str(folder / "scale.html"), "--db", str(db), "--quiet"],
                           sample=1.0, cwd=cwd)
            articles = _articles(db)
            rss = result.tree_rss_mb or [0.0]
            quarters = [rss[min(len(rss) - 1, len(rss) * q // 4)] for q in (1, 2, 3)] + [rss[-1]]
            figures.update({
                "scale pages": float(scale), "scale distinct corpus files": float(distinct),
                "scale articles stored": float(articles),
                "scale run, articles/s (wall)": articles / result.wall,
                "scale run, pages/s (wall)": scale / result.wall,
                "scale run wall, s": result.wall, "scale run CPU, s": result.cpu,
                f"scale bare loop on {few} of the pages, pages/s": few / loop_run.wall,
                "scale run pages/s / bare loop pages/s": (scale / result.wall) / (few / loop_run.wall),
                "scale memory max (process tree PSS), MB": max(rss),
                "scale memory (PSS) at 25% of the run, MB": quarters[0], "at 50%, MB": quarters[1],
                "at 75%, MB": quarters[2], "at the end, MB": quarters[3],
                "scale memory growth, max / at 25% of the run": max(rss) / max(quarters[0], 1.0),
            })
    return figures


