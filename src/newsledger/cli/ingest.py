"""`newsledger ingest`, `status` and `export`: fill the ledger, count what it holds, write it out."""
from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from ..errors import NewsledgerError
from ..options import DEFAULT_MAX_BYTES, ExtractOptions, FetchOptions
from ..records import to_json_dict
from ..store import DEFAULT_DB, Ledger, ledger_exists
from .common import Progress, atomic_path, atomic_text, report_rejection

__all__ = ["ingest_command", "ingest_with", "status_command", "export_command"]

_DB_HELP = ("Ledger file (created on first use) or postgresql:// URL of a shared one. "
            "Default: $NEWSLEDGER_DB, else ./newsledger.db.")


def _db_option(func):
    return click.option("--db", "db", envvar="NEWSLEDGER_DB", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help=_DB_HELP)(func)


def _open(db: str) -> Ledger:
    try:
        return Ledger.open(db)
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Pages written per transaction: the most a crash or kill can lose.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Pages larger than this are rejected as too_large.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Extract on a local Dask cluster of N worker processes (pip install 'newsledger[dask]').")
@click.option("--cluster", metavar="tcp://HOST:8786", default=None,
              help="Extract on the workers of a running Dask scheduler (see the README).")
@click.option("--quiet", is_flag=True, help="No progress line.")
def ingest_command(sources: tuple[str, ...], db: str, batch_size: int, max_bytes: int, workers: int | None,
                   cluster: str | None, quiet: bool) -> None:
    """Read pages, extract their articles and store everything in the ledger.

    SOURCES are files, folders, globs, WARC(.gz), JSONL, RSS/Atom feeds, URLs or @lists of them.
    Pages already stored (same bytes) are skipped, so an interrupted run is finished by running
    it again. Near-duplicate articles are stored and linked to their original. Each rejected
    input is named on stderr; the exit status is 1 when any input failed, and the rest is stored.

    With --workers N or --cluster URL, WARC shards, JSONL files and runs of files are extracted on
    Dask workers and stored here once, as one process would store them.

    Example: newsledger ingest ../shared/corpus/seeds pages.warc.gz --db kursk.db
    """
    from ..ingest.dedup import DedupOptions
    from ..ingest.run import IngestOptions

    opts = IngestOptions(extract=ExtractOptions(max_bytes=max_bytes), dedup=DedupOptions(), batch_size=batch_size,
                         fetch=FetchOptions(max_bytes=max_bytes))      # pages from URLs too
    progress = Progress("ingest", quiet=quiet)
    with _open(db) as ledger:
        try:
            summary = ingest_with(sources, ledger, opts, progress, workers=workers, cluster=cluster)
        except NewsledgerError as exc:
            raise click.ClickException(f"{exc} (batches committed before this are kept; rerun to continue)") from exc
        finally:
            progress.close()
    if not quiet:
        click.echo(f"{summary.pages_read} page(s) read: {summary.pages_new} new, {summary.pages_known} already stored; "
                   f"{summary.articles_new} new article(s), {summary.exact_copies} exact and "
                   f"{summary.near_duplicates} near-duplicate copies, {len(summary.rejections)} rejected", err=True)
    if summary.failed:
        sys.exit(1)


def ingest_with(sources: Any, ledger: Ledger, opts: Any, progress: Any, *, workers: int | None = None,
                cluster: str | None = None, analyse: bool = False) -> Any:
    """`ingest` in this process, or on a Dask cluster when `workers` or `cluster` is given."""
    from ..ingest.run import ingest

    if not workers and not cluster:
        return ingest(sources, ledger, opts, progress, report=report_rejection)
    from ..ingest.distributed import cluster_client, ingest_on_cluster

    with cluster_client(workers, cluster) as client:
        return ingest_on_cluster(sources, ledger, client, opts, progress, report=report_rejection, analyse=analyse)


@click.command("status")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
def status_command(db: str, as_json: bool) -> None:
    """Count what the ledger holds: pages, articles, copies, rejections by reason, later stages.

    Example: newsledger status --db kursk.db
    """
    if not ledger_exists(db):
        raise click.ClickException(f"{db}: no ledger here yet; create one with `newsledger ingest SOURCE --db {db}`")
    with _open(db) as ledger:
        counts = ledger.status()
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    by_reason = counts.pop("rejections_by_reason")
    for name, value in counts.items():
        click.echo(f"{name:<16} {value}")
    for reason, value in by_reason.items():
        click.echo(f"  {reason:<30} {value}")


_ARTICLE_COLUMNS = ("id", "title", "outlet", "published", "published_precision", "language", "url", "uri",
                    "format", "credited_sources", "byline", "duplicate_of", "similarity", "body")


def _article_rows(ledger: Ledger) -> Iterator[dict[str, Any]]:
    links = {article_id: (original, similarity) for article_id, original, similarity in ledger.duplicates()}
    for article in ledger.articles():
        data = to_json_dict(article)
        original, similarity = links.get(article.id, (None, None))
        data["duplicate_of"] = original
        data["similarity"] = similarity
        yield data


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """One row of scalar columns (lists of strings stay lists; parquet keeps them as lists)."""
    published = data.get("published") or {}
    source = data.get("source") or {}
    row = {name: data.get(name) for name in _ARTICLE_COLUMNS}
    row.update(published=published.get("iso"), published_precision=published.get("precision"),
               uri=source.get("uri"), format=source.get("format"),
               credited_sources=list(data.get("credited_sources") or []), byline=list(data.get("byline") or []))
    return row


def _write_csv(rows: Iterator[dict[str, Any]], out) -> int:
    writer = csv.DictWriter(out, fieldnames=_ARTICLE_COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        flat = _flat(row)
        flat["credited_sources"] = "; ".join(flat["credited_sources"])
        flat["byline"] = "; ".join(flat["byline"])
        writer.writerow(flat)
        n += 1
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], path: str, chunk: int = 1000) -> int:
    """Written in row groups of `chunk` articles, so a large ledger never sits in memory whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    string, strings = pa.string(), pa.list_(pa.string())
    schema = pa.schema([(name, strings if name in ("credited_sources", "byline") else
                         pa.float64() if name == "similarity" else string) for name in _ARTICLE_COLUMNS])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        while batch := [_flat(row) for row in itertools.islice(rows, chunk)]:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _write_rows(rows: Iterator[dict[str, Any]], out, output_format: str) -> int:
    if output_format == "csv":
        return _write_csv(rows, out)
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


@click.command("export")
@_db_option
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="jsonl: one Article per line (the JSON contract) with duplicate_of and "
                                      "similarity; csv/parquet: one row per article.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="File to write (default: stdout; required for parquet).")
def export_command(db: str, output_format: str, output: str | None) -> None:
    """Write every stored article, near-duplicates marked with the original they repeat.

    Example: newsledger export --db kursk.db --format parquet -o articles.parquet
    """
    if output_format == "parquet" and not output:
        raise click.UsageError("parquet is binary: give a file with -o, e.g. -o articles.parquet")
    if not ledger_exists(db):
        raise click.ClickException(f"{db}: no ledger here yet; create one with `newsledger ingest SOURCE --db {db}`")
    with _open(db) as ledger:
        rows = _article_rows(ledger)
        if output_format == "parquet" and output:
            with atomic_path(output) as temp:   # written whole, then renamed over the old file
                count = _write_parquet(rows, str(temp))
        elif output:
            with atomic_text(output) as out:
                count = _write_rows(rows, out, output_format)
        else:
            count = _write_rows(rows, sys.stdout, output_format)
    if output:
        click.echo(f"{count} article(s) written to {output}", err=True)
