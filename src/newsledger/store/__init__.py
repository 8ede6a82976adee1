"""store: records <-> one SQLite ledger file (WAL mode, recorded migrations, content-hash keys).

    from newsledger.store import Ledger, default_db_path
    with Ledger.open(default_db_path()) as ledger:
        for article in ledger.articles():
            ...
"""
from __future__ import annotations

import os

from .ledger import Ledger, raw_hash

__all__ = ["Ledger", "raw_hash", "default_db_path", "DEFAULT_DB"]

DEFAULT_DB = "newsledger.db"


def default_db_path() -> str:
    """$NEWSLEDGER_DB when set, else ./newsledger.db."""
    return os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB
