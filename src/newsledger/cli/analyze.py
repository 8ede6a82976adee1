"""`newsledger analyze`: print (and optionally store) one Analysis per page."""
from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..errors import NewsledgerError
from ..records import Article, Rejection
from .common import Progress, emit_json, page_articles, report_rejection

__all__ = ["analyze_command"]


def _articles(paths: tuple[str, ...], failures: list[str]) -> Iterator[Article]:
    """Extracted articles of the pages under `paths`; rejections are reported and counted."""
    return (a for a in page_articles(paths, failures) if not isinstance(a, Rejection))


def _stored_articles(db: str) -> Iterator[Article]:
    from ..store import Ledger

    with Ledger.open(db) as ledger:
        yield from list(ledger.articles(originals_only=True))


@click.command("analyze")
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="jsonl: one Analysis per line; json: a JSON array.")
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSLEDGER_DB",
              help="Ledger file (default: $NEWSLEDGER_DB): with no PATHS, analyze the articles stored there; "
                   "analyses are saved in it.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for the language analysis.")
@click.option("--quiet", is_flag=True, help="No progress line.")
def analyze_command(paths: tuple[str, ...], output_format: str, db: str | None, processes: int, quiet: bool) -> None:
    """Find the entities, attributed quotes and claims, figures, places and dates of each page.

    PATHS are page files, folders or globs, as for `extract`; each page is extracted, then
    analyzed, and printed as the Article's fields plus `entities`, `quotes`, `figures`, `places`,
    `dates` and the `events` and `control_claims` coded from them. With --db and no PATHS the
    ledger's stored articles are analyzed instead; with --db an analysis the ledger holds for the
    current analyzer version is reused and every new one is saved. Exits with status 1 when any
    page failed.

    Example: newsledger analyze ../shared/corpus/seeds --format json
    """
    if not paths and not db:
        raise click.UsageError("give page PATHS, or --db LEDGER to analyze the articles stored there")
    from ..store.analyses import analyse_all, current_analyses

    failures: list[str] = []
    try:
        articles = _articles(paths, failures) if paths else _stored_articles(db or ":memory:")
        ledger = _open_ledger(db) if db else None
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    progress = Progress("analyze", quiet=quiet)
    collected = []
    try:
        # with a ledger, what it holds for the current analyzer version is reused, the rest stored
        fresh = [0]
        results = current_analyses(ledger, articles, processes=processes,
                                   on_new=lambda: fresh.__setitem__(0, fresh[0] + 1)) if ledger is not None \
            else analyse_all(articles, processes=processes)
        for analysis in results:
            if isinstance(analysis, Rejection):
                failures.append(analysis.uri)
                report_rejection(analysis)
                progress.step(rejected=True)
                continue
            if output_format == "json":
                collected.append(analysis.to_json_dict())
            else:
                emit_json(analysis.to_json_dict(), sys.stdout)
            progress.step()
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        progress.close()
        if ledger is not None:
            ledger.close()
    if ledger is not None and not quiet:
        click.echo(f"analyze: {progress.done} article(s), {fresh[0]} analysed now", err=True)
    if output_format == "json":
        emit_json(collected, sys.stdout, pretty=True)
    if failures:
        click.echo(f"{len(failures)} page(s) failed", err=True)
        sys.exit(1)


def _open_ledger(db: str):
    from ..store import Ledger

    return Ledger.open(db)
