"""Any mix of source strings -> RawDocument | Rejection, never raising for one bad source.

A source string is read as, in this order:

* `http://...` or `https://...`: one URL, fetched politely (see `fetch.py`). When it serves an
  RSS/Atom feed, the feed's items are read instead (see `feeds.py`).
* `@list.txt`, or a file ending in `.urls`: a list of sources, one per line (URLs, or paths,
  folders, globs, WARCs...); blank lines and lines starting with `#` are skipped. `.txt` is the
  suffix of text dumps of rendered pages, so a `.txt` file is read as a list only when named
  directly and every line in it is a URL (or a comment). Folder walks never open lists, so that
  a folder of pages cannot start fetching from the network by surprise.
* a folder (walked recursively, sorted), a glob pattern, or a file. Files are dispatched on their
  name: `.warc`/`.warc.gz` -> `warc.py`, `.jsonl`/`.jsonl.gz` -> `jsonl.py`, `.rss`/`.atom` and
  `.xml` files whose first bytes show a feed -> `feeds.py`, anything else is one page (HTML or a
  text dump; the extract stage tells which).

Written by hand: the dispatch rules above are this project's conventions.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..options import DEFAULT_MAX_BYTES
from ..records import RawDocument, Rejection
from .files import PAGE_SUFFIXES, expand_paths, read_file
from .jsonl import JSONL_SUFFIXES, is_jsonl_path, iter_jsonl
from .warc import WARC_SUFFIXES, is_warc_path, iter_warc

if TYPE_CHECKING:
    from .fetch import Fetched, FetchOptions, Fetcher

__all__ = ["iter_sources", "read_url", "fetched_page", "printable", "SOURCE_SUFFIXES", "NOTICE_REASONS", "is_url"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
LIST_SUFFIXES = (".urls",)
SOURCE_SUFFIXES = PAGE_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES + LIST_SUFFIXES
WALK_SUFFIXES = PAGE_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES   # no lists: no surprise fetches
_MAX_LIST_DEPTH = 3
# Rejections with these reasons are counted and reported, but are not failures of a run: a WARC's
# images and redirects, revisit records, and pages unchanged since the last fetch.
NOTICE_REASONS = frozenset({"not_html", "http_status", "revisit", "not_modified"})
_NOT_PAGES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
              "application/javascript", "text/javascript", "text/css", "application/json")


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def iter_sources(
    sources: Iterable[str],
    opts: FetchOptions | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every page the sources hold, in order; a Rejection (uri, reason, detail) for each that fails."""
    reader = _Reader(opts, fetcher)
    for item in reader.read_all(sources, depth=0):
        yield _printable_names(item)


def _printable_names(item: RawDocument | Rejection) -> RawDocument | Rejection:
    """File names that are not UTF-8 (b"x\\xe9.txt" on a Linux disk) come from the OS as lone
    surrogates, which no ledger, JSON or terminal can hold: their bytes are written as \\xNN."""
    uri = printable(item.uri)
    if isinstance(item, RawDocument):
        url = printable(item.url) if item.url is not None else None
        return item if uri is item.uri and url is item.url else dataclasses.replace(item, uri=uri, url=url)
    return item if uri is item.uri else dataclasses.replace(item, uri=uri)


def printable(text: str) -> str:
    """`text` itself when it is valid Unicode; else with its lone surrogates as \\xNN (bytes of a
    non-UTF-8 file name) or \\udNNN (a JSON "\\ud800")."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class _Reader:
    """Holds the fetcher (made on first URL) while walking the sources."""

    def __init__(self, opts: FetchOptions | None, fetcher: Fetcher | None):
        self._opts = opts
        self._fetcher = fetcher

    @property
    def max_bytes(self) -> int:
        return self._opts.max_bytes if self._opts is not None else DEFAULT_MAX_BYTES

    @property
    def offline(self) -> bool:
        opts = self._fetcher.opts if self._fetcher is not None else self._opts
        return bool(opts is not None and opts.offline)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from .fetch import FetchOptions, Fetcher

            self._fetcher = Fetcher(self._opts or FetchOptions())
        return self._fetcher

    def read_all(self, sources: Iterable[str], depth: int) -> Iterator[RawDocument | Rejection]:
        for source in sources:
            source = source.strip()
            if not source:
                continue
            try:
                yield from self.read_one(source, depth)
            except Exception as exc:  # noqa: BLE001 - one broken source must never stop the others
                yield Rejection(source, "error", f"{type(exc).__name__}: {exc}")

    def read_one(self, source: str, depth: int) -> Iterator[RawDocument | Rejection]:
        if is_url(source):
            yield from read_url(source, self.fetcher)
        elif source.startswith("@"):
            yield from self.read_list(Path(source[1:]), depth)
        else:
            for item in expand_paths([source], WALK_SUFFIXES):
                if isinstance(item, Rejection):
                    yield item
                else:
                    yield from from_path(item, self, depth, named=item == Path(source))

    def read_list(self, path: Path, depth: int) -> Iterator[RawDocument | Rejection]:
        if depth >= _MAX_LIST_DEPTH:
            yield Rejection(str(path), "list_too_deep", f"lists nested more than {_MAX_LIST_DEPTH} deep; flatten them")
            return
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            yield Rejection(str(path), "unreadable", exc.strerror or str(exc))
            return
        entries = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
        if not entries:
            yield Rejection(str(path), "empty", "the list names no source")
        yield from self.read_all(entries, depth + 1)


def from_path(path: Path, reader: _Reader, depth: int, named: bool) -> Iterator[RawDocument | Rejection]:
    """The pages in one file, dispatched on its name (and, for .xml, on its first bytes)."""
    name = path.name.lower()
    if is_warc_path(name):
        yield from iter_warc(path, reader.max_bytes)
    elif is_jsonl_path(name):
        yield from iter_jsonl(path, reader.max_bytes)
    elif name.endswith(LIST_SUFFIXES) or (named and name.endswith(".txt") and _is_url_list(path)):
        yield from reader.read_list(path, depth)
    elif name.endswith(FEED_SUFFIXES):
        from .feeds import iter_feed_file, looks_like_feed

        if name.endswith(".xml") and not looks_like_feed(_head(path)):
            if named:  # an .xml file named on purpose may be an XHTML page; in a folder walk, skip it
                yield read_file(path)
            return
        if not named:   # found in a folder walk or by a glob: reading a folder never fetches
            yield from iter_feed_file(path, None, "a feed found in a folder is not fetched from; name the feed file to fetch its links")
        else:
            yield from iter_feed_file(path, None if reader.offline else reader.fetcher)
    else:
        yield read_file(path)


def read_url(url: str, fetcher: Fetcher) -> Iterator[RawDocument | Rejection]:
    """The page at `url`; or, when it serves an RSS/Atom feed, the feed's items."""
    from .fetch import Fetched
    from .feeds import iter_feed, looks_like_feed

    result = fetcher.fetch(url)
    if isinstance(result, Fetched) and looks_like_feed(result.content):
        yield from iter_feed(url, result.content, fetcher, base_url=result.url, fetched_at=result.fetched_at)
    else:
        yield fetched_page(url, result)


def fetched_page(url: str, result: Fetched | Rejection) -> RawDocument | Rejection:
    """A fetch result as a RawDocument; images, scripts, PDFs and the like as `not_html`."""
    if isinstance(result, Rejection):
        return result
    media = (result.media_type or "").split(";")[0].strip().lower()
    if media.startswith(_NOT_PAGES):
        return Rejection(url, "not_html", f"served as {media}, not a page", "http")
    return RawDocument(uri=url, content=result.content, url=result.url, fetched_at=result.fetched_at,
                       media_type=result.media_type)


def _is_url_list(path: Path) -> bool:
    """A small .txt file whose every line is a URL or a comment: no text dump of a page looks so."""
    head = _head(path, 65536)
    if not head or len(head) == 65536:
        return False
    lines = [line.strip() for line in head.decode("utf-8", errors="replace").splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    return bool(entries) and all(is_url(line) and " " not in line for line in entries)


def _head(path: Path, size: int = 4096) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError:
        return b""
