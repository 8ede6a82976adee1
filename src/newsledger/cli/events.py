"""`newsledger events`: code conflict events (ACLED taxonomy) from pages or from a ledger."""
from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

import click

from ..errors import NewsledgerError
from ..records import Rejection
from .common import Progress, atomic_text, emit_json, page_articles, report_rejection

__all__ = ["events_command"]


def _analyses(paths: tuple[str, ...], ledger: Any, failures: list[str]) -> Iterator[Any]:
    """Analyses with their events: of the pages under `paths`, or of the ledger's original articles;
    with a ledger, those it holds for the current analyzer version are read, not recomputed. One
    at a time (a window of articles at a time from the ledger)."""
    from ..store.analyses import analyses_of

    articles = (a for a in page_articles(paths, failures) if not isinstance(a, Rejection)) if paths else None
    for analysis in analyses_of(ledger, articles, processes=1):
        if isinstance(analysis, Rejection):
            failures.append(analysis.uri)
            report_rejection(analysis)
        else:
            yield analysis


def _story_doc(analysis: Any) -> Any:
    from ..stories.cluster import doc_from_analysis, lead_doc

    return lead_doc(doc_from_analysis(analysis))       # only what clustering reads of its text


def _stories(docs: list[Any]) -> dict[str, str]:
    """Article id -> story, clustered as `newsledger run` clusters stories (events/incidents.py
    merges reports of one story on less evidence than reports of different ones)."""
    from ..stories.cluster import ClusterOptions, cluster_docs

    return {docs[i].id: str(n) for n, members in enumerate(cluster_docs(docs, ClusterOptions())) for i in members}


@click.command("events")
@click.argument("paths", nargs=-1)
@click.option("--db", type=click.Path(dir_okay=False),
              help="Ledger file: with no PATHS, code the articles stored there; events are reused from it and saved in it.")
@click.option("--format", "output_format", type=click.Choice(["csv", "jsonl", "plover", "claims", "timeline"]),
              default="jsonl", show_default=True,
              help="csv: ACLED's columns; jsonl: our Event records; plover: PLOVER JSON lines; "
                   "claims: the territorial-control claims as JSON lines; timeline: per place, its control "
                   "claims in date order with a verdict (single, corroborated, contradicted), as one JSON object.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of standard output.")
@click.option("--incidents", is_flag=True,
              help="csv and jsonl: one row per incident, the events of all pages that report it merged "
                   "(copies, syndicated pages, other outlets; reports of one story need less evidence), "
                   "with every report's article, URL and evidence.")
@click.option("--quiet", is_flag=True, help="No progress line.")
def events_command(paths: tuple[str, ...], db: str | None, output_format: str, output: str | None,
                   incidents: bool, quiet: bool) -> None:
    """Code the conflict events and territorial-control claims reported in pages (ACLED taxonomy).

    PATHS are page files, folders or globs, as for `extract`: each page is extracted, analyzed and
    coded. With --db and no PATHS, the ledger's original articles are coded instead. With --db,
    the events the ledger holds for the current analyzer version are read, not recomputed, and
    new ones are saved in it.
    Exits with status 1 when any page failed.

    Example: newsledger events ../shared/corpus/seeds --format csv -o events.csv
    """
    if not paths and not db:
        raise click.UsageError("give page PATHS, or --db LEDGER to code the analyses stored there")
    if incidents and output_format not in ("csv", "jsonl"):
        raise click.UsageError("--incidents applies to --format csv and jsonl")
    failures: list[str] = []
    ledger = None
    try:
        if db:
            from ..store import Ledger

            ledger = Ledger.open(db)
        progress = Progress("events", quiet=quiet)
        analyses = _noted(_analyses(paths, ledger, failures), progress)
        # written as the analyses come (what needs them all, incidents and the timeline, keeps
        # only their events and claims); the file, with -o, replaces the old one only when whole
        with atomic_text(output) if output else contextlib.nullcontext(sys.stdout) as out:
            _write(analyses, output_format, incidents, out)
        progress.close()
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if ledger is not None:
            ledger.close()
    if failures:
        click.echo(f"{len(failures)} page(s) failed", err=True)
        sys.exit(1)


def _noted(analyses: Iterator[Any], progress: Progress) -> Iterator[Any]:
    """The analyses, each one's event notes printed on stderr and counted as it passes."""
    for analysis in analyses:
        for note in analysis.event_notes:
            click.echo(f"events: {analysis.article.source.get('uri', analysis.article.id)}: {note}", err=True)
        progress.step()
        yield analysis


def _write(analyses: Iterator[Any], output_format: str, incidents: bool, out: Any) -> None:
    from ..events.export import write_csv, write_jsonl, write_plover

    if incidents:
        from ..events.export import write_incidents_csv, write_incidents_jsonl
        from ..events.incidents import merge_incidents

        events: list[Any] = []
        story_docs: list[Any] = []       # what story clustering needs of each article with events
        for analysis in analyses:
            events.extend(analysis.events)
            if analysis.events:
                story_docs.append(_story_doc(analysis))
        merged = merge_incidents(events, _stories(story_docs))
        if output_format == "csv":
            write_incidents_csv(merged, out, timestamp=_export_time())
        else:
            write_incidents_jsonl(merged, out)
        return
    each_event = (event for analysis in analyses for event in analysis.events)
    if output_format == "csv":
        write_csv(each_event, out, timestamp=_export_time())
    elif output_format == "plover":
        write_plover(each_event, out, coded_date=time.strftime("%Y-%m-%d", time.gmtime(_export_time())))
    elif output_format == "claims":
        for analysis in analyses:
            for claim in analysis.control_claims:
                emit_json(claim, out)
    elif output_format == "timeline":
        from ..events import control_timeline

        emit_json(control_timeline([c for analysis in analyses for c in analysis.control_claims]), out, pretty=True)
    else:
        write_jsonl(each_event, out)


def _export_time() -> int:
    """The export's time for ACLED's `timestamp` column and PLOVER's coding date: now, or the
    reproducible-builds convention SOURCE_DATE_EPOCH when it is set, so that an export can be
    made byte for byte again."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else int(time.time())
