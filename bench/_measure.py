"""Shared helpers of the process-level benchmarks: the machine line, and whole commands timed as
processes (wall time, CPU time of the process and its children, peak RSS; optionally the memory
of the process and of its descendants, their CPU and the load average sampled while it runs)."""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
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
    peak_mb: float                  # timed(): largest RSS of a child (ru_maxrss); paired(): largest sampled tree PSS
    tree_pss_mb: list[float] = field(default_factory=list)   # sampled PSS summed over the process tree


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


def _memory(pid: int) -> tuple[int, int, int]:
    """Bytes: the proportional set size of `pid` itself, the sum of its descendants', and its own
    resident size (which does not shrink when a forked child starts sharing its pages)."""
    own = rest = resident = 0
    for current in _tree(pid):
        try:
            size = _pss(current)
            if current == pid:
                own = size
                with open(f"/proc/{pid}/statm") as handle:
                    resident = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            else:
                rest += size
        except (OSError, ValueError, IndexError):
            continue
    return own, rest, resident


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


@dataclass(frozen=True, slots=True)
class Sample:
    """One look at a running command: seconds since it started, memory (MB: PSS of the process
    itself, of its descendants together, and the process's own RSS), CPU seconds of the tree so
    far, and the machine's 1-minute load average."""

    at: float
    own_mb: float
    rest_mb: float
    own_rss_mb: float
    cpu: float
    load: float

    @property
    def tree_mb(self) -> float:
        return self.own_mb + self.rest_mb


class Watched:
    """`command` run to the end, its output discarded and its stderr lines kept with the second
    each was written (read by a thread as they come: a pipe left unread while the command is
    sampled would fill and stop it), sampled every `every` seconds (0: never)."""

    def __init__(self, command: Sequence[str], *, every: float = 0.0, env: dict[str, str] | None = None,
                 cwd: Path | None = None):
        self.command = list(command)
        self.samples: list[Sample] = []
        self.lines: list[tuple[float, str]] = []
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        env={**os.environ, **(env or {})}, cwd=cwd, text=True, errors="replace")
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        while every > 0 and self.process.poll() is None:
            sample = self._look()
            if sample.own_rss_mb > 0:               # else it ended while it was looked at
                self.samples.append(sample)
            time.sleep(every)
        self.process.wait()
        self.wall = time.perf_counter() - self.started
        reader.join()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.peak_rss_mb = after.ru_maxrss / 1024
        if self.process.returncode not in (0, 1):       # 1: some input was rejected, which is a result
            tail = "\n".join(line for _, line in self.lines[-10:])
            raise RuntimeError(f"{' '.join(self.command)} failed ({self.process.returncode}): {tail}")

    def _look(self) -> Sample:
        pid = self.process.pid
        own, rest, resident = _memory(pid)
        return Sample(time.perf_counter() - self.started, own / 1e6, rest / 1e6, resident / 1e6, _tree_cpu(pid),
                      os.getloadavg()[0])

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append((time.perf_counter() - self.started, line.rstrip("\n")))

    def ended(self, prefix: str) -> float | None:
        """When the first stderr line starting with `prefix` was written (seconds into the run)."""
        return next((at for at, line in self.lines if line.startswith(prefix)), None)


def timed(command: Sequence[str], *, sample: float = 0.0, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> Run:
    """Run `command` to the end (its output discarded) and measure it; a failure raises."""
    watched = Watched(command, every=sample, env=env, cwd=cwd)
    return Run(watched.wall, watched.cpu, watched.peak_rss_mb, [s.tree_mb for s in watched.samples])


def paired(commands: Sequence[Sequence[str]], repeats: int, **kwargs) -> list[Run]:
    """Each command run `repeats` times, in turn (a, b, a, b, ...: both see the same load), as the
    median wall and CPU time of its runs and the largest sampled PSS of its process tree; `sample`
    (seconds between looks, 0.05 unless given) holds for every run."""
    sample = kwargs.pop("sample", 0.05)
    runs: list[list[Run]] = [[] for _ in commands]
    for _ in range(repeats):
        for command, kept in zip(commands, runs):
            kept.append(timed(command, sample=sample, **kwargs))
    return [Run(statistics.median(r.wall for r in kept), statistics.median(r.cpu for r in kept),
                max(max(r.tree_pss_mb, default=0.0) for r in kept)) for kept in runs]
