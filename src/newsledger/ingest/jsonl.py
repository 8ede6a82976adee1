"""JSON Lines page dumps (.jsonl, .jsonl.gz) -> RawDocument, one per line.

Each line is an object `{"url": ..., "html": ...}` or `{"url": ..., "text": ...}`, optionally with
`fetched_at` (ISO 8601). `html` goes down the HTML path (media type text/html), `text` down the
text-dump path (text/plain). A line that is not such an object is a `bad_jsonl_line` Rejection
naming the line number; the other lines are still read. Written by hand: it is a loop over
`json.loads`, with the field rules above.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..options import DEFAULT_MAX_BYTES
from ..records import RawDocument, Rejection

__all__ = ["JSONL_SUFFIXES", "is_jsonl_path", "iter_jsonl", "parse_jsonl_line"]

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl_path(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def iter_jsonl(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """One RawDocument (or Rejection) per non-blank line of the file."""
    path = Path(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield parse_jsonl_line(f"{path}#L{number}", line, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        yield Rejection(str(path), "unreadable", f"stopped after line {number}: {detail}", "jsonl")


def parse_jsonl_line(uri: str, line: bytes | str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Rejection:
    """One JSONL line as a RawDocument, or a `bad_jsonl_line` Rejection saying what is wrong."""
    if len(line) > max_bytes:
        return Rejection(uri, "too_large", f"line over the limit of {max_bytes:,} bytes", "jsonl")
    try:
        item = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Rejection(uri, "bad_jsonl_line", f"not JSON: {exc}", "jsonl")
    if not isinstance(item, dict):
        return Rejection(uri, "bad_jsonl_line", f"a JSON {type(item).__name__}, expected an object", "jsonl")
    html, text = item.get("html"), item.get("text")
    body, media_type = (html, "text/html") if isinstance(html, str) and html.strip() else (text, "text/plain")
    if not isinstance(body, str) or not body.strip():
        return Rejection(uri, "bad_jsonl_line", 'no "html" or "text" string field', "jsonl")
    url, fetched_at = item.get("url"), item.get("fetched_at")
    return RawDocument(
        uri=uri,
        content=body.encode("utf-8"),
        format_hint="jsonl",
        url=url if isinstance(url, str) and url else None,
        fetched_at=str(fetched_at) if fetched_at else None,
        media_type=media_type,
    )
