"""The polite fetcher: robots.txt, per-host spacing, retries, time-outs, caps, redirects, 304s.

Synthetic: the pages, feeds and server behaviours are written here. Two layers are tested: the
Fetcher's rules against a mock Transport with a fake clock (exact waits, no sleeping), and the
real HttpTransport against an http.server started on 127.0.0.1 (never the internet).
"""
from __future__ import annotations

import contextlib
import gzip
import threading
import time
from urllib.parse import unquote
from collections import Counter
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.ingest.fetch import _request_target
from newsledger.ingest.fetch import DEFAULT_USER_AGENT, Fetched, FetchCache, Fetcher, FetchOptions, Response, TransportError
from newsledger.ingest.sources import iter_sources
from newsledger.records import RawDocument, Rejection

PAGE = b"<!DOCTYPE html><html><head><title>Kursk</title></head><body><p>" + b"Russian forces said. " * 40 + b"</p></body></html>"
FAST = FetchOptions(timeout=0.3, connect_timeout=0.5, deadline=3.0, per_host_delay=0.0, retries=1, backoff=0.01,
                    max_bytes=100_000, max_redirects=4)


# --- the rules, against a mock transport --------------------------------------------------------

class MockTransport:
    """Answers from a table {url: [Response | TransportError, ...]}, the last one repeating."""

    def __init__(self, answers: dict[str, list]):
        self.answers = answers
        self.requests: list[tuple[str, dict]] = []

    def request(self, url: str, headers: Mapping[str, str], opts: FetchOptions) -> Response:
        self.requests.append((url, dict(headers)))
        queue = self.answers.get(url) or [Response(404, {}, b"")]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


class FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def _fetcher(answers, **options) -> tuple[Fetcher, MockTransport, FakeClock]:
    transport, clock = MockTransport(answers), FakeClock()
    opts = FetchOptions(**{"per_host_delay": 0.0, "backoff": 1.0, **options})
    return Fetcher(opts, transport, clock=clock, sleep=clock.sleep), transport, clock


def test_requests_to_one_host_are_spaced_and_other_hosts_are_not_delayed():
    ok = [Response(200, {"content-type": "text/html"}, PAGE)]
    fetcher, transport, clock = _fetcher({"https://a.test/1": ok, "https://a.test/2": ok, "https://b.test/1": ok},
                                         per_host_delay=2.0, respect_robots=False)
    for url in ("https://a.test/1", "https://b.test/1", "https://a.test/2"):
        assert isinstance(fetcher.fetch(url), Fetched)
    assert clock.sleeps == [2.0]     # only the second a.test request waited, for the full delay
    assert transport.requests[0][1]["User-Agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("newsledger/0.") and "+http" in DEFAULT_USER_AGENT


def test_retries_back_off_exponentially_and_honour_retry_after():
    answers = {"https://a.test/x": [Response(503, {}, b""), Response(500, {}, b""), Response(429, {"retry-after": "7"}, b""),
                                    Response(200, {"content-type": "text/html"}, PAGE)]}
    fetcher, _transport, clock = _fetcher(answers, retries=3, respect_robots=False)
    result = fetcher.fetch("https://a.test/x")
    assert isinstance(result, Fetched) and result.content == PAGE
    assert clock.sleeps == [1.0, 2.0, 7.0]


def test_retries_are_bounded_and_the_rejection_says_how_many():
    fetcher, transport, clock = _fetcher({"https://a.test/x": [TransportError("timeout", "no answer")]}, retries=2,
                                         respect_robots=False)
    result = fetcher.fetch("https://a.test/x")
    assert result.reason == "timeout" and "after 3 attempt(s)" in result.detail
    assert len(transport.requests) == 3 and clock.sleeps == [1.0, 2.0]


def test_unknown_hosts_are_not_retried():
    fetcher, transport, clock = _fetcher({"https://nowhere.test/x": [TransportError("dns", "no address")]}, retries=3,
                                         respect_robots=False)
    assert fetcher.fetch("https://nowhere.test/x").reason == "dns"
    assert len(transport.requests) == 1 and clock.sleeps == []


def test_robots_rules_are_read_once_per_host_and_obeyed():
    answers = {"https://a.test/robots.txt": [Response(200, {}, b"User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n")],
               "https://a.test/news/1": [Response(200, {"content-type": "text/html"}, PAGE)],
               "https://a.test/news/2": [Response(200, {"content-type": "text/html"}, PAGE)]}
    fetcher, transport, clock = _fetcher(answers)
    assert fetcher.fetch("https://a.test/private/memo").reason == "robots_disallowed"
    assert isinstance(fetcher.fetch("https://a.test/news/1"), Fetched)
    assert isinstance(fetcher.fetch("https://a.test/news/2"), Fetched)
    assert [url for url, _ in transport.requests] == ["https://a.test/robots.txt", "https://a.test/news/1", "https://a.test/news/2"]
    assert clock.sleeps == [5.0, 5.0]    # Crawl-delay outranks the smaller per-host delay


@pytest.mark.parametrize(("status", "outcome"), [(404, "fetched"), (503, "robots_unavailable")])
def test_missing_robots_allows_but_failing_robots_forbids(status, outcome):
    answers = {"https://a.test/robots.txt": [Response(status, {}, b"")],
               "https://a.test/page": [Response(200, {"content-type": "text/html"}, PAGE)]}
    fetcher, _, _ = _fetcher(answers, retries=0)
    result = fetcher.fetch("https://a.test/page")
    assert (result.reason if isinstance(result, Rejection) else "fetched") == outcome


def test_offline_and_non_http_urls_are_refused_without_a_request():
    fetcher, transport, _ = _fetcher({}, offline=True)
    assert fetcher.fetch("https://a.test/x").reason == "offline"
    online, transport2, _ = _fetcher({})
    assert online.fetch("ftp://a.test/x").reason == "invalid_url"
    assert transport.requests == [] and transport2.requests == []


_URL_PART = st.text(max_size=40).map(lambda t: "".join(c for c in t if c not in "%?#"))


@given(_URL_PART.map(lambda t: "/" + t), _URL_PART)
def test_request_targets_are_ascii_and_mean_the_same_path(path, query):
    """urlsplit never leaves '?' or '#' in a path; '%' is excluded because it is kept as is."""
    target = _request_target(path, query)
    assert target.isascii() and not any(c.isspace() for c in target)
    sent_path, _, sent_query = target.partition("?")
    assert unquote(sent_path) == path and unquote(sent_query) == query


# --- the real transport, against a server on 127.0.0.1 -------------------------------------------

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>One</title><link>/page</link></item>
<item><title>Two</title><link>/private/two</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter] = Counter()

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None, length: bool = True):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self):
        path = self.path
        Handler.hits[path] += 1
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
        elif path == "/page":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304)
            else:
                self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"',
                                       "Last-Modified": "Fri, 25 Oct 2024 21:49:00 GMT"})
        elif path == "/gzipped":
            self._send(200, gzip.compress(PAGE), {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        elif path == "/moved":
            self._send(301, b"", {"Location": "/page"})
        elif path in ("/loop-a", "/loop-b"):
            self._send(302, b"", {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
        elif path == "/slow":
            time.sleep(1.0)
            self._send(200, PAGE, {"Content-Type": "text/html"})
        elif path == "/drip":    # headers at once, then a byte every 0.1 s: each read is in time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(30):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/broken":
            self._send(500, b"oops", {"Content-Type": "text/plain"})
        elif path == "/huge":   # no Content-Length: the cap must work on the stream itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/feed.xml":
            self._send(200, FEED, {"Content-Type": "application/rss+xml"})
        elif unquote(path) == "/новости/курск?id=1":
            self._send(200, PAGE, {"Content-Type": "text/html"})
        elif path == "/logo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), {"Content-Type": "image/png"})
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetcher() -> Fetcher:
    Handler.hits.clear()
    return Fetcher(FAST, cache=FetchCache())


def test_a_page_is_fetched_and_a_refetch_is_conditional(server, fetcher):
    first = fetcher.fetch(f"{server}/page")
    assert isinstance(first, Fetched)
    assert first.content == PAGE and first.status == 200 and first.media_type == "text/html; charset=utf-8"
    assert first.fetched_at.endswith("Z")
    again = fetcher.fetch(f"{server}/page")
    assert isinstance(again, Rejection) and again.reason == "not_modified"
    assert fetcher.cache.validators[f"{server}/page"]["etag"] == '"v1"'


def test_gzip_bodies_are_decoded_and_redirects_followed(server, fetcher):
    assert fetcher.fetch(f"{server}/gzipped").content == PAGE
    moved = fetcher.fetch(f"{server}/moved")
    assert moved.url == f"{server}/page" and moved.requested_url == f"{server}/moved"


def test_non_ascii_paths_are_percent_encoded_and_fragments_dropped(server, fetcher):
    result = fetcher.fetch(f"{server}/новости/курск?id=1#comments")
    assert isinstance(result, Fetched) and result.content == PAGE


def test_redirect_loop_is_refused(server, fetcher):
    result = fetcher.fetch(f"{server}/loop-a")
    assert result.reason == "redirect_loop" and "/loop-b" in result.detail
    assert Handler.hits["/loop-a"] == 1 and Handler.hits["/loop-b"] == 1


def test_slow_page_times_out_after_bounded_retries(server, fetcher):
    started = time.monotonic()
    result = fetcher.fetch(f"{server}/slow")
    assert result.reason == "timeout" and "after 2 attempt(s)" in result.detail
    assert time.monotonic() - started < 2.0


def test_a_dripping_body_is_stopped_by_the_deadline(server):
    opts = FetchOptions(timeout=0.3, deadline=0.5, retries=0, per_host_delay=0.0)
    started = time.monotonic()
    result = Fetcher(opts).fetch(f"{server}/drip")
    assert result.reason == "timeout" and time.monotonic() - started < 1.5


def test_server_error_is_retried_then_rejected(server, fetcher):
    result = fetcher.fetch(f"{server}/broken")
    assert result.reason == "http_500" and result.uri == f"{server}/broken"
    assert Handler.hits["/broken"] == FAST.retries + 1


def test_huge_body_is_cut_off_at_the_cap(server, fetcher):
    result = fetcher.fetch(f"{server}/huge")
    assert result.reason == "too_large" and "100,000" in result.detail


def test_robots_disallow_means_no_request(server, fetcher):
    assert fetcher.fetch(f"{server}/private/memo").reason == "robots_disallowed"
    assert Handler.hits["/private/memo"] == 0 and Handler.hits["/robots.txt"] == 1


def test_not_found_is_a_rejection_with_the_status(server, fetcher):
    assert fetcher.fetch(f"{server}/nowhere").reason == "http_404"


def test_connection_refused_is_a_rejection(fetcher):
    result = Fetcher(FetchOptions(retries=0, connect_timeout=0.5, respect_robots=False)).fetch("http://127.0.0.1:9/")
    assert result.reason == "connection"


def test_sources_mix_urls_feeds_and_url_lists(server, tmp_path):
    Handler.hits.clear()
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning list\n{server}/page\n\n{server}/logo.png\n")
    items = list(iter_sources([f"{server}/feed.xml", str(listing)], fetcher=Fetcher(FAST)))
    summary = [(type(i).__name__, getattr(i, "reason", None), i.url if isinstance(i, RawDocument) else i.uri) for i in items]
    assert summary == [
        ("RawDocument", None, f"{server}/page"),                      # feed item 1, link fetched
        ("Rejection", "robots_disallowed", f"{server}/private/two"),  # feed item 2
        ("RawDocument", None, f"{server}/page"),                      # from the .urls list
        ("Rejection", "not_html", f"{server}/logo.png"),
    ]
    assert items[0].content == PAGE and items[0].fetched_at


def test_at_list_and_offline_mode(server, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{server}/page\n")
    [result] = list(iter_sources([f"@{listing}"], opts=FetchOptions(offline=True)))
    assert result.reason == "offline" and result.uri == f"{server}/page"


def test_a_txt_file_is_a_url_list_only_when_named_and_made_of_urls(server, tmp_path, seeds):
    (tmp_path / "urls.txt").write_text(f"# to read\n{server}/page\n{server}/other\n")
    (tmp_path / "hidden.urls").write_text(f"{server}/page\n")
    named = list(iter_sources([str(tmp_path / "urls.txt")], opts=FetchOptions(offline=True)))
    assert [r.reason for r in named] == ["offline", "offline"]
    # in a folder walk the same file is a page like any .txt dump, and .urls lists are not opened
    walked = list(iter_sources([str(tmp_path)], opts=FetchOptions(offline=True)))
    assert [(type(i).__name__, i.uri) for i in walked] == [("RawDocument", str(tmp_path / "urls.txt"))]
    # a real text dump that mentions URLs is still a page
    [seed] = list(iter_sources([str(seeds["001"])], opts=FetchOptions(offline=True)))
    assert isinstance(seed, RawDocument) and seed.uri == str(seeds["001"])
