"""Batches beyond one process or one machine: ingest (and `run`'s analysis) on a Dask cluster.

The sources are split into partitions in the order a single process would read them: each WARC
shard and each JSONL file is one, the pages of folders and globs go in runs of
`files_per_partition`, each URL or list is one. A worker reads its partition, hashes, extracts
and signs every page (and, for `run`, analyses and codes the new articles), with the same stage
functions as a single process. The results come back to this process, which writes them through
the same `Writer` as `ingest`, in partition order: the ledger ends up row for row as a single
process would leave it, each page stored once.

A worker that dies mid-partition (killed, out of memory) loses only its unfinished work: Dask
runs the partition again on another worker, and since nothing is written until a partition's
results are back, nothing is lost or stored twice. `--workers N` starts a local cluster of N
worker processes; `--cluster tcp://host:8786` uses a running scheduler, whose workers (on any
machine) must have newsledger installed and read the same paths; the ledger is written only
from here (point several drivers at one PostgreSQL ledger to share it).

dask.distributed does the scheduling, retries and data transfer; written here is only the
partitioning and the order results are written in.
"""
from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..records import Article, RawDocument, Rejection
from ..store import Ledger
from .dedup import decode, encode
from .files import expand_paths
from .jsonl import is_jsonl_path
from .run import IngestOptions, IngestSummary, ProgressLike, Writer, _Prepared, prepare
from .sources import WALK_SUFFIXES, _printable_names, _Reader, from_path, is_url, iter_sources
from .warc import is_warc_path

__all__ = ["partitions", "prepare_partition", "ingest_on_cluster", "cluster_client"]

# A partition entry: ("path", file, named) read like a file of a folder walk (named=False) or
# one named directly; ("source", string) read by iter_sources; ("rejection", Rejection) as is.
Entry = tuple[Any, ...]


def partitions(sources: Iterable[str], files_per_partition: int = 25) -> list[list[Entry]]:
    """The sources as partitions, in reading order (see the module docstring)."""
    parts: list[list[Entry]] = []
    run: list[Entry] = []

    def close_run() -> None:
        nonlocal run
        if run:
            parts.append(run)
            run = []

    for source in (s.strip() for s in sources):
        if not source:
            continue
        if is_url(source) or source.startswith("@"):
            close_run()
            parts.append([("source", source)])
            continue
        for item in expand_paths([source], WALK_SUFFIXES):
            if isinstance(item, Rejection):
                run.append(("rejection", item))
            elif is_warc_path(item.name) or is_jsonl_path(item.name) or item.name.lower().endswith(".urls"):
                close_run()
                parts.append([("path", str(item), item == Path(source))])
            else:
                run.append(("path", str(item), item == Path(source)))
                if len(run) >= files_per_partition:
                    close_run()
    close_run()
    return parts


def _items(entries: list[Entry], opts: IngestOptions) -> Iterator[RawDocument | Rejection]:
    reader = _Reader(opts.fetch, None)
    for entry in entries:
        if entry[0] == "rejection":
            yield entry[1]
        elif entry[0] == "source":
            yield from iter_sources([entry[1]], opts.fetch)
        else:
            try:
                for item in from_path(Path(entry[1]), reader, 0, named=entry[2]):
                    yield _printable_names(item)
            except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
                yield Rejection(entry[1], "error", f"{type(exc).__name__}: {exc}")


def prepare_partition(entries: list[Entry], opts: IngestOptions, known: frozenset[str],
                      analyse: bool = False) -> tuple[list[tuple], list[Any]]:
    """On a worker: every item of the partition prepared (pages already in the ledger, `known`,
    are not extracted and travel without their bytes), and with `analyse` the analyses of its
    new articles. Signatures travel encoded."""
    seen: set[str] = set()
    prepared, articles = [], []
    for item in _items(entries, opts):
        one = prepare(item, known.__contains__, seen, opts)
        if one.key is not None and one.result is None and isinstance(one.item, RawDocument):
            one.item = dataclasses.replace(one.item, content=b"")
        sig = (encode(one.sig), one.sig.size) if one.sig is not None else None
        prepared.append((one.item, one.key, one.result, sig, one.keep_page))
        if isinstance(one.result, Article):
            articles.append(one.result)
    analyses: list[Any] = []
    if analyse and articles:
        from ..store.analyses import analyse_all

        analyses = list(analyse_all(articles, processes=1))
    return prepared, analyses


def _unpack(rows: list[tuple]) -> list[_Prepared]:
    return [_Prepared(item, key, result, decode(*sig) if sig else None, keep) for item, key, result, sig, keep in rows]


def ingest_on_cluster(sources: Iterable[str], ledger: Ledger, client: Any, opts: IngestOptions | None = None,
                      progress: ProgressLike | None = None, *, report: Callable[[Rejection], None] | None = None,
                      analyse: bool = False, files_per_partition: int = 25) -> IngestSummary:
    """`ingest` with the pure work on the cluster behind `client`; with `analyse`, the analyses
    of new articles are made there too and stored (see store/analyses.py)."""
    opts = opts or IngestOptions()
    parts = partitions(sources, files_per_partition)
    [known] = client.scatter([frozenset(ledger.page_keys())], broadcast=True)   # one object, not its items
    writer = Writer(ledger, opts, progress, report)
    window = max(2, 2 * len(client.scheduler_info().get("workers", {})))
    pending: deque = deque()
    queue = iter(parts)
    for entries in queue:
        pending.append(client.submit(prepare_partition, entries, opts, known, analyse, pure=False))
        if len(pending) >= window:
            _write_partition(pending.popleft(), writer, ledger)
    while pending:
        _write_partition(pending.popleft(), writer, ledger)
    return writer.summary()


def _write_partition(future: Any, writer: Writer, ledger: Ledger) -> None:
    rows, analyses = future.result()          # a lost worker's partition is rerun by Dask first
    future.release()
    prepared = _unpack(rows)
    size = 50
    for start in range(0, len(prepared), size):
        writer.write(prepared[start:start + size])
    if analyses and not ledger.readonly:
        from ..store.analyses import save_analysis

        for analysis in analyses:
            if not isinstance(analysis, Rejection):
                save_analysis(ledger, analysis)


@contextmanager
def cluster_client(workers: int | None = None, address: str | None = None) -> Iterator[Any]:
    """A dask.distributed Client: of a running scheduler at `address`, else of a local cluster of
    `workers` processes (one thread each), shut down on exit."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("--workers and --cluster need Dask; install it with "
                          "`pip install 'newsledger[dask]'`", reason="no_dask") from exc
    if address:
        try:
            client = Client(address, timeout="20s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                              "`dask scheduler` and workers with `dask worker tcp://HOST:8786`",
                              reason="no_cluster") from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=max(1, workers or 1), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
