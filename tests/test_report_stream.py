"""The report of one story made with the pages' analyses read one at a time (`all_bundles=False`,
as `newsledger run` and `newsledger report` do) is the report made with every story bundled.

Input: the SYNTHETIC example pages in examples/pages.
"""
from __future__ import annotations

from pathlib import Path

from newsledger.cli.report import report_stories
from newsledger.cli.run import run_pages
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if "Generated" not in line]


def test_one_story_read_back_is_the_story_bundled_with_all(tmp_path):
    db = str(tmp_path / "examples.db")
    every, failed = run_pages([str(EXAMPLES)], tmp_path / "all.md", db=db, quiet=True)
    assert not failed and len(every) == 2
    for suffix in (".md", ".html"):
        with Ledger.open(db) as ledger:
            kept, _ = report_stories(ledger, tmp_path / f"kept{suffix}", None, quiet=True)
        with Ledger.open(db) as ledger:
            streamed, errors = report_stories(ledger, tmp_path / f"streamed{suffix}", None, quiet=True,
                                              all_bundles=False)
        assert errors == 0 and len(kept) == 2 and len(streamed) == 1
        assert streamed[0].story == kept[0].story and streamed[0].claim_groups == kept[0].claim_groups
        assert _lines(tmp_path / f"streamed{suffix}") == _lines(tmp_path / f"kept{suffix}")
    other = every[1].story.id
    with Ledger.open(db) as ledger:
        report_stories(ledger, tmp_path / "other.md", other[:8], quiet=True, all_bundles=False)
        report_stories(ledger, tmp_path / "other-kept.md", other[:8], quiet=True)
    assert _lines(tmp_path / "other.md") == _lines(tmp_path / "other-kept.md")


def test_a_stored_analysis_that_does_not_load_is_made_again(tmp_path, monkeypatch):
    from newsledger.store import analyses

    db = str(tmp_path / "examples.db")
    run_pages([str(EXAMPLES)], tmp_path / "first.md", db=db, quiet=True, all_bundles=False)
    monkeypatch.setattr(analyses, "stored_analysis", lambda ledger, article: None)
    with Ledger.open(db) as ledger:
        _, errors = report_stories(ledger, tmp_path / "again.md", None, quiet=True, all_bundles=False)
    assert errors == 0
    assert _lines(tmp_path / "again.md") == _lines(tmp_path / "first.md")


def test_the_ledger_read_a_window_at_a_time_gives_every_article_in_order(tmp_path):
    from newsledger.ingest.run import ingest
    from newsledger.store.analyses import current_analyses, ledger_analyses

    with Ledger.open(str(tmp_path / "examples.db")) as ledger:
        ingest([str(EXAMPLES)], ledger)
        articles = list(ledger.articles())
        assert len(articles) >= 4
        list(current_analyses(ledger, articles[1::2], processes=1))      # every other one stored
        whole = [a.to_json_dict() for a in current_analyses(ledger, articles, processes=1, store=False)]
        for window in (1, 3, len(articles) + 1):
            pairs = list(ledger_analyses(ledger, processes=1, store=False, window=window))
            assert [article for article, _ in pairs] == articles
            assert [a.to_json_dict() for _, a in pairs] == whole
