"""`newsledger analyze`: print (and optionally store) one Analysis per page."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import TextIO

import click

from ..errors import NewsledgerError
from ..records import Article, Rejection
from .common import Progress, emit_json, page_articles, report_rejection

__all__ = ["analyze_command"]


def _articles(paths: tuple[str, ...], failures: list[str]) -> Iterator[Article]:
    """Extracted articles of the pages under `paths`; rejections are reported and counted."""
    return (a for a in page_articles(paths, failures) if not isinstance(a, Rejection))


def _json_array(items: Iterator[dict], out: TextIO) -> None:
    """What `emit_json(list(items), out, pretty=True)` writes, written item by item: an indented
    item is its own indented dump moved in one level (no JSON string holds a raw line break). When
    reading the items fails part-way, the array of those written so far is closed before the error
    goes on, so that what was printed is still JSON."""
    first = True
    try:
        for item in items:
            out.write(("[\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  "))
            first = False
    finally:
        out.write("[]\n" if first else "\n]\n")


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
    from ..store.analyses import analyses_of

    failures: list[str] = []
    try:
        ledger = _open_ledger(db) if db else None
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    progress = Progress("analyze", quiet=quiet)
    fresh = [0]

    def counted() -> None:
        fresh[0] += 1

    def each() -> Iterator[dict]:
        # with a ledger, what it holds for the current analyzer version is reused, the rest stored;
        # everything is read, analysed and written one article (or one window) at a time
        articles = _articles(paths, failures) if paths else None
        for analysis in analyses_of(ledger, articles, processes=processes, on_new=counted):
            if isinstance(analysis, Rejection):
                failures.append(analysis.uri)
                report_rejection(analysis)
                progress.step(rejected=True)
                continue
            progress.step()
            yield analysis.to_json_dict()

    try:
        if output_format == "json":
            _json_array(each(), sys.stdout)
        else:
            for record in each():
                emit_json(record, sys.stdout)
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        progress.close()
        if ledger is not None:
            ledger.close()
    if ledger is not None and not quiet:
        click.echo(f"analyze: {progress.done} article(s), {fresh[0]} analysed now", err=True)
    if failures:
        click.echo(f"{len(failures)} page(s) failed", err=True)
        sys.exit(1)


def _open_ledger(db: str):
    from ..store import Ledger

    return Ledger.open(db)
