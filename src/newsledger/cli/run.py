"""`newsledger run`: pages in, situation report out (ingest, analyse, code events, stories, report)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from ..errors import NewsledgerError
from ..store import Ledger
from .common import Progress, report_rejection
from .report import write_report

__all__ = ["run_command"]


@click.command("run")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Report file: .html for the self-contained page, .md for Markdown.")
@click.option("--db", "db", type=click.Path(dir_okay=False),
              help="Keep the ledger in this file (default: a temporary one, deleted afterwards).")
@click.option("--story", "story_id", help="Story id (or a unique prefix) to report; default: the largest story.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def run_command(sources: tuple[str, ...], output: Path, db: str | None, story_id: str | None, quiet: bool) -> None:
    """Ingest pages, analyse them, code events, group them into stories and write the report.

    SOURCES are files, folders, globs, WARC(.gz), JSONL, feeds or URLs, as for `ingest`. Rejected
    inputs are named on stderr and the report is still written from the rest; the exit status is
    1 when any error was printed.

    Example: newsledger run examples/pages -o report.html
    """
    with tempfile.TemporaryDirectory(prefix="newsledger-") as scratch:
        path = db or str(Path(scratch) / "run.db")
        try:
            with Ledger.open(path) as ledger:
                failed = _ingest(sources, ledger, quiet)
                failed = write_report(ledger, output, story_id, quiet=quiet) > 0 or failed
        except NewsledgerError as exc:
            raise click.ClickException(str(exc)) from exc
    if failed:
        sys.exit(1)


def _ingest(sources: tuple[str, ...], ledger: Ledger, quiet: bool) -> bool:
    from ..ingest.run import ingest

    progress = Progress("ingest", quiet=quiet)
    try:
        summary = ingest(sources, ledger, progress=progress, report=report_rejection)
    finally:
        progress.close()
    if not quiet:
        click.echo(f"ingest: {summary.pages_read} page(s), {summary.articles_new} new article(s), "
                   f"{summary.exact_copies + summary.near_duplicates} copies, {len(summary.rejections)} rejected",
                   err=True)
    return summary.failed
