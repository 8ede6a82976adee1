"""The ledger's SQLite file: opening it (read-write in WAL mode, or read-only where it cannot be
written) and saying what to do about sqlite3's errors."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import StorageError

__all__ = ["connect", "hint", "is_read_only"]


def hint(exc: BaseException) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "another process is writing to this ledger; wait for it to finish or use another --db"
    if "not a database" in text or "malformed" in text:
        return "the file is not a newsledger ledger or is damaged; choose another --db or restore a copy"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "check that the file and its folder exist and are writable"
    if "full" in text or "disk i/o" in text:
        return "free disk space, then run the command again (committed batches are kept)"
    if "constraint" in text:
        return "a row refers to an article that is not stored; store the article first"
    return "run the command again; if it persists, check the file with `sqlite3 FILE 'PRAGMA integrity_check'`"


def is_read_only(path: str) -> bool:
    """True when an existing ledger file cannot be written here (read-only mount or permissions)."""
    if path == ":memory:" or not Path(path).exists():
        return False
    return not os.access(path, os.W_OK) or not os.access(str(Path(path).parent), os.W_OK)


def connect(path: str) -> tuple[sqlite3.Connection, bool]:
    """A connection in autocommit mode, and whether it is read-only."""
    if path != ":memory:" and not Path(path).parent.is_dir():
        raise StorageError(f"folder {Path(path).parent} does not exist; create it or choose another --db",
                           uri=path, reason="no_folder")
    if is_read_only(path):
        return _connect_read_only(path), True
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a process crash never loses a committed transaction; only a power
        # cut may drop the last few, and the file stays consistent either way.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open the ledger ({exc}); {hint(exc)}", uri=path) from exc
    return conn, False


def _connect_read_only(path: str) -> sqlite3.Connection:
    """Reading a WAL file needs its shared-memory file, which needs a writable folder; where there
    is none (a read-only mount) the file is opened as immutable: nobody can be writing it."""
    uri = Path(path).resolve().as_uri()
    folder_writable = os.access(str(Path(path).parent), os.W_OK)
    error = sqlite3.Error("no way to open it read-only")
    for query in (("?mode=ro",) if folder_writable else ()) + ("?immutable=1",):
        try:
            conn = sqlite3.connect(uri + query, uri=True, isolation_level=None, timeout=30.0)
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error as exc:
            error = exc
    raise StorageError(f"cannot open the read-only ledger ({error}); {hint(error)}", uri=path) from error
