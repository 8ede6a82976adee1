"""Dates in the text of an article, resolved against its publication date.

Written by hand (dateparser's `search_dates` also returns "may", "now", "second" and numbers, and
picks differently from how news is written; a pattern list of what news writes is more precise):
- finding the date expressions in running text and reading each one's parts ("Thursday, Oct. 24,
  2024", "August 6", "three weeks ago"), the relative ones against the publication date;
- the year of a date written without one leans to the past: "August 6" in an article published
  2024-09-12 is 2024-08-06, and "December 3" published 2024-01-05 is 2023-12-03, unless it is
  less than two months ahead (announced events);
- weekdays: "on Friday" is the most recent Friday on or before publication;
- "last month", "this year", "earlier this month", "last week", seasons ("summer", "last winter").

Precision is "day", "week" (iso = the Monday), "month", "season" (iso = its first month,
northern-hemisphere meteorological seasons) or "year"; `iso` is None when the text gives no
year and the article has no publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..records import Published
from .nlp import doc_text
from .numbers import parse_number
from .records import DateMention

__all__ = ["find_dates", "resolve_date"]

# the months' full names in calendar order, then their abbreviations
MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {**{name: number for number, name in enumerate(MONTH_WORDS, 1)},
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
          "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# "several days ago", "a few weeks ago": no number written; read as three. Numbers proper go
# through the one number reader.
_FEW = {"several": 3, "a few": 3}

# the names of MONTHS as one alternation, the longest first ("sept" before "sep"; the patterns run
# under re.I): the date finder's and events/when.py's
MONTH_NAMES = "|".join(sorted(MONTHS, key=lambda name: (-len(name), name)))
_MONTH = "(?:" + MONTH_NAMES + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A weekday that recurs is the time of a habit, no one day: "every Sunday", "each Friday", "on Friday
# nights" (the date finder's and events/when.py's weekdays stand neither after nor before these)
RECURRING_BEFORE = r"(?<!\bevery\s)(?<!\beach\s)"
RECURRING_AFTER = r"(?!\s+(?:nights|mornings|afternoons|evenings)\b)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
# A month and a day ("Oct. 24", "August 6th, 2024"; whether a year before a plural is one or a count,
# "June 5, 2000 soldiers", is `month_day_end`'s) and a day and a month ("6 August 2024", "24th of
# October"): the date finder's, after an optional weekday, and events/when.py's; `month_day_parts`
# reads either's words.
MONTH_DAY = rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{YEAR}\b)?"
DAY_MONTH = rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])(?:,?\s+{YEAR}\b)?"
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"\b{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
    ("month_day", rf"(?:\b{_WEEKDAY},?\s+)?{MONTH_DAY}"),
    ("day_month", rf"(?:\b{_WEEKDAY},?\s+)?{DAY_MONTH}"),
    ("month_year", rf"\b(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?{_MONTH},?\s+(?:of\s+)?{YEAR}\b"),
    ("month", rf"\b(?:(?:in|since|until|by|during|from|last|this|next|early|mid|late|of|through)[\s-]+){_MONTH}(?![\w-])(?!\.?,?\s+(?:of\s+)?\d)"
              r"(?:,?\s+(?:of\s+)?(?:last|this|next)\s+year\b)?"),
    ("year", rf"\b(?:(?:in|since|until|by|during|from|of|through|before|after|early|mid|late|the\s+end\s+of)[\s-]+){YEAR}\b(?!\s*(?:%|percent|[A-Za-z]+s\b))"),
    ("ago", r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+ago\b"),
    ("relative", r"\b(?:(?:earlier|later)\s+)?(?:last|this|next|past|previous|coming)\s+(?:week|month|year|weekend)\b|\b(?:yesterday|today|tomorrow)\b"),
    ("season", r"\b(?:(?:last|this|next|past|(?:early|late|mid)[\s-]?)\s*)?(?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?" + YEAR + r")?\b"),
    ("weekday", rf"{RECURRING_BEFORE}\b(?:(?:on|last|this|next|since|until|by|from)\s+)?{_WEEKDAY}\b"
                rf"(?!,?\s+(?:{_MONTH}|\d)){RECURRING_AFTER}"),
)
# Every expression opens at a word boundary with a digit or a letter: the finder asks that once at
# each position before trying its ten alternatives (same matches, 2.4x faster over article bodies).
_FINDER = re.compile(r"\b(?=[\dA-Za-z])(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS) + ")",
                     re.I)


def find_dates(doc: Any, published: Published | None) -> tuple[DateMention, ...]:
    """The date expressions of `doc` (a spaCy Doc, or any object with `.text`; a str works too),
    in order, each resolved against `published` when it is relative or has no year."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    base = _base(published)
    found = []
    for match in _FINDER.finditer(text):
        kind = match.lastgroup or ""
        end = month_day_end(text, match.start(), match.end(), base) if kind == "month_day" else match.end()
        words = text[match.start():end]
        if kind in ("weekday", "month", "season") and not _capitalised_or_cued(words, kind):
            continue
        iso, precision = resolve_date(words, kind, base)
        found.append(DateMention(words, iso, precision, match.start(), end))
    return tuple(found)


def _must(match: re.Match[str] | None) -> re.Match[str]:
    """A match the finder's own pattern guarantees (the expression was found by it)."""
    if match is None:
        raise ValueError("a date expression no longer matches the pattern that found it")
    return match


def _capitalised_or_cued(words: str, kind: str) -> bool:
    """"May" and "March" are verbs, "fall" and "spring" ordinary words: require a capital or a cue."""
    if kind == "season":
        return (not words.lower().startswith(("fall", "spring")) or bool(re.match(r"(?:last|this|next|past)\s", words, re.I))
                or bool(re.search(YEAR, words)))
    words = re.sub(r",?\s+(?:of\s+)?(?:last|this|next)\s+year$", "", words, flags=re.I)   # "March last year": the month
    last = re.split(r"[\s-]+", words)[-1]
    if last.lower().rstrip(".") in ("may", "march") and len(words.split()) == 1:
        return False
    return last[:1].isupper()


def _base(published: Published | None) -> dt.date | None:
    if published is None or not published.iso:
        return None
    try:
        return dt.date.fromisoformat(published.iso[:10]) if len(published.iso) >= 10 else None
    except ValueError:
        return None


def resolve_date(words: str, kind: str, base: dt.date | None) -> tuple[str | None, str | None]:
    """(iso, precision) of one date expression of the given `kind` against the publication day."""
    lower = words.lower()
    if kind == "iso":
        return words, "day"
    if kind in ("month_day", "day_month"):
        return _month_day(words, base)
    if kind == "month_year":
        year = int(_must(re.search(YEAR, words)).group(0))
        return f"{year:04d}-{_month_of(words):02d}", "month"
    if kind == "month":
        month = _month_of(words)
        if base is None:
            return None, "month"
        if lower.endswith("year"):      # "in March last year", "in May of this year"
            shift = -1 if lower.endswith("last year") else 1 if lower.endswith("next year") else 0
            return f"{base.year + shift:04d}-{month:02d}", "month"
        if lower.startswith("next"):
            year = base.year if month > base.month else base.year + 1
        elif lower.startswith("last"):
            year = base.year if month < base.month else base.year - 1
        else:   # past-leaning, but a month up to two ahead is this year's ("in December", said in October)
            year = base.year if month <= base.month + 2 else base.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "year":
        return _must(re.search(YEAR, words)).group(0), "year"
    if base is None:
        return None, _PRECISION_OF.get(kind)
    if kind == "ago":
        return _ago(lower, base)
    if kind == "relative":
        return _relative(lower, base)
    if kind == "season":
        return _season(lower, base)
    return _weekday(lower, base), "day"


_PRECISION_OF = {"ago": "day", "relative": "day", "season": "season", "weekday": "day"}


def _month_of(words: str) -> int:
    for word in re.findall(r"[A-Za-z]+", words.lower()):
        if word in MONTHS:
            return MONTHS[word]
    raise ValueError(f"no month in {words!r}")


def _month_day(words: str, base: dt.date | None) -> tuple[str | None, str | None]:
    # The finder's pattern leaves one reading: the month word and the day number. (This once also
    # asked dateparser, which agreed on all 14,349 such expressions of the corpus texts and cost a
    # second of start-up; upper-case ordinals, "24TH JULY 2012", raised here then.)
    month, day, year = month_day_parts(words)
    if year is None:
        if base is None:
            return None, "day"
        year = _past_leaning_year(month, day, base)
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "day"


_YEAR_WRITTEN = re.compile(rf",?\s+{YEAR}$")
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b", re.I)
# how many years before publication a number written after a month and day, before a plural noun, can
# be its year: "On June 5, 2023 protests erupted" (published 2024) is a date, "June 5, 2000 soldiers"
# a day and a count; a year a decade back that close to a noun is rarer than a count that looks like one
_YEAR_OR_COUNT_SPAN = 10


def month_day_end(text: str, start: int, end: int, base: dt.date | None) -> int:
    """Where the `MONTH_DAY` match text[start:end] ends as a date: before its year when that number
    stands before a plural noun and is no plausible year for a text published on `base` (after its
    year, or more than _YEAR_OR_COUNT_SPAN years before it; with no publication day, never one).

    >>> text = "On June 5, 2023 protests erupted; on May 2, 2000 troops left"
    >>> [text[s:month_day_end(text, s, e, dt.date(2024, 7, 1))] for s, e in ((3, 15), (37, 48))]
    ['June 5, 2023', 'May 2']
    """
    year = _YEAR_WRITTEN.search(text, start, end)
    if year is None or _PLURAL_NEXT.match(text, end) is None:
        return end
    written = int(year.group(0).lstrip(", \t\n"))
    if base is not None and base.year - _YEAR_OR_COUNT_SPAN <= written <= base.year:
        return end
    return year.start()


def month_day_parts(words: str) -> tuple[int, int, int | None]:
    """(month, day, year or None) of the words of a `MONTH_DAY` or `DAY_MONTH` match.

    >>> month_day_parts("Thursday, Oct. 24th, 2024"), month_day_parts("6 of August")
    ((10, 24, 2024), (8, 6, None))
    """
    month = _month_of(words)
    day = int(_must(re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.sub(YEAR, "", words), re.I)).group(1))
    year_match = re.search(rf"\b{YEAR}\b", words)
    return month, day, int(year_match.group(0)) if year_match else None


def _past_leaning_year(month: int, day: int, base: dt.date) -> int:
    """The year of a month and day written without one: this year unless that is more than two
    months after publication, then last year."""
    try:
        candidate = dt.date(base.year, month, day)
    except ValueError:
        return base.year
    return base.year - 1 if (candidate - base).days > 61 else base.year


def _ago(lower: str, base: dt.date) -> tuple[str, str]:
    count_words, unit = _must(re.match(r"(.+?)\s+(day|week|month|year)s?\s+ago", lower)).groups()
    words = count_words.strip()
    count = _FEW.get(words) or int(parse_number(words) or 1)
    if unit == "day":
        return (base - dt.timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        day = base - dt.timedelta(weeks=count)
        return (day - dt.timedelta(days=day.weekday())).isoformat(), "week"
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 - count, 12)
        return f"{year:04d}-{month + 1:02d}", "month"
    return f"{base.year - count:04d}", "year"


def _relative(lower: str, base: dt.date) -> tuple[str, str]:
    if lower.endswith("yesterday"):
        return (base - dt.timedelta(days=1)).isoformat(), "day"
    if lower.endswith("today"):
        return base.isoformat(), "day"
    if lower.endswith("tomorrow"):
        return (base + dt.timedelta(days=1)).isoformat(), "day"
    shift = -1 if re.search(r"\b(?:last|past|previous)\b", lower) else 1 if re.search(r"\b(?:next|coming)\b", lower) else 0
    if lower.endswith(("week", "weekend")):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
        if lower.endswith("weekend"):
            return (monday + dt.timedelta(days=5)).isoformat(), "day"
        return monday.isoformat(), "week"
    if lower.endswith("month"):
        year, month = divmod(base.year * 12 + base.month - 1 + shift, 12)
        return f"{year:04d}-{month + 1:02d}", "month"
    return f"{base.year + shift:04d}", "year"


def _season(lower: str, base: dt.date) -> tuple[str, str]:
    name = next(word for word in _SEASONS if word in lower)
    month = _SEASONS[name]
    explicit = re.search(YEAR, lower)
    if explicit:
        return f"{explicit.group(0)}-{month:02d}", "season"
    # The most recent season of that name that has begun by publication; "last" skips a season in course.
    year = base.year if (base.month >= month or (month == 12 and base.month <= 2)) else base.year - 1
    if month == 12 and base.month <= 2:
        year = base.year - 1
    in_course = (base.year * 12 + base.month) - (year * 12 + month) < 3
    if re.search(r"\b(?:last|past)\b", lower) and in_course:
        year -= 1
    elif lower.startswith("next"):
        year += 1
    return f"{year:04d}-{month:02d}", "season"


def _weekday(lower: str, base: dt.date) -> str:
    target = next(WEEKDAYS[word] for word in WEEKDAYS if word in lower)
    back = (base.weekday() - target) % 7
    if lower.startswith("next"):
        return (base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)).isoformat()
    if lower.startswith("last") and back == 0:
        back = 7
    return (base - dt.timedelta(days=back)).isoformat()
