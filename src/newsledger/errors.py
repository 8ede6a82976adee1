"""The one error root of newsledger.

    NewsledgerError
    ├── InputError          a source could not be read or is not a page (binary, empty, too large)
    │   └── FetchError      an URL could not be fetched (HTTP status, time-out, robots.txt)
    ├── ExtractionError     a page was read but no article could be taken out of it
    ├── StorageError        the ledger could not be opened, migrated or written
    └── ConfigError         an option or environment setting is wrong

Every message says what was wrong, with which input, and what to do. Third-party errors
(lxml, trafilatura, sqlite3, httpx-like transports) are translated into these at the boundary.
"""
from __future__ import annotations

__all__ = [
    "NewsledgerError",
    "InputError",
    "FetchError",
    "ExtractionError",
    "StorageError",
    "ConfigError",
]


class NewsledgerError(Exception):
    """Root of every error newsledger raises on purpose."""

    def __init__(self, message: str, *, uri: str | None = None, reason: str | None = None):
        self.uri = uri
        self.reason = reason
        super().__init__(f"{uri}: {message}" if uri else message)


class InputError(NewsledgerError):
    """A source could not be read, or what it holds is not a page."""


class FetchError(InputError):
    """An URL could not be fetched."""


class ExtractionError(NewsledgerError):
    """A page was read, but no article could be taken out of it."""


class StorageError(NewsledgerError):
    """The ledger could not be opened, migrated or written."""


class ConfigError(NewsledgerError):
    """An option or setting is wrong."""
