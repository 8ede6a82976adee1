"""Results never depend on the day they are computed (issue 14, item 11).

A dateline without a year ("Thursday 12 - 11:40") is completed up to the page's fetch time, or
the latest year the page names; the wall clock is never read. These tests move the clock to 2031
and check that nothing moves with it.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newsledger import RawDocument, extract
from newsledger.extract import dates
from newsledger.ingest.files import read_file
from newsledger.records import Article

_SAVED = datetime(2024, 10, 1, tzinfo=timezone.utc).timestamp()   # when the seed was saved


class _Clock2031(date):
    """`date` whose today() is in 2031: a machine with its clock set years ahead."""

    @classmethod
    def today(cls) -> date:
        return date(2031, 6, 1)


@pytest.fixture
def clock_2031(monkeypatch):
    monkeypatch.setattr(dates, "date", _Clock2031)


def _published(raw: RawDocument) -> str | None:
    article = extract(raw)
    assert isinstance(article, Article), article
    return article.published.iso if article.published else None


def test_seed_read_from_a_file_is_dated_from_its_save_time_under_any_clock(seeds, tmp_path: Path, clock_2031):
    copy = tmp_path / seeds["000"].name
    copy.write_bytes(seeds["000"].read_bytes())
    os.utime(copy, (_SAVED, _SAVED))
    raw = read_file(copy)
    assert isinstance(raw, RawDocument) and raw.fetched_at == "2024-10-01T00:00:00Z"
    assert _published(raw) == "2024-09-12T11:40"


def test_the_library_reads_a_file_as_ingest_does(seeds, tmp_path: Path, clock_2031):
    import newsledger
    from newsledger.ingest.run import ingest
    from newsledger.store import Ledger

    copy = tmp_path / seeds["000"].name
    copy.write_bytes(seeds["000"].read_bytes())
    os.utime(copy, (_SAVED, _SAVED))
    from_library = newsledger.extract(copy)            # was: no fetch time, so published None
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        ingest([str(copy)], ledger)
        stored = next(iter(ledger.articles()))
    assert isinstance(from_library, Article) and from_library.published is not None
    assert from_library.published == stored.published and from_library.published.iso == "2024-09-12T11:40"


def _saved_in_2031(path: Path) -> Path:
    later = datetime(2031, 6, 1, tzinfo=timezone.utc).timestamp()
    os.utime(path, (later, later))
    return path


def test_a_fetch_time_the_input_records_wins_over_the_files_save_time(seeds, tmp_path: Path):
    import io
    import json

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsledger.ingest.sources import iter_sources

    text = seeds["000"].read_text(encoding="utf-8")
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text(json.dumps({"url": "https://example.org/a", "text": text, "fetched_at": "2024-10-01T00:00:00Z"}) + "\n")
    warc = tmp_path / "pages.warc"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(
            text.encode()), http_headers=http, warc_headers_dict={"WARC-Date": "2024-10-01T00:00:00Z"}))
    for path in (_saved_in_2031(jsonl), _saved_in_2031(warc)):
        raws = [r for r in iter_sources([str(path)]) if isinstance(r, RawDocument)]
        assert [r.fetched_at for r in raws] == ["2024-10-01T00:00:00Z"], path.name
        assert _published(raws[0]) == "2024-09-12T11:40"


def test_a_yearless_dateline_with_nothing_to_bound_it_is_no_date(seeds, clock_2031):
    # no fetch time, no year anywhere on the page: the year cannot be known (was 2030-09-12 here)
    raw = RawDocument(uri=str(seeds["000"]), content=seeds["000"].read_bytes())
    assert _published(raw) is None


def test_resolve_partial_without_a_reference_uses_the_years_the_page_names(clock_2031):
    context = "The talks of March 2019 failed; the offensive began on August 6."
    published = dates.resolve_partial(day=12, weekday=3, context=context)
    assert published is not None and published.iso.startswith("2019-09-12")
    assert dates.resolve_partial(day=12, weekday=3, context="It began on August 6.") is None


def test_html_dateline_without_a_year_is_bounded_by_the_fetch_time(clock_2031):
    paragraphs = [f"Russian forces pressed on near the border on day {n} of the push, officials said, as the "
                  f"raid that started last month, on August 6, ran on as its sixth week and fighting reached village {n}."
                  for n in range(1, 6)]
    html = ("<html><head><title>Synthetic page written for newsledger tests</title></head><body><article>"
            "<h1>Synthetic: border fighting goes on</h1><p>Thursday 12 - 11:40</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>").encode()
    fetched = RawDocument(uri="synthetic.html", content=html, fetched_at="2024-10-01T00:00:00Z")
    day = date.fromisoformat((_published(fetched) or "0001-01-01")[:10])
    assert (day.day, day.weekday()) == (12, 3) and date(2024, 8, 6) <= day <= date(2024, 10, 1)


# -- input order (item 12): the original of a group of copies does not depend on arrival --------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _links(order: list[Path], tmp_path: Path, name: str) -> set[tuple[str, str]]:
    from newsledger.ingest.run import ingest
    from newsledger.store import Ledger

    with Ledger.open(str(tmp_path / name)) as ledger:
        ingest([str(p) for p in order], ledger)
        return {(copy, original) for copy, original, _ in ledger.duplicates()}


def test_the_original_is_the_same_whatever_order_the_pages_come_in(tmp_path: Path):
    pages = sorted(EXAMPLES.iterdir())
    forward, backward = _links(pages, tmp_path, "f.db"), _links(pages[::-1], tmp_path, "b.db")
    assert forward == backward               # was: in reverse order the original became its copy's copy
    ids = {p.name[:2]: extract(read_file(p)).id for p in pages}
    assert (ids["03"], ids["02"]) in forward  # the Danube Daily copy credits the Kharkiv Evening Post
