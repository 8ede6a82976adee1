"""`newsledger extract`: print one Article per page."""
from __future__ import annotations

import sys

import click

from ..options import DEFAULT_MAX_BYTES, ExtractOptions
from ..records import Rejection
from .common import Progress, emit_json, page_articles

__all__ = ["extract_command"]


def _as_text(article) -> str:
    published = article.published.iso if article.published else "unknown date"
    head = [f"# {article.title or '(no title)'}", f"{article.outlet or 'unknown outlet'} · {published}"]
    if article.credited_sources:
        head.append("credits: " + ", ".join(article.credited_sources))
    if article.byline:
        head.append("by " + ", ".join(article.byline))
    return "\n".join(head) + "\n\n" + article.body + "\n"


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json", "text"]), default="jsonl",
              show_default=True, help="jsonl: one Article per line; json: a JSON array; text: readable.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Pages larger than this are rejected as too_large.")
@click.option("--quiet", is_flag=True, help="No progress line.")
def extract_command(paths: tuple[str, ...], output_format: str, max_bytes: int, quiet: bool) -> None:
    """Extract the article from each page file (HTML or a text dump of a rendered page).

    PATHS are files, folders (read recursively) or glob patterns of .html, .htm, .html.gz, .txt
    and .md files, and anything `newsledger ingest` reads (WARC, JSONL, feeds, URLs). Exits with
    status 1 when any page failed; the others are still printed.

    Example: newsledger extract ../shared/corpus/seeds --format text
    """
    opts = ExtractOptions(max_bytes=max_bytes)
    out = sys.stdout
    progress = Progress("extract", quiet=quiet)
    failures: list[str] = []
    articles = []
    for result in page_articles(paths, failures, opts):
        progress.step(rejected=isinstance(result, Rejection))
        if isinstance(result, Rejection):
            continue
        if output_format == "json":
            articles.append(result)
        elif output_format == "text":
            out.write(_as_text(result) + "\n")
        else:
            emit_json(result, out)
    progress.close()
    if output_format == "json":
        emit_json(articles, out, pretty=True)
    if failures:
        click.echo(f"{len(failures)} page(s) failed", err=True)
        sys.exit(1)
