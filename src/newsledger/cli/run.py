"""`newsledger run`: pages in, situation report out (ingest, analyse, code events, stories, report)."""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import click

from ..errors import ExtractionError, NewsledgerError
from ..store import Ledger
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
                           cluster=cluster)[1]
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if failed:
        sys.exit(1)


def run_pages(sources: Sequence[str], output: Path, *, db: str | None = None, story_id: str | None = None,
              quiet: bool = False, workers: int | None = None, cluster: str | None = None) -> tuple[list, bool]:
    """What `newsledger run` does, for the command and for `newsledger.run`: ingest the sources into
    the ledger `db` (else a temporary one), analyse, store the stories and write the chosen story's
    report to `output` (written whole or not at all). Each rejected input and analysis error is one
    line on stderr, quiet or not. Returns the stories, largest first, and whether an error was printed.
    """
    with tempfile.TemporaryDirectory(prefix="newsledger-") as scratch:
        path = db or str(Path(scratch) / "run.db")
        with Ledger.open(path) as ledger:
            failed = _ingest(tuple(sources), ledger, quiet, workers, cluster)
            if next(iter(ledger.articles()), None) is None:
                raise ExtractionError("no article found in the sources (each rejected input is named above)",
                                      uri=", ".join(sources), reason="not_article: none")
            stories, errors = report_stories(ledger, output, story_id, quiet=quiet)
    return stories, failed or errors > 0


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
