"""`analyze`, `events` and `report` hold a window of articles at a time, never the whole ledger
or input: articles are read lazily a window at a time, and `analyze --format json` writes its
array item by item, byte for byte what one dump of the whole list writes."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.cli.analyze import _json_array
from newsledger.cli.common import emit_json
from newsledger.errors import StorageError
from newsledger.records import Article, Rejection, content_id
from newsledger.store import Ledger


def _articles(count: int) -> list[Article]:
    return [Article(id=content_id(f"Body {n} about shelling near Kharkiv."), source={"uri": f"p{n}.txt"},
                    title=f"Page {n}", outlet=None, credited_sources=(), byline=(), published=None, language="en",
                    body=f"Body {n} about shelling near Kharkiv.") for n in range(count)]


def test_the_articles_given_are_read_a_window_at_a_time(tmp_path, monkeypatch):
    from newsledger.store import analyses

    pulled: list[int] = []

    def given():
        for n, article in enumerate(_articles(7)):
            pulled.append(n)
            yield article

    def refused(articles, processes=2):      # no parser needed: every article refused, in order
        for article in articles:
            yield Rejection(article.source["uri"], "too_long", "test")

    monkeypatch.setattr(analyses, "analyse_all", refused)
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        results = analyses.current_analyses(ledger, given(), processes=1, window=3)
        first = next(results)
        assert first.uri == "p0.txt" and len(pulled) == 3          # was: all 7 listed first
        assert [r.uri for r in results] == [f"p{n}.txt" for n in range(1, 7)]


def test_a_ledger_read_for_originals_leaves_out_near_duplicates(ledger_target, monkeypatch):
    from newsledger.store import analyses

    monkeypatch.setattr(analyses, "analyse_all",
                        lambda articles, processes=2: (Rejection(a.source["uri"], "too_long", "test") for a in articles))
    with Ledger.open(ledger_target) as ledger:
        first, second, third = _articles(3)
        for article in (first, second, third):
            ledger.put_article(article)
        ledger.put_duplicate(second.id, first.id, 0.9)
        pairs = list(analyses.ledger_analyses(ledger, processes=1, originals_only=True, window=1))
        assert [a.id for a, _ in pairs] == [first.id, third.id]
        assert [a.id for a, _ in analyses.ledger_analyses(ledger, processes=1)] == [first.id, second.id, third.id]


@pytest.mark.parametrize("items", [[], [{"a": 1}], [{"title": "Харків", "nested": {"list": [1, [2, {}], []], "s": "a\nb"}},
                                                    {"empty": {}, "n": None, "f": 1.5}]])
def test_the_json_array_written_item_by_item_is_the_whole_dump(items):
    whole, streamed = io.StringIO(), io.StringIO()
    emit_json(items, whole, pretty=True)
    _json_array(iter(items), streamed)
    assert streamed.getvalue() == whole.getvalue()
    assert json.loads(streamed.getvalue()) == items


def test_a_json_array_cut_short_by_an_error_is_still_closed(tmp_path, monkeypatch):
    from newsledger.store import analyses

    def failing(articles, processes=2):      # one analysis, then the ledger fails under the second
        class Done:
            def to_json_dict(self) -> dict:
                return {"title": "first"}

        articles = iter(articles)
        next(articles)
        yield Done()
        raise StorageError("disk I/O error", uri=next(articles).source["uri"])

    out = io.StringIO()
    with pytest.raises(StorageError):
        _json_array((analysis.to_json_dict() for analysis in failing(_articles(2))), out)
    assert json.loads(out.getvalue()) == [{"title": "first"}]

    monkeypatch.setattr(analyses, "analyse_all", failing)
    for n in range(2):
        (tmp_path / f"p{n}.txt").write_text(f"Page {n}\n\n" + _PROSE, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [{"title": "first"}]          # all that was written, closed
    error = result.stderr.strip().splitlines()
    assert len(error) == 1 and "disk I/O error" in error[0] and "p1.txt" in error[0]


_PROSE = ("The regional council approved its budget for the coming year on Tuesday evening after a debate "
          "that lasted more than nine hours and ended shortly before midnight.\n\n"
          "Members of the opposition said the plan cut too deeply into the money set aside for schools, "
          "roads and the two hospitals in the north of the region, and promised to bring it back.\n\n"
          "The council's finance committee said the savings were needed because the region's income "
          "from taxes had fallen for the third year in a row.\n")
