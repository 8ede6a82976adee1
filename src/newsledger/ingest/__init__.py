"""ingest: sources -> RawDocument | Rejection.

`iter_sources` is the one entry point: files, folders, globs, WARC, JSONL, RSS/Atom feeds, URLs
and URL lists, each dispatched to its module (`files`, `warc`, `jsonl`, `feeds`, `fetch`).
"""
from __future__ import annotations

from .files import PAGE_SUFFIXES, iter_files, read_file
from .jsonl import iter_jsonl
from .sources import NOTICE_REASONS, SOURCE_SUFFIXES, iter_sources
from .warc import iter_warc

__all__ = ["NOTICE_REASONS", "PAGE_SUFFIXES", "SOURCE_SUFFIXES", "iter_files", "iter_jsonl", "iter_sources", "iter_warc", "read_file"]
