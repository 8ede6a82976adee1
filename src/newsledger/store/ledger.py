"""The ledger: one SQLite file (WAL mode), or a PostgreSQL database shared by many writers
(postgres.py), holding pages, articles, rejections and what later stages derive from them
(analyses, events, control claims, stories).

Written by hand on the standard library's sqlite3: the needs are a few tables keyed by content
hashes and explicit transactions, which an ORM would only hide. Every driver error is translated
at this boundary into a StorageError that names the ledger and says what to do.

A SQLite ledger on a read-only mount (or a file this user may not write) is opened read-only:
everything can be read, `readonly` is True, and callers skip what they would have stored.

Transactions: every `put_*` method is atomic on its own; wrap several in `with ledger.transaction():`
to make them one unit (ingest stores each batch of pages that way, so a killed process loses at
most the batch it was writing).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import is_dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import Any

from ..errors import StorageError
from ..records import Article, RawDocument, Rejection, to_json_dict
from .postgres import connect as connect_postgres
from .postgres import hint as postgres_hint
from .postgres import is_postgres_url, redact
from .schema import MIGRATIONS, migrate, schema_version
from .sqlite import connect as connect_sqlite
from .sqlite import hint as sqlite_hint

__all__ = ["Ledger", "raw_hash"]


def raw_hash(content: bytes) -> str:
    """Key of a page: sha256 of its raw bytes, hex."""
    return hashlib.sha256(content).hexdigest()


def _originals(only: bool) -> str:
    """The WHERE clause keeping only original articles (none when `only` is False)."""
    return " WHERE id NOT IN (SELECT article_id FROM duplicates)" if only else ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(data: Any) -> str:
    if is_dataclass(data) and not isinstance(data, type):
        data = to_json_dict(data)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class Ledger:
    """A newsledger ledger: a SQLite file or a PostgreSQL URL. Open with `Ledger.open(target)`; use
    as a context manager."""

    def __init__(self, conn: Any, path: str, *, readonly: bool = False):
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self.kind = getattr(conn, "kind", "sqlite")
        self._errors: tuple[type[BaseException], ...] = getattr(conn, "errors", (sqlite3.Error,))

    # -- opening and transactions ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Ledger:
        """Open (and create or migrate) the ledger at `path`: a file, ":memory:" for a throw-away
        one, or a postgresql:// URL. A file that cannot be written here is opened read-only."""
        path = str(path)
        if is_postgres_url(path):
            conn: Any = connect_postgres(path)
            ledger = cls(conn, redact(path))
        else:
            conn, readonly = connect_sqlite(path)
            ledger = cls(conn, path, readonly=readonly)
        try:
            ledger._check_version(conn)
            if not ledger.readonly:
                migrate(conn)
        except ledger._errors as exc:
            conn.close()
            raise StorageError(f"cannot prepare the ledger ({str(exc).strip()}); {ledger._hint(exc)}",
                               uri=ledger.path) from exc
        except StorageError:
            conn.close()
            raise
        return ledger

    def _check_version(self, conn: Any) -> None:
        found, known = schema_version(conn), MIGRATIONS[-1][0]
        if found > known:
            raise StorageError(f"the ledger has schema version {found} but this newsledger knows only up to "
                               f"{known}; upgrade newsledger", uri=self.path, reason="newer_schema")
        if self.readonly and found < known:
            raise StorageError(f"the ledger is read-only here and older than this newsledger (schema {found}, "
                               f"needs {known}); open it once where it can be written, or copy it",
                               uri=self.path, reason="read_only_old")

    def _hint(self, exc: BaseException) -> str:
        return postgres_hint(exc) if self.kind == "postgresql" else sqlite_hint(exc)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; nested uses join the outer transaction."""
        if self._conn.in_transaction:
            yield
            return
        self._run("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        try:
            self._conn.commit()
        except self._errors as exc:
            raise StorageError(f"cannot commit ({str(exc).strip()}); {self._hint(exc)}", uri=self.path) from exc

    def lock(self, name: str) -> None:
        """Inside a transaction: wait for, then hold until it ends, the lock `name`, so that writers
        of one kind (ingest's near-duplicate check) take turns. SQLite's write transaction already
        holds the whole file; PostgreSQL takes an advisory lock."""
        if hasattr(self._conn, "lock"):
            try:
                self._conn.lock(name)
            except self._errors as exc:
                raise StorageError(f"lock failed ({str(exc).strip()}); {self._hint(exc)}", uri=self.path) from exc

    def _run(self, sql: str, params: Iterable[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, tuple(params))
        except self._errors as exc:
            raise StorageError(f"{sql.split()[0].lower()} failed ({str(exc).strip()}); {self._hint(exc)}",
                               uri=self.path) from exc

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple]:
        cursor = self._run(sql, params)
        while True:
            try:
                batch = cursor.fetchmany(500)
            except self._errors as exc:
                raise StorageError(f"read failed ({str(exc).strip()}); {self._hint(exc)}", uri=self.path) from exc
            if not batch:
                return
            yield from batch

    # -- pages ------------------------------------------------------------------------------

    def page_keys(self) -> set[str]:
        """The raw hash of every stored page."""
        return {row[0] for row in self._rows("SELECT raw_hash FROM pages")}

    def has_page(self, key: str) -> bool:
        return self._run("SELECT 1 FROM pages WHERE raw_hash = ?", (key,)).fetchone() is not None

    def put_page(self, raw: RawDocument, *, article_id: str | None = None,
                 rejection: Rejection | None = None, key: str | None = None) -> bool:
        """Store the raw bytes and origin of one page; False when these bytes were stored already
        (the origin is still recorded when it is a new one)."""
        key = key or raw_hash(raw.content)
        cursor = self._run(
            "INSERT OR IGNORE INTO pages (raw_hash, uri, url, warc_record_id, fetched_at, source_format,"
            " media_type, size, content, article_id, rejection_reason, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, raw.uri, raw.url, raw.warc_record_id, raw.fetched_at, raw.format_hint, raw.media_type,
             len(raw.content), zlib.compress(raw.content, 6), article_id,
             rejection.reason if rejection else None, _now()))
        self.put_origin(raw, key)
        return cursor.rowcount == 1

    def put_origin(self, raw: RawDocument, key: str | None = None) -> bool:
        """Record where a stored page's bytes were seen (once per uri); False when already known."""
        cursor = self._run(
            "INSERT OR IGNORE INTO page_origins (raw_hash, uri, url, warc_record_id, fetched_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (key or raw_hash(raw.content), raw.uri, raw.url, raw.warc_record_id, raw.fetched_at, _now()))
        return cursor.rowcount == 1

    def origins(self, key: str) -> list[dict[str, Any]]:
        """Every place the page with this raw hash was read from, first seen first."""
        names = ("uri", "url", "warc_record_id", "fetched_at", "seen_at")
        return [dict(zip(names, row)) for row in self._rows(
            f"SELECT {', '.join(names)} FROM page_origins WHERE raw_hash = ? ORDER BY rowid", (key,))]

    def page_content(self, key: str) -> bytes | None:
        """The raw bytes of a stored page, or None when no page has that key."""
        row = self._run("SELECT content FROM pages WHERE raw_hash = ?", (key,)).fetchone()
        return zlib.decompress(row[0]) if row else None

    def pages(self) -> Iterator[dict[str, Any]]:
        """Origin of every stored page (not its bytes), in ingest order."""
        names = ("raw_hash", "uri", "url", "warc_record_id", "fetched_at", "source_format", "media_type",
                 "size", "article_id", "rejection_reason", "ingested_at")
        for row in self._rows(f"SELECT {', '.join(names)} FROM pages ORDER BY rowid"):
            yield dict(zip(names, row))

    # -- articles ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._run("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def put_article(self, article: Article) -> bool:
        """Store an article under its content id; False when that id was stored already."""
        published = article.published.iso if article.published else None
        cursor = self._run(
            "INSERT OR IGNORE INTO articles (id, title, outlet, published, language, uri, json, stored_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.title, article.outlet, published, article.language,
             article.source.get("uri", ""), _dumps(article), _now()))
        return cursor.rowcount == 1

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or None when there is none."""
        row = self._run("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_json_dict(json.loads(row[0])) if row else None

    def article_ids(self, *, originals_only: bool = False) -> list[str]:
        """The id of every stored article, in the order stored (as `articles` gives them);
        `originals_only` leaves out near-duplicates."""
        return [row[0] for row in self._rows(f"SELECT id FROM articles{_originals(originals_only)} ORDER BY rowid")]

    def articles(self, *, originals_only: bool = False) -> Iterator[Article]:
        """Every stored article in the order stored; `originals_only` leaves out near-duplicates."""
        where = _originals(originals_only)
        for (text,) in self._rows(f"SELECT json FROM articles{where} ORDER BY rowid"):
            yield Article.from_json_dict(json.loads(text))

    # -- rejections -------------------------------------------------------------------------

    def put_rejection(self, rejection: Rejection) -> bool:
        """Record why an input did not become an article; once per (uri, reason)."""
        cursor = self._run(
            "INSERT OR IGNORE INTO rejections (uri, reason, detail, source_format, rejected_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (rejection.uri, rejection.reason, rejection.detail, rejection.source_format, _now()))
        return cursor.rowcount == 1

    def rejections(self) -> Iterator[Rejection]:
        for uri, reason, detail, source_format in self._rows(
                "SELECT uri, reason, detail, source_format FROM rejections ORDER BY rowid"):
            yield Rejection(uri, reason, detail, source_format)

    # -- near-duplicates and their signatures -----------------------------------------------

    def put_duplicate(self, article_id: str, duplicate_of: str, similarity: float) -> None:
        """Link a stored article to the original it nearly repeats (both stay stored)."""
        if article_id == duplicate_of:
            raise StorageError(f"article {article_id} cannot be a duplicate of itself", uri=self.path)
        self._run("INSERT OR REPLACE INTO duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?)",
                  (article_id, duplicate_of, float(similarity)))

    def reroot_duplicates(self, old_original: str, new_original: str, similarity: float) -> None:
        """`new_original` leads the group `old_original` led: every copy, and the old original, now
        point to it (their similarity stays the one measured when they were matched)."""
        with self.transaction():
            self._run("DELETE FROM duplicates WHERE article_id = ?", (new_original,))
            self._run("UPDATE duplicates SET duplicate_of = ? WHERE duplicate_of = ?", (new_original, old_original))
            self.put_duplicate(old_original, new_original, similarity)

    def published_of(self, article_id: str) -> str | None:
        """The ISO publication date of a stored article, None when unknown."""
        row = self._run("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def duplicate_of(self, article_id: str) -> str | None:
        """The original this article is a near-duplicate of (followed to the root), else None."""
        seen = {article_id}
        current = article_id
        while True:
            row = self._run("SELECT duplicate_of FROM duplicates WHERE article_id = ?", (current,)).fetchone()
            if row is None or row[0] in seen:
                return None if current == article_id else current
            current = row[0]
            seen.add(current)

    def duplicates(self) -> Iterator[tuple[str, str, float]]:
        """(article_id, duplicate_of, similarity) for every near-duplicate link."""
        yield from self._rows("SELECT article_id, duplicate_of, similarity FROM duplicates ORDER BY rowid")

    def put_signature(self, article_id: str, scheme: str, hashvalues: bytes, size: int) -> None:
        """Keep an article's near-duplicate signature so later runs need not recompute it."""
        self._run("INSERT OR REPLACE INTO signatures (article_id, scheme, hashvalues, size) VALUES (?, ?, ?, ?)",
                  (article_id, scheme, hashvalues, size))

    def signatures(self, scheme: str) -> Iterator[tuple[str, bytes, int]]:
        """(article_id, hashvalues, size) of every signature made with `scheme`, in stored order."""
        yield from self._rows("SELECT article_id, hashvalues, size FROM signatures WHERE scheme = ?"
                              " ORDER BY rowid", (scheme,))

    def signatures_after(self, scheme: str, rowid: int) -> Iterator[tuple[int, str, bytes, int, str | None]]:
        """(rowid, article_id, hashvalues, size, duplicate_of) of the signatures made with `scheme`
        stored after `rowid`, in stored order (what other writers added since we last looked)."""
        yield from self._rows(
            "SELECT s.rowid, s.article_id, s.hashvalues, s.size, d.duplicate_of FROM signatures s"
            " LEFT JOIN duplicates d ON d.article_id = s.article_id"
            " WHERE s.scheme = ? AND s.rowid > ? ORDER BY s.rowid", (scheme, rowid))

    def dedup_checked(self, scheme: str) -> int:
        """The rowid of signatures up to which every article was compared with all stored before it."""
        row = self._run("SELECT checked_through FROM dedup_checked WHERE scheme = ?", (scheme,)).fetchone()
        return int(row[0]) if row else 0

    def set_dedup_checked(self, scheme: str, rowid: int) -> None:
        self._run("INSERT OR REPLACE INTO dedup_checked (scheme, checked_through) VALUES (?, ?)", (scheme, rowid))

    def article_ids_without_signature(self, scheme: str) -> list[str]:
        """Ids of stored articles that have no signature made with `scheme`."""
        return [row[0] for row in self._rows(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM signatures WHERE scheme = ?)"
            " ORDER BY rowid", (scheme,))]

    # -- later stages -----------------------------------------------------------------------

    def put_analysis(self, article_id: str, version: str, data: Any) -> None:
        """Store what analyzer `version` found in an article, replacing every earlier analysis of it
        (one analysis per article: those of other versions are stale)."""
        with self.transaction():
            self._run("DELETE FROM analyses WHERE article_id = ?", (article_id,))
            self._run("INSERT INTO analyses (article_id, analyzer_version, json, stored_at) VALUES (?, ?, ?, ?)",
                      (article_id, version, _dumps(data), _now()))

    def analysed_ids(self, version: str) -> set[str]:
        """Ids of the articles that have an analysis by `version`."""
        return {row[0] for row in self._rows("SELECT article_id FROM analyses WHERE analyzer_version = ?",
                                             (version,))}

    def analysis(self, article_id: str, version: str | None = None) -> dict[str, Any] | None:
        """The analysis of an article by `version` (default: the latest stored), or None."""
        sql = "SELECT json FROM analyses WHERE article_id = ?"
        params: tuple = (article_id,)
        if version is not None:
            sql, params = sql + " AND analyzer_version = ?", (article_id, version)
        row = self._run(sql + " ORDER BY stored_at DESC, rowid DESC LIMIT 1", params).fetchone()
        return json.loads(row[0]) if row else None

    def analyses(self, version: str | None = None) -> Iterator[dict[str, Any]]:
        """{"article_id", "analyzer_version", "data"} for every stored analysis (of one version)."""
        sql, params = "SELECT article_id, analyzer_version, json FROM analyses", tuple[str, ...]()
        if version is not None:
            sql, params = sql + " WHERE analyzer_version = ?", (version,)
        for article_id, analyzer_version, text in self._rows(sql + " ORDER BY rowid", params):
            yield {"article_id": article_id, "analyzer_version": analyzer_version, "data": json.loads(text)}

    def put_events(self, article_id: str, events: Iterable[Any]) -> None:
        """Replace the events coded from one article (dicts or Event records)."""
        self._replace_children("events", article_id, events)

    def events(self, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        return self._children("events", article_id)

    def put_control_claims(self, article_id: str, claims: Iterable[Any]) -> None:
        """Replace the territorial-control claims read from one article."""
        self._replace_children("control_claims", article_id, claims)

    def control_claims(self, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        return self._children("control_claims", article_id)

    def _replace_children(self, table: str, article_id: str, items: Iterable[Any]) -> None:
        with self.transaction():
            self._run(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            for item in items:
                text = _dumps(item)
                data = json.loads(text)
                item_id = data.get("id") or hashlib.sha256(f"{article_id}\n{text}".encode()).hexdigest()[:32]
                self._run(f"INSERT OR REPLACE INTO {table} (id, article_id, json) VALUES (?, ?, ?)",
                          (item_id, article_id, text))

    def _children(self, table: str, article_id: str | None) -> Iterator[dict[str, Any]]:
        sql, params = f"SELECT id, article_id, json FROM {table}", tuple[str, ...]()
        if article_id is not None:
            sql, params = sql + " WHERE article_id = ?", (article_id,)
        for item_id, owner, text in self._rows(sql + " ORDER BY rowid", params):
            data = json.loads(text)
            data.setdefault("id", item_id)
            data.setdefault("article_id", owner)
            yield data

    def put_stories(self, stories: Iterable[Any], *, replace: bool = True) -> None:
        """Store stories (dicts or records with "id" and member ids in "article_ids").

        Stories are recomputed over the whole ledger, so by default the new set replaces the old.
        """
        with self.transaction():
            if replace:
                self._run("DELETE FROM story_members")
                self._run("DELETE FROM stories")
            for story in stories:
                data = json.loads(_dumps(story))
                story_id = data.get("id")
                if not story_id:
                    raise StorageError("a story has no \"id\"; give each story a stable id", uri=self.path)
                self._run("INSERT OR REPLACE INTO stories (id, json) VALUES (?, ?)", (story_id, _dumps(data)))
                self._run("DELETE FROM story_members WHERE story_id = ?", (story_id,))
                for member in data.get("article_ids") or ():
                    self._run("INSERT OR IGNORE INTO story_members (story_id, article_id) VALUES (?, ?)",
                              (story_id, member))

    def stories(self) -> Iterator[dict[str, Any]]:
        for (text,) in self._rows("SELECT json FROM stories ORDER BY rowid"):
            yield json.loads(text)

    def story_of(self, article_id: str) -> list[str]:
        """Ids of the stories an article belongs to."""
        return [row[0] for row in self._rows(
            "SELECT story_id FROM story_members WHERE article_id = ? ORDER BY story_id", (article_id,))]

    # -- health -----------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        """Counts of what the ledger holds."""
        def count(sql: str) -> int:
            return self._run(sql).fetchone()[0]

        pages_with_article = count("SELECT COUNT(*) FROM pages WHERE article_id IS NOT NULL")
        articles_from_pages = count("SELECT COUNT(DISTINCT article_id) FROM pages WHERE article_id IS NOT NULL")
        by_reason = dict(self._rows("SELECT reason, COUNT(*) FROM rejections GROUP BY reason ORDER BY 2 DESC, 1"))
        return {
            "db": self.path,
            "schema_version": schema_version(self._conn),
            "pages": count("SELECT COUNT(*) FROM pages"),
            "page_origins": count("SELECT COUNT(*) FROM page_origins"),
            "articles": count("SELECT COUNT(*) FROM articles"),
            "exact_copies": pages_with_article - articles_from_pages,
            "near_duplicates": count("SELECT COUNT(*) FROM duplicates"),
            "rejections": sum(by_reason.values()),
            "rejections_by_reason": by_reason,
            "analyses": count("SELECT COUNT(*) FROM analyses"),
            "events": count("SELECT COUNT(*) FROM events"),
            "control_claims": count("SELECT COUNT(*) FROM control_claims"),
            "stories": count("SELECT COUNT(*) FROM stories"),
        }

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: "ok" when sound (a PostgreSQL server keeps its own)."""
        if self.kind == "postgresql":
            return "ok"
        return "; ".join(row[0] for row in self._rows("PRAGMA integrity_check"))
