"""Fuzzing the stages that read untrusted bytes (issue 14): the HTML and text extractors and the
WARC, JSONL and feed readers.

Each target takes generated input (tag soup, line soup, mutated WARC records, JSON values nested
or broken, feed XML) and checks the one promise every reader makes: it never raises, it answers
every input with a RawDocument/Article or a one-line Rejection, and it never hands on a page cut
short. The number of cases per target is FUZZ_EXAMPLES (default 1000: about 45 s for all five
on the 2-core CI machine); `FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py` fuzzes longer. Cases
and run time per target are printed at the end of the test run.

Inputs the fuzzers (or the fault audit) found are kept below as `@example`s, so they are replayed
on every run whatever the random draw.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsledger import RawDocument, Rejection
from newsledger.extract import extract
from newsledger.ingest.feeds import iter_feed
from newsledger.ingest.jsonl import iter_jsonl
from newsledger.ingest.warc import iter_warc
from newsledger.records import Article

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def tally(request) -> dict:
    """Cases and seconds per target, printed in the run's summary (conftest.pytest_terminal_summary)."""
    if not hasattr(request.config, "fuzz_tally"):
        request.config.fuzz_tally = {}
    return request.config.fuzz_tally


def _count(stats: dict, name: str, started: float) -> None:
    cases, seconds = stats.get(name, (0, 0.0))
    stats[name] = (cases + 1, seconds + time.monotonic() - started)


def _one_line(rejection: Rejection) -> None:
    assert rejection.reason and "\n" not in rejection.message() and "\r" not in rejection.message()
    assert rejection.reason != "extractor_error", rejection.message()      # a fault of our own readers


# -- HTML and text extractors ------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
_WORDS = st.lists(st.sampled_from(["Kyiv", "said", "the", "river", "officials", "on", "Monday", "12", "—", "«",
                                   "Thursday 12 - 11:40", "2024", "By Jane Doe", "&amp;", "&#0;", "\u202e"]),
                  max_size=30).map(" ".join)
_TAGS = st.sampled_from(["p", "div", "article", "b", "span", "h1", "script", "style", "nav", "table", "td", "a",
                         "time", "meta", "br", "li", "ul", "iframe", "svg", "math", "template", "!--", "![CDATA["])


def _element(children):
    return st.tuples(_TAGS, st.sampled_from(["", ' class="content"', ' lang="ru"', " x=\"\u0000\"", ' datetime="2024-13-45"']),
                     st.lists(children, max_size=5)).map(lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + f"</{t[0]}>")


_HTML = st.recursive(st.one_of(_WORDS, _TEXT), _element, max_leaves=40).map(lambda body: "<html><body>" + body)


@FUZZ
@given(page=_HTML, encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1251"]), cut=st.integers(0, 4000))
@example(page="<html><body>" + "<div>" * 5000 + "x", encoding="utf-8", cut=0)
@example(page="<html><body><article><p>" + "<b>x</b>" * 30_000, encoding="utf-8", cut=0)   # too_complex
def test_fuzz_html_extractor(tally, page: str, encoding: str, cut: int):
    started = time.monotonic()
    content = page.encode(encoding, "replace")
    content = content[: len(content) - cut] if cut < len(content) else content
    result = extract(RawDocument(uri="fuzz.html", content=content))
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        _one_line(result)
    else:
        assert result.body and result.id
    _count(tally, "html extractor", started)


_LINE = st.one_of(_WORDS, _TEXT, st.sampled_from(["", "  • Home", "Thursday 12 - 11:40", "Сегодня, 12:30",
                                                 "By Jane Doe | Reuters", "\f", "\x00", "=" * 200]))


@FUZZ
@given(lines=st.lists(_LINE, max_size=120), fetched_at=st.sampled_from([None, "2024-10-01T00:00:00Z", "garbage", "9999-99"]))
@example(lines=["Synthetic\n"] + ["a"] * 60_000, fetched_at=None)                       # too_complex
def test_fuzz_text_extractor(tally, lines: list[str], fetched_at: str | None):
    started = time.monotonic()
    raw = RawDocument(uri="fuzz.txt", content="\n".join(lines).encode("utf-8", "surrogatepass"), fetched_at=fetched_at)
    result = extract(raw)
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        _one_line(result)
    _count(tally, "text extractor", started)


# -- JSONL reader ------------------------------------------------------------------------------

_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | _TEXT,
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4), max_leaves=20)
_JSONL_LINE = st.one_of(
    st.builds(lambda html, url: json.dumps({"url": url, "html": html}), _TEXT, _TEXT),
    st.builds(lambda text: json.dumps({"text": text}), _TEXT),
    _JSON.map(json.dumps),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
)


@FUZZ
@given(lines=st.lists(_JSONL_LINE, max_size=12), gz=st.booleans(), cut=st.integers(0, 40))
@example(lines=["[" * 50_000 + "]" * 50_000, json.dumps({"text": "x \ud800"})], gz=False, cut=0)
def test_fuzz_jsonl_reader(tally, lines: list[str], gz: bool, cut: int):
    started = time.monotonic()
    plain = "\n".join(lines).encode("utf-8", "surrogatepass")
    data = gzip.compress(plain)[: -cut or None] if gz else plain
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("f.jsonl.gz" if gz else "f.jsonl")
        path.write_bytes(data)
        items = list(iter_jsonl(path, max_bytes=20_000))
    assert all(isinstance(i, RawDocument | Rejection) for i in items)
    if not gz or not cut:
        assert len(items) == sum(1 for line in plain.split(b"\n") if line.strip())   # every line answered
    for item in items:
        if isinstance(item, Rejection):
            _one_line(item)
    _count(tally, "jsonl reader", started)


# -- WARC reader -------------------------------------------------------------------------------

_PAGES = [b"<html><body><p>Synthetic page %d of the WARC fuzzer.</p></body></html>" % i for i in range(6)]


def _warc_record(index: int, mutation: str) -> bytes:
    page = _PAGES[index]
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    length = {"short": len(http) - 7, "long": len(http) + 9}.get(mutation, len(http))
    head = [b"WARC/1.0"] if mutation != "no_version" else []
    head += [] if mutation == "no_type" else [b"WARC-Type: response"]
    head += [b"WARC-Record-ID: <urn:uuid:%d>" % index, b"WARC-Target-URI: https://fuzz.test/%d" % index,
             b"Content-Type: application/http; msgtype=response"]
    head += [] if mutation == "no_length" else [b"Content-Length: %d" % length]
    return b"\r\n".join(head) + b"\r\n\r\n" + http + b"\r\n\r\n"


@FUZZ
@given(mutations=st.lists(st.sampled_from(["ok", "ok", "short", "long", "no_version", "no_type", "no_length"]),
                          min_size=1, max_size=6),
       gz=st.booleans(), cut=st.integers(0, 60), junk=st.binary(max_size=30))
@example(mutations=["ok", "short", "ok"], gz=False, cut=0, junk=b"")
@example(mutations=["ok", "long", "ok"], gz=True, cut=0, junk=b"")
@example(mutations=["short", "ok"], gz=True, cut=5, junk=b"")                # found: a cut gzip hid the fault
@example(mutations=["long", "no_version", "ok"], gz=False, cut=0, junk=b"")   # found: a record lost in silence
@example(mutations=["short"], gz=False, cut=13, junk=b"\x00\x00")           # found: no end-of-record lines
def test_fuzz_warc_reader(tally, mutations: list[str], gz: bool, cut: int, junk: bytes):
    started = time.monotonic()
    records = [_warc_record(i, m) for i, m in enumerate(mutations)]
    data = b"".join(gzip.compress(r) for r in records) if gz else b"".join(records)
    data = data[: len(data) - cut] + junk
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("f.warc.gz" if gz else "f.warc")
        path.write_bytes(data)
        items = list(iter_warc(path))
    for item in items:
        assert isinstance(item, RawDocument | Rejection)
        if isinstance(item, RawDocument):
            assert item.content in _PAGES, (mutations, gz, cut, junk, item.content[-40:])   # never cut or run on
        else:
            _one_line(item)
    if not cut and not junk:
        stored = {i.url for i in items if isinstance(i, RawDocument)}
        named = {i.uri.rsplit("uuid:", 1)[-1] for i in items if isinstance(i, Rejection)}
        for index, mutation in enumerate(mutations):               # every record read or named
            assert f"https://fuzz.test/{index}" in stored or str(index) in named or any(
                i.reason == "truncated_warc" for i in items if isinstance(i, Rejection)), (index, mutation)
    _count(tally, "warc reader", started)


# -- feed reader -------------------------------------------------------------------------------

_ITEM = st.builds(lambda title, link, content: f"<item><title>{title}</title><link>{link}</link>{content}</item>",
                  _WORDS, st.sampled_from(["https://fuzz.test/a", "javascript:alert(1)", "", "http://127.0.0.1/x", "//x"]),
                  st.sampled_from(["", "<description>summary</description>",
                                   "<content:encoded><![CDATA[<p>Synthetic full text of the item.</p>]]></content:encoded>"]))


@FUZZ
@given(items=st.lists(_ITEM, max_size=5), junk=st.sampled_from(["", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "<"]),
       cut=st.integers(0, 50))
def test_fuzz_feed_reader(tally, items: list[str], junk: str, cut: int):
    started = time.monotonic()
    feed = ('<?xml version="1.0"?>' + junk + '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Fuzz feed</title>" + "".join(items) + "</channel></rss>").encode()
    feed = feed[: len(feed) - cut] if cut else feed
    results = list(iter_feed("fuzz.rss", feed, None))        # no fetcher: nothing may be fetched
    assert results
    for item in results:
        assert isinstance(item, RawDocument | Rejection)
        if isinstance(item, Rejection):
            _one_line(item)
    _count(tally, "feed reader", started)
