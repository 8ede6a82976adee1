"""The ledger on a PostgreSQL server (psycopg 3), for ledgers that teams and machines share.

The ledger speaks one SQL: the SQLite dialect its schema and queries are written in. This module
is a connection with the few methods the ledger uses (`execute`, `rows`, `in_transaction`,
`commit`, `rollback`, `lock`, `close`) that translates each statement once:

* `?` placeholders become `%s`;
* `INSERT OR IGNORE` becomes `INSERT ... ON CONFLICT DO NOTHING`, and `INSERT OR REPLACE` an
  upsert on the table's primary key;
* `BEGIN IMMEDIATE` is a plain `BEGIN` (PostgreSQL has many writers; what must be serial takes
  an advisory lock through `lock`);
* NUL characters in text columns become U+FFFD (PostgreSQL text cannot hold them);
* in migrations, `BLOB` is `BYTEA`, `REAL` double precision, `INTEGER` `BIGINT`, and every table
  gets a `rowid BIGSERIAL` column, so "ORDER BY rowid" keeps meaning "in the order stored".

Written by hand because the statements are few and fixed; an ORM would hide the transactions
the ledger's crash safety rests on. Select a server with a URL: `--db postgresql://host/db` or
NEWSLEDGER_DB; a `search_path` in the URL's options (`?options=-csearch_path%3Dteam`) picks the
schema, which is created when missing.
"""
from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import StorageError

__all__ = ["is_postgres_url", "connect", "PostgresConnection", "redact"]

_SCHEMES = ("postgresql://", "postgres://")

# Primary keys of the tables written with INSERT OR REPLACE (the upsert's conflict target).
_PRIMARY_KEYS = {
    "duplicates": ("article_id",), "signatures": ("article_id",),
    "analyses": ("article_id", "analyzer_version"), "events": ("id",), "control_claims": ("id",),
    "stories": ("id",), "dedup_checked": ("scheme",),
}


def is_postgres_url(target: str) -> bool:
    return target.startswith(_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages and `status`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def _one(conn: Any, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def hint(exc: BaseException) -> str:
    text = str(exc).lower()
    if "connect" in text or "connection" in text:
        return "check that the PostgreSQL server is running and the --db URL (host, port, database, user) is right"
    if "permission denied" in text or "read-only" in text:
        return "the database user may not write here; grant it the rights or use another --db"
    if "violates foreign key" in text:
        return "a row refers to an article that is not stored; store the article first"
    if "nul" in text and "0x00" in text:
        return "the text holds a NUL character, which PostgreSQL cannot store"
    if "deadlock" in text or "could not serialize" in text:
        return "another writer got in the way; run the command again (committed batches are kept)"
    return "run the command again; if it persists, check the server's log"


@lru_cache(maxsize=256)
def translate(sql: str) -> str:
    """One statement of the ledger's SQLite dialect in PostgreSQL's."""
    text = sql.strip()
    if text == "BEGIN IMMEDIATE":
        return "BEGIN"
    if text.startswith("CREATE TABLE"):
        text = _table(text)
    elif text.startswith("CREATE INDEX"):
        text = text.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1)
    if text.startswith("INSERT OR IGNORE INTO"):
        text = "INSERT INTO" + text[len("INSERT OR IGNORE INTO"):] + " ON CONFLICT DO NOTHING"
    elif text.startswith("INSERT OR REPLACE INTO"):
        text = _upsert(text)
    return text.replace("?", "%s")


def _table(text: str) -> str:
    text = re.sub(r"\bBLOB\b", "BYTEA", text)
    text = re.sub(r"\bREAL\b", "DOUBLE PRECISION", text)
    text = re.sub(r"\bINTEGER\b", "BIGINT", text)
    return re.sub(r"^(CREATE TABLE (?:IF NOT EXISTS )?\w+\s*\()", r"\1 rowid BIGSERIAL,", text)


def _upsert(text: str) -> str:
    match = re.match(r"INSERT OR REPLACE INTO (\w+) \(([^)]*)\)", text)
    if match is None or match.group(1) not in _PRIMARY_KEYS:
        raise ValueError(f"no upsert known for: {text[:80]}")
    table, columns = match.group(1), [c.strip() for c in match.group(2).split(",")]
    keys = _PRIMARY_KEYS[table]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)
    return ("INSERT INTO" + text[len("INSERT OR REPLACE INTO"):]
            + f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}")


def ordered(statements: list[str]) -> list[str]:
    """Tables created before the tables that refer to them (SQLite allows forward references)."""
    created = {m.group(1): s for s in statements if (m := re.match(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", s))}
    done: list[str] = []

    def visit(statement: str, trail: tuple[str, ...] = ()) -> None:
        if statement in done or statement in trail:
            return
        for target in re.findall(r"REFERENCES (\w+)", statement):
            if target in created:
                visit(created[target], trail + (statement,))
        done.append(statement)

    for statement in statements:
        if statement.startswith("CREATE TABLE"):
            visit(statement)
    return done + [s for s in statements if s not in done]


class PostgresConnection:
    """A psycopg connection in autocommit mode, answering in the ledger's dialect."""

    kind = "postgresql"

    def __init__(self, conn: Any, url: str):
        import psycopg

        self._conn = conn
        self.url = url
        self.errors: tuple[type[BaseException], ...] = (psycopg.Error,)

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        # PostgreSQL text cannot hold NUL: in the plain columns (titles, uris) it becomes U+FFFD;
        # records themselves are stored as JSON, where it is escaped, so they come back intact.
        values = tuple(v.replace("\x00", "\ufffd") if isinstance(v, str) and "\x00" in v else v for v in params)
        return self._conn.execute(translate(sql), values or None, prepare=False)

    def rows(self, sql: str, params: Iterable[Any] = (), size: int = 500) -> Iterator[tuple]:
        """Rows fetched `size` at a time: a client-side result, as sqlite3's cursor gives."""
        cursor = self.execute(sql, params)
        while batch := cursor.fetchmany(size):
            yield from batch

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def commit(self) -> None:
        self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._conn.execute("ROLLBACK")

    def lock(self, name: str) -> None:
        """Hold the advisory lock `name` until the current transaction ends (writers of it queue)."""
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(name),))

    def table_exists(self, name: str) -> bool:
        return self._conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()[0]

    def close(self) -> None:
        self._conn.close()


def _lock_key(name: str) -> int:
    return zlib.crc32(f"newsledger:{name}".encode()) - 2**31


def connect(url: str, create_schema: bool = True) -> PostgresConnection:
    """Connect to the server named by `url`, creating the schema of its search_path if missing;
    with `create_schema=False` (a reader, which must never write) a missing schema is an error."""
    try:
        import psycopg
    except ImportError as exc:
        raise StorageError("a PostgreSQL ledger needs psycopg; install it with "
                           "`pip install 'newsledger[postgres]'`", uri=redact(url), reason="no_driver") from exc
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StorageError(f"cannot connect ({str(exc).strip()}); {hint(exc)}", uri=redact(url)) from exc
    try:
        schema = _one(conn, "SELECT current_schemas(false)") or []
        path = _one(conn, "SHOW search_path")
        wanted = path.split(",")[0].strip().strip('"')
        if wanted and wanted != "$user" and wanted not in schema:
            if not create_schema:
                conn.close()
                raise StorageError(f'no ledger here: the schema "{wanted}" of the search_path does not exist; '
                                   "create the ledger with `newsledger ingest PAGES --db URL`",
                                   uri=redact(url), reason="no_ledger")
            # another process may create it at the same moment
            with contextlib.suppress(psycopg.errors.UniqueViolation):
                conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{wanted}"')
    except psycopg.Error as exc:
        conn.close()
        raise StorageError(f"cannot prepare the schema ({str(exc).strip()}); {hint(exc)}", uri=redact(url)) from exc
    return PostgresConnection(conn, url)
