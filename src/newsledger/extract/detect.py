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
    """"html" or "text": the bytes decide; the file name only breaks a tie.

    Markup from its first byte (a document, a fragment, a page in a wrapper element) is HTML once
    it has five tags. Bytes that open with text are a text dump that may quote some tags (a post
    about front-end code, a page printing a script) unless markup runs through them: a document
    element (doctype, <html>, <head>, <body>) after a line or two of preamble (a server's warning),
    or tags on most of their lines
    (no dump of the tuning sets has them on more than 56% of its lines). A .txt file that opens
    with text is a dump whatever it quotes; a .html file is HTML from its first tag."""
    head = content[:4096]
    if _HTML_START.match(head):
        return "html"
    sample = content[:65536]
    tags = len(_TAG.findall(sample))
    name = uri.lower()
    if tags >= 5:
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return "html"
        if not name.endswith((".txt", ".txt.gz")) and (_DOCUMENT_TAG.search(content[:_PREAMBLE]) or _mostly_markup(sample)):
            return "html"
    if name.endswith((".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")) and tags >= 1:
        return "html"
    return "text"


_DOCUMENT_TAG = re.compile(rb"<!doctype\s+html|<(?:html|head|body)[\s>]", re.I)
_PREAMBLE = 256            # bytes a server may print before a document (a warning line); later, it is quoted
_TAGGED_LINE = re.compile(rb"<[a-z/!]", re.I)
_MARKUP_LINES = 0.6        # share of non-empty lines with a tag above which text-first bytes are markup


def _mostly_markup(sample: bytes) -> bool:
    lines = [line for line in sample.split(b"\n") if line.strip()]
    return sum(1 for line in lines if _TAGGED_LINE.search(line)) >= _MARKUP_LINES * len(lines)
