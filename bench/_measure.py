"""Shared helpers of the process-level benchmarks: the machine line, and whole commands timed as
processes (wall time, CPU time of the process and its children, peak RSS; optionally the RSS of
the whole process tree sampled while it runs)."""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = sys.executable
BIN = Path(PYTHON).parent


def machine() -> str:
    """Where the figures come from: printed before them, so absolute rates are never quoted alone."""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), platform.processor())
    except OSError:
        model = platform.processor()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"machine: {model or platform.machine()}, {cores} usable cores, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}; load average now "
            f"{os.getloadavg()[0]:.1f} (absolute figures are pessimistic under load; ratios hold)")


@dataclass
class Run:
    wall: float
    cpu: float                      # user + system of the process and its children
    peak_rss_mb: float              # timed(): largest process so far; paired(): largest sampled tree
    tree_rss_mb: list[float] = field(default_factory=list)   # sampled sum over the process tree


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (forked workers share the parent's pages: each
    is counted once over the tree), else its resident size."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    with open(f"/proc/{pid}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _tree(pid: int) -> Iterator[int]:
    """`pid` and its descendants, from /proc, the root first (a process gone when reached, and what
    was under it, is left out)."""
    todo = [pid]
    while todo:
        current = todo.pop()
        yield current
        # every thread's children: a Pool re-forks its workers from a thread of its own
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue


def _tree_rss(pid: int) -> float:
    """Memory (MB) of `pid` and its descendants, read from /proc: the sum of their proportional
    set sizes (shared pages counted once)."""
    total = 0
    for current in _tree(pid):
        try:
            total += _pss(current)
        except (OSError, ValueError, IndexError):
            continue
    return total / 1e6


def timed(command: Sequence[str], *, sample: float = 0.0, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> Run:
    """Run `command` to the end (its output discarded) and measure it; a failure raises."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, **(env or {})}, cwd=cwd)
    samples: list[float] = []
    if sample > 0:
        while process.poll() is None:
            samples.append(_tree_rss(process.pid))
            time.sleep(sample)
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):        # 1: some input was rejected, which is a result
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, after.ru_maxrss / 1024, samples)


def paired(commands: Sequence[Sequence[str]], repeats: int, **kwargs) -> list[Run]:
    """Each command run `repeats` times, in turn (a, b, a, b, ...: both see the same load), as the
    median wall and CPU time of its runs and the largest sampled tree RSS."""
    runs: list[list[Run]] = [[] for _ in commands]
    for _ in range(repeats):
        for command, kept in zip(commands, runs):
            kept.append(timed(command, sample=kwargs.pop("sample", 0.05), **kwargs))
    return [Run(statistics.median(r.wall for r in kept), statistics.median(r.cpu for r in kept),
                max(max(r.tree_rss_mb, default=0.0) for r in kept)) for kept in runs]
