"""RSS and Atom feeds (files or fetched URLs) -> one RawDocument per item.

feedparser reads the feed (RSS 0.9x-2.0, RSS 1.0/RDF, Atom), resolves relative links and
sanitises embedded HTML. Per item:

* when the item carries full content (`content:encoded`, Atom `<content>`), that content is the
  page (format_hint "feed"): it is wrapped in a small HTML document whose standard meta tags
  (`<title>`, `article:published_time`, `author`, `og:site_name`, canonical link) carry the
  item's title, date, authors and the feed's title, so the extract stage reads them like any
  page's metadata;
* otherwise the item's link is fetched (when a fetcher is given and not offline) and the page it
  serves is the document; without a fetcher the item is a `not_fetched` Rejection.

Written by hand: choosing content over summary, and the metadata wrapper.
"""
from __future__ import annotations

import calendar
import html
import io
import re
import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import RawDocument, Rejection

if TYPE_CHECKING:
    from .fetch import Fetcher

__all__ = ["looks_like_feed", "iter_feed", "iter_feed_file"]

_FEED_ROOT = re.compile(rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
                        rb"<(rss|feed|rdf:RDF)\b", re.I | re.S)
_HTML_CONTENT = ("text/html", "application/xhtml+xml")


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes open an <rss>, Atom <feed> or RSS 1.0 <rdf:RDF> document.

    The root element decides, not the Content-Type: servers label feeds every which way
    (text/xml, text/html, application/octet-stream)."""
    return bool(_FEED_ROOT.match(head[:8192]))


def iter_feed_file(path: Path | str, fetcher: Fetcher | None,
                   no_fetch: str = "fetching is off") -> Iterator[RawDocument | Rejection]:
    """The items of a feed file; items without content are fetched only with a `fetcher`, else
    each is a `not_fetched` Rejection saying `no_fetch` (why not)."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        yield Rejection(str(path), "unreadable", exc.strerror or str(exc), "feed")
        return
    yield from iter_feed(str(path), content, fetcher, no_fetch=no_fetch)


def iter_feed(uri: str, content: bytes, fetcher: Fetcher | None, *, base_url: str | None = None,
              fetched_at: str | None = None, no_fetch: str = "fetching is off") -> Iterator[RawDocument | Rejection]:
    """One RawDocument (or Rejection) per item of the feed held in `content`."""
    import feedparser

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)  # a stream: never fetched
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and problem is not None:
            yield Rejection(uri, "bad_feed", f"not a readable RSS/Atom feed: {problem}", "feed")
        else:
            yield Rejection(uri, "empty_feed", "the feed has no items", "feed")
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        yield from _item(uri, index, entry, outlet, fetcher, fetched_at, no_fetch)
    if _malformed(parsed):
        yield Rejection(uri, "bad_feed", f"malformed feed, {len(parsed.entries)} item(s) salvaged: {parsed.bozo_exception}", "feed")


def _malformed(parsed) -> bool:
    """Broken XML, as opposed to feedparser's harmless notes on charsets and content types."""
    from feedparser.exceptions import ThingsNobodyCaresAboutButMe

    return bool(parsed.get("bozo")) and not isinstance(parsed.get("bozo_exception"), ThingsNobodyCaresAboutButMe)


def _item(uri: str, index: int, entry, outlet: str | None, fetcher: Fetcher | None,
          fetched_at: str | None, no_fetch: str) -> Iterator[RawDocument | Rejection]:
    link = entry.get("link") or None
    # the item's own id (guid) keeps its uri stable when the feed moves on; its position does not
    item_uri = f"{uri}#{(entry.get('id') or '').strip() or link or f'item{index}'}"
    body = _full_content(entry)
    if body is not None:
        yield RawDocument(uri=item_uri, content=_wrap(entry, body, outlet, link).encode("utf-8"), format_hint="feed",
                          url=link, fetched_at=fetched_at, media_type="text/html; charset=utf-8")
    elif link is None:
        yield Rejection(item_uri, "feed_item_without_link", "the item has neither full content nor a link", "feed")
    elif fetcher is None or fetcher.opts.offline:
        yield Rejection(link, "not_fetched", f"{item_uri} has no full content and {no_fetch}", "feed")
    else:
        from .sources import fetched_page

        yield fetched_page(link, fetcher.fetch(link))


def _full_content(entry) -> str | None:
    """The longest HTML (or plain) content block of the item; a summary alone is not content."""
    blocks = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    if not blocks:
        return None
    best = max(blocks, key=lambda c: (c.get("type") in _HTML_CONTENT, len(c["value"])))
    if best.get("type") in _HTML_CONTENT:
        return best["value"]
    return "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in best["value"].split("\n\n") if p.strip())


def _wrap(entry, body: str, outlet: str | None, link: str | None) -> str:
    """A small HTML page around the item's content, with its metadata in standard meta tags."""
    title = entry.get("title") or ""
    meta = [f"<title>{html.escape(title)}</title>", '<meta charset="utf-8">']
    if title:
        meta.append(f'<meta property="og:title" content="{html.escape(title, quote=True)}">')
    published = _published(entry)
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    authors = [a.get("name") for a in entry.get("authors") or () if a.get("name")] or [entry.get("author")]
    meta += [f'<meta name="author" content="{html.escape(a, quote=True)}">' for a in authors if a]
    if outlet:
        meta.append(f'<meta property="og:site_name" content="{html.escape(outlet, quote=True)}">')
    if link:
        meta.append(f'<link rel="canonical" href="{html.escape(link, quote=True)}">')
    heading = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    return ("<!DOCTYPE html>\n<html><head>\n" + "\n".join(meta) + "\n</head><body><article>\n"
            + heading + body + "\n</article></body></html>\n")


def _published(entry) -> str | None:
    """The item's date as ISO 8601, keeping the publisher's own UTC offset when the feed gives one.

    feedparser's parsed dates are UTC struct_times, which can move a late-evening story to the
    next day; the raw RFC 822 / RFC 3339 string is tried first for that reason.
    """
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = (entry.get(raw_key) or "").strip()
        if raw:
            try:
                return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
            except ValueError:
                pass
            try:
                return parsedate_to_datetime(raw).isoformat()
            except (TypeError, ValueError, IndexError):
                pass
        if entry.get(parsed_key):
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(calendar.timegm(entry[parsed_key])))
    return None
