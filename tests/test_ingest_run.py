"""The ingest loop and the `ingest` / `status` / `export` commands, on real corpus pages.

The binary and broken inputs are synthetic, written by the tests into tmp_path.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsledger.ingest.run as run_module
from newsledger.cli import main
from newsledger.ingest.run import IngestOptions, ingest
from newsledger.store import Ledger

TABLES = ("pages", "page_origins", "articles", "rejections", "duplicates", "signatures")
PAGES = 28          # files in the `pages` fixture
ARTICLES = 27       # all but the binary file: each is a different article


@pytest.fixture
def pages(corpus: Path, tmp_path: Path) -> Path:
    """A folder with the two seeds, 20 AEB dumps, 5 AEB HTML pages of other articles, one binary file."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for path in sorted((corpus / "seeds").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for path in sorted((corpus / "aeb" / "dumps").glob("*.txt"))[:20]:
        shutil.copy(path, folder / path.name)
    for path in sorted((corpus / "aeb" / "html").glob("*.html.gz"))[-5:]:
        shutil.copy(path, folder / path.name)
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    return folder


def _row_counts(db: str) -> dict[str, int]:
    with Ledger.open(db) as ledger:
        return {table: ledger._run(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_every_page_is_stored_once_and_a_rerun_changes_no_row(pages, ledger_target):
    db = ledger_target
    with Ledger.open(db) as ledger:
        first = ingest([str(pages)], ledger, IngestOptions(batch_size=7))
    before = _row_counts(db)
    with Ledger.open(db) as ledger:
        second = ingest([str(pages)], ledger)
    assert _row_counts(db) == before
    assert first.pages_read == second.pages_read == PAGES
    assert first.pages_new == PAGES and second.pages_new == 0 and second.pages_known == PAGES
    assert before["pages"] == before["page_origins"] == PAGES and before["articles"] == ARTICLES == before["signatures"]
    assert [r.uri for r in first.rejections] == [str(pages / "photo.html")]
    assert first.rejections[0].reason == "binary"


def test_the_same_bytes_under_another_name_are_one_page_with_two_origins(seeds, tmp_path, ledger_target):
    mirror = tmp_path / "mirror" / "kursk-copy.txt"
    mirror.parent.mkdir()
    mirror.write_bytes(seeds["000"].read_bytes())
    with Ledger.open(ledger_target) as ledger:
        summary = ingest([str(seeds["000"]), str(mirror)], ledger)
        page, = ledger.pages()
        assert summary.pages_new == 1 and summary.pages_known == 1
        assert [o["uri"] for o in ledger.origins(page["raw_hash"])] == [str(seeds["000"]), str(mirror)]


def test_a_rerun_does_not_extract_pages_already_stored(pages, ledger_target, monkeypatch):
    with Ledger.open(ledger_target) as ledger:
        ingest([str(pages)], ledger)

        def must_not_run(raw, opts=None):
            raise AssertionError(f"{raw.uri} was extracted again")

        monkeypatch.setattr(run_module, "extract", must_not_run)
        summary = ingest([str(pages)], ledger)
    assert summary.pages_known == PAGES and summary.articles_new == 0


def test_a_page_that_crashes_the_extractor_is_reported_and_retried_on_the_next_run(pages, ledger_target, monkeypatch):
    real_extract = run_module.extract

    def broken_on_seeds(raw, opts=None):
        if Path(raw.uri).name.startswith("000_"):
            raise ValueError("simulated extractor bug")
        return real_extract(raw, opts)

    monkeypatch.setattr(run_module, "extract", broken_on_seeds)
    with Ledger.open(ledger_target) as ledger:
        summary = ingest([str(pages)], ledger)
        crashed = [r for r in summary.rejections if r.reason == "internal_error"]
        assert len(crashed) == 1 and "simulated extractor bug" in crashed[0].detail
        assert ledger.status()["pages"] == PAGES - 1              # the crashed page is not marked done
        monkeypatch.setattr(run_module, "extract", real_extract)
        retry = ingest([str(pages)], ledger)
        assert retry.pages_new == 1 and retry.articles_new == 1
        assert ledger.status()["pages"] == PAGES


def test_the_seeds_become_articles_with_their_origin_and_raw_bytes_kept(seeds, ledger_target):
    with Ledger.open(ledger_target) as ledger:
        ingest([str(path) for path in seeds.values()], ledger)
        stored = {page["uri"]: page for page in ledger.pages()}
        september = stored[str(seeds["000"])]
        assert ledger.page_content(september["raw_hash"]) == seeds["000"].read_bytes()
        article = ledger.article(september["article_id"])
        assert "Kursk" in article.title and "Alaudinov" in article.body
        assert ledger.duplicate_of(article.id) is None      # two outlets, two different reports


def test_ingest_command_names_each_failed_input_exits_1_and_stores_the_rest(pages, tmp_path, ledger_target):
    db = ledger_target
    result = CliRunner().invoke(main, ["ingest", str(pages), str(tmp_path / "missing.html"), "--db", db])
    assert result.exit_code == 1
    assert f"{pages / 'photo.html'}: binary" in result.stderr
    assert f"{tmp_path / 'missing.html'}: not_found" in result.stderr
    assert _row_counts(db)["articles"] == ARTICLES


def test_status_counts_pages_articles_copies_and_rejections(pages, ledger_target, monkeypatch):
    db = ledger_target
    monkeypatch.setenv("NEWSLEDGER_DB", db)            # the default ledger comes from the environment
    CliRunner().invoke(main, ["ingest", str(pages), "--quiet"])
    result = CliRunner().invoke(main, ["status", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts["pages"] == PAGES and counts["articles"] == ARTICLES
    assert counts["rejections_by_reason"] == {"binary": 1}
    assert counts["exact_copies"] == 0 and counts["db"] == str(db)
    text = CliRunner().invoke(main, ["status"]).stdout
    assert "binary" in text and "articles" in text


def test_status_of_a_missing_ledger_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(main, ["status", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "newsledger ingest" in result.output


def test_export_writes_every_article_as_jsonl_csv_and_parquet(pages, tmp_path, ledger_target):
    import pyarrow.parquet as pq

    db = ledger_target
    CliRunner().invoke(main, ["ingest", str(pages), "--db", db, "--quiet"])
    lines = CliRunner().invoke(main, ["export", "--db", db]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == ARTICLES and all({"id", "body", "published", "duplicate_of"} <= set(r) for r in records)
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(main, ["export", "--db", db, "--format", "csv"]).stdout)))
    assert [row["id"] for row in rows] == [r["id"] for r in records]
    assert CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet"]).exit_code == 2  # needs -o
    out = tmp_path / "articles.parquet"
    assert CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet", "-o", str(out)]).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == ARTICLES and table.column("body").to_pylist() == [r["body"] for r in records]
