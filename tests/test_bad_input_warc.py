"""Malformed WARC records are reported, never stored cut off or lost in silence (issue 14, item 8).

Each archive is three response records written here (synthetic pages); the middle one is broken
in one way. The two sound ones must be read whole and the broken one named with its fault.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsledger.ingest.warc import iter_warc
from newsledger.records import RawDocument, Rejection

PAGE = b"<html><body><article>" + b"".join(
    b"<p>Synthetic paragraph %d about the river crossing rebuilt after the floods, officials said.</p>" % i
    for i in range(8)) + b"</article></body></html>"


def _record(body: bytes, rid: str, *, length: int | str | None = None, warc_type: str | None = "response",
            version: bytes | None = b"WARC/1.0") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = [version] if version else []
    if warc_type:
        head.append(b"WARC-Type: " + warc_type.encode())
    head += [b"WARC-Target-URI: https://synthetic.test/" + rid.encode(), b"WARC-Record-ID: <urn:uuid:" + rid.encode() + b">",
             b"WARC-Date: 2024-10-26T08:00:00Z", b"Content-Type: application/http; msgtype=response"]
    if length != "none":
        head.append(b"Content-Length: " + str(len(http) if length is None else length).encode())
    return b"\r\n".join(head) + b"\r\n\r\n" + http + b"\r\n\r\n"


BROKEN = {
    "content_length_too_short": ({"length": 100}, "its Content-Length (100) does not end the record"),
    "no_warc_type": ({"warc_type": None}, "it has no WARC-Type"),
    "no_version_line": ({"version": None}, "it does not open with a WARC/1.0 or WARC/1.1 line"),
    "no_content_length": ({"length": "none"}, "it has no Content-Length"),
}


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip-per-record"])
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_malformed_record_is_named_and_the_sound_ones_are_read_whole(tmp_path: Path, case: str, gzipped: bool):
    broken, fault = BROKEN[case]
    records = [_record(PAGE, "a"), _record(PAGE.replace(b"river", b"bridge"), "b", **broken),
               _record(PAGE.replace(b"river", b"lake"), "c")]
    path = tmp_path / ("x.warc.gz" if gzipped else "x.warc")
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records))
    items = list(iter_warc(path))
    pages = {i.url: i.content for i in items if isinstance(i, RawDocument)}
    assert pages == {"https://synthetic.test/a": PAGE, "https://synthetic.test/c": PAGE.replace(b"river", b"lake")}
    [rejection] = [i for i in items if isinstance(i, Rejection)]          # was: b cut, dropped or "non-page"
    assert (rejection.uri, rejection.reason) == (f"{path}#urn:uuid:b", "malformed_warc_record")
    assert fault in rejection.detail and "record at offset" in rejection.detail


def test_a_content_length_too_long_swallows_nothing_in_silence(tmp_path: Path):
    records = [_record(PAGE, "a"), _record(PAGE, "b", length=len(PAGE) + 500), _record(PAGE.replace(b"river", b"lake"), "c")]
    path = tmp_path / "x.warc"
    path.write_bytes(b"".join(records))
    items = list(iter_warc(path))
    assert [i.url for i in items if isinstance(i, RawDocument)] == ["https://synthetic.test/a"]   # b is not stored
    reasons = sorted(i.reason for i in items if isinstance(i, Rejection))
    assert reasons == ["malformed_warc_record", "truncated_warc"]      # b named; c reported lost behind it
