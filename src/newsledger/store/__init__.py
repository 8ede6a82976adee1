"""store: records <-> the ledger, one SQLite file (WAL mode) or a PostgreSQL database shared by
many writers; recorded migrations, content-hash keys.

    from newsledger.store import Ledger, default_db_path
    with Ledger.open(default_db_path()) as ledger:        # a path, or postgresql://host/db
        for article in ledger.articles():
            ...
"""
from __future__ import annotations

import os
from pathlib import Path

from .ledger import Ledger, raw_hash
from .postgres import is_postgres_url

__all__ = ["Ledger", "raw_hash", "default_db_path", "ledger_exists", "DEFAULT_DB"]

DEFAULT_DB = "newsledger.db"


def default_db_path() -> str:
    """$NEWSLEDGER_DB when set, else ./newsledger.db."""
    return os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB


def ledger_exists(target: str) -> bool:
    """Whether there may be a ledger at `target` to read: a file that exists, or any server URL
    (the server says whether it holds one)."""
    return target == ":memory:" or is_postgres_url(target) or Path(target).exists()
