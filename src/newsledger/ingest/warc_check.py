"""The framing of every record of a WARC file, checked on our own: which records are malformed.

fastwarc (see warc.py) reads leniently: it drops a record without a `WARC/1.x` line or without
WARC-Type without a word, calls one without Content-Length a non-page record, and trusts a
Content-Length that is too short (the page is cut) or too long (the next record is swallowed).
This pass walks the records of the (decompressed) stream by their own headers: each must open
with a version line, carry WARC-Type and a numeric Content-Length, and its block must end where
the next record (or the file) starts. Each record that does not is named with its offset and its
fault; the walk then resumes at the next line that opens a record. Blocks are skipped, never held.

Written by hand: the framing rules are those of the WARC 1.0/1.1 standard (ISO 28500), section 4.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["Framing", "check_framing"]

_HEAD_MAX = 1 << 16
_CHUNK = 1 << 16
_VERSION = re.compile(rb"^WARC/1\.[01]\r?$")


@dataclass(slots=True)
class Framing:
    """Record ids in their order, and each malformed record: (offset, id or "", what is wrong)."""

    good: list[str] = field(default_factory=list)
    bad: list[tuple[int, str, str]] = field(default_factory=list)

    def fault_of(self, record_id: str) -> str | None:
        return next((fault for _, rid, fault in self.bad if rid == record_id), None)


def check_framing(path: Path) -> Framing:
    """Walk the records of one WARC file (plain, or gzip per record or whole)."""
    framing = Framing()
    gzipped = path.open("rb").read(2) == b"\x1f\x8b"
    try:
        stream: Any = _Inflated(path) if gzipped else path.open("rb")
        with stream:
            _walk(stream, framing)
    except (OSError, EOFError):
        pass            # a cut or corrupt archive is reported by warc.py as truncated_warc
    return framing


class _Inflated:
    """The decompressed bytes of a gzip file (one member or one per record), readable and
    seekable, ending where the data ends: a cut archive reads as far as it goes (GzipFile raises
    EOFError there, losing the read). Output is produced at most _OUT bytes at a time."""

    _OUT = 1 << 20

    def __init__(self, path: Path):
        self._path = path
        self._raw: IO[bytes] | None = None
        self._reset()

    def _reset(self) -> None:
        if self._raw is not None:
            self._raw.close()
        self._raw = self._path.open("rb")
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending, self._buffer, self._pos, self._done = b"", b"", 0, False

    def _more(self) -> bool:
        """Decode the next piece into the buffer; False at the end of the data."""
        assert self._raw is not None
        while not self._buffer and not self._done:
            if self._inflater.eof:                  # the next member, if any
                self._pending = self._inflater.unused_data + self._pending
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if not self._pending:
                self._pending = self._raw.read(_CHUNK)
                if not self._pending:
                    self._done = True
                    break
            try:
                self._buffer = self._inflater.decompress(self._pending, self._OUT)
            except zlib.error:
                self._done = True
                break
            self._pending = self._inflater.unconsumed_tail
        return bool(self._buffer)

    def read(self, size: int) -> bytes:
        parts = []
        while size > 0 and self._more():
            part, self._buffer = self._buffer[:size], self._buffer[size:]
            parts.append(part)
            size -= len(part)
            self._pos += len(part)
        return b"".join(parts)

    def seek(self, offset: int) -> int:
        if offset < self._pos:
            self._reset()
        while self._pos < offset and self.read(min(offset - self._pos, self._OUT)):
            pass
        return self._pos

    def __enter__(self) -> _Inflated:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._raw is not None:
            self._raw.close()


def _walk(stream: IO[bytes], framing: Framing) -> None:
    pos = _skip_blank(stream, 0)
    while pos is not None:
        stream.seek(pos)
        head = stream.read(_HEAD_MAX)
        if not head.strip():
            return
        end, fault, record_id, length = _read_head(head)
        if fault is None:
            block_end = pos + end + length
            if stream.seek(block_end) != block_end or _tail(stream) is False:
                fault = f"its Content-Length ({length:,}) does not end the record: the next record does not start there"
            else:
                framing.good.append(record_id)
                pos = _skip_blank(stream, block_end)
                continue
        framing.bad.append((pos, record_id, fault))
        following = _next_record(stream, pos + 1)
        for at, inner in _ids_between(stream, pos + 1, following):
            if inner != record_id:       # a record with no version line of its own, passed over
                framing.bad.append((at, inner, "it has no WARC/1.0 line of its own and lies inside a malformed record"))
        pos = following


_RECORD_ID = re.compile(rb"(?:^|\n)WARC-Record-ID:[ \t]*(\S+)", re.I)


def _ids_between(stream: IO[bytes], start: int, end: int | None) -> list[tuple[int, str]]:
    """(offset, id) of each WARC-Record-ID header line between `start` and `end` (or the end)."""
    found: dict[int, str] = {}
    offset, carry = start, b""
    stream.seek(start)
    while end is None or offset < end:
        chunk = stream.read(_CHUNK if end is None else min(_CHUNK, end - offset))
        if not chunk:
            break
        data, base = carry + chunk, offset - len(carry)
        for match in _RECORD_ID.finditer(data):
            record_id = match.group(1).decode("utf-8", "replace")
            if len(record_id) > len(found.get(base + match.start(), "")):   # an id cut at a chunk's end grows
                found[base + match.start()] = record_id
        carry = data[-200:]
        offset += len(chunk)
    return sorted(found.items())


def _read_head(head: bytes) -> tuple[int, str | None, str, int]:
    """(end of the headers, fault or None, record id, Content-Length) of the record at `head`."""
    ends = [(at, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (at := head.find(sep)) >= 0]
    if not ends:
        return 0, "its headers never end", "", 0
    split, width = min(ends)
    lines = head[:split].split(b"\n")
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        fields[name.strip().lower()] = value.strip().decode("utf-8", "replace")
    record_id = fields.get(b"warc-record-id", "")
    if not _VERSION.match(lines[0]):
        return 0, "it does not open with a WARC/1.0 or WARC/1.1 line", record_id, 0
    if not fields.get(b"warc-type"):
        return 0, "it has no WARC-Type", record_id, 0
    length = fields.get(b"content-length", "")
    if not length.isdigit():
        return 0, "it has no Content-Length" if not length else f"its Content-Length is not a number ({length!r})", record_id, 0
    return split + width, None, record_id, int(length)


def _tail(stream: IO[bytes]) -> bool:
    """True when the block is followed by the blank lines that end a record."""
    after = stream.read(4)
    return after.startswith((b"\r\n\r\n", b"\n\n"))     # every record ends so, the last one too


def _skip_blank(stream: IO[bytes], at: int) -> int | None:
    stream.seek(at)
    while chunk := stream.read(_CHUNK):
        stripped = chunk.lstrip(b"\r\n")
        if stripped:
            return at + len(chunk) - len(stripped)
        at += len(chunk)
    return None


def _next_record(stream: IO[bytes], start: int) -> int | None:
    """Offset of the next line at or after `start` that opens a record ("WARC/1.")."""
    offset = max(0, start - 1)
    stream.seek(offset)
    carry = b""
    while chunk := stream.read(_CHUNK):
        data = carry + chunk
        at = data.find(b"\nWARC/1.")
        if at >= 0:
            return offset + at + 1
        carry = data[-8:]
        offset += len(data) - len(carry)
    return None
