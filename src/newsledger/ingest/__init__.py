"""ingest: sources -> RawDocument (files, folders, globs; WARC, JSONL, feeds and URLs elsewhere here)."""
from __future__ import annotations

from .files import PAGE_SUFFIXES, iter_files, read_file

__all__ = ["PAGE_SUFFIXES", "iter_files", "read_file"]
