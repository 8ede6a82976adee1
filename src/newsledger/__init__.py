"""newsledger: raw news pages -> a sourced, geocoded, deduplicated ledger of claims and events.

Pipeline (one subpackage per stage): ingest -> extract -> enrich -> events -> stories -> store
-> report. Stages are pure functions on the frozen records in `newsledger.records`.
"""
from __future__ import annotations

from .errors import ConfigError, ExtractionError, FetchError, InputError, NewsledgerError, StorageError
from .extract import extract
from .options import ExtractOptions
from .records import Article, Published, RawDocument, Rejection, Removal

__all__ = [
    "Article", "Published", "RawDocument", "Rejection", "Removal",
    "ExtractOptions", "extract",
    "NewsledgerError", "InputError", "FetchError", "ExtractionError", "StorageError", "ConfigError",
]
__version__ = "0.1.0"
