"""The workbench's index: one in-memory SQLite database of rows to filter, count and page through.

Built when the server starts (or read back from the copy kept on disk for an unchanged ledger),
from the stories the ledger holds (each bundled by the stories
stage: sources, aligned claims with their verdicts, events), and thrown away when it stops; the
ledger itself is only read. SQLite does the filtering, facet counts and paging, so a request
costs a few indexed queries whatever the ledger's size.

Ids are stable: stories, articles and events keep the ledger's ids; a claim's id is a hash of its
article, sentence offsets and content, so it is the same on every start over the same ledger.
"""
from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..events.export import acled_row
from ..report.common import amount, chain_text
from ..stories.records import Claim, ClaimGroup, StoryBundle
from .source import LedgerView

__all__ = ["Index", "build_index", "claim_id"]

_SCHEMA = """
CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, label TEXT, size INTEGER, outlets TEXT,
    first TEXT, last TEXT, claims INTEGER, contradictions INTEGER, events INTEGER, search TEXT);
CREATE TABLE articles (id TEXT PRIMARY KEY, story_id TEXT, number INTEGER, title TEXT, outlet TEXT,
    published TEXT, url TEXT, analysed INTEGER, credits TEXT, copy_of TEXT, independent INTEGER,
    origin TEXT);
CREATE TABLE claims (id TEXT PRIMARY KEY, story_id TEXT, subject TEXT, verdict TEXT, kind TEXT,
    place TEXT, actor TEXT, claimant TEXT, channel TEXT, outlet TEXT, origin TEXT, chain TEXT,
    value REAL, unit TEXT, approx INTEGER, amount TEXT, text TEXT, hedges TEXT, hedged INTEGER,
    stance TEXT, disputed_by TEXT, date TEXT, article_id TEXT, url TEXT, start INTEGER, end INTEGER,
    sentence INTEGER, sentence_text TEXT);
CREATE TABLE events (id TEXT PRIMARY KEY, story_id TEXT, article_id TEXT, url TEXT, outlet TEXT,
    claimant TEXT, start INTEGER, end INTEGER, sentence INTEGER, reports INTEGER, acled TEXT,
    event_id_cnty TEXT, event_date TEXT, event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT,
    inter1 TEXT, inter2 TEXT, interaction TEXT, country TEXT, admin1 TEXT, location TEXT, latitude REAL,
    longitude REAL, geo_precision TEXT, fatalities INTEGER, source TEXT, notes TEXT, tags TEXT);
CREATE TABLE places (name TEXT, lat REAL, lon REAL, mentions INTEGER, story_id TEXT, article_id TEXT);
"""
# Narrow tables of the filter columns, one row per claim or event with `rid` (its rowid in the
# wide table) and `seq` (its place in page order): filters, counts and facets scan these, and
# only the rows of the page asked for are read from the wide tables.
_KEYS = """
CREATE TABLE claim_keys AS SELECT rowid AS rid, place, actor, claimant, outlet, verdict, kind, hedged, date,
    story_id, article_id, ROW_NUMBER() OVER (ORDER BY date, story_id, article_id, start, id) AS seq FROM claims;
CREATE TABLE event_keys AS SELECT rowid AS rid, event_type, sub_event_type, actor1, actor2, country, admin1,
    location, outlet, event_date, story_id, article_id,
    ROW_NUMBER() OVER (ORDER BY event_date, location, id) AS seq FROM events;
CREATE INDEX claim_keys_seq ON claim_keys(seq); CREATE INDEX claim_keys_story ON claim_keys(story_id);
CREATE INDEX claim_keys_article ON claim_keys(article_id); CREATE INDEX event_keys_seq ON event_keys(seq);
CREATE INDEX event_keys_story ON event_keys(story_id); CREATE INDEX event_keys_article ON event_keys(article_id);
CREATE INDEX claims_article ON claims(article_id, start); CREATE INDEX claims_place ON claims(place);
CREATE INDEX claims_story ON claims(story_id);
CREATE INDEX events_article ON events(article_id, start); CREATE INDEX events_location ON events(location);
CREATE INDEX events_admin1 ON events(admin1); CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX places_name ON places(name); CREATE INDEX stories_size ON stories(size);
CREATE INDEX stories_last ON stories(last); CREATE INDEX stories_contradictions ON stories(contradictions);
"""


class Index:
    """The rows the pages and the API read; `conn` is an in-memory SQLite database."""

    def __init__(self, conn: sqlite3.Connection, view: LedgerView):
        self.conn = conn
        self.view = view
        conn.row_factory = sqlite3.Row

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, tuple(params))]

    def one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return dict(row) if row else None

    def counts(self) -> dict[str, int]:
        return {table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("stories", "articles", "claims", "events")}


def build_index(view: LedgerView, *, quiet: bool = True) -> Index:
    """Bundle every story of the ledger and keep its rows; progress on stderr unless `quiet`.

    A ledger file's index is also kept on disk (see `_kept_index`): the next start over the same
    ledger, unchanged, with the same newsledger, reads it back instead of bundling every story.
    """
    fingerprint = _fingerprint(view)
    kept = _kept_index(view, fingerprint) if fingerprint else None
    if kept is not None:
        return kept
    conn = _memory()
    conn.executescript(_SCHEMA)
    total = len(view.stories)
    with conn:
        for n, bundle in enumerate(view.bundles(), 1):
            _add_bundle(conn, bundle, view)
            if not quiet and (n % 200 == 0 or n == total):
                print(f"\rserve: indexed {n}/{total} stories", end="", file=sys.stderr, flush=True)
    if not quiet and total:
        print(file=sys.stderr)
    conn.executescript(_KEYS)
    if fingerprint:
        _keep_index(view, conn, fingerprint)
    return Index(conn, view)


def _memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    # SQLite's lower() and LIKE fold ASCII only; words are compared casefolded as Python folds them
    conn.create_function("casefold", 1, lambda text: text.casefold() if isinstance(text, str) else text,
                         deterministic=True)
    return conn


# The kept index: one file per ledger file in the cache folder (gazetteer_cache.cache_dir), holding
# the index's tables and the fingerprint of what it was built from: the ledger file and its
# write-ahead log as they are on disk (size and modification time: any write changes them), the
# analyzer version and every source file of newsledger. Another fingerprint means another
# ledger state or another newsledger: the index is built again and the file replaced. A ledger
# on PostgreSQL has no file to fingerprint: its index is built at each start.
_KEPT_FORMAT = 1


def _fingerprint(view: LedgerView) -> str | None:
    path = Path(str(view.ledger.path))
    if not path.is_file():
        return None
    from ..store.analyses import analyzer_version

    digest = hashlib.sha256(f"workbench index {_KEPT_FORMAT} {path.resolve()} {view.stories_stored}\0".encode())
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            stat = file.stat()
            digest.update(f"{file.name} {stat.st_size} {stat.st_mtime_ns}\0".encode())
    digest.update(analyzer_version().encode())
    package = Path(__file__).resolve().parent.parent
    for source in sorted(package.rglob("*.py")):
        digest.update(str(source.relative_to(package)).encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def _kept_path(view: LedgerView) -> Path:
    from ..enrich.gazetteer_cache import cache_dir

    name = hashlib.sha256(str(Path(str(view.ledger.path)).resolve()).encode()).hexdigest()[:16]
    return cache_dir() / f"workbench-{name}.sqlite"


def _kept_index(view: LedgerView, fingerprint: str) -> Index | None:
    """The index kept for this ledger when its fingerprint is `fingerprint`, read into memory."""
    path = _kept_path(view)
    if not path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as disk:
            meta = dict(disk.execute("SELECT key, value FROM kept"))
            if meta.get("fingerprint") != fingerprint:
                return None
            conn = _memory()
            disk.backup(conn)
    except sqlite3.Error:
        return None                                   # damaged or of another format: built again
    conn.execute("DROP TABLE kept")
    view.unanalysed.update(json.loads(meta.get("unanalysed") or "[]"))
    return Index(conn, view)


def _keep_index(view: LedgerView, conn: sqlite3.Connection, fingerprint: str) -> None:
    """Write the index to the cache folder (whole or not at all); a folder that cannot be written
    only means the next start builds it again."""
    path = _kept_path(view)
    with contextlib.suppress(OSError, sqlite3.Error):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        os.close(handle)
        try:
            with contextlib.closing(sqlite3.connect(temporary)) as disk:
                conn.backup(disk)
                disk.execute("CREATE TABLE kept (key TEXT PRIMARY KEY, value TEXT)")
                disk.executemany("INSERT INTO kept VALUES (?, ?)", [
                    ("fingerprint", fingerprint), ("unanalysed", json.dumps(sorted(view.unanalysed))),
                    ("ledger", str(Path(str(view.ledger.path)).resolve()))])
                disk.commit()
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
        _forget_gone(path.parent)


def _forget_gone(folder: Path) -> None:
    """Remove the kept indexes of ledger files that no longer exist (temporary ledgers)."""
    for kept in folder.glob("workbench-*.sqlite"):
        with contextlib.suppress(OSError, sqlite3.Error):
            with contextlib.closing(sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True)) as disk:
                row = disk.execute("SELECT value FROM kept WHERE key = 'ledger'").fetchone()
            if row is None or not Path(row[0]).exists():
                kept.unlink()


def claim_id(claim: Claim) -> str:
    """Stable id of a claim: its article, sentence offsets and content."""
    key = "\n".join(str(part) for part in (
        claim.evidence.article_id, claim.evidence.start, claim.evidence.end, claim.kind, claim.place,
        claim.controller, claim.value, claim.unit, claim.polarity, claim.text, claim.claimant))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _url(article) -> str:
    source = article.source or {}
    return source.get("url") or source.get("uri") or ""


def _add_bundle(conn: sqlite3.Connection, bundle: StoryBundle, view: LedgerView) -> None:
    story = bundle.story
    source_of = {s.article_id: s for s in bundle.sources}
    articles = {a.article.id: a.article for a in bundle.analyses}
    starts = {aid: [s for s, _ in spans] for aid, spans in bundle.sentences.items()}
    for number, analysis in enumerate(bundle.analyses, 1):
        article, source = analysis.article, source_of.get(analysis.article.id)
        conn.execute("INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
            article.id, story.id, number, article.title, source.outlet if source else article.outlet,
            article.published.iso if article.published else None, _url(article),
            int(article.id not in view.unanalysed), "; ".join(source.credits) if source else "",
            source.copy_of if source else None, int(source.independent) if source else 1,
            source.origin if source else article.outlet))
    claims = 0
    for group in bundle.claim_groups:
        for claim in group.claims:
            conn.execute("INSERT OR IGNORE INTO claims VALUES (" + ",".join("?" * 28) + ")",
                         _claim_row(claim, group, story.id, articles, starts))
            claims += 1
    for event in bundle.events:
        conn.execute("INSERT OR IGNORE INTO events VALUES (" + ",".join("?" * 30) + ")",
                     _event_row(event, story.id, articles, starts))
    for place in bundle.map_places:
        conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?)",
                     (place.name, place.lat, place.lon, place.mentions, story.id, place.article_id))
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources))
    contradictions = sum(1 for g in bundle.claim_groups if g.verdict == "contradicted")
    search = " ".join([story.title, story.label, *outlets, *story.places, *story.entities]).casefold()
    conn.execute("INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
        story.id, story.title, story.label, len(bundle.analyses), "; ".join(outlets), story.first, story.last,
        claims, contradictions, len(bundle.events), search))


def _sentence(starts: dict[str, list[int]], article_id: str, start: int) -> int | None:
    found = starts.get(article_id)
    if not found:
        return None
    index = bisect.bisect_right(found, start) - 1
    return index + 1 if index >= 0 else None


def _claim_row(claim: Claim, group: ClaimGroup, story_id: str, articles: dict, starts: dict) -> tuple:
    ref = claim.evidence
    article = articles.get(ref.article_id)
    sentence_text = article.body[ref.start:ref.end] if article is not None else ""
    return (claim_id(claim), story_id, group.subject, group.verdict, claim.kind, claim.place, claim.controller,
            claim.claimant, claim.channel, claim.outlet, claim.origin, chain_text(claim.chain), claim.value,
            claim.unit, int(claim.approx), amount(claim), claim.text, "; ".join(claim.hedges), int(bool(claim.hedges)),
            "denies" if claim.polarity < 0 else "asserts", claim.disputed_by, claim.date, ref.article_id,
            _url(article) if article is not None else "", ref.start, ref.end,
            _sentence(starts, ref.article_id, ref.start), sentence_text)


def _event_row(event, story_id: str, articles: dict, starts: dict) -> tuple:
    ref = event.evidence
    article = articles.get(ref.article_id)
    row = acled_row(event)
    return (event.id or row["event_id_cnty"], story_id, ref.article_id, _url(article) if article is not None else "",
            event.source[-1] if event.source else None, event.claimant, ref.start, ref.end,
            _sentence(starts, ref.article_id, ref.start), 1 + len(event.also_reported_at),
            json.dumps(row, ensure_ascii=False), row["event_id_cnty"], row["event_date"] or None,
            row["event_type"], row["sub_event_type"], row["actor1"] or None, row["actor2"] or None,
            str(row["inter1"]), str(row["inter2"]), str(row["interaction"]), row["country"] or None,
            row["admin1"] or None, row["location"] or None, event.latitude, event.longitude,
            str(row["geo_precision"]), row["fatalities"], row["source"], row["notes"], row["tags"])
