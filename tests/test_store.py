"""The ledger store: one SQLite file, recorded migrations, idempotent keys, lossless round trips."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.errors import StorageError
from newsledger.records import Article, Published, RawDocument, Rejection, Removal, content_id
from newsledger.store import Ledger, raw_hash
from newsledger.store.schema import MIGRATIONS


def _article(body: str = "Russian forces retook two villages in Kursk region, the ministry said.",
             **changes) -> Article:
    fields = {"id": content_id(body), "source": {"uri": "page.html", "format": "html"}, "title": "Kursk",
              "outlet": "Al Mayadeen English", "credited_sources": ("TASS",), "byline": ("Staff",),
              "published": Published("2024-09-12", "day", "Thursday 12"), "language": "en", "body": body,
              "removed": (Removal("Most Read", "related"),), "url": "https://example.org/kursk"}
    fields.update(changes)
    return Article(**fields)


@pytest.fixture
def ledger(ledger_target):
    with Ledger.open(ledger_target) as opened:
        yield opened


def test_a_new_file_is_created_in_wal_mode_with_every_migration_recorded_once(tmp_path):
    path = tmp_path / "new.db"
    Ledger.open(path).close()
    Ledger.open(path).close()                       # reopening applies nothing again
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    numbers = [row[0] for row in conn.execute("SELECT number FROM migrations ORDER BY number")]
    assert numbers == [number for number, _name, _sql in MIGRATIONS]


def test_identical_page_bytes_are_stored_once_and_come_back_unchanged(ledger):
    raw = RawDocument("a/page.html", b"<html><p>Kursk</p></html>" * 50, url="https://example.org/a")
    assert ledger.put_page(raw) is True
    assert ledger.put_page(RawDocument("b/copy.html", raw.content)) is False
    assert ledger.page_content(raw_hash(raw.content)) == raw.content
    pages = list(ledger.pages())
    assert len(pages) == 1 and pages[0]["uri"] == "a/page.html" and pages[0]["url"] == "https://example.org/a"
    assert [origin["uri"] for origin in ledger.origins(raw_hash(raw.content))] == ["a/page.html", "b/copy.html"]
    assert ledger.put_origin(raw) is False                  # an origin already known adds nothing


def test_a_page_links_to_its_article_and_an_article_is_stored_once(ledger):
    article = _article()
    assert ledger.put_article(article) is True
    assert ledger.put_article(article) is False
    ledger.put_page(RawDocument("page.html", b"bytes"), article_id=article.id)
    assert [p["article_id"] for p in ledger.pages()] == [article.id]
    assert ledger.status()["articles"] == 1


def test_rejections_are_idempotent_on_uri_and_reason(ledger):
    rejection = Rejection("menu.html", "not_article: too_short", "12 characters of body", "html")
    assert ledger.put_rejection(rejection) is True
    assert ledger.put_rejection(rejection) is False
    ledger.put_rejection(Rejection("menu.html", "binary"))
    assert next(iter(ledger.rejections())) == rejection
    assert ledger.status()["rejections_by_reason"] == {"binary": 1, "not_article: too_short": 1}


def test_a_near_duplicate_is_kept_and_resolves_to_the_root_original(ledger):
    first, second, third = (_article(f"Body number {n} about Kursk and Sudzha.") for n in range(3))
    for article in (first, second, third):
        ledger.put_article(article)
    ledger.put_duplicate(second.id, first.id, 0.91)
    ledger.put_duplicate(third.id, second.id, 0.88)
    assert ledger.duplicate_of(third.id) == first.id
    assert ledger.duplicate_of(first.id) is None
    assert [a.id for a in ledger.articles(originals_only=True)] == [first.id]
    assert ledger.article_ids(originals_only=True) == [first.id]
    assert ledger.article_ids() == [first.id, second.id, third.id]
    assert ledger.status()["near_duplicates"] == 2


def test_later_stages_store_analyses_events_claims_and_stories(ledger):
    article = _article()
    ledger.put_article(article)
    ledger.put_analysis(article.id, "enrich.v1", {"entities": [{"text": "Kursk"}]})
    ledger.put_analysis(article.id, "enrich.v1", {"entities": [{"text": "Sudzha"}]})   # replaces
    assert ledger.analysis(article.id, "enrich.v1") == {"entities": [{"text": "Sudzha"}]}
    assert len(list(ledger.analyses())) == 1
    ledger.put_events(article.id, [{"event_type": "Battles"}, {"event_type": "Explosions/Remote violence"}])
    ledger.put_events(article.id, [{"event_type": "Battles"}])                       # replaces the set
    assert [e["event_type"] for e in ledger.events(article.id)] == ["Battles"]
    ledger.put_control_claims(article.id, [{"place": "Kursk Oblast", "value": 46}])
    assert next(ledger.control_claims())["place"] == "Kursk Oblast"
    ledger.put_stories([{"id": "s1", "title": "Kursk", "article_ids": [article.id]}])
    assert [s["id"] for s in ledger.stories()] == ["s1"] and ledger.story_of(article.id) == ["s1"]
    ledger.put_stories([{"id": "s2", "article_ids": []}])
    assert [s["id"] for s in ledger.stories()] == ["s2"] and ledger.story_of(article.id) == []


def test_a_failed_transaction_leaves_nothing_behind(ledger):
    with pytest.raises(RuntimeError), ledger.transaction():
        ledger.put_article(_article())
        raise RuntimeError("killed half way")
    assert ledger.status()["articles"] == 0


def test_a_file_that_is_not_a_ledger_is_a_storage_error_naming_it(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StorageError, match=r"notes\.db.*not a newsledger ledger"):
        Ledger.open(path)


def test_a_missing_folder_is_a_storage_error_saying_what_to_do(tmp_path):
    with pytest.raises(StorageError, match="does not exist; create it"):
        Ledger.open(tmp_path / "nowhere" / "ledger.db")


def test_a_ledger_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Ledger.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES (999, 'from the future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="upgrade newsledger"):
        Ledger.open(path)


def test_a_row_pointing_at_a_missing_article_is_refused(ledger):
    with pytest.raises(StorageError, match="store the article first"):
        ledger.put_page(RawDocument("p.html", b"x"), article_id="0" * 32)


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_published = st.none() | st.builds(Published, iso=st.sampled_from(["2024-09-12", "2024-10-25T21:49", "2024-10"]),
                                   precision=st.sampled_from(["minute", "day", "month", "year"]),
                                   evidence=_text, inferred=st.booleans())
_articles = st.builds(
    Article,
    id=st.text("0123456789abcdef", min_size=32, max_size=32),
    source=st.fixed_dictionaries({"uri": _text, "format": st.sampled_from(["html", "text", "warc", "jsonl", "feed"])}),
    title=st.none() | _text, outlet=st.none() | _text,
    credited_sources=st.lists(_text, max_size=3).map(tuple), byline=st.lists(_text, max_size=3).map(tuple),
    published=_published, language=st.sampled_from(["en", "uk", "ru", "fr", "ar"]),
    body=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300),
    removed=st.lists(st.builds(Removal, text=_text, reason=st.sampled_from(["navigation", "ticker"])),
                     max_size=3).map(tuple),
    url=st.none() | _text,
)


@settings(max_examples=80, deadline=None)
@given(article=_articles)
def test_an_article_comes_back_from_the_store_identical(article):
    with Ledger.open(":memory:") as ledger:
        ledger.put_article(article)
        assert ledger.article(article.id) == article
        assert list(ledger.articles()) == [article]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=_articles)
def test_an_article_comes_back_from_a_postgresql_ledger_identical(postgres_url, article):
    with Ledger.open(postgres_url) as ledger:
        ledger.put_article(article)
        try:
            assert ledger.article(article.id) == article
            assert list(ledger.articles()) == [article]
        finally:
            ledger._run("DELETE FROM articles")


def test_an_older_ledger_is_migrated_and_its_pages_keep_their_origin(tmp_path, monkeypatch):
    import newsledger.store.schema as schema

    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:2])          # a ledger made before migration 3
    with Ledger.open(path) as old:
        old._run("INSERT INTO pages (raw_hash, uri, size, content, ingested_at)"
                 " VALUES ('k', 'old.html', 1, x'00', 'then')")
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS)
    with Ledger.open(path) as ledger:
        assert [o["uri"] for o in ledger.origins("k")] == ["old.html"]
        assert ledger.status()["schema_version"] == MIGRATIONS[-1][0]
