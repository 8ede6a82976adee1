"""`newsledger run`: pages in, situation report out (ingest, analyse, code events, stories, report)."""
from __future__ import annotations

import io
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Sequence
from typing import NoReturn
from pathlib import Path

import click

from ..errors import ExtractionError, NewsledgerError
from ..store import Ledger, ledger_exists
from .common import Progress
from .report import report_stories

__all__ = ["run_command", "run_pages"]


@click.command("run")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Report file: .html for the self-contained page, .md for Markdown.")
@click.option("--db", "db", type=click.Path(dir_okay=False),
              help="Keep the ledger in this file (default: a temporary one, deleted afterwards).")
@click.option("--story", "story_id", help="Story id (or a unique prefix) to report; default: the largest story.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Extract and analyse on a local Dask cluster of N worker processes.")
@click.option("--cluster", metavar="tcp://HOST:8786", default=None,
              help="Extract and analyse on the workers of a running Dask scheduler.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def run_command(sources: tuple[str, ...], output: Path, db: str | None, story_id: str | None,
                workers: int | None, cluster: str | None, quiet: bool) -> None:
    """Ingest pages, analyse them, code events, group them into stories and write the report.

    SOURCES are files, folders, globs, WARC(.gz), JSONL, feeds or URLs, as for `ingest`. Rejected
    inputs are named on stderr and the report is still written from the rest; the exit status is
    1 when any error was printed. With --workers N or --cluster URL, pages are extracted and
    analysed on Dask workers.

    Example: newsledger run examples/pages -o report.html
    """
    try:
        failed = run_pages(sources, output, db=db, story_id=story_id, quiet=quiet, workers=workers,
                           cluster=cluster, all_bundles=False)[1]
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if failed:
        sys.exit(1)


def run_pages(sources: Sequence[str], output: Path, *, db: str | None = None, story_id: str | None = None,
              quiet: bool = False, workers: int | None = None, cluster: str | None = None,
              all_bundles: bool = True) -> tuple[list, bool]:
    """What `newsledger run` does, for the command and for `newsledger.run`: ingest the sources into
    the ledger `db` (else a temporary one), analyse, store the stories and write the chosen story's
    report to `output` (written whole or not at all). Each rejected input and analysis error is one
    line on stderr, quiet or not. Returns the stories, largest first (only the reported one when
    `all_bundles` is False: memory then stays flat however many pages), and whether an error was
    printed.
    """
    with tempfile.TemporaryDirectory(prefix="newsledger-") as scratch:
        path = db or str(Path(scratch) / "run.db")
        if workers or cluster or (db is not None and ledger_exists(db)) or not _can_fork():
            with Ledger.open(path) as ledger:
                failed = _ingest(tuple(sources), ledger, quiet, workers, cluster)
        else:
            failed = _ingest_while_loading(tuple(sources), path, quiet)
        with Ledger.open(path) as ledger:
            if next(iter(ledger.articles()), None) is None:
                raise ExtractionError("no article found in the sources (each rejected input is named above)",
                                      uri=", ".join(sources), reason="not_article: none")
            stories, errors = report_stories(ledger, output, story_id, quiet=quiet, all_bundles=all_bundles)
    return stories, failed or errors > 0


def _can_fork() -> bool:
    """Whether this process may fork a child safely: a POSIX fork, and no other thread running."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _ingest_while_loading(sources: tuple[str, ...], path: str, quiet: bool) -> bool:
    """`_ingest` into a new ledger at `path` in a forked child process while this one loads the
    parser pipeline, which every article of a new ledger needs (on two cores the two overlap:
    reading and extracting the pages costs no wall time beside the pipeline's load). The child's
    outcome (whether an input was rejected, or the error it stopped on) comes back through a pipe
    and is returned or raised here as if the ingest had run in this process; what it wrote to a
    stream that is not a file (a test's captured stderr) is written to this process's stream."""
    # Modules both processes import, imported once here instead of once in each after the fork: numpy
    # (dedup signatures; spaCy), importlib.metadata with the email package it loads (the extractors'
    # libraries; the gazetteer cache and spaCy's registry), logging, zoneinfo, and the ingest package
    # (the child's reader and dedup; the report's syndication shingles, ingest.dedup).
    import importlib.metadata  # noqa: F401
    import logging  # noqa: F401
    import zoneinfo  # noqa: F401

    import numpy
    import numpy.random  # noqa: F401

    from .. import ingest  # noqa: F401
    from ..ingest import dedup  # noqa: F401

    from ..enrich.nlp import load_nlp

    readable, writable = os.pipe()
    child = os.fork()
    if child == 0:                                    # the child: ingest, hand back, never return
        os.close(readable)
        _ingest_in_child(sources, path, quiet, writable)
    os.close(writable)
    try:
        load_nlp()
    except BaseException:
        os.kill(child, signal.SIGTERM)                # the run stops here: so does its ingest
        raise
    finally:
        with os.fdopen(readable, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(child, 0)
    try:
        kind, value, out, err = pickle.loads(payload)
    except Exception as exc:                          # killed or cut short: no whole outcome came back
        raise NewsledgerError(f"the ingest process ended without an outcome (wait status {status})",
                              uri=path, reason="ingest_process_lost") from exc
    sys.stdout.write(out)
    sys.stderr.write(err)
    if kind == "error":
        raise value
    return bool(value)


def _ingest_in_child(sources: tuple[str, ...], path: str, quiet: bool, writable: int) -> NoReturn:
    captured = {name: io.StringIO() for name in ("stdout", "stderr") if not _is_file(getattr(sys, name))}
    for name, stream in captured.items():
        setattr(sys, name, stream)
    outcome: tuple[str, object] = ("error", RuntimeError("the ingest ended without an outcome"))
    try:
        with Ledger.open(path) as ledger:
            outcome = ("done", _ingest(sources, ledger, quiet, None, None))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        outcome = ("error", exc)
    finally:
        texts = [captured[name].getvalue() if name in captured else "" for name in ("stdout", "stderr")]
        try:
            payload = pickle.dumps((*outcome, *texts))
        except Exception:  # noqa: BLE001 - an error that does not pickle goes back as its text
            payload = pickle.dumps(("error", RuntimeError(str(outcome[1])), *texts))
        with os.fdopen(writable, "wb") as pipe:
            pipe.write(payload)
        for real in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if real is not None:
                real.flush()
        os._exit(0)


def _is_file(stream: object) -> bool:
    """Whether `stream` writes to a file descriptor (which a forked child shares)."""
    try:
        stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _ingest(sources: tuple[str, ...], ledger: Ledger, quiet: bool, workers: int | None, cluster: str | None) -> bool:
    from ..ingest.run import IngestOptions
    from .ingest import ingest_with

    progress = Progress("ingest", quiet=quiet)
    try:
        summary = ingest_with(sources, ledger, IngestOptions(), progress, workers=workers, cluster=cluster,
                              analyse=True)
    finally:
        progress.close()
    if not quiet:
        click.echo(f"ingest: {summary.pages_read} page(s), {summary.articles_new} new article(s), "
                   f"{summary.exact_copies + summary.near_duplicates} copies, {len(summary.rejections)} rejected",
                   err=True)
    return summary.failed
