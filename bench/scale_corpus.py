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
counted once), with the machine's load average. Printed: articles/s end to end (articles stored /
wall time), CPU seconds per article (user + system of the whole tree: the figure the load does not
change), the articles/s that implies on two idle cores, the memory at each quarter of the run
(the largest sample in it) and when each phase ended. The baseline of the same run is the bare
trafilatura + spaCy loop (bench/_bare_loop.py) over the first 200 of the pages: CPU per page, so
the ratio holds on a loaded machine.

Targets: >= 15 articles/s on 2 cores; memory under 1 GB and flat (the largest sample at most 1.25x
the largest of the run's first quarter).
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from ._measure import BIN, PYTHON, _tree, _tree_rss, machine, timed

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
    round_number = 1
    while written < total:
        for name, page in html:
            if written >= total:
                break
            (folder / f"repeat{round_number:03d}_{name}").write_bytes(_vary(page, round_number))
            written += 1
        round_number += 1
    return distinct


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) spent so far by `pid` and its descendants: each live process's
    own, and the root's reaped children's (the pool workers of a finished window)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for current in _tree(pid):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if current == pid else 0)
    return total / ticks


class _Watched:
    """A command run to the end with its process tree sampled every `every` seconds (memory, CPU,
    load average) and its stderr lines timestamped (the phases `newsledger run` reports)."""

    def __init__(self, command: list[str], cwd: Path, every: float = _SAMPLE_SECONDS):
        self.samples: list[tuple[float, float, float, float]] = []     # (seconds, PSS MB, tree CPU s, load)
        self.lines: list[tuple[float, str]] = []
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                                        text=True)
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        while self.process.poll() is None:
            self.samples.append((time.perf_counter() - self.started, _tree_rss(self.process.pid),
                                 _tree_cpu(self.process.pid), os.getloadavg()[0]))
            time.sleep(every)
        self.wall = time.perf_counter() - self.started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        reader.join()
        if self.process.returncode not in (0, 1):       # 1: some input was rejected, which is a result
            tail = "\n".join(line for _, line in self.lines[-10:])
            raise RuntimeError(f"{' '.join(command)} failed ({self.process.returncode}): {tail}")

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append((time.perf_counter() - self.started, line.rstrip("\n")))

    def ended(self, prefix: str) -> float | None:
        """When the first stderr line starting with `prefix` was written (seconds into the run)."""
        return next((at for at, line in self.lines if line.startswith(prefix)), None)


def _articles(db: Path) -> tuple[int, int]:
    """Articles stored, and how many of them are near-duplicate copies."""
    from newsledger.store import Ledger

    with Ledger.open(str(db)) as ledger:
        status = ledger.status()
        return int(status["articles"]), sum(1 for _ in ledger.duplicates())


def _quarters(samples: list[tuple[float, float, float, float]], wall: float) -> list[float]:
    """The largest memory sample in each quarter of the run (by time)."""
    peaks = [0.0] * 4
    for at, memory, _cpu, _load in samples:
        quarter = min(3, int(4 * at / max(wall, 1e-9)))
        peaks[quarter] = max(peaks[quarter], memory)
    return peaks


def _print_timeline(samples: list[tuple[float, float, float, float]], rows: int = 10) -> None:
    """The run at every tenth of its samples: seconds, memory, CPU so far and load average."""
    print("  timeline: seconds, process tree PSS MB, tree CPU s so far, load average")
    for n in range(1, rows + 1):
        if samples:
            at, memory, cpu, load = samples[min(len(samples) - 1, n * len(samples) // rows - 1)]
            print(f"    {at:8.0f} s {memory:8.0f} MB {cpu:9.0f} CPU s   load {load:5.2f}")


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
        watched = _Watched([str(BIN / "newsledger"), "run", str(pages), "-o", str(folder / "scale.html"),
                            "--db", str(db)], cwd)
        cpu = watched.cpu
        articles, copies = _articles(db)
        quarters = _quarters(watched.samples, watched.wall)
        loads = [load for *_, load in watched.samples] or [0.0]
        peak = max(quarters)
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
            "memory max in 1st quarter of the run, MB": quarters[0], "in 2nd quarter, MB": quarters[1],
            "in 3rd quarter, MB": quarters[2], "in 4th quarter, MB": quarters[3],
            "memory growth, max / max of the first quarter": peak / max(quarters[0], 1.0),
        })
        _print_timeline(watched.samples)
        if os.environ.get("NEWSLEDGER_BENCH_SAMPLES"):          # every sample and stderr line, for a closer look
            Path(os.environ["NEWSLEDGER_BENCH_SAMPLES"]).write_text(
                json.dumps({"samples": watched.samples, "stderr": watched.lines[-50:]}), encoding="utf-8")
        for label, prefix in (("ingest", "ingest:"), ("analysis", "analyse:"), ("stories and report", "stories:")):
            at = watched.ended(prefix)
            if at is not None:
                figures[f"{label} ended at, s into the run"] = at
    return figures
