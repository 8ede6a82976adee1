"""The ledger's schema as numbered migrations, applied once each and recorded.

Written by hand: the schema is small and plain SQL keeps it readable in `sqlite3`; the same
statements run on PostgreSQL through the translation in postgres.py. A migration is never edited once released; a change is a new numbered entry.
Each one runs in its own transaction together with the row that records it, so a crash leaves
the ledger either before or after the migration, never half way.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = ["MIGRATIONS", "migrate", "schema_version"]

# (number, name, statements). Keys are content hashes wherever the thing has content, so that
# re-ingesting or re-analysing the same input is idempotent.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "pages, articles, rejections, duplicates, signatures", """
        CREATE TABLE pages (
            raw_hash         TEXT PRIMARY KEY,        -- sha256 of the raw bytes
            uri              TEXT NOT NULL,
            url              TEXT,
            warc_record_id   TEXT,
            fetched_at       TEXT,
            source_format    TEXT,                    -- container: warc, jsonl, feed, or null for a file
            media_type       TEXT,
            size             INTEGER NOT NULL,
            content          BLOB NOT NULL,           -- zlib-compressed raw bytes
            article_id       TEXT REFERENCES articles(id),
            rejection_reason TEXT,
            ingested_at      TEXT NOT NULL
        );
        CREATE INDEX pages_article ON pages(article_id);
        CREATE INDEX pages_uri ON pages(uri);
        CREATE TABLE articles (
            id          TEXT PRIMARY KEY,             -- Article.id, content hash of the body
            title       TEXT,
            outlet      TEXT,
            published   TEXT,
            language    TEXT,
            uri         TEXT NOT NULL,
            json        TEXT NOT NULL,
            stored_at   TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE rejections (
            uri           TEXT NOT NULL,
            reason        TEXT NOT NULL,
            detail        TEXT NOT NULL DEFAULT '',
            source_format TEXT,
            rejected_at   TEXT NOT NULL,
            PRIMARY KEY (uri, reason)
        );
        CREATE TABLE duplicates (
            article_id    TEXT PRIMARY KEY REFERENCES articles(id),
            duplicate_of  TEXT NOT NULL REFERENCES articles(id),
            similarity    REAL NOT NULL               -- estimated overlap of word shingles, 0..1
        );
        CREATE INDEX duplicates_original ON duplicates(duplicate_of);
        CREATE TABLE signatures (
            article_id  TEXT PRIMARY KEY REFERENCES articles(id),
            scheme      TEXT NOT NULL,                -- e.g. "minhash-affine32-crc32-w5-p128-s1"
            hashvalues  BLOB NOT NULL,
            size        INTEGER NOT NULL              -- number of distinct shingles hashed
        );
    """),
    (2, "analyses, events, control claims, stories", """
        CREATE TABLE analyses (
            article_id        TEXT NOT NULL REFERENCES articles(id),
            analyzer_version  TEXT NOT NULL,
            json              TEXT NOT NULL,
            stored_at         TEXT NOT NULL,
            PRIMARY KEY (article_id, analyzer_version)
        );
        CREATE TABLE events (
            id          TEXT PRIMARY KEY,
            article_id  TEXT NOT NULL REFERENCES articles(id),
            json        TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE TABLE control_claims (
            id          TEXT PRIMARY KEY,
            article_id  TEXT NOT NULL REFERENCES articles(id),
            json        TEXT NOT NULL
        );
        CREATE INDEX control_claims_article ON control_claims(article_id);
        CREATE TABLE stories (
            id    TEXT PRIMARY KEY,
            json  TEXT NOT NULL
        );
        CREATE TABLE story_members (
            story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id  TEXT NOT NULL,
            PRIMARY KEY (story_id, article_id)
        );
        CREATE INDEX story_members_article ON story_members(article_id);
    """),
    (3, "every origin of a page's bytes", """
        CREATE TABLE page_origins (
            raw_hash        TEXT NOT NULL REFERENCES pages(raw_hash),
            uri             TEXT NOT NULL,
            url             TEXT,
            warc_record_id  TEXT,
            fetched_at      TEXT,
            seen_at         TEXT NOT NULL,
            PRIMARY KEY (raw_hash, uri)
        );
        INSERT OR IGNORE INTO page_origins (raw_hash, uri, url, warc_record_id, fetched_at, seen_at)
            SELECT raw_hash, uri, url, warc_record_id, fetched_at, ingested_at FROM pages;
    """),
    (4, "how far every article was checked for near-duplicates", """
        CREATE TABLE dedup_checked (
            scheme           TEXT PRIMARY KEY,        -- signature scheme (see ingest/dedup.py)
            checked_through  INTEGER NOT NULL         -- signatures up to this rowid were each compared
        );                                            -- with every signature stored before them
    """),
)


def schema_version(conn: Any) -> int:
    """Highest migration applied, 0 for a new ledger."""
    if not _table_exists(conn, "migrations"):
        return 0
    return conn.execute("SELECT COALESCE(MAX(number), 0) FROM migrations").fetchone()[0]


def _table_exists(conn: Any, name: str) -> bool:
    if hasattr(conn, "table_exists"):                       # PostgreSQL
        return conn.table_exists(name)
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def migrate(conn: Any) -> list[int]:
    """Apply the migrations this ledger lacks, each in one transaction; return their numbers.

    `conn` is a sqlite3 connection in autocommit mode (isolation_level=None) or a
    PostgresConnection. Driver errors propagate: the caller translates them, naming the ledger.
    """
    applied = []
    for number, name, script in ((0, "", _MIGRATIONS_TABLE),) + MIGRATIONS:
        # BEGIN IMMEDIATE takes SQLite's write lock first (PostgreSQL: an advisory lock), so two
        # processes opening a new ledger at once cannot both apply the same migration: the second
        # sees it recorded and skips it.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if hasattr(conn, "lock"):
                conn.lock("migrations")
            if number == 0 or conn.execute("SELECT 1 FROM migrations WHERE number = ?", (number,)).fetchone():
                if number == 0 and not _table_exists(conn, "migrations"):
                    conn.execute(script)
                conn.execute("COMMIT")
                continue
            statements = _statements(script)
            if hasattr(conn, "table_exists"):
                from .postgres import ordered

                statements = ordered(statements)
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)",
                         (number, name, datetime.now(UTC).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


_MIGRATIONS_TABLE = ("CREATE TABLE migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                     "applied_at TEXT NOT NULL)")


def _statements(script: str) -> list[str]:
    # executescript() would commit our transaction first; split on ';' instead (no ';' in bodies).
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
