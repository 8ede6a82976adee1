"""Pieces every command shares: writing records, reporting rejections, progress."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from ..options import ExtractOptions, FetchOptions
from ..records import Article, Rejection, to_json_dict

__all__ = ["emit_json", "report_rejection", "page_articles", "Progress", "atomic_path", "atomic_text"]


def emit_json(record: Any, out: TextIO, *, pretty: bool = False) -> None:
    data = to_json_dict(record)
    out.write(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None) + "\n")


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary file beside `path` to write to; renamed over `path` only when the block ends
    without an error, so a kill or a full disk never leaves a cut-off file in place of the old one."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        yield Path(temp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)         # mkstemp makes it private; a report is an ordinary file
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: str | Path) -> Iterator[TextIO]:
    """`atomic_path` opened for UTF-8 text, flushed to disk before the rename."""
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8", newline="") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def report_rejection(rejection: Rejection) -> None:
    """One line on stderr naming the input and the reason."""
    click.echo(f"error: {rejection.message()}", err=True)


def page_articles(sources: Iterable[str], failures: list[str], opts: ExtractOptions = ExtractOptions()
                  ) -> Iterator[Article | Rejection]:
    """Every page the sources hold (anything `ingest` reads), extracted. Each Rejection is
    reported on stderr and yielded; those that are failures (not notices such as a WARC's images)
    are also appended to `failures`."""
    from ..extract import extract
    from ..ingest import NOTICE_REASONS, iter_sources

    for item in iter_sources(sources, FetchOptions(max_bytes=opts.max_bytes)):
        result = item if isinstance(item, Rejection) else extract(item, opts)
        if isinstance(result, Rejection):
            report_rejection(result)
            if result.reason not in NOTICE_REASONS:
                failures.append(result.uri)
        yield result


class Progress:
    """Pages done, pages per second and rejects, on stderr when it is a terminal."""

    def __init__(self, label: str, *, quiet: bool = False, every: float = 0.5):
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.every = every
        self.done = 0
        self.rejected = 0
        self.started = time.monotonic()
        self._last = 0.0

    def step(self, *, rejected: bool = False) -> None:
        self.done += 1
        self.rejected += int(rejected)
        now = time.monotonic()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.started, 1e-9)
        sys.stderr.write(f"\r{self.label}: {self.done} done, {rate:.1f}/s, {self.rejected} rejected ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
