"""Decide what a page is before extracting it: binary, empty, undecodable, HTML or a text dump.

Written by hand: the checks are a few byte tests that no library bundles in this form.
"""
from __future__ import annotations

import gzip
import re
import zlib

from ..errors import InputError

__all__ = ["unwrap", "looks_binary", "decode_text", "sniff_format"]

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"RIFF": "a media file",
    b"\x00\x00\x00": "a binary file",
}
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I | re.S)
_TAG = re.compile(rb"</?(p|div|span|a|br|li|ul|table|td|h[1-6]|meta|script|article|section)\b", re.I)


def unwrap(uri: str, content: bytes, max_bytes: int) -> bytes:
    """Gunzip when the bytes are gzip; refuse what is too large, before and after."""
    if len(content) > max_bytes:
        raise InputError(f"{len(content):,} bytes, over the limit of {max_bytes:,}; raise --max-bytes to accept it", uri=uri, reason="too_large")
    if content[:2] == b"\x1f\x8b":
        try:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            content = decompressor.decompress(content, max_bytes + 1)
        except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
            raise InputError(f"truncated or corrupt gzip ({exc})", uri=uri, reason="corrupt_gzip") from exc
        if not decompressor.eof and len(content) <= max_bytes:
            raise InputError("truncated gzip: the stream ends before its end marker", uri=uri, reason="corrupt_gzip")
        if len(content) > max_bytes:
            raise InputError(f"too large once decompressed, limit {max_bytes:,} bytes", uri=uri, reason="too_large")
    if not content.strip():
        raise InputError("the file holds no content", uri=uri, reason="empty")
    return content


def looks_binary(content: bytes) -> str | None:
    """Name the kind of binary file this is, or None when it may be text."""
    head = content[:8192]
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "a binary file (NUL bytes)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.05:
        return "a binary file (control bytes)"
    return None


def decode_text(uri: str, content: bytes) -> str:
    """Decode bytes as UTF-8, else the most likely charset; refuse what stays garbled."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # trafilatura's own dependency

    best = from_bytes(content[:200_000]).best()
    if best is None or best.chaos > 0.3:
        raise InputError("not UTF-8 and no likely charset", uri=uri, reason="undecodable")
    return content.decode(best.encoding, errors="replace")


def sniff_format(uri: str, content: bytes) -> str:
    """"html" or "text": the bytes decide; the file name only breaks a tie."""
    head = content[:4096]
    if _HTML_START.match(head):
        return "html"
    tags = len(_TAG.findall(content[:65536]))
    name = uri.lower()
    if tags >= 5 and not (name.endswith((".txt", ".txt.gz")) and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")):
        return "html"       # a page of markup; but a .txt file that opens with text is a dump quoting some tags
    if name.endswith((".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")) and tags >= 1:
        return "html"
    return "text"
