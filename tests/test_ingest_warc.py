"""WARC archives -> RawDocument: pages kept, non-pages counted, damaged archives reported.

The archives are written in the test with warcio from real pages of the shared corpus (AEB HTML
and a seed text dump); the surrounding records (image, script, 404, revisit, request, warcinfo) are synthetic.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.extract import extract
from newsledger.ingest.sources import iter_sources
from newsledger.ingest.warc import _dechunk, iter_warc
from newsledger.records import RawDocument, Rejection

N_PAGES = 3


@pytest.fixture(scope="module")
def aeb_pages(corpus: Path) -> list[tuple[str, bytes]]:
    gold = json.loads((corpus / "aeb" / "ground-truth.json").read_text())
    names = sorted(gold)[:N_PAGES]
    return [(gold[n]["url"], gzip.decompress((corpus / "aeb" / "html" / f"{n}.html.gz").read_bytes())) for n in names]


def _http(status: str, content_type: str, extra=()) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def write_archive(path: Path, pages, seed_text: bytes, compress: bool) -> list[int]:
    """Write the test archive; return the offset at which each page record starts."""
    starts = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsledger-test"}))
        for url, html in pages:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            starts.append(out.tell())
            headers = _http("200 OK", "text/html; charset=utf-8")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
        logo = b"\x89PNG\r\n\x1a\n" + bytes(200)
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=io.BytesIO(logo), http_headers=_http("200 OK", "image/png")))
        writer.write_record(writer.create_warc_record("https://example.org/app.js", "response",
                                                      payload=io.BytesIO(b"var x = 1;"), http_headers=_http("200 OK", "application/javascript")))
        writer.write_record(writer.create_warc_record("https://example.org/gone", "response",
                                                      payload=io.BytesIO(b"<html>gone</html>"), http_headers=_http("404 Not Found", "text/html")))
        writer.write_record(writer.create_revisit_record(pages[0][0], "sha1:AAAA", pages[0][0], "2024-10-26T08:00:00Z"))
        writer.write_record(writer.create_warc_record("https://example.org/seed.txt", "resource",
                                                      payload=io.BytesIO(seed_text), warc_content_type="text/plain"))
    return starts


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_every_page_record_becomes_a_raw_document(tmp_path, aeb_pages, seeds, compress):
    seed_text = seeds["001"].read_bytes()
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_archive(path, aeb_pages, seed_text, compress)

    items = list(iter_warc(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejections = {r.reason: r for r in items if isinstance(r, Rejection)}

    assert [d.url for d in docs] == [url for url, _ in aeb_pages] + ["https://example.org/seed.txt"]
    assert [d.content for d in docs] == [html for _, html in aeb_pages] + [seed_text]
    first = docs[0]
    assert first.format_hint == "warc"
    assert first.uri == f"{path}#{first.warc_record_id.strip('<>')}"
    assert first.warc_record_id.startswith("<urn:uuid:")
    assert first.fetched_at.startswith("20") and first.fetched_at.endswith("Z")
    assert first.media_type == "text/html; charset=utf-8"
    assert docs[-1].media_type == "text/plain"
    assert set(rejections) == {"not_html", "http_status", "revisit"}, items
    assert "2 non-page record(s)" in rejections["not_html"].detail
    assert "image/png 1" in rejections["not_html"].detail
    assert "404 1" in rejections["http_status"].detail
    assert rejections["revisit"].detail.startswith("1 revisit record(s)")


def test_gzip_content_encoding_is_undone(tmp_path, aeb_pages):
    url, html = aeb_pages[0]
    path = tmp_path / "encoded.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = _http("200 OK", "text/html", [("Content-Encoding", "gzip")])
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(gzip.compress(html)), http_headers=headers))
    [doc] = list(iter_warc(path))
    assert doc.content == html


def _chunked(data: bytes, size: int = 1000) -> bytes:
    pieces = [data[i:i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_chunked_and_gzip_transfer_is_undone_and_stale_headers_tolerated(tmp_path, aeb_pages):
    (url1, html1), (url2, html2) = aeb_pages[:2]
    both = [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
    path = tmp_path / "encodings.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        encoded = _chunked(gzip.compress(html1))
        writer.write_record(writer.create_warc_record(url1, "response", payload=io.BytesIO(encoded),
                                                      http_headers=_http("200 OK", "text/html", both)))
        # a crawler that stored the decoded body but kept the original headers
        writer.write_record(writer.create_warc_record(url2, "response", payload=io.BytesIO(html2),
                                                      http_headers=_http("200 OK", "text/html", both)))
        writer.write_record(writer.create_warc_record(url1 + "?again", "response", payload=io.BytesIO(html1),
                                                      http_headers=_http("200 OK", "text/html")))
    docs = list(iter_warc(path))
    assert [d.content for d in docs] == [html1, html2, html1]


def test_http_headers_with_bare_line_feeds_are_read(tmp_path, aeb_pages):
    """Some crawlers store HTTP headers with LF instead of CRLF; the page must not be lost."""
    url, html = aeb_pages[0]
    block = b"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n" + html
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              b"WARC-Date: 2024-10-26T08:00:00Z\r\nWARC-Target-URI: " + url.encode() + b"\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(block)).encode()
              + b"\r\n\r\n" + block + b"\r\n\r\n")
    path = tmp_path / "lf.warc"
    path.write_bytes(record)
    [doc] = list(iter_warc(path))
    assert doc.content == html and doc.media_type == "text/html; charset=utf-8"
    assert doc.fetched_at == "2024-10-26T08:00:00Z"


@given(st.binary(max_size=3000), st.integers(min_value=1, max_value=700))
def test_dechunking_undoes_any_chunking(body, size):
    assert _dechunk(_chunked(body, size)) == body


@given(st.binary(max_size=200).map(lambda b: b"<" + b))
def test_a_page_body_is_never_taken_for_chunks(body):
    assert _dechunk(body) is None


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_truncated_archive_keeps_what_was_read_and_names_the_offset(tmp_path, aeb_pages, seeds, compress):
    whole = tmp_path / "whole.warc"
    starts = write_archive(whole, aeb_pages, seeds["000"].read_bytes(), compress)
    data = whole.read_bytes()
    cut_at = starts[2] + 300   # inside the third page record (each is several kB)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(data[:cut_at])

    items = list(iter_warc(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    damage = [r for r in items if isinstance(r, Rejection) and r.reason == "truncated_warc"]

    assert [d.content for d in docs] == [html for _, html in aeb_pages[:2]]
    assert len(damage) == 1
    assert damage[0].uri == str(path)
    assert f"offset reached {starts[2]:,}" in damage[0].detail
    assert f"of {cut_at:,} bytes" in damage[0].detail


def test_garbage_after_a_record_is_reported_not_fatal(tmp_path, aeb_pages, seeds):
    whole = tmp_path / "whole.warc.gz"
    starts = write_archive(whole, aeb_pages, seeds["000"].read_bytes(), True)
    data = whole.read_bytes()
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(data[:starts[1]] + b"this is not a gzip member at all\n" * 20 + data[starts[1]:])

    items = list(iter_warc(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    damage = [r for r in items if isinstance(r, Rejection) and r.reason == "truncated_warc"]
    assert docs and docs[0].content == aeb_pages[0][1]
    assert len(damage) == 1 and str(path) == damage[0].uri


def test_not_a_warc_at_all(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"<html><body>I am an HTML page with the wrong suffix</body></html>")
    items = list(iter_warc(path))
    assert [(r.reason, r.uri) for r in items] == [("truncated_warc", str(path))]
    assert "offset reached 0" in items[0].detail


def test_warc_pages_extract_with_their_container_and_url(tmp_path, aeb_pages, seeds):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, aeb_pages[:1], seeds["001"].read_bytes(), True)
    docs = [i for i in iter_sources([str(tmp_path)]) if isinstance(i, RawDocument)]
    article = extract(docs[0])
    assert not isinstance(article, Rejection), article
    assert article.source == {"uri": aeb_pages[0][0], "format": "warc"}
    assert article.url == aeb_pages[0][0]
    as_file = extract(RawDocument(uri="page.html", content=aeb_pages[0][1]))
    assert article.body == as_file.body and article.title == as_file.title   # the container changes nothing else
