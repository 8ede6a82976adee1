"""Story identity: the same pages give the same stories with the same ids in any arrival order; a
story keeps its id when pages join; merges, splits and renames are recorded and old ids resolve.

Real inputs: the SYNTHETIC example pages in examples/pages and the two seed pages (shared corpus).
"""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.stories.identity import resolve, story_changes, story_rows
from newsledger.stories.records import Story
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _pages(seeds) -> list[Path]:
    return sorted(EXAMPLES.iterdir()) + [seeds["000"], seeds["001"]]


def _ingest_one_by_one(db: Path, pages: list[Path]) -> None:
    runner = CliRunner()
    for page in pages:
        result = runner.invoke(main, ["ingest", str(page), "--db", str(db), "--quiet"])
        assert result.exit_code == 0, result.output


def _stories(db: Path) -> dict[str, frozenset[str]]:
    with Ledger.open(str(db)) as ledger:
        return {row["id"]: frozenset(row["article_ids"]) for row in ledger.stories()}


def _report_all(db: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--all", "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output


def test_three_arrival_orders_give_the_same_stories_with_the_same_ids(tmp_path, seeds):
    pages = _pages(seeds)
    orders = [pages, list(reversed(pages)), pages[3:] + pages[:3]]
    found = []
    for n, order in enumerate(orders):
        db = tmp_path / f"order{n}.db"
        _ingest_one_by_one(db, order)
        (tmp_path / f"out{n}").mkdir()
        _report_all(db, tmp_path / f"out{n}" / "index.html")
        found.append(_stories(db))
    assert found[0] == found[1] == found[2]
    sizes = sorted(len(members) for members in found[0].values())
    assert sizes == [1, 2, 5]          # the Vovchansk story, the Kursk seeds, the Tyrol floods alone


def test_reports_between_arrivals_end_with_the_same_stories_and_ids_and_record_retired_ids(tmp_path, seeds):
    pages = _pages(seeds)
    found, retired = [], []
    for n, order in enumerate([pages, list(reversed(pages))]):
        db = tmp_path / f"order{n}.db"
        (tmp_path / f"out{n}").mkdir()
        for start, end in ((0, 2), (2, 5), (5, len(order))):     # a report after each batch
            _ingest_one_by_one(db, order[start:end])
            _report_all(db, tmp_path / f"out{n}" / "index.html")
        found.append(_stories(db))
        with Ledger.open(str(db)) as ledger:
            rows = list(ledger.stories())
        retired.append({alias: row["id"] for row in rows for alias in row["aliases"]})
    assert found[0] == found[1]
    # in reverse, a later-published page founded a story first; its id is retired, and still leads
    # to the story (the report CLI resolves it)
    assert retired[1] and all(target in found[1] for target in retired[1].values())
    alias = next(iter(retired[1]))
    out = tmp_path / "by-alias.html"
    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "order1.db"), "--story", alias,
                                       "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert retired[1][alias] in out.read_text(encoding="utf-8")


def test_a_story_keeps_its_id_when_pages_join_later(tmp_path, seeds):
    db = tmp_path / "ledger.db"
    first, later = sorted(EXAMPLES.iterdir())[:2], sorted(EXAMPLES.iterdir())[2:]
    _ingest_one_by_one(db, first)
    (tmp_path / "a").mkdir()
    _report_all(db, tmp_path / "a" / "index.html")
    before = _stories(db)
    assert len(before) == 1
    (story_id, members), = before.items()

    _ingest_one_by_one(db, later + [seeds["000"]])
    (tmp_path / "b").mkdir()
    _report_all(db, tmp_path / "b" / "index.html")
    after = _stories(db)
    assert story_id in after                       # same link, more pages
    assert members < after[story_id] and len(after[story_id]) == 5
    index = (tmp_path / "b" / "index.html").read_text(encoding="utf-8")
    assert f'href="story-{story_id}.html"' in index
    assert (tmp_path / "b" / f"story-{story_id}.html").exists()


def test_the_index_lists_every_story_with_size_dates_and_outlets(tmp_path):
    db = tmp_path / "ledger.db"
    _ingest_one_by_one(db, sorted(EXAMPLES.iterdir()))
    _report_all(db, tmp_path / "index.md")
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if line.startswith("| ") and "](story-" in line]
    assert len(rows) == 2
    big = next(row for row in rows if "| 5 |" in row)
    assert "Kharkiv Evening Post" in big and "Danube Daily" in big
    story_id = big.rsplit("`", 2)[-2]
    assert (tmp_path / f"story-{story_id}.md").read_text(encoding="utf-8").startswith("#")


# -- bookkeeping on hand-made stories (synthetic ids) -----------------------------------------

def _story(story_id: str, *members: str) -> Story:
    return Story(story_id, "t", "l", members, (), (), None, None)


def test_a_merge_keeps_the_older_id_and_the_absorbed_one_still_resolves():
    previous = {"s-old": ["a", "b"], "s-new": ["c"]}
    merged = [_story("s-old", "a", "b", "c", "d")]
    changes = story_changes(previous, merged)
    assert [(c.kind, c.previous_id, c.story_id, c.article_ids) for c in changes] == [
        ("merged", "s-new", "s-old", ("c",))]
    rows = story_rows(merged, [{"id": "s-old"}, {"id": "s-new"}], changes)
    assert rows[0]["aliases"] == ["s-new"]
    assert resolve("s-new", rows) == "s-old"
    assert resolve("s-gone", rows) is None


def test_a_split_and_a_rename_are_recorded():
    previous = {"s1": ["a", "b", "c"], "s2": ["x"]}
    now = [_story("s1", "a", "b"), _story("s9", "c"), _story("s0", "w", "x")]
    kinds = {(c.kind, c.previous_id, c.story_id) for c in story_changes(previous, now)}
    assert kinds == {("split", "s1", "s9"), ("renamed", "s2", "s0")}
    rows = story_rows(now, [], story_changes(previous, now))
    assert resolve("s2", rows) == "s0"
    assert resolve("s1", rows) == "s1"
