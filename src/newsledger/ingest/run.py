"""The ingest loop: sources -> RawDocument -> extract -> near-duplicate check -> ledger.

Written by hand: it is the glue between the source readers, the extract stage, the dedup index
and the store, and its ordering is what makes ingest safe to kill and cheap to rerun:

* a page whose raw bytes are already stored is skipped before any extraction;
* pages are read and extracted in batches, then each batch is written in ONE transaction
  (page + article or rejection + signature + duplicate link for every page in it), so a killed
  process loses at most the batch it was writing, and a rerun stores the rest exactly once;
* near-duplicate signatures are stored beside the articles and loaded on start, never recomputed;
* the original of a group of copies is chosen by a canonical order (`dedup.leads`: the credited
  outlet, then the earliest published, then the smaller content id), so links do not depend on
  the order pages arrive in;
* several ingest processes may write one ledger at once: each batch is written holding the
  ledger's "dedup" lock, after catching the index up with the signatures other writers stored,
  so every pair of articles is compared exactly once, whoever stored them. The ledger records how
  far that holds (`dedup_checked`); articles stored past that mark (by an older newsledger, which
  missed links under concurrent ingests) are compared again on the next run, which repairs them.
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
from .dedup import SCHEME, DedupOptions, Match, NearDuplicateIndex, Signature, decode, encode, leads, signature

__all__ = ["IngestOptions", "IngestSummary", "Writer", "ingest", "load_index", "prepare"]


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


class _SharedIndex:
    """The near-duplicate index kept in step with a ledger that other processes write too.

    `catch_up` runs inside a write transaction holding the "dedup" lock: it indexes the signatures
    stored since the last look (comparing those past the checked mark with everything before them,
    which repairs links an unsafe writer missed) and `mark` records that all are now compared.
    """

    def __init__(self, ledger: Ledger, opts: DedupOptions):
        self.index = NearDuplicateIndex(opts)
        self.seen = 0
        self.repaired = 0

    def catch_up(self, ledger: Ledger) -> None:
        ledger.lock("dedup")
        checked = ledger.dedup_checked(SCHEME)
        for rowid, article_id, data, size, original in list(ledger.signatures_after(SCHEME, self.seen)):
            self.seen = max(self.seen, rowid)
            if article_id in self.index:              # stored by us in this transaction
                continue
            sig = decode(data, size)
            if rowid > checked and original is None:
                match = self.index.find(sig)
                if match is not None and match.original != article_id:
                    original = _link(ledger, self.index, article_id, sig, match)
                    self.repaired += 1
            self.index.add(article_id, sig, original)

    def mark(self, ledger: Ledger) -> None:
        """Everything indexed has been compared with everything before it: record so."""
        self.catch_up(ledger)
        ledger.set_dedup_checked(SCHEME, self.seen)


def load_index(ledger: Ledger, opts: DedupOptions = DedupOptions()) -> NearDuplicateIndex:
    """The near-duplicate index of everything stored, from persisted signatures.

    Articles stored without a signature of the current scheme (older runs, other writers) are
    signed now and their signatures stored, once; articles never compared with those stored
    before them are compared now and linked.
    """
    return _shared_index(ledger, opts).index


def _shared_index(ledger: Ledger, opts: DedupOptions) -> _SharedIndex:
    shared = _SharedIndex(ledger, opts)
    with ledger.transaction():
        ledger.lock("dedup")
        for article_id in ledger.article_ids_without_signature(SCHEME):
            article = ledger.article(article_id)
            if article is not None:
                sig = signature(article.body)
                ledger.put_signature(article_id, SCHEME, encode(sig), sig.size)
        shared.mark(ledger)
    return shared


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
    writer = Writer(ledger, opts, progress, report)
    seen: set[str] = set()
    for batch in _batches(items, opts.batch_size):
        writer.write([_prepare(item, ledger.has_page, seen, opts, ledger.has_article) for item in batch])
    return writer.summary()


class Writer:
    """Writes prepared pages into the ledger, one transaction per batch, counting what it did.

    Prepared pages may come from this process or from workers elsewhere (ingest/distributed.py):
    bytes already written by this writer are only recorded as another origin, so pages prepared
    twice are stored once.
    """

    def __init__(self, ledger: Ledger, opts: IngestOptions, progress: ProgressLike | None = None,
                 report: Callable[[Rejection], None] | None = None):
        self.ledger = ledger
        self.shared = _shared_index(ledger, opts.dedup)
        self.tally = _Tally()
        self.stored: set[str] = set()
        self._progress = progress
        self._report = report

    def write(self, prepared: list[_Prepared]) -> None:
        ledger = self.ledger
        with ledger.transaction():
            self.shared.catch_up(ledger)          # what other writers stored since our last batch
            for one in prepared:
                if one.key is not None and one.result is not None and one.key in self.stored:
                    one = _Prepared(one.item, one.key)          # prepared twice: already written
                rejection = _store(one, ledger, self.shared.index, self.tally)
                if one.key is not None and one.keep_page:
                    self.stored.add(one.key)
                if rejection is not None:
                    self.tally.rejections.append(rejection)
                    if self._report is not None:
                        self._report(rejection)
                if self._progress is not None:
                    self._progress.step(rejected=rejection is not None)
            self.shared.mark(ledger)

    def summary(self) -> IngestSummary:
        return self.tally.summary()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def _prepare(item: RawDocument | Rejection, known: Callable[[str], bool], seen: set[str], opts: IngestOptions,
             has_article: Callable[[str], bool] | None = None) -> _Prepared:
    """The pure part: hash, skip if known, extract, sign. No writes."""
    if isinstance(item, Rejection):
        return _Prepared(item, result=item)
    key = raw_hash(item.content)
    if key in seen or known(key):
        return _Prepared(item, key)                       # known: result stays None
    seen.add(key)
    try:
        result = extract(item, opts.extract)
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop a run of thousands
        detail = f"{type(exc).__name__}: {exc}; please report this page"
        return _Prepared(item, key, Rejection(item.uri, "internal_error", detail), keep_page=False)
    if isinstance(result, Article) and not (has_article is not None and has_article(result.id)):
        return _Prepared(item, key, result, signature(result.body))
    return _Prepared(item, key, result)


def prepare(item: RawDocument | Rejection, known: Callable[[str], bool], seen: set[str],
            opts: IngestOptions) -> _Prepared:
    """Hash, skip if `known`, extract and sign one source item: the pure work, for workers."""
    return _prepare(item, known, seen, opts)


def _published_before(article: Article, other_iso: str | None) -> bool:
    """True when the article is dated to a day strictly before `other_iso` (both known to the day).

    The original of a group of copies is the earliest published, whatever order pages come in;
    without both dates, the one stored first stays the original.
    """
    if article.published is None or article.published.precision not in ("day", "minute") or not other_iso:
        return False
    return len(other_iso) >= 10 and article.published.iso[:10] < other_iso[:10]


def _link(ledger: Ledger, index: NearDuplicateIndex, article_id: str, sig: Signature, match: Match,
          article: Article | None = None) -> str | None:
    """Link a new article and the group it matched; return its original, or None when it is the
    earlier published and now leads the group. The group's root is read from the ledger, which
    other writers may have changed since the index learnt it."""
    root = ledger.duplicate_of(match.original) or match.original
    article = article or ledger.article(article_id)
    leader = ledger.article(root)
    if article is not None and (leads(article, leader) if leader is not None
                                else _published_before(article, ledger.published_of(root))):
        ledger.reroot_duplicates(root, article_id, match.similarity)
        index.reroot(root, article_id)
        return None
    ledger.reroot_duplicates(article_id, root, match.similarity)    # its own copies, if any, follow it
    index.reroot(article_id, root)
    return root


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
            original = _link(ledger, index, result.id, sig, match, result)
        index.add(result.id, sig, original)
    else:
        counts["exact"] += 1
    # False only when another process stored the same bytes since _prepare looked: not ours.
    counts["new" if ledger.put_page(one.item, article_id=result.id, key=one.key) else "known"] += 1
    return None

