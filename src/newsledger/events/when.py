"""When an event happened, as distinct from when it was reported.

The enrich stage resolves dates into `Analysis.dates`; this module picks the one that dates an
event sentence and turns its precision into ACLED's time precision. When enrich found no date in
the sentence, a small hand-written reader covers the forms news uses for event days ("on August
6", "6 August 2024", "yesterday", "on Thursday", "last week", "last month"), resolved against the
publication date: dateparser alone would read "Thursday" as the coming Thursday and cannot tell a
week from a day. A time told only from another ("the following day", "hours later", "that night")
is read here too (`anaphoric_time`) and resolved against the time the story last named before it,
which the coder finds in the narrative. With no date at all, the report date stands in with
precision 2 (ACLED's "within the week"), because news reports events of the last few days in the
present perfect.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..enrich.numbers import parse_number
from ..enrich.records import DateMention
from ..enrich.textdates import (DAY_MONTH, MONTH_DAY, MONTH_NAMES, MONTHS, RECURRING_AFTER, WEEKDAYS, month_day_end,
                                month_day_parts)
from .complements import names_the_acts_day, tells_the_report
from .framing import dates_the_reaction
from .timing import dates_an_aside

__all__ = ["EventDate", "anaphoric_time", "event_date", "names_a_time"]

# the month names of the one date reader (enrich.textdates.MONTH_NAMES, the longest first), as a group
_MONTH = r"(" + MONTH_NAMES + r")\.?"

# "August 6", "6 August 2024": the date finder's own forms (enrich.textdates), read by its `month_day_parts`
_MONTH_DAY = re.compile(MONTH_DAY, re.I)
_DAY_MONTH = re.compile(DAY_MONTH, re.I)
_MONTH_YEAR = re.compile(r"\b(?:in|since|during|from|by|early|late|mid-?)\s+" + _MONTH + r"(?:\s+(\d{4}))?\b", re.I)
_RELATIVE = re.compile(r"\b(yesterday|last night|overnight|today|earlier today|this morning|tonight|"
                       r"(?:on|last|this past)\s+(?:" + "|".join(WEEKDAYS) + r")" + RECURRING_AFTER + "|"
                       r"last week|this week|past week|last month|earlier this month|this month|"
                       r"(?:past|last) (?:24|twenty-four) hours|(?:over )?(?:the )?(?:past|last) day|during the day|"
                       r"in a day|per day|a day(?!\s+(?:after|before)\b))\b", re.I)
# A day told as a count of days from another time ("a day after the election", "two days before
# Tuesday's vote"): the act's day is that time's moved by the count, never the report's; the time is
# named in the phrase the preposition opens, up to the clause's end.
# The count is read by the one number reader (enrich.numbers.parse_number): "10 days after", "a week
# before", "the day after Tuesday's vote" ("the day after," with no time after it is `_ANAPHORIC`'s).
_DAYS_FROM = re.compile(r"\b([\w-]+)\s+(days?|weeks?)\s+(after|before)\b", re.I)


def _count_of(counted: re.Match[str]) -> int | None:
    """The number of days `counted` (a `_DAYS_FROM` match) moves a day by, None when its count is no number."""
    word = counted.group(1).lower()
    if word in ("the", "a", "an") and counted.group(2).lower().endswith("s"):
        return None                     # "in the days after": an unnumbered stretch, no count of days
    value = 1.0 if word in ("the", "a", "an") else parse_number(word)
    if value is None or value != int(value) or not 0 < value <= 366:
        return None
    return int(value) * (7 if counted.group(2).lower().startswith("week") else 1)


def _days_from(sentence: str) -> re.Match[str] | None:
    """The first count of days or weeks from another time in `sentence` ("two days after the vote"), or
    an unnumbered stretch of them ("in the days after the vote"), which moves the time it is told from
    by no count (`_count_of` is None): the act has no day of its own there.

    >>> _days_from("In the days after the vote, troops fired on crowds").group(0), _days_from("for days after that")
    ('the days after', None)
    """
    return next((m for m in _DAYS_FROM.finditer(sentence)
                 if (_count_of(m) is not None or _unnumbered(m))
                 and (m.group(1).lower() != "the" or re.match(r"\s+\w", sentence[m.end():]))), None)


def _unnumbered(counted: re.Match[str]) -> bool:
    """"the days after", "the weeks before": a stretch of days told from another time, with no count."""
    return counted.group(1).lower() == "the" and counted.group(2).lower().endswith("s")


# A weekday named bare, as US wire copy dates its acts ("killed 12 people Sunday", "Sunday's attack"):
# capitalised, as a name (case-sensitive), not in a name of its own ("the Sunday Times", "Super
# Tuesday", "Bloody Sunday": a capitalised word beside it), and not a day to come or of a habit
# ("next Sunday", "every Friday", "Friday nights": textdates.RECURRING_AFTER); "on Sunday", "last
# Sunday" are `_RELATIVE`'s.
_BARE_WEEKDAY = re.compile(r"\b(" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b(?:['’]s\b)?(?!\s+[A-Z])"
                            + RECURRING_AFTER)
_NOT_PAST_DAY = re.compile(r"\b(?:next|coming|every|each|following|until|till|by|before|through|this)\s+$", re.I)
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
# The weekend before the report ("over the weekend", "last weekend"): a period of two days, told at
# ACLED's week precision (its Sunday, the day the report's last weekend ended)
_WEEKEND = re.compile(r"\b(?:over|at|on|during)\s+the\s+weekend\b|\b(?:last|this\s+past|past)\s+weekend\b", re.I)
# A time told from another time the story told before it (its anchor): "the following day", "that
# night", "hours later", and a clause opened by "later" or "afterwards". The group `same` is the
# anchor's day; `vague` days or more after it; any other ("the next morning", "the day after") the
# day after the anchor's.
_ANAPHORIC = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after\b(?!\s+\w)|"
                        r"(?P<before>(?:a|one|the)\s+day\s+(?:earlier|before)\b(?!\s+\w)|the\s+(?:previous|preceding)\s+day)|"
                        r"(?P<same>later\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:day|morning|"
                        r"afternoon|evening|night)|(?:hours|minutes|moments)\s+(?:later|earlier))|"
                        r"(?P<vague>(?:days|weeks)\s+later|(?:(?<=^)|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s))\s*"
                        r"(?:later|afterwards|soon\s+after(?:wards)?|shortly\s+after(?:wards)?)(?=\s*,)))", re.I)
# A named day of the year after "on" or "during" ("on New Year's Eve", "on Black Friday", "during
# Bastille Day celebrations"); "Christmas" alone is a season ("a Christmas party"), not a day.
_HOLIDAY = re.compile(r"\b(?:on|during)\s+(?:the\s+)?(?:a\s+)?(?:[\w-]+\s+)?"
                      r"(new year['’]s (?:eve|day)|christmas (?:eve|day)|boxing day|bastille day|halloween|"
                      r"valentine['’]s day|black friday|thanksgiving(?: day)?|good friday|easter(?: sunday| monday)?)\b", re.I)
_FIXED_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
                   "christmas day": (12, 25), "boxing day": (12, 26), "bastille day": (7, 14), "halloween": (10, 31),
                   "valentine's day": (2, 14)}
# "during the Easter holidays", "over the Thanksgiving weekend": the holiday names a period around its day,
# told at the week's or the month's precision, never the day's
_HOLIDAY_PERIOD = re.compile(r"\s+(?:(weekend|week)|holidays?|season|break|vacation|recess|period|festivities)\b", re.I)
# "its summer offensive": a season names a campaign, not the day of an event.
_SEASON = re.compile(r"\b(?:summer|winter|spring|autumn|fall)\b", re.I)
_PRECISION = {"minute": 1, "day": 1, "week": 2, "month": 3, "year": 3}


@dataclass(frozen=True, slots=True)
class EventDate:
    iso: str | None
    time_precision: int        # ACLED: 1 day, 2 week, 3 month
    evidence: str              # the words the date was read from, or "publication date"


def event_date(sentence: str, start: int, end: int, dates: Iterable[DateMention],
               published: str | None, cue: tuple[int, int] | None = None, anchor: str | None = None) -> EventDate:
    """The date of an event told in body[start:end] (whose text is `sentence`).

    A sentence whose only time is told from another ("the following day", "hours later") is dated
    from `anchor`, the ISO date the story last named before it (the caller reads the narrative);
    with no anchor the report date stands in, as for a sentence with no time.

    With the event word's span in the sentence (`cue`), a time expression of the reporting clause
    above it ("..., the military said on Wednesday") is the report's time, not the event's, and is
    passed over (aspect.tells_the_report reads that from the parse)."""
    def reports(at: int, length: int) -> bool:
        return cue is not None and tells_the_report(sentence, at, at + length, *cue)

    def aside(at: int, length: int, iso: str | None) -> bool:
        # "a group, which bombed a hotel in 2004, stormed ...": the group's year; "claimed responsibility on
        # Wednesday for the bombing": the claim's day (the act is of that day or before: a reaction before the
        # news window still puts the act there)
        from .newsness import before_news_window    # newsness reads its dates through this module: imported late
        return cue is not None and (dates_an_aside(sentence, at, at + length, *cue) or (
            dates_the_reaction(sentence, at, at + length, *cue) and not before_news_window(iso, "", published)))

    told_from = _ANAPHORIC.search(sentence) if anchor is not None else None
    counted = _days_from(sentence)
    object_end = len(sentence)
    if counted is not None:
        stop = re.search(r"[,;:.!?]", sentence[counted.end():])
        object_end = counted.end() + stop.start() if stop else len(sentence)
    dates = list(dates)
    if cue is not None and counted is None:
        # "a vigil on Sunday for the farmers killed in Tuesday's raid": the act's own possessive day dates it
        for mention in dates:
            if start <= mention.start < end and mention.iso and not _after_the_report(mention.iso, published) \
                    and names_the_acts_day(sentence, mention.start - start, mention.start - start + len(mention.text), *cue):
                return EventDate(mention.iso[:10], _PRECISION.get(mention.precision or "day", 1), mention.text)
    for mention in dates:
        if told_from is not None and told_from.start() <= mention.start - start < told_from.end():
            continue            # "A day earlier" read on its own against the report's day: the anchor tells it
        if published and mention.iso and len(published) >= 10 and mention.iso[:10] > published[:10]:
            continue            # "ahead of next Tuesday's primary": a day to come dates no act reported
        if counted is not None and counted.end() <= mention.start - start < object_end:
            moved = _moved(mention.iso, counted, mention.precision)
            if moved is not None and not _after_the_report(moved.iso, published):
                return moved    # "a day after Tuesday's election": the day after that Tuesday
            continue
        if start <= mention.start < end and mention.iso and not _is_report_date(mention, published) \
                and not _SEASON.search(mention.text) and not aside(mention.start - start, len(mention.text), mention.iso) \
                and (not reports(mention.start - start, len(mention.text)) or _an_earlier_year(mention.iso, published)) \
                and not _opens_current_period(sentence[:mention.start - start], mention.text, mention.iso, published):
            return EventDate(mention.iso[:10], _PRECISION.get(mention.precision or "day", 1), mention.text)
    rest = sentence if told_from is None else \
        sentence[:told_from.start()] + " " * (told_from.end() - told_from.start()) + sentence[told_from.end():]
    if counted is not None:
        # the time the count is told from is not the act's own: read it, move it, and read no other there
        found = read_date(rest[counted.end():object_end], published)
        moved = _moved(found.iso, counted, "day" if found.time_precision == 1 else None) if found else None
        if moved is not None and not _after_the_report(moved.iso, published):
            return moved
        rest = rest[:counted.start()] + " " * (object_end - counted.start()) + rest[object_end:]
    for _ in range(3):
        found = read_date(rest, published)
        if found is None:
            break
        at = rest.lower().find(found.evidence.lower())
        if at < 0 or not (reports(at, len(found.evidence)) or aside(at, len(found.evidence), found.iso)
                          or (found.iso and _opens_current_period(rest[:at], found.evidence, found.iso, published))):
            return found
        rest = rest[:at] + " " * len(found.evidence) + rest[at + len(found.evidence):]
    if anchor is not None:
        found = _from_anchor(sentence, anchor)
        if found is not None:
            return found
    if published:
        return EventDate(published[:10], 2 if len(published) >= 10 else 3, "publication date")
    return EventDate(None, 3, "no date")


def _an_earlier_year(iso: str, published: str | None) -> bool:
    """The date is of a year before the report's: a telling of that year is no time of this report, and
    an act it dates is as old ("The governor was told on March 4, 2019 that militiamen had stormed the
    prison" in a 2023 report: an act of 2019, not of the report's day).

    >>> _an_earlier_year("2019-03-04", "2023-06-20"), _an_earlier_year("2023-06-19", "2023-06-20")
    (True, False)
    """
    return published is not None and len(published) >= 4 and iso[:4] < published[:4]


def _moved(iso: str | None, counted: re.Match[str], precision: str | None) -> EventDate | None:
    """The day `counted` ("a day after", "two days before") puts the act at from the day `iso`, or
    None when `iso` is no day.

    >>> _moved("2015-12-01", _DAYS_FROM.search("a day after Tuesday's election"), "day")
    EventDate(iso='2015-12-02', time_precision=1, evidence='a day after')
    >>> _moved("2015-11-20", _days_from("10 days after the vote"), "day").iso, _moved("2015-11-20", _days_from("a week before it"), "day").iso
    ('2015-11-30', '2015-11-13')
    """
    day = _parse_iso(iso) if iso and len(iso) >= 10 and precision in ("day", "minute") else None
    if day is None:
        return None
    count = _count_of(counted)
    if count is None:
        return None
    shift = dt.timedelta(days=count if counted.group(3).lower() == "after" else -count)
    return EventDate((day + shift).isoformat(), 1, counted.group(0))


def _after_the_report(iso: str | None, published: str | None) -> bool:
    """`iso` is a day after the report's: a day to come, which dates no act reported."""
    return bool(iso and published) and len(published or "") >= 10 and (iso or "")[:10] > (published or "")[:10]


def anaphoric_time(text: str) -> str | None:
    """The words of a time `text` tells only from a time told before it, or None.

    >>> anaphoric_time("The following day, the base came under fire."), anaphoric_time("Hours later, they fled.")
    ('The following day', 'Hours later')
    >>> anaphoric_time("Later, as unrest spread, troops fired."), anaphoric_time("Police later said so.")
    ('Later', None)
    """
    match = _ANAPHORIC.search(text)
    return match.group(0).strip() if match else None


def moves_the_day(text: str) -> bool:
    """`text` holds a time told from another that names another day than it ("the following day", "a
    day earlier"), not the same day or a vague later ("hours later", "that night", "later").

    >>> moves_the_day("A day earlier"), moves_the_day("The next morning"), moves_the_day("Hours later")
    (True, True, False)
    """
    match = _ANAPHORIC.search(text)
    return match is not None and not match.group("same") and not match.group("vague")


def _from_anchor(sentence: str, anchor: str) -> EventDate | None:
    """The date of an anaphoric time in `sentence` told from the ISO date `anchor` (a day, a month or a
    year): "the following day" after 2016-09-05 is 2016-09-06; "hours later" the anchor's day; "days
    later" or "later" the anchor's week. A month or a year as anchor gives its own precision.

    >>> _from_anchor("The next morning, gunmen attacked.", "2012-09-10")
    EventDate(iso='2012-09-11', time_precision=1, evidence='The next morning')
    >>> _from_anchor("A day earlier, police arrested six marchers.", "2016-03-29")
    EventDate(iso='2016-03-28', time_precision=1, evidence='A day earlier')
    >>> _from_anchor("Later, troops shot 41 people.", "1991")
    EventDate(iso='1991', time_precision=3, evidence='Later')
    """
    match = _ANAPHORIC.search(sentence)
    if match is None:
        return None
    evidence = match.group(0).strip()
    day = _parse_iso(anchor)
    if day is None:
        return EventDate(anchor, 3, evidence)
    if match.group("vague"):
        return EventDate(day.isoformat(), 2, evidence)
    if match.group("same"):
        return EventDate(day.isoformat(), 1, evidence)
    if match.group("before"):
        return EventDate((day - dt.timedelta(days=1)).isoformat(), 1, evidence)
    return EventDate((day + dt.timedelta(days=1)).isoformat(), 1, evidence)


def names_a_time(text: str) -> bool:
    """`text` names a day, a month or a time told from another (the forms `read_date` and
    `anaphoric_time` read), whatever the day it resolves to: "this morning", "on Sunday", "in
    March", "hours earlier". A year alone is no such time.

    >>> names_a_time("killed by a roadside bomb this morning"), names_a_time("shot in 2009")
    (True, False)
    >>> names_a_time("a soldier killed Sunday near the border"), names_a_time("the Sunday Times said")
    (True, False)
    >>> names_a_time("protesters marched over the weekend"), names_a_time("the rally set for next Sunday")
    (True, False)
    """
    return any(p.search(text) for p in (_MONTH_DAY, _DAY_MONTH, _MONTH_YEAR, _HOLIDAY, _ANAPHORIC, _WEEKEND)) \
        or any(m.group(1).lower() not in _TALLIES for m in _RELATIVE.finditer(text)) or _bare_weekday(text) is not None


def _bare_weekday(text: str) -> re.Match[str] | None:
    """The first weekday `text` names bare as a past day (`_BARE_WEEKDAY`), or None."""
    return next((m for m in _BARE_WEEKDAY.finditer(text) if not _NOT_PAST_DAY.search(text, 0, m.start())
                 and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())), None)


# Relative words that count per day, not date an act ("two attacks a day")
_TALLIES = frozenset({"a day", "per day", "in a day"})


# "since" right before the time expression or opening it, with at most words that only place the day
# ("since last Sunday", "since early March"); never "from": "fired from Gaza on Monday" names the act's day
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:last|early|late|mid|the|this|past)\s+){0,2}$", re.I)
_SINCE_OPENING = re.compile(r"\s*since\b", re.I)
_NEWS_DAYS = 7
# "since" earlier in the clause that ends at the time expression: "since a truce in 2014", "since the
# army retook the town in 2014" (no comma or stop between: "Since 2014, ... on Monday" names Monday apart)
_SINCE_IN_CLAUSE = re.compile(r"\bsince\b[^.,;:!?]{0,80}$", re.I)


def opens_a_period(before: str, expression: str) -> bool:
    """The time expression starts a period that runs on to the report ("calm since 2014", "calm
    since a truce in 2014"): a background the story is told in, not a past time it goes on at.
    `before` is the text up to the expression, `expression` its own words.

    >>> opens_a_period("Tunis had been calm since a truce in ", "2014")
    True
    >>> opens_a_period("Tunis had been calm ", "since 2014")
    True
    >>> opens_a_period("Since 2014, rebels have held the town. They stormed it on ", "Monday")
    False
    """
    return _SINCE_OPENING.match(expression) is not None or _SINCE_IN_CLAUSE.search(before) is not None


def _opens_current_period(before: str, expression: str, iso: str, published: str | None) -> bool:
    """"have arrived since Sunday": a recent day after "since" opens a period running to the report,
    it is not the day of an act (the report date, precision 2, stands in). An older one ("since
    2011") still dates the period, so that history stays history. `before` is the sentence up to
    the time expression, `expression` the expression's own words.

    >>> _opens_current_period("more have arrived ", "since Sunday", "2020-03-01", "2020-03-02")
    True
    >>> _opens_current_period("more have arrived since ", "Sunday", "2020-03-01", "2020-03-02")
    True
    >>> _opens_current_period("killed 6,500 people since ", "2011", "2011", "2015-03-18")
    False
    >>> _opens_current_period("A rocket fired from Gaza on ", "Monday", "2020-03-02", "2020-03-03")
    False
    """
    base = _parse_iso(published)
    if base is None or len(iso) < 10 or not (_SINCE_BEFORE.search(before) or _SINCE_OPENING.match(expression)):
        return False
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return base - dt.timedelta(days=_NEWS_DAYS) <= day <= base


def _is_report_date(mention: DateMention, published: str | None) -> bool:
    # A dateline repeated in the body says when the report was filed, not when the event was.
    return bool(published) and mention.iso == published and mention.text.strip().isdigit()


def read_date(text: str, published: str | None) -> EventDate | None:
    """A date in `text`, resolved against the publication date (for the year and relative words).

    >>> read_date("Since the raid started on August 9, the rebels have pushed on", "2024-09-12")
    EventDate(iso='2024-08-09', time_precision=1, evidence='August 9')
    >>> read_date("Russians shelled the town on Thursday", "2024-10-25").iso
    '2024-10-24'
    >>> read_date("Gunmen attacked a church on Easter Sunday", "2019-04-23")
    EventDate(iso='2019-04-21', time_precision=1, evidence='Easter Sunday')
    >>> read_date("Shops were looted during the Easter holidays", "2019-04-29")
    EventDate(iso='2019-04', time_precision=3, evidence='Easter holidays')
    >>> read_date("Two men were shot during the Thanksgiving weekend", "2015-12-01").time_precision
    2

    US wire copy names the day bare ("killed 12 people Sunday"), and a weekend as a period of the week:

    >>> read_date("Gunmen killed 12 people Sunday in Kabul", "2016-06-16")
    EventDate(iso='2016-06-12', time_precision=1, evidence='Sunday')
    >>> read_date("Rebels made gains in Hama over the weekend", "2016-09-06")
    EventDate(iso='2016-09-04', time_precision=2, evidence='over the weekend')
    """
    base = _parse_iso(published)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if match:
            end = month_day_end(text, match.start(), match.end(), base) if pattern is _MONTH_DAY else match.end()
            words = text[match.start():end]
            month, day_of_month, year = month_day_parts(words)
            resolved = _resolve(day_of_month, month, year, base)
            if resolved:
                return EventDate(resolved.isoformat(), 1, words.strip())
    match = _HOLIDAY.search(text)
    day = _holiday(match.group(1), base) if match and base else None
    if match and day is not None:
        period = _HOLIDAY_PERIOD.match(text, match.end())
        if period is None:
            return EventDate(day.isoformat(), 1, match.group(1))
        evidence = match.group(1) + period.group(0)
        if period.group(1):
            return EventDate(day.isoformat(), 2, evidence)
        return EventDate(day.strftime("%Y-%m"), 3, evidence)
    match = _RELATIVE.search(text)
    if match and base:
        return _relative(match.group(1).lower(), base)
    bare = _bare_weekday(text)
    if bare and base:
        return dataclasses.replace(_relative(bare.group(1).lower(), base), evidence=bare.group(0))
    match = _WEEKEND.search(text)
    if match and base:
        sunday = base - dt.timedelta(days=(base.weekday() - 6) % 7)
        return EventDate(sunday.isoformat(), 2, match.group(0))
    match = _MONTH_YEAR.search(text)
    if match:
        month = MONTHS[match.group(1).lower().rstrip(".")]
        year = int(match.group(2)) if match.group(2) else _year_for(month, 1, base)
        if year:
            return EventDate(f"{year:04d}-{month:02d}", 3, match.group(0).strip())
    return None


def _holiday(name: str, base: dt.date) -> dt.date | None:
    """The last day named `name` on or before the report (a day of slack), as for a month and day.

    >>> _holiday("Black Friday", dt.date(2015, 12, 4)), _holiday("New Year's Eve", dt.date(2016, 3, 23))
    (datetime.date(2015, 11, 27), datetime.date(2015, 12, 31))
    >>> _holiday("Easter Sunday", dt.date(2019, 4, 22))
    datetime.date(2019, 4, 21)
    """
    key = name.lower().replace("’", "'")
    for year in (base.year, base.year - 1):
        if key in _FIXED_HOLIDAYS:
            day = dt.date(year, *_FIXED_HOLIDAYS[key])
        elif key.startswith(("thanksgiving", "black friday")):
            first = dt.date(year, 11, 1)
            thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)       # the fourth Thursday
            day = thursday + dt.timedelta(days=1 if key == "black friday" else 0)
        else:
            offset = {"good friday": -2, "easter monday": 1}.get(key, 0)
            day = _easter(year) + dt.timedelta(days=offset)
        if day <= base + dt.timedelta(days=1):
            return day
    return None


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _relative(word: str, base: dt.date) -> EventDate:
    if word in ("yesterday", "last night", "overnight"):
        # a night told in a report is the one before it, which began on the day before (the day the
        # act is then filed under, as "last night" is)
        return EventDate((base - dt.timedelta(days=1)).isoformat(), 1, word)
    if word in ("today", "earlier today", "this morning", "tonight"):
        return EventDate(base.isoformat(), 1, word)
    if re.search(r"24|twenty-four|\bday\b", word):
        # a daily tally ("in past 24 hours", "during the day") is filed the morning after the day it counts
        return EventDate((base - dt.timedelta(days=1)).isoformat(), 1, word)
    if word.split()[-1] in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS[word.split()[-1]]) % 7 or (7 if word.startswith("last") else 0)
        return EventDate((base - dt.timedelta(days=back)).isoformat(), 1, word)
    if word in ("last week", "past week"):
        return EventDate((base - dt.timedelta(days=7)).isoformat(), 2, word)
    if word == "this week":
        return EventDate(base.isoformat(), 2, word)
    if word == "last month":
        previous = base.replace(day=1) - dt.timedelta(days=1)
        return EventDate(previous.strftime("%Y-%m"), 3, word)
    return EventDate(base.strftime("%Y-%m"), 3, word)


def _resolve(day: int, month: int, year: int | None, base: dt.date | None) -> dt.date | None:
    chosen = year or _year_for(month, day, base)
    if not chosen:
        return None
    try:
        return dt.date(chosen, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, base: dt.date | None) -> int | None:
    """The year that puts month/day on or before the report (news tells the past), with a day of slack."""
    if base is None:
        return None
    try:
        candidate = dt.date(base.year, month, min(day, 28))
    except ValueError:
        return base.year
    return base.year if candidate <= base + dt.timedelta(days=1) else base.year - 1


def _parse_iso(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
