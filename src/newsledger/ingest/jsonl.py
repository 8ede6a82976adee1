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
from typing import Any
from pathlib import Path

from ..options import DEFAULT_MAX_BYTES
from ..records import RawDocument, Rejection

__all__ = ["JSONL_SUFFIXES", "is_jsonl_path", "iter_jsonl", "parse_jsonl_line"]

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl_path(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def iter_jsonl(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """One RawDocument (or Rejection) per non-blank line of the file.

    Lines are read at most `max_bytes` at a time: a longer line is rejected as too_large and
    skipped in bounded chunks, never held whole (a small .jsonl.gz can hold a line of gigabytes).
    """
    path = Path(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as stream:
            while line := stream.readline(max_bytes + 1):
                number += 1
                uri = f"{path}#L{number}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    skipped = len(line) + _skip_line(stream)
                    yield Rejection(uri, "too_large", f"line of {skipped:,} bytes, over the limit of {max_bytes:,} bytes "
                                                      "(--max-bytes)", "jsonl")
                elif line.strip():
                    yield parse_jsonl_line(uri, line, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        yield Rejection(str(path), "unreadable", f"stopped after line {number}: {detail}", "jsonl")


def _skip_line(stream: Any, chunk: int = 1 << 20) -> int:
    """Read past the rest of the current line, a chunk at a time; the number of bytes skipped."""
    skipped = 0
    while part := stream.readline(chunk):
        if part.endswith(b"\n"):
            return skipped + len(part) - 1
        skipped += len(part)
    return skipped


def parse_jsonl_line(uri: str, line: bytes | str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Rejection:
    """One JSONL line as a RawDocument, or a `bad_jsonl_line` Rejection saying what is wrong."""
    if len(line) > max_bytes:
        return Rejection(uri, "too_large", f"line over the limit of {max_bytes:,} bytes (--max-bytes)", "jsonl")
    try:
        item = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Rejection(uri, "bad_jsonl_line", f"not JSON: {exc}", "jsonl")
    except RecursionError:
        return Rejection(uri, "bad_jsonl_line", "not JSON we can read: arrays or objects nested too deeply", "jsonl")
    if not isinstance(item, dict):
        return Rejection(uri, "bad_jsonl_line", f"a JSON {type(item).__name__}, expected an object", "jsonl")
    html, text = item.get("html"), item.get("text")
    body, media_type = (html, "text/html") if isinstance(html, str) and html.strip() else (text, "text/plain")
    if not isinstance(body, str) or not body.strip():
        return Rejection(uri, "bad_jsonl_line", 'no "html" or "text" string field', "jsonl")
    url, fetched_at = item.get("url"), item.get("fetched_at")
    return RawDocument(
        uri=uri,
        content=body.encode("utf-8", "replace"),      # a lone "\\ud800" escape becomes "?"
        format_hint="jsonl",
        url=url if isinstance(url, str) and url else None,
        fetched_at=str(fetched_at) if fetched_at else None,
        media_type=media_type,
    )
