"""`analyze`, `events` and `report` hold a window of articles at a time, never the whole ledger
or input: articles are read lazily a window at a time, and `analyze --format json` writes its
array item by item, byte for byte what one dump of the whole list writes."""
from __future__ import annotations

import io
import json

import pytest

from newsledger.cli.analyze import _json_array
from newsledger.cli.common import emit_json
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
