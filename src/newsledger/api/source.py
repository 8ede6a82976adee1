"""What the workbench reads: the ledger opened read-only, and stories bundled from what it stores.

Serving never changes the ledger: the SQLite file is opened with `mode=ro`, so any write through
the connection fails, and the store's own reading functions (`Ledger.articles`, `analysis`,
`events`, `stories`, `duplicates`) are used on it. Nothing here analyses an article: an article
without a current analysis (none stored, or one by another analyzer version, which the store
calls stale) is shown with what it holds (its text), and the page says how to add the analysis
(`newsledger analyze --db`).

Stories: the ledger's stored stories (written by `newsledger report` and `run`) when they cover
every article, so story ids and links match the reports already written; otherwise the stories
are clustered now, in memory, and the index page says so.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..enrich.records import Analysis
from ..errors import StorageError
from ..store import Ledger
from ..store.analyses import stored_analysis
from ..store.postgres import connect as connect_postgres
from ..store.postgres import is_postgres_url, redact
from ..store.schema import MIGRATIONS, schema_version
from ..stories import ClusterOptions, bundle_stories
from ..stories.records import Story, StoryBundle

__all__ = ["open_read_only", "LedgerView", "load_analysis"]

# One story's members are already one story: a threshold no score is below keeps them together.
_ONE_STORY = ClusterOptions(threshold=0.0)


def open_read_only(path: str | Path) -> Ledger:
    """The ledger at `path` (a file or a postgresql:// URL) opened read-only: no migration, no
    journal change, and any write fails (SQLite `mode=ro`; PostgreSQL read-only transactions)."""
    path = str(path)
    if is_postgres_url(path):
        return _postgres_read_only(path)
    if not Path(path).is_file():
        raise StorageError("no ledger here; create one with `newsledger run PAGES -o report.html --db FILE` "
                           "or `newsledger ingest PAGES --db FILE`", uri=path, reason="no_ledger")
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        _check_schema(conn, path)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read the ledger ({exc}); is it a newsledger ledger?", uri=path) from exc
    return Ledger(conn, path, readonly=True)


def _postgres_read_only(url: str) -> Ledger:
    conn = connect_postgres(url, create_schema=False)
    try:
        conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        _check_schema(conn, redact(url))
    except conn.errors as exc:
        conn.close()
        raise StorageError(f"cannot read the ledger ({str(exc).strip()})", uri=redact(url)) from exc
    return Ledger(conn, redact(url), readonly=True)


def _check_schema(conn: Any, name: str) -> None:
    found, known = schema_version(conn), MIGRATIONS[-1][0]
    if found == 0:
        conn.close()
        raise StorageError(f"no ledger here (no newsledger tables); create one with "
                           f"`newsledger ingest PAGES --db {name}`", uri=name, reason="no_ledger")
    if found != known:
        conn.close()
        action = "upgrade newsledger" if found > known else f"run `newsledger status --db {name}` once to upgrade it"
        raise StorageError(f"the ledger has schema version {found}, this newsledger reads {known}; {action}",
                           uri=name, reason="schema_version")


def load_analysis(ledger: Ledger, article_id: str) -> tuple[Analysis, bool] | None:
    """(analysis, current) for one article: the ledger's analysis by the current analyzer version
    (with its events and control claims), or a bare Analysis (text and sentences only,
    current=False) when there is none or it is stale; None when no such article."""
    article = ledger.article(article_id)
    if article is None:
        return None
    analysis = stored_analysis(ledger, article)
    if analysis is None:
        return Analysis(article=article), False
    return analysis, True


class LedgerView:
    """The read-only ledger and its stories (ids and members; bundled on demand, one at a time).

    `stories_stored` is False when the stories were clustered now because the ledger stored none
    or they did not cover every article; `unanalysed` collects the ids of articles seen without a
    stored analysis.
    """

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.duplicates = {copy: original for copy, original, _ in ledger.duplicates()}
        self.unanalysed: set[str] = set()
        article_ids = ledger.article_ids()
        stored = tuple(_story_from_row(row) for row in ledger.stories())
        covered = {member for story in stored for member in story.article_ids}
        self.stories_stored = bool(stored) and covered >= set(article_ids)
        if self.stories_stored:
            self.stories = stored
        else:
            analyses = [self._analysis(article_id) for article_id in article_ids]
            self.stories = tuple(b.story for b in bundle_stories([a for a in analyses if a], self.duplicates))

    def _analysis(self, article_id: str) -> Analysis | None:
        loaded = load_analysis(self.ledger, article_id)
        if loaded is None:
            return None
        if not loaded[1]:
            self.unanalysed.add(article_id)
        return loaded[0]

    def bundles(self) -> Iterator[StoryBundle]:
        """Every story bundled (sources, aligned claims, framing, events), one at a time."""
        for story in self.stories:
            bundle = self.bundle(story)
            if bundle is not None:
                yield bundle

    def bundle(self, story: Story) -> StoryBundle | None:
        """One story's bundle from its members' stored analyses, under the story's own id and title."""
        members = [a for a in (self._analysis(i) for i in story.article_ids) if a is not None]
        if not members:
            return None
        bundled = bundle_stories(members, self.duplicates, _ONE_STORY)[0]
        return replace(bundled, story=replace(bundled.story, id=story.id, title=story.title,
                                              label=story.label or bundled.story.label))


def _story_from_row(row: dict[str, Any]) -> Story:
    return Story(id=row["id"], title=row.get("title") or row["id"], label=row.get("label") or "",
                 article_ids=tuple(row.get("article_ids") or ()), places=tuple(row.get("places") or ()),
                 entities=tuple(row.get("entities") or ()), first=row.get("first"), last=row.get("last"))
