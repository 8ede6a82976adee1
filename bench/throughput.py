"""Throughput of the main job, `newsledger run`, as whole processes.

CPU against the bare loop: `newsledger run` over NEWSLEDGER_BENCH_PAGES AEB HTML pages (default
100) against `python -m bench._bare_loop` (trafilatura plus spaCy's full English pipeline,
nlp.pipe) over the same pages, median of NEWSLEDGER_BENCH_REPEATS paired runs (default 3), each
with a fresh ledger. Target (issue 13): run at most 1.0x the bare loop's CPU. Also against the
same loop with numpy's BLAS on one thread (`_bare_loop --one-blas-thread`): in one process its
idle BLAS threads spin, which `run`'s forked workers do not pay, so that ratio is the fairer one.

The 10,000-page scale figure of issue 13 (articles/s end to end, memory over the run) is
`NEWSLEDGER_BENCH_SCALE=10000 python -m bench scale_corpus` (bench/scale_corpus.py).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ._measure import BIN, PYTHON, machine, paired, timed

# issue 13 item 4
TARGETS = {"run / bare loop, CPU": ("<=", 1.0)}


def _aeb(corpus: Path, count: int, folder: Path) -> Path:
    pages = folder / "aeb"
    pages.mkdir()
    for path in sorted((corpus / "aeb" / "html").glob("*.html.gz"))[:count]:
        shutil.copy(path, pages / path.name)
    return pages


def run(corpus: Path) -> dict[str, float]:
    print(machine())
    count = int(os.environ.get("NEWSLEDGER_BENCH_PAGES", "100"))
    repeats = int(os.environ.get("NEWSLEDGER_BENCH_REPEATS", "3"))
    newsledger = str(BIN / "newsledger")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = _aeb(corpus, count, folder)
        run_pages = [newsledger, "run", str(pages), "-o", str(folder / "report.html"), "--quiet"]
        bare = [PYTHON, "-m", "bench._bare_loop", str(pages)]
        bare_one_thread = [*bare, "--one-blas-thread"]
        cwd = Path(__file__).resolve().parent.parent
        timed(run_pages, cwd=cwd)                               # caches (gazetteer) outside the timing
        ours, loop, loop_one_thread = paired([run_pages, bare, bare_one_thread], repeats, cwd=cwd)
        figures.update({
            "pages": float(count),
            "run, CPU s": ours.cpu, "bare trafilatura+spaCy loop, CPU s": loop.cpu,
            "run / bare loop, CPU": ours.cpu / loop.cpu,
            "bare loop with one BLAS thread, CPU s": loop_one_thread.cpu,
            "run / bare loop with one BLAS thread, CPU": ours.cpu / loop_one_thread.cpu,
            "run / bare loop, wall": ours.wall / loop.wall,
            "run, pages/s (wall)": count / ours.wall, "bare loop, pages/s (wall)": count / loop.wall,
            "run peak memory (process tree PSS), MB": ours.peak_mb,
            "bare loop peak memory, MB": loop.peak_mb,
        })
    return figures


