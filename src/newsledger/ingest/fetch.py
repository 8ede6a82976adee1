"""A polite, bounded HTTP fetcher: URL -> Fetched | Rejection.

Politeness and robustness rules, each bounded by a field of `FetchOptions`:

* robots.txt is read once per host (urllib.robotparser) and obeyed, Crawl-delay included. Per
  RFC 9309, a robots.txt answering 4xx allows everything; 5xx or no answer disallows the host.
* requests to one host are spaced by at least `per_host_delay` seconds;
* 5xx, 429 and time-outs / dropped connections are retried `retries` times with exponential
  backoff (`backoff * 2**attempt`, or Retry-After when larger, never above `max_retry_wait`);
* connect and read time-outs, plus a total `deadline` per request (headers and body) against
  slow-drip servers: a watchdog closes the connection when it passes, and it is not retried;
* answers that cannot change on a retry (bad gzip, over-long or too many header lines, a status
  line that is not HTTP) are rejected as `bad_response` at once; a body shorter than its
  Content-Length (or a gzip stream cut short) is `incomplete_body`, retried like a dropped line;
* bodies are read in chunks and abandoned past `max_bytes` (-> `too_large`), also after gzip;
* redirects are followed by hand, at most `max_redirects`, and a URL seen twice is a loop;
* a clear User-Agent; conditional requests (ETag / Last-Modified) when the caller passes a
  `FetchCache`, with 304 coming back as a `not_modified` Rejection.

The network sits behind the `Transport` protocol: `HttpTransport` (http.client, standard
library) does real requests; tests pass a mock. Written by hand on the standard library because
no installed client does robots.txt, per-host spacing and size caps together.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, UTC
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import quote, urldefrag, urljoin, urlsplit

from ..options import DEFAULT_USER_AGENT, FetchOptions   # defined beside the other stages' options
from ..records import Rejection

__all__ = [
    "FetchOptions", "Fetched", "FetchCache", "Fetcher",
    "Transport", "Response", "TransportError", "HttpTransport", "DEFAULT_USER_AGENT",
]

ROBOTS_AGENT = "newsledger"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset({429, 500, 502, 503, 504})
_CHUNK = 1 << 16
_FINAL_ERRORS = frozenset({"invalid_url", "dns", "bad_response"})   # retrying cannot help


@dataclass(frozen=True, slots=True)
class Response:
    """What a Transport returns: status, lower-cased headers, and the (possibly capped) body."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    too_large: bool = False


class TransportError(Exception):
    """A request that got no usable HTTP answer; `kind` is "timeout", "connection", "dns",
    "invalid_url", "bad_response" or "incomplete_body"."""

    def __init__(self, kind: str, detail: str, *, final: bool = False):
        self.kind = kind
        self.final = final                 # True when a retry cannot help (the deadline ran out)
        super().__init__(detail)


class Transport(Protocol):
    def request(self, url: str, headers: Mapping[str, str], opts: FetchOptions) -> Response: ...


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page fetched with a 2xx answer."""

    url: str                               # final URL, after redirects
    requested_url: str
    status: int
    content: bytes
    media_type: str | None                 # the Content-Type header as sent
    fetched_at: str                        # ISO 8601, UTC


@dataclass
class FetchCache:
    """Validators (ETag, Last-Modified) remembered per URL for conditional re-fetches.

    `validators` is a plain dict of dicts: persist it with json.dumps and restore it with
    `FetchCache(json.loads(saved))`.
    """

    validators: dict[str, dict[str, str]] = field(default_factory=dict)

    def conditional_headers(self, url: str) -> dict[str, str]:
        seen = self.validators.get(url, {})
        headers = {}
        if "etag" in seen:
            headers["If-None-Match"] = seen["etag"]
        if "last-modified" in seen:
            headers["If-Modified-Since"] = seen["last-modified"]
        return headers

    def remember(self, url: str, headers: Mapping[str, str]) -> None:
        kept = {name: headers[name] for name in ("etag", "last-modified") if headers.get(name)}
        if kept:
            self.validators[url] = kept


class Fetcher:
    """Fetch URLs one at a time, politely. Holds the per-host clocks and robots.txt rules."""

    def __init__(self, opts: FetchOptions | None = None, transport: Transport | None = None,
                 cache: FetchCache | None = None, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.opts = opts or FetchOptions()
        self.transport = transport or HttpTransport()
        self.cache = cache
        self._clock, self._sleep = clock, sleep
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | Rejection] = {}

    def fetch(self, url: str) -> Fetched | Rejection:
        """The page at `url`, following redirects; or a Rejection saying why not."""
        if self.opts.offline:
            return Rejection(url, "offline", "fetching is turned off (FetchOptions.offline)", "http")
        current = urldefrag(url.strip())[0]     # fragments are never sent, and must not fool the loop check
        seen = [current]
        while True:
            refusal = self._check_url(current)
            if refusal is not None:
                return Rejection(url, refusal[0], refusal[1], "http")
            outcome = self._with_retries(current, self._request_headers(current, first=current == seen[0]))
            if isinstance(outcome, Rejection):
                detail = outcome.detail if current == seen[0] else f"at {current}: {outcome.detail}"
                return Rejection(url, outcome.reason, detail, "http")
            if outcome.status not in _REDIRECTS or "location" not in outcome.headers:
                return self._result(url, seen[0], current, outcome)
            current = urldefrag(urljoin(current, outcome.headers["location"].strip()))[0]
            if current in seen:
                return Rejection(url, "redirect_loop", " -> ".join([*seen, current]), "http")
            seen.append(current)
            if len(seen) > self.opts.max_redirects + 1:
                return Rejection(url, "too_many_redirects", f"more than {self.opts.max_redirects}: {' -> '.join(seen)}", "http")

    def _request_headers(self, url: str, first: bool) -> dict[str, str]:
        headers = {"User-Agent": self.opts.user_agent, "Accept-Encoding": "gzip",
                   "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5"}
        if first and self.cache is not None:
            headers.update(self.cache.conditional_headers(url))
        return headers

    def _result(self, url: str, key: str, final: str, response: Response) -> Fetched | Rejection:
        if response.status == 304:
            return Rejection(url, "not_modified", "unchanged since the last fetch (HTTP 304)", "http")
        if response.too_large:
            return Rejection(url, "too_large", f"body over the limit of {self.opts.max_bytes:,} bytes; raise --max-bytes to accept it", "http")
        if not 200 <= response.status < 300:
            return Rejection(url, f"http_{response.status}", _status_detail(final, response), "http")
        if self.cache is not None:
            self.cache.remember(key, response.headers)
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return Fetched(final, url, response.status, response.body, response.headers.get("content-type"), fetched_at)

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response | Rejection:
        """One request, retried on 5xx / 429 / time-outs with exponential backoff."""
        for attempt in range(self.opts.retries + 1):
            self._wait_turn(url)
            try:
                response = self.transport.request(url, headers, self.opts)
            except TransportError as exc:
                problem, retry_after = (exc.kind, f"{exc.kind}: {exc}"), None
                if exc.kind in _FINAL_ERRORS or exc.final:
                    return Rejection(url, exc.kind, str(exc), "http")
            else:
                if response.status not in _RETRYABLE:
                    return response
                problem = (f"http_{response.status}", _status_detail(url, response))
                retry_after = _retry_after(response.headers.get("retry-after"))
            if attempt < self.opts.retries:
                self._sleep(min(max(self.opts.backoff * 2 ** attempt, retry_after or 0.0), self.opts.max_retry_wait))
        return Rejection(url, problem[0], f"{problem[1]}, after {self.opts.retries + 1} attempt(s)", "http")

    def _wait_turn(self, url: str) -> None:
        host = _host_key(url)
        delay = self.opts.per_host_delay
        robots = self._robots.get(host)
        if isinstance(robots, urllib.robotparser.RobotFileParser):
            crawl_delay = robots.crawl_delay(ROBOTS_AGENT)
            delay = max(delay, min(float(crawl_delay or 0), self.opts.max_retry_wait))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _check_url(self, url: str) -> tuple[str, str] | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "invalid_url", f"not an http(s) URL: {url!r}"
        if not self.opts.respect_robots:
            return None
        rules = self._robots_for(url)
        if isinstance(rules, Rejection):
            return rules.reason, rules.detail
        if not rules.can_fetch(ROBOTS_AGENT, url):
            return "robots_disallowed", f"{_host_key(url)}/robots.txt disallows it for {ROBOTS_AGENT}"
        return None

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | Rejection:
        host = _host_key(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        return self._robots[host]

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | Rejection:
        robots_url = host + "/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        outcome = self._with_retries(robots_url, {"User-Agent": self.opts.user_agent})
        for _ in range(self.opts.max_redirects):  # robots.txt often moves to https or www
            if isinstance(outcome, Rejection) or outcome.status not in _REDIRECTS or "location" not in outcome.headers:
                break
            outcome = self._with_retries(urljoin(robots_url, outcome.headers["location"]), {"User-Agent": self.opts.user_agent})
        if isinstance(outcome, Rejection) or outcome.status >= 500:
            detail = outcome.detail if isinstance(outcome, Rejection) else f"HTTP {outcome.status}"
            return Rejection(robots_url, "robots_unavailable", f"{robots_url} could not be read ({detail}); the host is skipped", "http")
        if 200 <= outcome.status < 300 and not outcome.too_large:
            parser.parse(outcome.body.decode("utf-8", errors="replace").splitlines())
        else:  # 4xx, too many redirects or oversized: no usable rules, so everything is allowed
            parser.parse([])
        return parser


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _status_detail(url: str, response: Response) -> str:
    return f"HTTP {response.status} from {url}"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class HttpTransport:
    """GET over http.client: no redirects followed, body streamed and capped, gzip undone."""

    def request(self, url: str, headers: Mapping[str, str], opts: FetchOptions) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TransportError("invalid_url", f"not an http(s) URL: {url!r}")
        target = _request_target(parts.path, parts.query)
        started = time.monotonic()
        connection = self._connect(parts, opts)
        # the deadline covers the whole answer, headers included: a server sending one header
        # byte every few seconds never trips the per-read time-out, so a watchdog cuts it off
        watchdog = threading.Timer(max(0.0, opts.deadline - (time.monotonic() - started)), _cut, (connection,))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.request("GET", target, headers=dict(headers))
            answer = connection.getresponse()
            answer_headers = {name.lower(): value for name, value in answer.getheaders()}
            body, too_large = _read_capped(answer, answer_headers, opts, started)
            return Response(answer.status, answer_headers, body, too_large)
        except (OSError, http.client.HTTPException) as exc:
            raise _transport_error(exc, parts.netloc, opts, time.monotonic() - started) from exc
        finally:
            watchdog.cancel()
            connection.close()

    @staticmethod
    def _connect(parts, opts: FetchOptions) -> http.client.HTTPConnection:
        try:
            connection: http.client.HTTPConnection
            if parts.scheme == "https":
                connection = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=opts.connect_timeout,
                                                         context=ssl.create_default_context())
            else:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=opts.connect_timeout)
            connection.connect()
        except TimeoutError as exc:
            raise TransportError("timeout", f"could not connect to {parts.netloc} within {opts.connect_timeout:g} s") from exc
        except socket.gaierror as exc:
            raise TransportError("dns", f"no address for {parts.hostname}: {exc.strerror or exc}") from exc
        except (OSError, ValueError) as exc:
            raise TransportError("connection", f"could not connect to {parts.netloc}: {exc}") from exc
        connection.sock.settimeout(opts.timeout)
        return connection


def _cut(connection: http.client.HTTPConnection) -> None:
    """The watchdog's work: end a request that ran past its deadline (the reader then fails)."""
    try:
        if connection.sock is not None:
            connection.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _BadBody(http.client.HTTPException):
    """A body that no retry will mend (its gzip stream is broken)."""


class _ShortBody(http.client.HTTPException):
    """A body that ended before its announced length: the line dropped, a retry may help."""


def _transport_error(exc: Exception, netloc: str, opts: FetchOptions, elapsed: float) -> TransportError:
    """What went wrong, with the limit that was hit, and whether a retry can help."""
    if elapsed >= opts.deadline:
        return TransportError("timeout", f"no complete answer from {netloc} within the {opts.deadline:g} s deadline "
                                         f"(headers and body)", final=True)
    if isinstance(exc, TimeoutError):
        return TransportError("timeout", f"nothing received from {netloc} for {opts.timeout:g} s (read time-out)")
    if isinstance(exc, (http.client.IncompleteRead, _ShortBody)):
        return TransportError("incomplete_body", f"body cut short: {exc} ({netloc})")
    permanent = (_BadBody, http.client.LineTooLong, http.client.UnknownProtocol)
    if isinstance(exc, permanent) or (isinstance(exc, http.client.BadStatusLine) and not isinstance(
            exc, http.client.RemoteDisconnected)) or "got more than" in str(exc):
        return TransportError("bad_response", f"{type(exc).__name__}: {exc} ({netloc})")
    return TransportError("connection", f"{type(exc).__name__}: {exc} ({netloc})")


def _request_target(path: str, query: str) -> str:
    """Path and query as http.client needs them: ASCII, non-ASCII characters percent-encoded.

    News URLs in Ukrainian or Russian often carry Cyrillic paths; `%` is kept so that URLs that
    are already encoded are not encoded twice. The fragment is never sent.
    """
    target = quote(path or "/", safe="/%:@!$&'()*+,;=-._~")
    if query:
        target += "?" + quote(query, safe="/%:@!$&'()*+,;=-._~?")
    return target


def _read_capped(answer: http.client.HTTPResponse, headers: Mapping[str, str], opts: FetchOptions,
                 started: float) -> tuple[bytes, bool]:
    """Read the body in chunks; stop past max_bytes (raw or decompressed) or past the deadline."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > opts.max_bytes:
        return b"", True
    gzipped = headers.get("content-encoding", "").strip().lower() in ("gzip", "x-gzip")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    chunks, size = [], 0
    while chunk := answer.read1(_CHUNK):
        if time.monotonic() - started > opts.deadline:
            raise TimeoutError(f"body not complete within the {opts.deadline:g} s deadline")
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, opts.max_bytes + 1 - size)
            except zlib.error as exc:
                raise _BadBody(f"bad gzip body: {exc}") from exc
        chunks.append(chunk)
        size += len(chunk)
        if size > opts.max_bytes:
            return b"", True
    if answer.length:           # the connection closed before Content-Length bytes came
        raise _ShortBody(f"{answer.length:,} byte(s) of the Content-Length never came")
    if inflater is not None and not inflater.eof:
        raise _ShortBody(f"the gzip stream stops after {size:,} decoded byte(s)")
    return b"".join(chunks), False
