"""`newsledger report`: render one story of the ledger as a self-contained HTML page or Markdown."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import datetime, UTC
from pathlib import Path

import click

from ..errors import ConfigError, InputError, NewsledgerError, StorageError
from ..store import DEFAULT_DB, Ledger, ledger_exists
from .common import atomic_text

__all__ = ["report_command", "write_report", "report_stories"]


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        click.echo(message, err=True)


def _each_analysis(ledger: Ledger, *, quiet: bool = False, processes: int = 2, errors: list[str] | None = None,
                   refused: set[str] | None = None) -> Iterator:
    """Every stored article as an Analysis with its events, one at a time: the one the ledger holds
    for the current analyzer version when there is one, else analysed now (on `processes` workers)
    and stored. An article the enrich stage refuses (e.g. a body longer than the parser takes) is
    reported and kept without analysis, its uri appended to `errors` and its id added to `refused`."""
    from ..enrich.records import Analysis
    from ..records import Rejection
    from ..store.analyses import ledger_analyses

    fresh = total = 0

    def counted() -> None:
        nonlocal fresh
        fresh += 1
        if not quiet and sys.stderr.isatty():
            sys.stderr.write(f"\ranalyse: {fresh} new")

    for article, result in ledger_analyses(ledger, processes=processes, on_new=counted):   # a window of pages at a time
        total += 1
        if isinstance(result, Rejection):
            click.echo(f"error: {result.message()} (the article is reported without analysis)", err=True)
            if errors is not None:
                errors.append(result.uri)
            if refused is not None:
                refused.add(article.id)
            result = Analysis(article=article)
        yield result
    _say(f"analyse: {total} article(s), {fresh} analysed now", quiet)


def write_report(ledger: Ledger, output: Path, story_id: str | None, *, quiet: bool = False,
                 every: bool = False) -> int:
    """Cluster the ledger into stories, store them, and write the chosen one to `output` (with
    `every`: an index of all stories to `output` and each story's report beside it); the number
    of errors reported on the way (articles kept without analysis)."""
    return report_stories(ledger, output, story_id, quiet=quiet, every=every, all_bundles=False)[1]


def report_stories(ledger: Ledger, output: Path, story_id: str | None, *, quiet: bool = False,
                   every: bool = False, all_bundles: bool = True) -> tuple[list, int]:
    """`write_report`, also giving back the stories (largest first) beside the number of errors.
    With `all_bundles` False, only the reported story's bundle is made and given back: the pages'
    analyses are then read one at a time (clustering keeps only what it compares of each page) and
    the chosen story's again from the ledger, so memory does not grow with the ledger's size."""
    from ..report import render

    errors: list[str] = []
    stream = not (all_bundles or every or ledger.readonly)   # a read-only ledger keeps no analysis to read again
    stories, bundle_of, rows, changes = _stories(ledger, quiet, errors, stream)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if every:
        bundles = [bundle_of(story) for story in stories]
        _write_all(bundles, changes, output, generated, quiet)
        return bundles, len(errors)
    chosen = bundle_of(_choose(stories, story_id, rows))
    _write(output, render(chosen, output.suffix, generated=generated, other_stories=len(stories) - 1))
    _say(f"stories: {len(stories)}; wrote {output} for story {chosen.story.id} "
         f"({len(chosen.analyses)} article(s), {len(chosen.claim_groups)} claim group(s)): {chosen.story.title}", quiet)
    for story in stories:
        if story is not chosen.story:
            _say(f"  other story {story.id}: {len(story.article_ids)} article(s): {story.title}", quiet)
    if not all_bundles:
        return [chosen], len(errors)
    return [chosen if story is chosen.story else bundle_of(story) for story in stories], len(errors)


def _stories(ledger: Ledger, quiet: bool, errors: list[str], stream: bool) -> tuple[list, Callable, list[dict], tuple]:
    """Stories of the whole ledger, continuing the stored ones (their pages stay together, their
    ids stay); the new set and its changes (merges, splits) are stored. Also a function giving a
    story's bundle: from the analyses kept in memory, or (`stream`) read again from the ledger."""
    from ..stories.cluster import build_stories, doc_from_analysis, lead_doc
    from ..stories.identity import story_changes, story_rows
    from ..stories.pipeline import bundle_story

    refused: set[str] = set()
    analyses = _each_analysis(ledger, quiet=quiet, errors=errors, refused=refused)
    docs, held = [], {}
    for analysis in analyses:
        if stream:
            docs.append(lead_doc(doc_from_analysis(analysis)))   # only what clustering reads
        else:
            held[analysis.article.id] = analysis
    if not (docs or held):
        raise StorageError(f"the ledger holds no article; add pages with `newsledger ingest PATH --db {ledger.path}`",
                           uri=ledger.path, reason="no_article")
    duplicates = {article_id: original for article_id, original, _ in ledger.duplicates()}
    stored = list(ledger.stories())
    previous = {row["id"]: list(row.get("article_ids") or ()) for row in stored if row.get("id")}
    stories = build_stories(docs if stream else list(held.values()), previous=list(previous.values()))
    changes = story_changes(previous, stories)
    rows = story_rows(stories, stored, changes)
    if not ledger.readonly:               # a read-only ledger is reported on, not written
        ledger.put_stories(rows)
    for change in changes:
        _say(f"story {change.previous_id} {change.kind} -> {change.story_id} ({len(change.article_ids)} page(s))", quiet)
    if stream:
        def bundle_of(story):
            return bundle_story(story, [_stored(ledger, i, i in refused) for i in story.article_ids], duplicates)
    else:
        def bundle_of(story):
            return bundle_story(story, [held[i] for i in story.article_ids], duplicates)
    return stories, bundle_of, rows, changes


def _stored(ledger: Ledger, article_id: str, refused: bool):
    """The analysis stored for an article a moment ago (an article the enrich stage refused: none;
    one whose stored analysis does not load after all, e.g. replaced by another writer since, is
    analysed again here)."""
    from ..enrich.records import Analysis
    from ..records import Rejection
    from ..store.analyses import analyse_all, stored_analysis

    article = ledger.article(article_id)
    if article is None:
        raise StorageError(f"article {article_id} left the ledger while its report was written",
                           uri=ledger.path, reason="article_lost")
    if refused:
        return Analysis(article=article)
    analysis = stored_analysis(ledger, article)
    if analysis is None:
        analysis = next(analyse_all([article], 1))
    return Analysis(article=article) if isinstance(analysis, Rejection) else analysis


def _write(output: Path, text: str) -> None:
    try:
        with atomic_text(output) as out:      # the old report stays whole until the new one is
            out.write(text)
    except OSError as exc:
        raise InputError(f"cannot write the report ({exc.strerror}); choose another path", uri=str(output),
                         reason="unwritable") from exc


def _write_all(bundles: list, changes: tuple, output: Path, generated: str, quiet: bool) -> None:
    """The index at `output`, and every story's report beside it, in the index's format."""
    from ..report import render
    from ..report.index import render_index, report_name

    notes: dict[str, str] = {}
    for change in changes:
        if change.kind != "split":
            notes.setdefault(change.story_id, f"continues story {change.previous_id} ({change.kind})")
    suffix = output.suffix or ".html"
    for bundle in bundles:
        _write(output.parent / report_name(bundle.story.id, suffix),
               render(bundle, suffix, generated=generated, other_stories=len(bundles) - 1))
    _write(output, render_index(bundles, suffix, generated=generated, notes=notes))
    _say(f"stories: {len(bundles)}; wrote the index {output} and {len(bundles)} story report(s) beside it", quiet)


def _choose(stories: list, story_id: str | None, rows: list[dict]):
    from ..stories.identity import resolve

    if story_id is None:
        return stories[0]
    current = resolve(story_id, rows)
    matches = [s for s in stories if s.id == current] if current else \
        [s for s in stories if s.id.startswith(story_id)]
    if len(matches) != 1:
        known = ", ".join(s.id for s in stories[:10])
        raise ConfigError(f"story {story_id!r} {'is ambiguous' if matches else 'not found'}; "
                          f"stories in this ledger: {known}", reason="story")
    return matches[0]


@click.command("report")
@click.option("--db", "db", envvar="NEWSLEDGER_DB", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False), help="Ledger file (or postgresql:// URL) to report on. Default: $NEWSLEDGER_DB, else ./newsledger.db.")
@click.option("--story", "story_id", help="Story id (or a unique prefix, or an id it had before a merge); "
              "default: the largest story.")
@click.option("--all", "every", is_flag=True,
              help="Write an index of all stories to -o and each story's report beside it (story-ID.html).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Report file: .html for the self-contained page, .md for Markdown.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def report_command(db: str, story_id: str | None, every: bool, output: Path, quiet: bool) -> None:
    """Write a situation report for one story: claims with claimant, outlet chain and hedges,
    contradictions, evolution of figures, framing, timeline and map, each line citing its sentence.

    Articles are analysed (and the analyses stored) when the ledger has none yet. The HTML page
    needs no network. The format follows the suffix of -o.

    Example: newsledger report --db kursk.db -o report.html

    With --all: an index of every story (size, dates, outlets, label) linking to each story's report.

    Example: newsledger report --db kursk.db --all -o stories/index.html
    """
    if not ledger_exists(db):
        raise click.ClickException(f"{db}: no ledger here; create one with `newsledger ingest PATH --db {db}` "
                                   "or use `newsledger run PATH -o report.html`")
    try:
        with Ledger.open(db) as ledger:
            if every and story_id:
                raise click.ClickException("--all writes every story; leave out --story")
            errors = write_report(ledger, output, story_id, quiet=quiet, every=every)
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if errors:
        sys.exit(1)         # the report is written, but an error was printed: say so
