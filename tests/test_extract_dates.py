"""Visible date strings -> Published, and partial datelines completed from the article's context."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract import extract
from newsledger.extract.dates import looks_like_date_line, masthead_day, parse_date, resolve_partial, today_named
from newsledger.records import Article, RawDocument

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


@pytest.mark.parametrize(
    "text, iso, precision",
    [
        ("25 Oct 2024 21:49", "2024-10-25T21:49", "minute"),
        ("NOVEMBER 20, 2019 10:43", "2019-11-20T10:43", "minute"),
        ("11.15.2019 10:09 AM", "2019-11-15T10:09", "minute"),          # month first: 15 cannot be a month
        ("20.11.2019", "2019-11-20", "day"),
        ("11/20/2019 01:14 PM", "2019-11-20T13:14", "minute"),
        ("Updated: Nov. 19, 2019 5:03 p.m. ET", "2019-11-19T17:03", "minute"),
        ("2019-11-20T10:43:00Z", "2019-11-20T10:43", "minute"),
        ("Published Wednesday, 20 November 2019", "2019-11-20", "day"),
        ("Posted: Tue 3rd Dec 2019", "2019-12-03", "day"),
        ("12 septembre 2024", "2024-09-12", "day"),
        ("Oct 2024", "2024-10", "month"),
        ("2019", "2019", "year"),
        ("12 h ago 5 June 2023", "2023-06-05", "day"),
        ("Posted on Maret 17, 2016 by Editor", "2016-03-17", "day"),
        ("12 ноября 2019, 14:05", "2019-11-12T14:05", "minute"),
        ("5 листопада 2019", "2019-11-05", "day"),
        ("3. März 2020", "2020-03-03", "day"),
        ("12 maggio 2018 alle 10:30", "2018-05-12T10:30", "minute"),
    ],
)
def test_full_dates(text, iso, precision):
    published = parse_date(text)
    assert published is not None
    assert (published.iso, published.precision, published.inferred) == (iso, precision, False)
    assert published.evidence == text


@pytest.mark.parametrize("text", ["hello world", "", "Page 12 of 40", "Call 555-0199 today", "31/31/2019"])
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("25 Oct 2024 21:49", True),
        ("Thursday 12 - 11:40", True),
        ("Published: Nov. 19, 2019 5:03 p.m. ET", True),
        ("May the best team win tonight", False),
        ("The meeting on October 3 was postponed because of the storm.", False),
    ],
)
def test_looks_like_date_line(line, expected):
    assert looks_like_date_line(line) is expected


SEED_LIKE_BODY = (
    "The army has begun a push to answer a rebel raid that started last month. "
    "Since the raid opened on August 6, the rebels have moved fast."
)


def test_weekday_day_time_resolved_from_body():
    published = parse_date("Thursday 12 - 11:40", context=SEED_LIKE_BODY, reference=date(2026, 1, 1))
    assert published is not None
    assert (published.iso, published.precision, published.inferred) == ("2024-09-12T11:40", "minute", True)
    assert "Thursday 12 - 11:40" in published.evidence
    assert "August 6" in published.evidence and "last month" in published.evidence


def test_dateparser_alone_would_not_do():
    # the same dateline with no context is resolved to the latest matching date before the reference
    published = parse_date("Thursday 12 - 11:40", reference=date(2024, 12, 31))
    assert published is not None and published.iso == "2024-12-12T11:40"


def test_weekday_must_match():
    published = resolve_partial(day=31, weekday=0, context="", reference=date(2025, 6, 1))
    assert published is not None
    resolved = date.fromisoformat(published.iso)
    assert resolved.day == 31 and resolved.weekday() == 0 and resolved <= date(2025, 6, 1)


def test_day_and_month_without_year_take_the_year_from_the_body():
    published = parse_date("12 September", context="The talks of 2019 were the first since 2017.")
    assert published is not None and published.iso == "2019-09-12" and published.inferred


@settings(max_examples=150, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)),
    days_before=st.integers(min_value=5, max_value=25),
    days_after=st.integers(min_value=0, max_value=300),
)
def test_weekday_day_dateline_is_recovered_from_an_anchor_weeks_earlier(moment, days_before, days_after):
    """For any date, its "Weekday D - HH:MM" dateline resolves back to it, given a body naming an
    event a few weeks earlier ("last month"/"earlier this month") and a reference date after it."""
    published_on = moment.date()
    anchor = published_on - timedelta(days=days_before)
    if (anchor.year, anchor.month) == (published_on.year, published_on.month):
        relation = "earlier this month"
    elif (anchor.year * 12 + anchor.month) == (published_on.year * 12 + published_on.month - 1):
        relation = "last month"
    else:
        relation = "in recent weeks"
    body = f"The strike began {relation}, on {MONTH_NAMES[anchor.month - 1]} {anchor.day}, and continues."
    dateline = f"{WEEKDAY_NAMES[published_on.weekday()]} {published_on.day} - {moment:%H:%M}"
    published = parse_date(dateline, context=body, reference=published_on + timedelta(days=days_after))
    assert published is not None and published.inferred
    assert published.iso == f"{published_on.isoformat()}T{moment:%H:%M}"


@settings(max_examples=100, deadline=None)
@given(moment=st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
       days_before=st.integers(min_value=5, max_value=25))
def test_weekday_day_resolved_with_a_dated_anchor_and_no_reference(moment, days_before):
    anchor = moment - timedelta(days=days_before)
    body = f"Fighting resumed on {MONTH_NAMES[anchor.month - 1]} {anchor.day}, {anchor.year}, officials said."
    published = parse_date(f"{WEEKDAY_NAMES[moment.weekday()]} {moment.day}", context=body)
    assert published is not None
    assert (published.iso, published.precision) == (moment.isoformat(), "day")


@pytest.mark.parametrize(
    "text, iso",
    [
        ("07.06.2020, 14:35", "2020-06-07T14:35"),                        # Ukrainian/Russian news sites
        ("7 червня 2020", "2020-06-07"),
        ("7 черв. 2020, 14:35", "2020-06-07T14:35"),                       # abbreviated month
        ("18 фев 2020", "2020-02-18"),
        ("18 февраля 2020 г.", "2020-02-18"),
        ("Miércoles, 15 de Abril de 2020", "2020-04-15"),                # "de" before the year
        ("11 de Outubro de 2020, 8:34", "2020-10-11T08:34"),
        ("19 sierpnia 2020, 5:16", "2020-08-19T05:16"),                  # Polish genitive
        ("30 Ekim 2020 Cuma 18:28", "2020-10-30"),                        # Turkish, weekday after the date
        ("duminică, 20 septembrie 2020", "2020-09-20"),                  # Romanian
        ("10. marts 2020 kl. 20:00", "2020-03-10"),                       # Danish
        ("Zaterdag 26 september 2020", "2020-09-26"),                     # Dutch
        ("13 gusht 2020, 09:08", "2020-08-13T09:08"),                     # Albanian
        ("الإثنين، 24 أغسطس 2020 09:56 ص", "2020-08-24T09:56"),          # Arabic month name
        ("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01"),                   # Arabic-Indic digits, day first
        ("2020年7月1日 10時00分", "2020-07-01T10:00"),
        ("2020년 7월 1일", "2020-07-01"),
        ("2020. augusztus 18., 15.00", "2020-08-18T15:00"),               # Hungarian, year first
        ("2020. 08. 18. 21:35", "2020-08-18T21:35"),
        ("By Sage Anderson2020-02-20 13:52:51 UTC", "2020-02-20T13:52"),   # glued to the byline
        ("La Información16.08.2020 - 21:03h", "2020-08-16T21:03"),
        ("19 Αυγούστου 2020 9:02 μμ", "2020-08-19T21:02"),                 # Greek genitive, afternoon marker
        ("10 ноември 2020", "2020-11-10"),                                 # Bulgarian
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22"),   # Levantine and Egyptian names
        ("5 تشرين الأول 2020", "2020-10-05"),                               # a two-word Levantine name
        ("سه‌شنبه ۲۹ بهمن ۱۳۹۸", "2020-02-18"),                              # Solar Hijri (Iran)
        ("۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹", "2020-05-10T18:59"),                   # Arabic yeh typed for Persian
        ("1 فروردین 1404", "2025-03-21"),                                   # Nowruz after a leap year
        ("30 اسفند 1399", "2021-03-20"),                                    # the leap day of 1399
        ("11 حوت 1398", "2020-03-01"),                                      # Dari month name (Afghanistan)
    ],
)
def test_dateline_formats_of_other_languages(text, iso):
    found = parse_date(text, language="xx")
    assert found is not None and found.iso == iso and not found.inferred


@pytest.mark.parametrize("text", ["30 Ekim 2020 Cuma 18:28", "duminică, 20 septembrie 2020", "2020年07月03日",
                                  "الإثنين، 24 أغسطس 2020 09:56 ص", "19 sierpnia 2020, 5:16"])
def test_foreign_datelines_look_like_date_lines(text):
    assert looks_like_date_line(text)


@pytest.mark.parametrize("language, iso", [("es", "2020-05-06"), ("pt", "2020-05-06"), ("en", "2020-06-05"), (None, "2020-06-05")])
def test_ambiguous_slashes_are_day_first_outside_english(language, iso):
    assert parse_date("06/05/2020", language=language).iso == iso
    assert parse_date("13/05/2020", language="en").iso == "2020-05-13"   # unambiguous either way


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Сегодня, 12:30", "2020-09-23T12:30"),
        ("вчера в 16:19 Московская область", "2020-09-22T16:19"),
        ("Суспільство — Юрій Братюк, сьогодні, 18:06", "2020-09-23T18:06"),
        ("вчора о 09:15", "2020-09-22T09:15"),
        ("Hier à 19:20", "2020-09-22T19:20"),
        ("Dnes 9:44", "2020-09-23T09:44"),
        ("By Nathan Bernier | KUT • 16 hours ago", "2020-09-23"),
        ("hace 3 horas", "2020-09-23"),
        ("5 хвилин тому", "2020-09-23"),
        ("vor 23 Minuten", "2020-09-23"),
        ("2 days ago", "2020-09-21"),
    ],
)
def test_relative_datelines_count_back_from_the_fetch_time(text, iso):
    found = parse_date(text, reference=datetime(2020, 9, 23, 21, 0), partial=False)
    assert found is not None and found.iso == iso and found.inferred
    assert "counted from the fetch time 2020-09-23T21:00" in found.evidence


@pytest.mark.parametrize("text, fetched, iso", [
    ("16 hours ago", datetime(2020, 9, 23, 21, 0), "2020-09-23"),    # 04:00 to 05:00: that day
    ("3 hours ago", datetime(2020, 9, 23, 1, 30), "2020-09-22"),     # 21:30 to 22:30 the day before
    ("3 hours ago", datetime(2020, 9, 23, 3, 30), None),             # 23:30 the day before to 00:30
    ("vor 23 Minuten", datetime(2020, 9, 23, 0, 10), "2020-09-22"),  # 23:46 to 23:47 the day before
    ("vor 23 Minuten", datetime(2020, 9, 23, 0, 30), "2020-09-23"),  # 00:06 to 00:07
])
def test_a_count_of_hours_or_minutes_gives_the_day_it_falls_on_whichever_way_it_was_rounded(text, fetched, iso):
    # sites round "16 hours" down and the fetch is not the moment the page was printed: the day only,
    # and none when the rounded hour straddles midnight (a wrong day is worse than none)
    found = parse_date(text, reference=fetched, partial=False)
    assert (found and (found.iso, found.precision)) == ((iso, "day") if iso else None)


@pytest.mark.parametrize("text", ["Сегодня, 12:30", "16 hours ago", "yesterday"])
def test_relative_datelines_need_a_fetch_time(text):
    assert parse_date(text) is None


def test_a_day_word_without_a_clock_is_not_a_date():
    assert parse_date("Today in politics: the vote", reference=datetime(2020, 9, 23, 21, 0)) is None


@pytest.mark.parametrize("text, expected", [
    ("Posted 25/03/2020. Updated 06/05/2020", True),        # a day over 12 first: the page writes day/month
    ("03/25/2020 | more: 06/05/2020", False),               # a day over 12 second: month/day
    ("06/05/2020 and 07/08/2020", None),                    # nothing unambiguous
    ("25/03/2020 and 03/25/2020", None),                    # the page disagrees with itself
    ("codes 13/13/2020 and 40/05/2020", None),              # no day and month in them
])
def test_numeric_order_from_the_pages_unambiguous_dates(text, expected):
    from newsledger.extract.dates import numeric_order

    assert numeric_order(text) is expected


def test_the_pages_own_order_overrides_its_language():
    assert parse_date("06/05/2020", language="en").iso == "2020-06-05"                   # US default
    assert parse_date("06/05/2020", language="en", dayfirst=True).iso == "2020-05-06"    # a British page
    assert parse_date("06/05/2020", language="fr", dayfirst=False).iso == "2020-06-05"


@pytest.mark.parametrize("text, language", [("Dnes 9:44", "cs"), ("Сегодня 12:30", "ru"), ("today 09:15", "xx")])
def test_relative_words_are_never_read_against_the_wall_clock(text, language):
    assert parse_date(text, language=language) is None      # no fetch time: no date, whatever day it is


def test_a_word_glued_before_the_day_is_a_date_but_a_code_name_is_not():
    from newsledger.extract.dates import parse_date

    glued = parse_date("Yahoo News Australia28 October 2020")
    assert glued is not None and (glued.iso, glued.precision) == ("2020-10-28", "day")
    for text in ("G20 November 2020 summit", "COVID19 March 2020 update"):
        found = parse_date(text)
        assert found is not None and found.precision == "month", (text, found)


def test_a_full_date_must_fall_on_the_weekday_it_names():
    """12 June 2020 was a Friday: "Sunday 12 June 2020" contradicts itself and is no date (nor is it
    completed to a year in which 12 June is a Sunday); the right weekday, or none, is read as before."""
    for text in ("Sunday 12 June 2020", "Sun, June 12, 2020 10:15", "Sunday 12 June 2020 | Friday 12"):
        assert parse_date(text, reference=date(2020, 7, 1)) is None, text
    for text in ("Friday 12 June 2020", "Fri, June 12, 2020 10:15", "12 June 2020"):
        found = parse_date(text)
        assert found is not None and found.iso[:10] == "2020-06-12", text
    # another date in the same string that agrees with itself is still read
    found = parse_date("Sunday 12 June 2020, updated Sunday 14 June 2020")
    assert found is not None and found.iso == "2020-06-14"


def test_a_japanese_or_korean_day_and_month_without_year_is_completed_by_its_weekday():
    """"2月15日（土）7時0分": 15 February, a Saturday, at 7:00; the body names 2020 and 2021, and 15
    February was a Saturday in 2020 (a Monday in 2021). The line is a date line, its source's name after it."""
    body = "The tour ran from 2020 into 2021."
    for text in ("2月15日（土）7時0分", "2월 15일 (토) 07:00"):
        found = parse_date(text, context=body)
        assert found is not None and (found.iso, found.inferred) == ("2020-02-15T07:00", True), text
    assert looks_like_date_line("2月15日（土）7時0分 オリコン")
    assert parse_date("2月15日（土）", context="Nothing dated here.") is None     # no year to complete it from


@pytest.mark.parametrize("text, iso", [
    ("Updated 3:45 PM ET, Mon March 3, 2008", "2008-03-03T15:45"),
    ("Updated: 15:45, Monday 3 March 2008", "2008-03-03T15:45"),
    ("18:40 | 12.03.2020", "2020-03-12T18:40"),
    ("Final score 2:1, March 3, 2008", "2008-03-03"),       # a score: no two-digit minute
    ("Issue 12.34 March 3, 2008", "2008-03-03"),            # no colon: no time
    ("12:30 March 3, 2008 10:00", "2008-03-03T10:00"),      # the date's own time wins
])
def test_a_clock_time_printed_before_its_date_is_the_dates_time(text, iso):
    assert parse_date(text, partial=False).iso == iso


def test_a_newspaper_named_the_sun_is_no_weekday():
    """"The Sun" before a date is the paper's name, not a Sunday that the date contradicts: the
    date is read (12 June 2020 was a Friday); "Sun" alone before it is still a weekday to check."""
    for text in ("The Sun, 12 June 2020", "The Sun 12 June 2020 10:30", "Updated: The Sun, June 12, 2020"):
        found = parse_date(text, partial=False)
        assert found is not None and found.iso[:10] == "2020-06-12", text
    assert parse_date("Sun, 12 June 2020", partial=False) is None


def test_a_solar_hijri_day_that_does_not_exist_is_no_date():
    assert parse_date("30 اسفند 1398", partial=False) is None      # 1398 is not a leap year


def test_masthead_day_is_the_first_short_date_above_the_headline():
    top = ["Menu", "МК в регионах 18 февраля 2020", "время 06:59"]
    page = top + ["17 февраля 2020", "Опубликован 16 февраля 2020"]
    found = masthead_day(top, page)
    assert found is not None and (found.iso, found.precision) == ("2020-02-18", "day")
    assert "18 февраля 2020" in found.evidence


def test_masthead_day_is_not_taken_when_the_page_names_a_later_day():
    top = ["Tue, 14 Jan 2020"]
    assert masthead_day(top, top + ["Posted 20 Jan 2020"]) is None   # not the day the page was served
    assert masthead_day(["Breaking news on the economy today"], []) is None


_COURIER_MENU = "\n".join(f"  • Section {name}" for name in "Politics Business Sport Culture Science Weather Travel "
                          "Opinion Letters Obituaries Property Motoring Jobs Dating Puzzles Podcasts Video Photos Archive".split())
_COURIER_TEXT = [
    "The city council approved the construction of a new bridge over the river on Monday, after two "
    "years of debate among residents and engineers about its cost and its place in the old town.",
    "Work is due to start in the spring and to last three years, the mayor told reporters outside the "
    "town hall, where a small crowd had gathered to follow the vote on a screen.",
    "Opponents of the project said the money would be better spent on repairing the roads of the outer "
    "districts, many of which have not been resurfaced for more than a decade.",
    "The engineers who drew up the plans said the new crossing would carry trams as well as cars, and "
    "that a path for cyclists and walkers would run along its northern side.",
]


def _courier_dump(masthead: str, header: str, paragraphs: int = 4) -> str:
    """A synthetic dump of a local paper: masthead date, a menu, `header` (the headline and its
    dateline, in the page's order), then the story and a footer."""
    return (f"Daily Courier\n\n{masthead}\n\n" + _COURIER_MENU + f"\n\n{header}\n\n"
            + "\n\n".join(_COURIER_TEXT[:paragraphs]) + "\n\nContact us\n\nPrivacy policy\n")


def test_a_relative_dateline_counts_from_the_masthead_of_a_dump_without_fetch_time():
    dump = _courier_dump("Tue, 14 Jan 2020", "Council approves new bridge over the river\n\nToday 09:15")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert article.published.iso == "2020-01-14T09:15" and article.published.inferred
    assert "Tue, 14 Jan 2020" in article.published.evidence


def test_hours_ago_need_the_clock_time_of_the_reference():
    assert parse_date("16 hours ago", reference=date(2020, 9, 23), partial=False) is None
    assert parse_date("2 days ago", reference=date(2020, 9, 23), partial=False).iso == "2020-09-21"


_ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                  "نوفمبر", "ديسمبر", "كانون الثاني", "أيار", "تشرين الأول"]


@pytest.mark.parametrize("month", _ARABIC_MONTHS)
def test_every_arabic_month_makes_a_date_line(month):
    # the Persian-letter reading of the Solar Hijri calendar must not change Arabic month names (ي, ك)
    assert looks_like_date_line(f"12 {month} 2020")
    assert parse_date(f"12 {month} 2020", language="ar") is not None


def test_an_arabic_word_after_a_time_is_not_its_evening_marker():
    # "منذ" (since) begins with م, the evening marker: 10:30 stays morning
    found = parse_date("12 أبريل 2020 10:30 منذ", language="ar")
    assert found is not None and found.iso == "2020-04-12T10:30"
    assert parse_date("12 أبريل 2020 10:30 م", language="ar").iso == "2020-04-12T22:30"


@pytest.mark.parametrize("tag, expected", [("en", False), ("en-US", False), ("en_us", False), (None, False),
                                           ("en-GB", True), ("en-AU", True), ("fr", True), ("de-DE", True)])
def test_day_or_month_first_by_language_and_region(tag, expected):
    from newsledger.extract.dates import day_first

    assert day_first(tag) is expected


def test_a_weekday_and_a_clock_time_have_no_day_of_the_month():
    # "Monday 5:30PM" (a recent post's dateline) is not "Monday the 5th"
    assert parse_date("Monday 5:30PM", context="in June 2018; last year", reference=date(2019, 11, 20)) is None
    assert parse_date("Thursday 12 - 11:40", reference=date(2024, 12, 31)).iso == "2024-12-12T11:40"


@pytest.mark.parametrize("text", ["JRA winners of sale graduates (2020/7/11-12)", "11-12 June 2020", "5–7.06.2020"])
def test_a_range_of_days_is_not_one_day(text):
    assert parse_date(text, partial=False) is None


@pytest.mark.parametrize("text, iso", [("12 June 2020 - 11:40", "2020-06-12T11:40"), ("2019-11-20 - 5 min read", "2019-11-20"),
                                       ("Nov 18, 2019 - 3 min read", "2019-11-18")])
def test_a_time_or_a_count_after_a_date_is_no_range(text, iso):
    assert parse_date(text, partial=False).iso == iso


def test_a_clock_time_alone_is_today_only_in_a_datelines_place():
    assert parse_date("9:27 am", partial=False, reference=date(2020, 4, 15)) is None        # a video's length, a list
    found = parse_date("9:27 am", partial=False, reference=date(2020, 4, 15), clock_today=True)
    assert (found.iso, found.precision, found.inferred) == ("2020-04-15T09:27", "minute", True)
    assert parse_date("Durée :1:54", partial=False, reference=date(2020, 4, 15), clock_today=True) is None
    assert parse_date("9:27 am", partial=False, clock_today=True) is None                   # no day to count from


def test_a_clock_time_under_the_headline_counts_from_the_masthead_of_a_dump():
    dump = _courier_dump("Miércoles, 15 de Abril de 2020", "9:27 am\n\nCouncil approves new bridge over the river",
                         paragraphs=3)
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert (article.published.iso, article.published.inferred) == ("2020-04-15T09:27", True)
    assert "15 de Abril de 2020" in article.published.evidence
    undated = extract(RawDocument(uri="courier.txt", content=dump.replace("Miércoles, 15 de Abril de 2020", "").encode()))
    assert undated.published is None


def test_a_day_and_month_between_two_named_years_that_fit_alike_is_no_date():
    # an article of November 2019 about the 2020 election: nothing in it tells which November 19 it is
    body = "The 2020 race is wide open, the senator said, a year after the 2019 primaries began in earnest."
    assert parse_date("Posted Nov 19, 7:42 AM", context=body) is None
    # with the fetch time, the latest such day before it
    assert parse_date("Posted Nov 19, 7:42 AM", context=body, reference=date(2019, 12, 1)).iso == "2019-11-19T07:42"
    # one named year fits better than the next: still read
    assert parse_date("12 September", context="The talks of 2019 were the first since 2017.").iso == "2019-09-12"


def test_a_masthead_without_its_year_is_dated_by_its_weekday_and_the_copyright_year():
    page = ["Усі права захищені. © 2005—2020, Zaxid.net"]
    found = masthead_day(["ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ"], page)          # Sunday 7 June: 2020
    assert found is not None and found.iso == "2020-06-07"
    assert masthead_day(["ZAXID NET 7 ЧЕРВНЯ"], page) is None              # no weekday: the year is a guess
    assert masthead_day(["ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ"], ["Zaxid.net"]) is None               # no copyright year
    assert masthead_day(["ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ"], ["© 2005—2018, Zaxid.net"]) is None   # stale: 2015 is too far


def test_a_bare_clock_is_no_time_of_day_without_am_pm_or_zone():
    # "3:14" over a headline is as often a video's length
    assert parse_date("3:14", partial=False, reference=date(2026, 11, 30), clock_today=True) is None
    assert parse_date("18:42 GMT", partial=False, reference=date(2026, 11, 30), clock_today=True).iso == "2026-11-30T18:42"


def test_a_clock_time_alone_gives_way_to_the_urls_other_day():
    body = "\n\n".join(_COURIER_TEXT[:3])
    dump = "Daily Courier\n\n3:14 pm\n\nCouncil approves new bridge over the river\n\n" + body + "\n\nContact us\n"
    raw = RawDocument(uri="courier.txt", content=dump.encode(), url="https://courier.example/2019/03/05/bridge",
                      fetched_at="2026-11-30T08:00:00+00:00")
    article = extract(raw)
    assert isinstance(article, Article)
    assert article.published.iso == "2019-03-05"


@pytest.mark.parametrize("text, iso", [("Issue 34 - 12 June 2020", "2020-06-12"), ("Episode 12 - 5 March 2021", "2021-03-05"),
                                       ("Part 2 - 5 March 2021", "2021-03-05"), ("2020/7/12-3", "2020-07-12")])
def test_a_label_before_a_date_is_no_range(text, iso):
    assert parse_date(text, partial=False).iso == iso


def test_a_word_after_a_day_and_month_is_no_weekday():
    assert parse_date("June 5, Sun Valley", context="In 2019 the conference").iso == "2019-06-05"
    assert parse_date("June 5, Sun Valley", reference=date(2019, 12, 1)).iso == "2019-06-05"
    assert parse_date("July 9, Sun Valley, Idaho", reference=date(2019, 12, 1)).iso == "2019-07-09"


def _events_then_story(entries: list[str]) -> str:
    """A synthetic dump: a list of coming events (each a bulleted date over its title) above the
    story's headline, and the story with no dateline of its own."""
    listing = "\n\n".join(f"  • {when}\n\n{what}" for when, what in entries)
    return ("Daily Courier\n\n" + _COURIER_MENU + "\n\nWhat's on\n\n" + listing
            + "\n\nCouncil approves new bridge over the river\n\n" + "\n\n".join(_COURIER_TEXT)
            + "\n\nContact us\n\nPrivacy policy\n")


def test_the_dates_of_a_list_of_other_items_above_the_headline_are_not_the_storys():
    dump = _events_then_story([("2020.08.19.08.00.Riverside", "Summer fair on the beach"),
                               ("2020.08.19.09.00.Old town", "Guided walk through the woods"),
                               ("2020.08.19.10.00.Harbour", "Craft market at the harbour")])
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert article.published is None


def test_a_dated_entry_of_the_storys_meta_list_is_its_date():
    dump = ("Daily Courier\n\n" + _COURIER_MENU + "\n\nCouncil approves new bridge over the river\n\n"
            "  • 22:30, 9 MAY 2020\n  • Updated 22:38, 9 MAY 2020\n\n" + "\n\n".join(_COURIER_TEXT)
            + "\n\nContact us\n\nPrivacy policy\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert article.published.iso.startswith("2020-05-09")


def test_a_dateline_run_together_with_the_lines_under_it_is_read_from_its_opening():
    glued = ("Published Friday 24 April 2020 09:22 PM Council approves new bridge over the river City Hall Bridge "
             "Plans Exhibition East Bank Old Town Riverside")
    dump = _courier_dump("", f"Council approves new bridge over the river\n\n{glued}")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert article.published.iso == "2020-04-24T21:22"
    # a date in such a line that is not said to be the publication's is another day's
    other = glued.replace("Published Friday 24 April 2020 09:22 PM", "Residents first asked for it on 24 April 2019")
    article = extract(RawDocument(uri="courier.txt", content=_courier_dump("", f"Council approves new bridge over the river\n\n{other}").encode()))
    assert article.published is None


@pytest.mark.parametrize("text, iso", [
    ("Συνελήφθη σήμερα (19.08.2020) τα ξημερώματα ένας άνδρας", "2020-08-19"),
    ("The minister said today (Wednesday 19 August 2020) that the bridge would open", "2020-08-19"),
    ("The minister said today (Wednesday) that the bridge would open", None),
])
def test_today_named_in_brackets(text, iso):
    found = today_named(text)
    assert (found.iso if found else None) == iso


def test_a_story_that_names_its_today_in_its_opening_is_dated_by_it():
    opening = ("Police arrested a man today (19.08.2020) at dawn as he tried to break into parked cars in the old "
               "town, the regional police said in a statement.")
    dump = ("Daily Courier\n\n" + _COURIER_MENU + "\n\nMan arrested over car break-ins\n\n" + opening + "\n\n"
            + "\n\n".join(_COURIER_TEXT[1:]) + "\n\nContact us\n\nPrivacy policy\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert (article.published.iso, article.published.evidence) == ("2020-08-19", "today (19.08.2020)")


@pytest.mark.parametrize("text, iso", [
    ("Publié le 27 Mar 20 à 9:21", "2020-03-27T09:21"),
    ("5 juin 20 | Actu Pays", "2020-06-05"),
    ("Fri. 12 June 20", "2020-06-12"),
    ("Tue, 3 Feb 98", "1998-02-03"),
    ("27 Mar 20:15", None),                  # a clock time, not a year
    ("12 June 20 people were hurt", None),   # a count
    ("Sunday 12 June 20", None),             # 12 June 2020 was a Friday
    ("On 5 May 20 12.000 people marched", None),          # a count with a thousands point, not 12:00
    ("5 May 20, 300 people marched", None),               # a count after the comma
    ("Posted 5 May 20, 9:41 am", "2020-05-05T09:41"),     # a clock time after the comma
    ("5 May 20, Lisbon", "2020-05-05"),                   # a place after the comma
    ("On 5 May 20, three hundred people marched", None),  # a count in words: the sentence goes on
    ("Publié le 27 Mar 20 à 9:21 | © 2020 Le Parisien", "2020-03-27T09:21"),   # the copyright's year
    ("Copyright (c) 2019-2020 Daily Courier · 27 Mar 20", "2020-03-27"),
])
def test_a_two_digit_year_after_a_month_name_where_the_date_ends(text, iso):
    found = parse_date(text, partial=False)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("opening, year_named, fetched, iso", [
    ("ARVELLE, Nov. 5, 2021 (Reuters) - ", "", None, "2021-11-05"),
    ("ARVELLE, Nov 5 (Reuters) - ", "", "2021-11-06T08:00:00+00:00", "2021-11-05"),
    ("АРВЕЛЬ, 5 ноября. /ТАСС/. ", "", "2021-11-06T08:00:00+00:00", "2021-11-05"),
    ("ARVELLE, Nov 5 (Reuters) - ", "", None, None),            # no year anywhere in the story: no date
    # the years a story names are its history or its plans, not the year it was filed (audit A51)
    ("ARVELLE, Nov 5 (Reuters) - ", " The old bridge was built in 1987.", None, None),
    ("ARVELLE, Nov 5 (Reuters) - ", " The bridge opened in 2019 and closed in 2021.", None, None),
    ("ARVELLE, Nov 5 (Reuters) - ", " The first trams are due to cross it in 2034.", None, None),
    ("АРВЕЛЬ, 5 ноября. /ТАСС/. ", " The old bridge was built in 1987.", None, None),
    ("ARVELLE, Nov 5 (Reuters) - ", " The old bridge was built in 1987.", "2021-11-06T08:00:00+00:00", "2021-11-05"),
])
@pytest.mark.parametrize("standfirst", [False, True])
def test_the_wire_dateline_opening_the_story_dates_it(opening, year_named, fetched, iso, standfirst):
    # synthetic: no date line over the story; its first paragraph (under a standfirst or not) opens with
    # the wire's dateline
    text = list(_COURIER_TEXT)
    text[0] = opening + text[0] + year_named
    if standfirst:
        text.insert(0, "The mayor said the new crossing over the river would carry trams, cars and cyclists.")
    dump = ("Daily Courier\n\n" + _COURIER_MENU + "\n\nCouncil approves new bridge over the river\n\nBy Mara Quill\n\n"
            + "\n\n".join(text) + "\n\nContact us\n\nPrivacy policy\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode(),
                                  fetched_at=fetched))
    assert isinstance(article, Article)
    assert (article.published.iso if article.published else None) == iso


_OTHER_STORIES = "More news\n\nHarbour workers end their strike\n\n{}\n\nSchool buses run later from spring\n\n{}"


@pytest.mark.parametrize("dateline, footer, iso", [
    # the page's other complete dates and its copyright name one year: the dateline's year
    ("Nov. 5", _OTHER_STORIES.format("Nov 3, 2021", "Oct 28, 2021") + "\n\n© 2021 Daily Courier", "2021-11-05"),
    ("Nov. 5", _OTHER_STORIES.format("Nov 3, 2021", "Oct 28, 2021"), "2021-11-05"),
    # a copyright not turned over, the page's dates across a new year, one date, a copyright alone: no year
    ("Nov. 5", _OTHER_STORIES.format("Nov 3, 2021", "Oct 28, 2021") + "\n\n© 2020 Daily Courier", None),
    ("Jan. 5", _OTHER_STORIES.format("Jan 3, 2022", "Dec 28, 2021"), None),
    ("Nov. 5", "More news\n\nHarbour workers end their strike\n\nNov 3, 2021", None),
    ("Nov. 5", "© 2021 Daily Courier", None),
])
def test_a_dateline_without_its_year_takes_the_one_year_of_the_pages_other_dates(dateline, footer, iso):
    # synthetic: the story names no year; its dateline prints the day and month only
    dump = _courier_dump("", f"Council approves new bridge over the river\n\n{dateline}").replace(
        "Contact us\n\nPrivacy policy\n", footer + "\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert (article.published.iso if article.published else None) == iso
    if iso:
        assert article.published.inferred and "Nov 3, 2021" in article.published.evidence


def test_a_wire_dateline_without_its_year_takes_the_pages_year_not_the_storys():
    # synthetic (audit A51): the story names a year of its history; the page's other complete dates
    # name the year it was served
    text = list(_COURIER_TEXT)
    text[0] = "ARVELLE, Nov 5 (Reuters) - " + text[0] + " The old bridge was built in 1987."
    dump = ("Daily Courier\n\n" + _COURIER_MENU + "\n\nCouncil approves new bridge over the river\n\n"
            + "\n\n".join(text) + "\n\n" + _OTHER_STORIES.format("Nov 3, 2021", "Oct 28, 2021") + "\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode()))
    assert isinstance(article, Article)
    assert article.published is not None and article.published.iso == "2021-11-05"


_HISTORY, _PLAN = " The old bridge was built in 1987.", " The first trams are due to cross it in 2034."
_PAGES_2021 = "\n\n" + _OTHER_STORIES.format("Nov 3, 2021", "Oct 28, 2021")


@pytest.mark.parametrize("dateline, year_named, footer, fetched, iso", [
    # the years the story names are its history or its plans: no date
    ("Nov. 5", _HISTORY, "", None, None),
    ("Nov. 5", _PLAN, "", None, None),
    ("Friday, Nov. 5", _HISTORY, "", None, None),
    # the fetch time, else the page's other complete dates, tell the year
    ("Nov. 5", _HISTORY, "", "2021-11-06T10:00:00Z", "2021-11-05"),
    ("Nov. 5", _PLAN, _PAGES_2021, None, "2021-11-05"),
    ("Friday, Nov. 5", _HISTORY, _PAGES_2021, None, "2021-11-05"),
    # a weekday that does not fall on that day in the page's year chooses no other year
    ("Thursday, Nov. 5", _HISTORY, _PAGES_2021, None, None),
    # the dateline's own year, in a shape not read whole (a calendar widget's days run on): its year
    ("Monday, November 5. 2018 26 27 28", _HISTORY, "", None, "2018-11-05"),
])
def test_a_date_line_without_its_year_under_the_headline_takes_the_pages_year_not_the_storys(
        dateline, year_named, footer, fetched, iso):
    # synthetic (audit A58): the date line under the headline prints the day and month only
    text = list(_COURIER_TEXT)
    text[0] += year_named
    dump = ("Daily Courier\n\n" + _COURIER_MENU + f"\n\nCouncil approves new bridge over the river\n\n{dateline}\n\n"
            + "\n\n".join(text) + footer + "\n\nContact us\n\nPrivacy policy\n")
    article = extract(RawDocument(uri="courier.txt", content=dump.encode(), fetched_at=fetched))
    assert isinstance(article, Article)
    assert (article.published.iso if article.published else None) == iso
