"""WARC archives (.warc, .warc.gz) -> RawDocument, one per HTML response or resource record.

Reading is fastwarc's (resiliparse): it parses WARC and HTTP headers. Three things are written
by hand, because fastwarc does not do them:

* Choosing which records are pages. Responses and resources whose payload is HTML (or plain text,
  or undeclared but HTML-looking) become RawDocuments; images, scripts, styles and feeds are
  counted and reported once per archive as a `not_html` Rejection, non-2xx responses once as
  `http_status` and revisit records once as `revisit`, so a crawl of 10,000 records does not print 9,000 lines of noise.
* Noticing a damaged archive. fastwarc stops quietly at a truncated or corrupt record. After the
  iteration we look at where the last record it read should end: if the file is shorter, that
  record is cut (it is dropped, since its payload is incomplete); if unreadable bytes follow it,
  the rest of the file is lost. Either way a `truncated_warc` Rejection names the file and the
  offset reached, and everything read before it is kept.
* Checking each record's framing (`warc_check.py`): a record without a version line, WARC-Type
  or Content-Length, or whose Content-Length does not end it, is a `malformed_warc_record`
  Rejection naming its offset and fault, never a cut-off page; a record fastwarc swallowed into
  the one before it is reported too.
* Undoing chunked transfer and gzip/deflate encodings leniently. fastwarc's own decoder stops the
  whole archive at a record whose headers say "chunked" or "gzip" over a body a crawler already
  decoded (a common stale-header case), so payloads are read raw and decoded here, falling back
  to the bytes as stored.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..options import DEFAULT_MAX_BYTES
from ..records import RawDocument, Rejection

__all__ = ["WARC_SUFFIXES", "is_warc_path", "iter_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz")
PAGE_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_HTML_HEAD = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body)", re.I | re.S)
_CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.I | re.M)
_TAIL_READ = 1 << 16


def is_warc_path(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """Every page in one WARC file, then one Rejection per kind of record skipped or damage found."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from .warc_check import check_framing

    path = Path(path)
    skipped: Counter[tuple[str, str]] = Counter()
    pending: RawDocument | Rejection | None = None
    last_pos: int | None = None
    records = 0
    page_types = WarcRecordType.response | WarcRecordType.resource
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Rejection(str(path), "unreadable", exc.strerror or str(exc), "warc")
        return
    failure = ""
    framing = check_framing(path)
    seen: set[str] = set()
    with stream:
        try:
            for record in ArchiveIterator(stream, auto_decode="none", quirks_mode=True):  # bare-LF headers
                if pending is not None:
                    yield pending
                records += 1
                last_pos = record.stream_pos
                seen.add(record.record_id or "")
                fault = framing.fault_of(record.record_id) if record.record_id else None
                if fault is not None:
                    pending = None      # reported below with the other malformed records
                elif record.record_type & page_types:
                    pending = _page(path, record, max_bytes, skipped)
                else:
                    pending = None
                    if record.record_type == WarcRecordType.revisit:
                        skipped["revisit", "revisit"] += 1
        except Exception as exc:  # noqa: BLE001 - fastwarc raises OSError (gzip) or plain errors on broken input
            failure = f" ({exc})"
    damage = _check_end(path, last_pos)
    if damage is None and failure:
        damage = (last_pos or 0, False)
    if damage is not None:
        offset, inside_last = damage
        if inside_last:
            pending = None
        where = "inside the last record read" if inside_last else "after the last complete record"
        yield Rejection(str(path), "truncated_warc",
                        f"archive truncated or corrupt {where}{failure}; offset reached {offset:,} of "
                        f"{path.stat().st_size:,} bytes; {records - inside_last} record(s) before it were read",
                        "warc")
    if pending is not None:
        yield pending
    yield from _malformed(path, framing, seen, damaged_at=damage[0] if damage is not None else None)
    yield from _summaries(path, skipped)


def _malformed(path: Path, framing, seen: set[str], *, damaged_at: int | None) -> Iterator[Rejection]:
    """One Rejection per malformed record, and per sound record lost behind one (those past the
    damage a truncated_warc Rejection already names are left to it)."""
    for offset, record_id, fault in framing.bad:
        if damaged_at is not None and offset >= damaged_at and record_id not in seen:
            continue
        uri = f"{path}#{record_id.strip('<>')}" if record_id else f"{path}#offset-{offset}"
        yield Rejection(uri, "malformed_warc_record", f"record at offset {offset:,} skipped: {fault}", "warc")
    if framing.bad and damaged_at is None:
        for record_id in framing.good:
            if record_id not in seen:
                yield Rejection(f"{path}#{record_id.strip('<>')}", "malformed_warc_record",
                                "a sound record the reader lost behind a malformed one before it", "warc")


def _page(path: Path, record, max_bytes: int, skipped: Counter) -> RawDocument | Rejection | None:
    """The RawDocument of one response/resource record, a Rejection, or None when it is not a page."""
    record_id = record.record_id or f"offset-{record.stream_pos}"
    uri = f"{path}#{record_id.strip('<>')}"
    if record.is_http:
        status = record.http_headers.status_code
        if status is not None and not 200 <= status < 300:
            skipped["http_status", str(status)] += 1
            return None
        declared = record.http_headers.get("Content-Type")
    else:
        declared = record.headers.get("Content-Type")
    media = (declared or "").split(";")[0].strip().lower()
    if media in PAGE_MEDIA_TYPES:
        payload = record.reader.read(max_bytes + 1)
    elif _unknown(media) and _HTML_HEAD.match(head := record.reader.read(4096)):
        payload = head + record.reader.read(max_bytes + 1 - len(head))
    else:  # images, scripts, styles, feeds: counted, and their payload is never read
        skipped["not_html", media or "undeclared"] += 1
        return None
    if record.is_http:
        payload = _decode(payload, record.http_headers, max_bytes)
    if len(payload) > max_bytes:
        return Rejection(uri, "too_large", f"record payload over the limit of {max_bytes:,} bytes", "warc")
    return RawDocument(
        uri=uri,
        content=payload,
        format_hint="warc",
        url=record.headers.get("WARC-Target-URI"),
        fetched_at=record.headers.get("WARC-Date"),
        warc_record_id=record_id,
        media_type=declared,
    )


def _decode(payload: bytes, headers, max_bytes: int) -> bytes:
    """Undo chunked transfer and gzip/deflate content encodings, keeping the bytes as they are
    when the headers turn out to be stale (crawlers often store decoded bodies under them)."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        payload = _dechunk(payload) or payload
    encoding = (headers.get("Content-Encoding") or "").strip().lower()
    # gzip or zlib headers are recognised; raw deflate is tried only when "deflate" is declared,
    # since it would turn a stale-labelled plain body into garbage instead of failing
    attempts = {"gzip": (32 + zlib.MAX_WBITS,), "x-gzip": (32 + zlib.MAX_WBITS,),
                "deflate": (32 + zlib.MAX_WBITS, -zlib.MAX_WBITS)}.get(encoding, ())
    for wbits in attempts:
        try:
            return zlib.decompressobj(wbits).decompress(payload, max_bytes + 1)
        except zlib.error:
            continue
    return payload


def _dechunk(data: bytes) -> bytes | None:
    """The body of a chunked transfer, or None when `data` does not start like one."""
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = data.find(b"\n", pos)
        size_text = data[pos:eol].split(b";")[0].strip() if eol >= 0 else b""
        if not size_text or any(c not in b"0123456789abcdefABCDEF" for c in size_text):
            return b"".join(parts) if parts else None
        size = int(size_text, 16)
        if size == 0:
            return b"".join(parts)
        parts.append(data[eol + 1:eol + 1 + size])
        pos = eol + 1 + size
        pos += 2 if data[pos:pos + 2] == b"\r\n" else 1


def _unknown(media: str) -> bool:
    return media in ("", "application/octet-stream", "unknown/unknown", "application/unknown")


def _summaries(path: Path, skipped: Counter) -> Iterator[Rejection]:
    labels = {"not_html": "non-page record(s)", "http_status": "non-2xx response(s)",
              "revisit": "revisit record(s) (duplicates without payload)"}
    for reason, label in labels.items():
        kinds = [(kind, n) for (r, kind), n in skipped.most_common() if r == reason]
        if kinds:
            total = sum(n for _, n in kinds)
            listed = "" if reason == "revisit" else " (" + ", ".join(f"{kind} {n}" for kind, n in kinds) + ")"
            yield Rejection(str(path), reason, f"{total} {label} skipped{listed}", "warc")


def _check_end(path: Path, last_pos: int | None) -> tuple[int, bool] | None:
    """None when the archive ends cleanly after the last record read; else (offset reached, cut inside it)."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        if last_pos is None:
            head = stream.read(_TAIL_READ)
            return None if not head.strip() else (0, False)
        stream.seek(last_pos)
        head = stream.read(2)
        stream.seek(last_pos)
        if head == b"\x1f\x8b":
            end = _gzip_member_end(stream, last_pos)
        elif head[:1] == b"W":
            end = _plain_record_end(stream, last_pos)
        else:
            return None  # a whole-file gzip stream: record offsets cannot be checked from here
        if end is None or end > size:
            return last_pos, True
        stream.seek(end)
        rest = stream.read(_TAIL_READ)
    return None if not rest.strip() else (end, False)


def _gzip_member_end(stream, start: int) -> int | None:
    """Offset just past the gzip member that starts at `start`, or None when it is cut short."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    consumed = 0
    while not inflater.eof:
        chunk = stream.read(_TAIL_READ)
        if not chunk:
            return None
        try:
            inflater.decompress(chunk)
        except zlib.error:
            return None
        consumed += len(chunk)
    return start + consumed - len(inflater.unused_data)


def _plain_record_end(stream, start: int) -> int | None:
    """Offset just past the content block of an uncompressed record (the blank lines after it
    are left to the caller, which accepts any whitespace there)."""
    head = stream.read(_TAIL_READ)
    ends = [(at, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (at := head.find(sep)) >= 0]
    if not ends:
        return None
    split, width = min(ends)
    length = _CONTENT_LENGTH.search(head[:split])
    return None if length is None else start + split + width + int(length.group(1))
