"""The silver dump-title check of evaluation/extraction (issue 9 item 4): which pages count, and how
a dump's title is scored against our HTML path's title. Synthetic titles written for this test."""
from __future__ import annotations

from types import SimpleNamespace

from evaluation.dumps import silver_title
from evaluation.extraction import _SilverTitles
from newsledger.records import Rejection


def _page(title: str | None, outlet: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(title=title, outlet=outlet, body="text")


def test_only_a_headline_that_is_not_the_site_name_is_a_reference() -> None:
    assert silver_title(_page("Harbour bridge reopens after storm repairs", "Coastal Courier")) == \
        "Harbour bridge reopens after storm repairs"
    assert silver_title(_page("Coastal Courier", "Coastal Courier")) is None
    assert silver_title(_page("COASTAL  courier", "Coastal Courier")) is None
    assert silver_title(_page(None, "Coastal Courier")) is None
    assert silver_title(Rejection(uri="page.html", reason="not_article: too_short")) is None


def test_silver_tally_counts_a_rejected_dump_as_a_miss_and_leaves_site_names_out() -> None:
    tally = _SilverTitles()
    headline = _page("Harbour bridge reopens after storm repairs", "Coastal Courier")
    tally.add("w3m", _page("Harbour Bridge Reopens After Storm Repairs"), headline)
    tally.add("w3m", _page("Other Headlines"), headline)
    tally.add("w3m", Rejection(uri="page.txt", reason="not_article: too_short"), headline)
    tally.add("w3m", _page("Harbour bridge reopens"), _page("Coastal Courier", "Coastal Courier"))
    tally.add("lynx", _page("Harbour bridge reopens after storm repairs"), headline)
    figures = tally.figures("synthetic")
    assert figures["synthetic.w3m.title_silver_pages"] == 3
    assert figures["synthetic.w3m.title_silver_matched"] == 1
    assert figures["synthetic.w3m.title_silver"] == 1 / 3
    assert figures["synthetic.w3m.title_silver_site_named"] == 1
    assert figures["synthetic.lynx.title_silver"] == 1.0
