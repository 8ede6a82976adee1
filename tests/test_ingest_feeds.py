"""RSS/Atom feeds -> one RawDocument per item, with the item's metadata reaching the Article.

Inputs are the synthetic feeds in tests/fixtures/feeds/ (invented outlets and text). Item links
point at *.example hosts; they are fetched only through a mock transport, never the internet.
"""
from __future__ import annotations

import shutil
from collections.abc import Mapping

import pytest

from newsledger.extract import extract
from newsledger.ingest.feeds import iter_feed, iter_feed_file, looks_like_feed
from newsledger.ingest.fetch import Fetcher, FetchOptions, Response
from newsledger.ingest.sources import iter_sources
from newsledger.records import Article, RawDocument, Rejection

OFFLINE = FetchOptions(offline=True)


@pytest.fixture
def feeds(fixtures):
    return fixtures / "feeds"


def test_rss_item_with_full_content_becomes_a_dated_attributed_article(feeds):
    items = list(iter_feed_file(feeds / "frontline.rss", None))
    page = items[0]
    assert isinstance(page, RawDocument)
    assert page.format_hint == "feed"
    assert page.uri == f"{feeds / 'frontline.rss'}#https://frontline.example/2024/09/12/villages-retaken"   # the guid
    assert page.url == "https://frontline.example/2024/09/12/villages-retaken"
    article = extract(page)
    assert isinstance(article, Article), article
    assert article.title == "Officials say eight villages retaken near Sudzha"
    assert article.published.iso.startswith("2024-09-12T11:40")          # the publisher's own offset, not UTC
    assert article.byline == ("Mira Kovalenko",)
    assert article.outlet == "Frontline Dispatch"
    assert article.source == {"uri": page.url, "format": "feed"}
    assert "eight villages near Sudzha" in article.body and "teaser" not in article.body


def test_items_without_content_need_a_fetch_or_are_reported(feeds):
    items = list(iter_feed_file(feeds / "frontline.rss", None))
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("RawDocument", None), ("Rejection", "not_fetched"), ("Rejection", "feed_item_without_link")]
    assert items[1].uri == "https://frontline.example/2024/09/13/prisoner-talks"


def test_atom_links_resolve_against_xml_base_and_all_authors_are_kept(feeds):
    page, summary_only = list(iter_sources([str(feeds / "monitor.atom")], opts=OFFLINE))
    assert page.url == "https://monitor.example/reports/46-percent"
    assert page.uri.endswith("monitor.atom#tag:monitor.example,2024:46-percent")
    assert summary_only.reason == "not_fetched" and summary_only.uri == "https://monitor.example/reports/summary-only"
    article = extract(page)
    assert article.byline == ("Daniel Ortiz", "Lena Brandt")
    assert article.published.iso.startswith("2024-10-25T21:49")   # <published>, not the later <updated>
    assert "46 percent" in article.body


class LinkServer:
    """A mock transport serving one article page per URL; robots.txt is absent (404)."""

    def __init__(self, pages: dict[str, bytes]):
        self.pages = pages
        self.asked: list[str] = []

    def request(self, url: str, headers: Mapping[str, str], opts: FetchOptions) -> Response:
        self.asked.append(url)
        if url in self.pages:
            return Response(200, {"content-type": "text/html"}, self.pages[url])
        return Response(404, {}, b"")


def test_summary_only_items_are_fetched_when_fetching_is_allowed(feeds):
    link = "https://frontline.example/2024/09/13/prisoner-talks"
    transport = LinkServer({link: b"<html><body><p>Negotiators met again.</p></body></html>"})
    fetcher = Fetcher(FetchOptions(per_host_delay=0), transport)
    items = list(iter_sources([str(feeds / "frontline.rss")], fetcher=fetcher))
    fetched = items[1]
    assert isinstance(fetched, RawDocument) and fetched.url == link and b"Negotiators" in fetched.content
    # full-content items are not fetched again: only robots.txt and the summary-only link were asked for
    assert transport.asked == ["https://frontline.example/robots.txt", link]


def test_broken_feed_keeps_salvaged_items_and_says_it_is_broken(feeds):
    items = list(iter_feed_file(feeds / "broken.rss", None))
    assert items[-1].reason == "bad_feed" and "salvaged" in items[-1].detail


def test_not_a_feed_at_all():
    [result] = list(iter_feed("junk.rss", b"this is plain text, not XML", None))
    assert isinstance(result, Rejection) and result.reason in ("bad_feed", "empty_feed")


def test_xml_files_are_taken_for_feeds_only_when_they_are_feeds(feeds, tmp_path):
    shutil.copy(feeds / "frontline.rss", tmp_path / "frontline.xml")
    shutil.copy(feeds / "sitemap.xml", tmp_path / "sitemap.xml")
    walked = list(iter_sources([str(tmp_path)], opts=OFFLINE))
    assert [i.uri.rsplit("/", 1)[-1] for i in walked] == ["villages-retaken", "prisoner-talks", "frontline.xml#item3"]
    [named] = list(iter_sources([str(tmp_path / "sitemap.xml")], opts=OFFLINE))
    assert isinstance(named, RawDocument) and named.format_hint is None   # named on purpose: read as a page


@pytest.mark.parametrize(("head", "expected"), [
    (b'<?xml version="1.0"?>\n<rss version="2.0">', True),
    (b'\xef\xbb\xbf<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
    (b'<?xml version="1.0"?><urlset>', False),
    (b"<!DOCTYPE html><html><body>a feed of news</body></html>", False),
])
def test_feed_sniffing_looks_at_the_root_element(head, expected):
    assert looks_like_feed(head) is expected
