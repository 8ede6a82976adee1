"""Dates in the text, resolved against the publication date.

Inputs are the two seed pages (through the real extract stage, with the publication dates the
seeds carry written out here) and synthetic sentences, marked "synthetic" where written here.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from newsledger.enrich.textdates import find_dates
from newsledger.extract import extract
from newsledger.records import Article, Published, RawDocument


def _published(iso: str) -> Published:
    return Published(iso=iso, precision="day", evidence="test")


def _body(path) -> str:
    article = extract(RawDocument(str(path), path.read_bytes()))
    assert isinstance(article, Article), article
    return article.body


def _resolved(text: str, published: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.iso, d.precision) for d in find_dates(text, _published(published) if published else None)}


def test_seed_000_dates_lean_to_the_past(seeds):
    dates = _resolved(_body(seeds["000"]), "2024-09-12")
    assert dates["August 6"] == ("2024-08-06", "day")
    assert dates["last month"] == ("2024-08", "month")


def test_seed_001_weekday_and_season(seeds):
    dates = _resolved(_body(seeds["001"]), "2024-10-25")
    assert dates["on Friday"] == ("2024-10-25", "day")        # published on a Friday: that Friday
    assert dates["summer"] == ("2024-06", "season")


def test_seed_001_photo_caption_full_date(seeds):
    # The caption is cut from the body as boilerplate; its date is read from the page text.
    page = seeds["001"].read_text(encoding="utf-8")
    dates = _resolved(page, "2024-10-25")
    assert dates["Thursday, Oct. 24, 2024"] == ("2024-10-24", "day")


def test_offsets_point_at_the_words(seeds):
    body = _body(seeds["000"])
    for mention in find_dates(body, _published("2024-09-12")):
        assert body[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text, published, iso, precision", [
    ("It happened on December 3.", "2024-01-05", "2023-12-03", "day"),       # last year's December
    ("The summit opens on November 2.", "2024-10-25", "2024-11-02", "day"),  # a week ahead: this year
    ("They attacked on Friday.", "2024-09-12", "2024-09-06", "day"),         # the Friday before a Thursday
    ("It began three weeks ago.", "2024-09-12", "2024-08-19", "week"),
    ("The war began in 2022.", "2024-09-12", "2022", "year"),
    ("Talks stalled in March 2022.", "2024-09-12", "2022-03", "month"),
    ("He spoke yesterday.", "2024-09-12", "2024-09-11", "day"),
    ("The offensive of last summer failed.", "2024-02-01", "2023-06", "season"),
    ("Prices rose last year.", "2024-09-12", "2023", "year"),
    ("Fighting eased in mid-September.", "2024-10-02", "2024-09", "month"),
    ("The city fell in the spring of 2022.", "2024-10-02", "2022-03", "season"),
])
def test_relative_dates(text, published, iso, precision):
    # synthetic
    (mention,) = find_dates(text, _published(published))
    assert (mention.iso, mention.precision) == (iso, precision)


def test_a_range_of_days_is_two_dates():
    # synthetic
    dates = _resolved("The offensive ran from Aug. 6 to Aug. 20.", "2024-09-12")
    assert dates == {"Aug. 6": ("2024-08-06", "day"), "Aug. 20": ("2024-08-20", "day")}


def test_without_a_publication_date_only_complete_dates_resolve():
    # synthetic
    dates = _resolved("The incursion began on August 6, 2024, and widened on August 20.", None)
    assert dates["August 6, 2024"] == ("2024-08-06", "day")
    assert dates["August 20"] == (None, "day")


def test_words_that_only_look_like_dates_are_not_dates():
    # synthetic
    text = "Russia may attack again; troops march west and the fall of Bakhmut was a blow."
    assert find_dates(text, _published("2024-09-12")) == ()


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
       st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
def test_a_written_full_date_is_read_whatever_the_publication_date(day, published):
    text = f"It was signed on {day:%B} {day.day}, {day.year}."
    (mention,) = find_dates(text, _published(published.isoformat()))
    assert mention.iso == day.isoformat()


def test_an_upper_case_ordinal_date_is_read_not_raised():
    # "24TH JULY 2012" in a headline once raised ValueError (the day was looked for in lower case only)
    [mention] = find_dates("POSTED ON 24TH JULY 2012 BY STAFF", None)
    assert (mention.iso, mention.precision) == ("2012-07-24", "day")
    [mention] = find_dates("Shelling resumed on MAY 7TH, officials said.", Published("2024-09-12", "day", "html"))
    assert mention.iso == "2024-05-07"


def test_a_year_before_a_plural_noun_is_read_when_plausible_for_the_publication():
    # synthetic: "June 5, 2023 protests" (published 2024) is a dated day; "2000 soldiers" a count after a day
    assert _resolved("On June 5, 2023 protests erupted in the capital.", "2024-07-01") == \
        {"June 5, 2023": ("2023-06-05", "day")}
    assert _resolved("By Oct. 12, 2000 soldiers had left the garrison.", "2024-11-02") == \
        {"Oct. 12": ("2024-10-12", "day")}
    assert _resolved("On Sept. 3, 2027 nurses will strike.", "2026-01-15") == {"Sept. 3": ("2025-09-03", "day")}


def test_a_weekday_that_recurs_is_no_day_of_the_news():
    from newsledger.events.when import names_a_time, read_date

    published = Published("2016-05-10", "day", "2016-05-10")
    for sentence in ("The ferry to the island leaves every Sunday at noon.",
                     "Volunteers cook for the shelter each Thursday.",
                     "The square fills with dancers on Saturday nights.",
                     "Thursday evenings belong to the chess club."):
        assert find_dates(sentence, published) == (), sentence
        assert read_date(sentence, "2016-05-10") is None and not names_a_time(sentence), sentence
    # one day, of the night or not, is still read
    assert [m.iso for m in find_dates("The square filled with dancers on Saturday night.", published)] == ["2016-05-07"]
    assert read_date("The square filled with dancers on Saturday night.", "2016-05-10").iso == "2016-05-07"


def test_a_month_of_last_or_next_year_is_that_years_month():
    # synthetic: "in March last year" in a January report is the March before, not the coming one
    dates = _resolved("Guards seized the boat in March last year; talks resume in June next year; "
                      "prices rose since May of this year.", "2008-01-10")
    assert dates["in March last year"] == ("2007-03", "month")
    assert dates["in June next year"] == ("2009-06", "month")
    assert dates["since May of this year"] == ("2008-05", "month")
