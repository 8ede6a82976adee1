"""The ingest loop: sources -> RawDocument -> extract -> near-duplicate check -> ledger.

Written by hand: it is the glue between the source readers, the extract stage, the dedup index
and the store, and its ordering is what makes ingest safe to kill and cheap to rerun:

* a page whose raw bytes are already stored is skipped before any extraction;
* pages are read and extracted in batches, then each batch is written in ONE transaction
  (page + article or rejection + signature + duplicate link for every page in it), so a killed
  process loses at most the batch it was writing, and a rerun stores the rest exactly once;
* near-duplicate signatures are stored beside the articles and loaded on start, never recomputed;
* the original of a group of copies is the earliest published one, so links do not depend on the
  order pages arrive in (when dates are unknown, the first stored stays the original).
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..extract import extract
from ..options import ExtractOptions
from ..records import Article, RawDocument, Rejection
from ..store import Ledger, raw_hash
from .dedup import SCHEME, DedupOptions, NearDuplicateIndex, Signature, encode, signature

__all__ = ["IngestOptions", "IngestSummary", "ingest", "load_index"]


class ProgressLike(Protocol):
    def step(self, *, rejected: bool = False) -> None: ...


@dataclass(frozen=True, slots=True)
class IngestOptions:
    extract: ExtractOptions = ExtractOptions()
    dedup: DedupOptions = DedupOptions()
    batch_size: int = 50                  # pages per transaction: the most a kill can lose
    fetch: Any = None                     # FetchOptions for URL sources (see ingest/fetch.py)


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one run did. Pages already in the ledger are counted as `pages_known`, not redone."""

    pages_read: int = 0
    pages_new: int = 0
    pages_known: int = 0
    articles_new: int = 0
    exact_copies: int = 0                 # new pages whose article body was already stored
    near_duplicates: int = 0              # new articles linked to an earlier original
    rejections: tuple[Rejection, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.rejections)

    def by_reason(self) -> dict[str, int]:
        return dict(Counter(r.reason for r in self.rejections).most_common())


@dataclass(slots=True)
class _Prepared:
    """One source item after the pure work (hashing, extraction, signature), before writing."""

    item: RawDocument | Rejection
    key: str | None = None                # raw hash; None for a source that yielded no bytes
    result: Article | Rejection | None = None
    sig: Signature | None = None
    keep_page: bool = True                # False for internal errors: retry them on the next run


@dataclass(slots=True)
class _Tally:
    counts: Counter = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)

    def summary(self) -> IngestSummary:
        c = self.counts
        return IngestSummary(c["read"], c["new"], c["known"], c["articles"], c["exact"], c["near"],
                             tuple(self.rejections))


def load_index(ledger: Ledger, opts: DedupOptions = DedupOptions()) -> NearDuplicateIndex:
    """The near-duplicate index of everything stored, from persisted signatures.

    Articles stored without a signature of the current scheme (older runs, other writers) are
    signed now and their signatures stored, once.
    """
    index = NearDuplicateIndex(opts)
    index.load(ledger.signatures(SCHEME), ledger.duplicates())
    missing = ledger.article_ids_without_signature(SCHEME)
    with ledger.transaction():
        for article_id in missing:
            article = ledger.article(article_id)
            if article is not None:
                sig = signature(article.body)
                ledger.put_signature(article_id, SCHEME, encode(sig), sig.size)
                index.add(article_id, sig, ledger.duplicate_of(article_id))
    return index


def ingest(
    sources: Iterable[str],
    ledger: Ledger,
    opts: IngestOptions = IngestOptions(),
    progress: ProgressLike | None = None,
    *,
    report: Callable[[Rejection], None] | None = None,
    items: Iterable[RawDocument | Rejection] | None = None,
) -> IngestSummary:
    """Store every page the sources hold, once; return what this run did.

    `report` is called with each rejection as it happens; `items` replaces reading `sources`
    (tests, or a caller with its own reader).
    """
    if items is None:
        from .sources import iter_sources

        items = iter_sources(sources, opts.fetch)
    index = load_index(ledger, opts.dedup)
    tally = _Tally()
    seen: set[str] = set()
    for batch in _batches(items, opts.batch_size):
        prepared = [_prepare(item, ledger, seen, opts) for item in batch]
        with ledger.transaction():
            for one in prepared:
                rejection = _store(one, ledger, index, tally)
                if rejection is not None:
                    tally.rejections.append(rejection)
                    if report is not None:
                        report(rejection)
                if progress is not None:
                    progress.step(rejected=rejection is not None)
    return tally.summary()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def _prepare(item: RawDocument | Rejection, ledger: Ledger, seen: set[str], opts: IngestOptions) -> _Prepared:
    """The pure part: hash, skip if known, extract, sign. No writes."""
    if isinstance(item, Rejection):
        return _Prepared(item, result=item)
    key = raw_hash(item.content)
    if key in seen or ledger.has_page(key):
        return _Prepared(item, key)                       # known: result stays None
    seen.add(key)
    try:
        result = extract(item, opts.extract)
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop a run of thousands
        detail = f"{type(exc).__name__}: {exc}; please report this page"
        return _Prepared(item, key, Rejection(item.uri, "internal_error", detail), keep_page=False)
    if isinstance(result, Article) and not ledger.has_article(result.id):
        return _Prepared(item, key, result, signature(result.body))
    return _Prepared(item, key, result)


def _published_before(article: Article, other_iso: str | None) -> bool:
    """True when the article is dated to a day strictly before `other_iso` (both known to the day).

    The original of a group of copies is the earliest published, whatever order pages come in;
    without both dates, the one stored first stays the original.
    """
    if article.published is None or article.published.precision not in ("day", "minute") or not other_iso:
        return False
    return len(other_iso) >= 10 and article.published.iso[:10] < other_iso[:10]


def _store(one: _Prepared, ledger: Ledger, index: NearDuplicateIndex, tally: _Tally) -> Rejection | None:
    """Write one prepared item inside the batch transaction; return its rejection, if any."""
    counts = tally.counts
    counts["read"] += 1
    if one.key is not None and one.result is None:
        counts["known"] += 1
        if isinstance(one.item, RawDocument) and ledger.has_page(one.key):   # not so after an internal error earlier in the run
            ledger.put_origin(one.item, one.key)  # the same bytes read from another place: keep where
        return None
    result = one.result
    if isinstance(result, Rejection):
        ledger.put_rejection(result)
        if one.key is not None and one.keep_page and isinstance(one.item, RawDocument):
            counts["new" if ledger.put_page(one.item, rejection=result, key=one.key) else "known"] += 1
        return result
    assert isinstance(result, Article) and isinstance(one.item, RawDocument)
    if ledger.put_article(result):
        counts["articles"] += 1
        sig = one.sig or signature(result.body)
        match = index.find(sig)
        ledger.put_signature(result.id, SCHEME, encode(sig), sig.size)
        original = None
        if match is not None:
            counts["near"] += 1
            if _published_before(result, ledger.published_of(match.original)):
                ledger.reroot_duplicates(match.original, result.id, match.similarity)
                index.reroot(match.original, result.id)
            else:
                ledger.put_duplicate(result.id, match.original, match.similarity)
                original = match.original
        index.add(result.id, sig, original)
    else:
        counts["exact"] += 1
    # False only when another process stored the same bytes since _prepare looked: not ours.
    counts["new" if ledger.put_page(one.item, article_id=result.id, key=one.key) else "known"] += 1
    return None

