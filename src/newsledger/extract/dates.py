"""Visible date strings -> `records.Published`, including partial datelines completed from context.

Shared by the text path and the HTML path. The public API (stable):

    parse_date(text, *, context="", reference=None) -> Published | None
        One visible date string ("25 Oct 2024 21:49", "NOVEMBER 20, 2019 10:43",
        "Published: Nov. 19, 2019 5:03 p.m. ET", "11.15.2019 10:09 AM", "2019-11-20",
        "Oct 2024", "Thursday 12 - 11:40") -> Published with precision "minute" | "day" |
        "month" | "year", or None when the string holds no date. Partial strings (weekday +
        day-of-month [+ time], or day + month without a year) are completed from `context` (the
        article body) and come back with inferred=True and the context used in `evidence`.
        `reference` (a date or datetime, e.g. when the page was fetched) is the latest date the
        page can have; without it the latest year named in the context bounds the search; with
        neither, the year cannot be known and a partial date is no date (the wall clock is never
        read: the same page gives the same date on any day). `language` (ISO 639-1) selects dateparser's locale for the shapes the
        built-in patterns do not cover (default "en"), and any language but English reads an
        ambiguous "06/05/2020" day first. Month and weekday names cover the languages of world
        news datelines (Romance, Germanic, Slavic, Turkish, Hungarian, Albanian, Arabic; CJK
        "2020年7月1日"); Arabic-Indic, Persian, Devanagari and Bengali digits read as ASCII; Solar Hijri
        dates ("۲۹ بهمن ۱۳۹۸") are converted to the Gregorian day. With a
        `reference`, relative datelines ("Сегодня, 12:30", "вчора о 09:15", "Hier à 19:20",
        "16 hours ago", "hace 3 horas") count back from it (inferred=True; a count of hours or
        minutes gives the day only, and none when its rounding leaves two days; the evidence names
        the fetch time counted from); without one they are no date. partial=False accepts only complete dates
        found anywhere in the string (for lines that hold other things too: "October 9, 2018 | by X").

    resolve_partial(*, day, weekday=None, month=None, hour=None, minute=None, context="",
                    reference=None, evidence="") -> Published | None
        The rule behind partial datelines, callable on its own when a caller has already split
        the parts (weekday: 0 = Monday).

    numeric_order(text) -> bool | None
        How the page writes numeric dates, from its unambiguous ones: True when they put the day
        first ("25/03/2020"), False when the month ("03/25/2020"), None when none says or they
        disagree. Passed as parse_date(dayfirst=...) it overrides the language's default, so an
        English page from Britain or India reads "06/05/2020" as 6 May.

    fetch_reference(fetched_at) -> datetime | None
        The `reference` for a page: its ISO 8601 fetch time (RawDocument.fetched_at), or None.

    masthead_day(top, page) -> Published | None
        The day the page was served as its masthead prints it ("Tue, 14 Jan 2020" above the
        headline), when no date on the page is later: the `reference` for relative datelines
        ("сегодня в 05:46") when the fetch time is unknown.

    looks_like_date_line(line) -> bool
        Cheap test that a short line is a dateline (used by the text classifier before the
        more expensive parse).

Written by hand because dateparser alone resolves "Thursday 12 - 11:40" to the nearest
Thursday-ish date relative to now, ignoring the article: it cannot use the body ("began on
August 6", "last month") to find the month in which day 12 was a Thursday. Common full formats are
parsed with precompiled regexes (dateparser costs milliseconds per call, and the text path must
process hundreds of pages a second); dateparser is the fallback for short strings in other shapes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime
from collections.abc import Iterable, Iterator
from typing import Any

from ..records import Published

__all__ = ["parse_date", "resolve_partial", "looks_like_date_line", "fetch_reference", "masthead_day", "numeric_order", "day_first",
           "clock_only", "today_named", "COPYRIGHT_MARK",
           "MONTHS", "WEEKDAYS"]

# Month and weekday names as datelines print them: English, French, Spanish, German, Italian, Portuguese,
# Indonesian, Dutch, Danish/Norwegian, Romanian, Catalan, Turkish, Hungarian, Albanian, Serbo-Croatian, Polish
# and Czech genitives, Russian and Ukrainian genitives and abbreviations, Bulgarian, Greek genitives, Arabic
# (Egyptian/Gulf names, and the Levantine ones, which pages often print beside them: "24 نيسان / أبريل 2020";
# "_" stands for the space inside a two-word name).
_MONTH_NAMES = [
    "january jan janvier janv enero januar januari gennaio janeiro января січня stycznia ledna ianuarie "
    "gener ocak január janar يناير янв січ ιανουαρίου ιανουαριου януари كانون_الثاني",
    "february feb février fevrier févr febrero februar februari febbraio fevereiro февраля лютого lutego "
    "února februarie febrer şubat subat február shkurt فبراير фев лют φεβρουαρίου φεβρουαριου февруари شباط",
    "march mar mars marzo märz maerz maret março марта березня marca března maart marts martie març mart "
    "március ozujka مارس мар бер μαρτίου μαρτιου март آذار",
    "april apr avril avr abril aprile апреля квітня kwietnia dubna aprilie nisan április prill أبريل "
    "ابريل апр квіт απριλίου απριλιου април نيسان",
    "may mai mayo mei maggio maio мая травня maja května maj maig mayıs mayis május مايو трав μαΐου μαιου أيار ايار",
    "june jun juin junio juni giugno junho июня червня czerwca června iunie juny haziran június qershor "
    "يونيو июн черв ιουνίου ιουνιου юни حزيران",
    "july jul juillet juil julio juli luglio julho июля липня lipca července iulie juliol temmuz július "
    "korrik يوليو июл лип ιουλίου ιουλιου юли تموز",
    "august aug août aout agosto agustus augustus августа серпня sierpnia srpna agost ağustos agustos "
    "augusztus gusht أغسطس اغسطس авг серп αυγούστου αυγουστου آب",
    "september sep sept septembre septiembre settembre setembro сентября вересня września září septembrie "
    "setembre eylül eylul szeptember shtator septembar سبتمبر сен сент вер σεπτεμβρίου σεπτεμβριου септември أيلول ايلول",
    "october oct octobre octubre oktober ottobre outubro октября жовтня października října octombrie ekim "
    "október tetor oktobar أكتوبر اكتوبر окт жовт οκτωβρίου οκτωβριου октомври تشرين_الأول تشرين_الاول",
    "november nov novembre noviembre novembro ноября листопада listopada listopadu noiembrie kasım kasim "
    "nëntor nentor novembar نوفمبر ноя нояб νοεμβρίου νοεμβριου ноември تشرين_الثاني",
    "december dec décembre decembre déc diciembre dezember desember dicembre dezembro декабря грудня "
    "grudnia prosince decembrie desembre aralık aralik dhjetor decembar ديسمبر дек груд δεκεμβρίου δεκεμβριου декември كانون_الأول كانون_الاول",
]
_WEEKDAY_NAMES = [
    "monday mon δευτέρα δευτερα lundi lunes montag maandag lunedì lunedi segunda-feira понедельник понеділок poniedziałek "
    "pazartesi luni dilluns الإثنين الاثنين",
    "tuesday tue τρίτη τριτη tues mardi martes dienstag dinsdag martedì martedi terça-feira вторник вівторок wtorek "
    "salı marți dimarts الثلاثاء",
    "wednesday wed τετάρτη τεταρτη mercredi miércoles miercoles mittwoch woensdag mercoledì mercoledi quarta-feira среда "
    "середа środa çarşamba miercuri dimecres الأربعاء الاربعاء",
    "thursday thu πέμπτη πεμπτη thur thurs jeudi jueves donnerstag donderdag giovedì giovedi quinta-feira четверг "
    "четвер czwartek perşembe joi dijous الخميس",
    "friday fri παρασκευή παρασκευη vendredi viernes freitag vrijdag venerdì venerdi sexta-feira пятница пʼятниця п'ятниця "
    "piątek cuma vineri divendres الجمعة",
    "saturday sat σάββατο σαββατο samedi sábado sabado samstag zaterdag sabato сабота суббота субота sobota cumartesi "
    "sâmbătă dissabte السبت",
    "sunday sun dimanche domingo sonntag zondag domenica воскресенье неділя niedziela pazar duminică "
    "diumenge الأحد κυριακή κυριακη",
]
MONTHS: dict[str, int] = {name.replace("_", " "): number for number, names in enumerate(_MONTH_NAMES, start=1)
                          for name in names.split()}
WEEKDAYS: dict[str, int] = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names.split()}


def _by_first_letter(names: list[str]) -> str:
    """The alternation of `names` (tried in their order, as `a|b|c`), grouped by first letter so the
    regex engine tries at each position only the names that can start there: "j(?:anuary|an|...)|
    f(?:ebruary|...)". It matches what the flat alternation matches, in the same order: names of two
    groups never both match at one position, because first letters that one character of text can
    match under re.I (i and ı, s and ſ) are grouped together, and such a group keeps its whole names."""
    groups: list[list[str]] = []        # first letters that match a common character under re.I
    for first in dict.fromkeys(name[0] for name in names):
        group = next((g for g in groups if any(re.fullmatch(re.escape(other), first, re.I) for other in g)), None)
        if group is None:
            groups.append(group := [])
        group.append(first)
    parts = []
    for group in groups:
        inside = [name for name in names if name[0] in group]
        if len(group) == 1:
            parts.append(re.escape(group[0]) + "(?:" + "|".join(re.escape(name[1:]) for name in inside) + ")")
        else:
            parts.append("(?:" + "|".join(re.escape(name) for name in inside) + ")")
    return "|".join(parts)


_MONTH_RE = _by_first_letter(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = _by_first_letter(sorted(WEEKDAYS, key=len, reverse=True))
_TIME = r"(?:(?:at|à|alle|um|às|a las|в|о|,|-|–|—|\|)\s*)?(?P<hour>\d{1,2})[:h.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>(?:[ap]\.?\s?m\.?|[μπ]\.?μ\.?|م(?:ساء[ًا]?)?|ص(?:باح[ًا]?)?|ب\.?\s?ظ|ق\.?\s?ظ)(?!\w))?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_MONTH = rf"(?P<month>{_MONTH_RE})\.?"
# (a name of three letters after "the" is a newspaper's, "The Sun, 12 June 2020", not a weekday to check)
_WD = rf"(?:(?!(?<=the\s)\w{{1,3}}\b)(?P<weekday>{_WEEKDAY_RE})\.?,?\s+)?"
_ALSO_MONTH = rf"(?:\s*[/(]\s*(?:{_MONTH_RE})\s*\)?)?"     # "نيسان / أبريل", "Април (April)"

_FULL_PATTERNS = [
    # 2019-11-20, 2019-11-20T10:43, 2019/11/20 10:43, 2020. 08. 18. 21:35 ("By X2020-02-20": no \b)
    re.compile(rf"(?<!\d){_YEAR}(?:[-/]|\.\s?)(?P<nmonth>\d{{1,2}})(?:[-/]|\.\s?){_DAY}(?!\d)\.?(?:[T\s]+{_TIME})?", re.I),
    # 25 Oct 2024 21:49, Thursday 12 September 2024, 15 de abril de 2020, 18 февраля 2020 г.
    # ("Yahoo News Australia28 October 2020": a word glued before the day; two small letters, so that
    # "G20 November 2020 summit" or "COVID19 March 2020" are not read as days)
    re.compile(rf"(?:\b|(?-i:(?<=[^\W\d_A-ZА-ЯЁ]{{2}}))){_WD}{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH}{_ALSO_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}(?:,?\s+{_TIME})?", re.I),
    # NOVEMBER 20, 2019 10:43 / Nov. 19, 2019 5:03 p.m.
    re.compile(rf"\b{_WD}{_MONTH}\s+{_DAY},?\s+(?:de\s+)?{_YEAR}(?:,?\s+{_TIME})?", re.I),
    # 11/20/2019 01:14 PM, 20.11.2019, 11.15.2019 10:09 AM ("Información16.08.2020": no \b)
    re.compile(rf"(?<!\d)(?P<first>\d{{1,2}})(?P<sep> ?[/.-] ?)(?P<second>\d{{1,2}})(?P=sep){_YEAR}(?:,?\s+{_TIME})?", re.I),
    # 2020年7月1日 10時00分, 2020년 7월 1일
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<nmonth>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
               r"(?:\s*(?:\(\w\)|（\w）)?\s*(?P<hour>\d{1,2})\s*[:時시]\s*(?P<minute>\d{2}))?"),
    # 2020. augusztus 18., 2020 m. rugsėjo 8 d.
    re.compile(rf"(?<!\d){_YEAR}\.?\s+{_MONTH}\s+{_DAY}\b\.?(?:,?\s+{_TIME})?", re.I),
]
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}")       # what every pattern of _FULL_PATTERNS holds
# a clock time printed right before a full date, with its zone and a separator ("3:45 PM ET, Mon March 3,
# 2008", "15:45, Monday 3 March 2008", "18:40 | 12.03.2020"); with a colon only ("Issue 12.34 March 2008")
_CLOCK_BEFORE = re.compile(r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d{2})?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
                           r"(?:\s*(?-i:[A-Z]{2,4}))?\s*[,|•·–-]?\s*$", re.I)
# 27 Mar 20 à 9:21, 5 juin 20 | Actu: a year of two digits after a month's name, read only where the
# date plainly ends there (the string ends, or a separator or a whole clock time follows), not in "27
# Mar 20:15" nor "12 June 20 people"; a clock time is followed by no digit ("5 May 20 12.000 people"
# is a count), a comma by no number nor a word in small letters, as a sentence goes on ("5 May 20, 300
# people", "5 May 20, three hundred people"; "5 May 20, Lisbon" ends); 00-69 are 2000-2069, 70-99 1970-1999
_SHORT_YEAR_DATE = re.compile(rf"\b{_WD}{_DAY}\.?\s+{_MONTH}\s+'?(?P<short_year>\d{{2}})(?!\d)(?![:.h]\d)"
                              rf"(?=\s*(?:{_TIME}(?!\d)(?![.,]\d)|$|[|•·;(]|,(?!\s*\d)(?!\s*(?-i:[^\W\d_A-ZÀ-ÞА-ЯЁЄІЇҐ]))))",
                              re.I)
_SHORT_YEAR_HINT = re.compile(r"[^\W\d_]\.?\s+'?\d{2}(?!\d)")     # a word, then two digits: what it needs
# a day range around a full date: "2020/7/11-12", "11–12 June 2020" (not a clock time, "12 June 2020 - 11:40",
# nor a count, "2019-11-20 - 5 min read")
_RANGE_AFTER = re.compile(r"\s?[-–~～]\s?(?P<other>\d{1,2})(?!\d)(?![:.h]\d)(?!\s?[^\W\d_])")   # not "- 5 min read"
# (the first day after no word: "Issue 34 - 12 June 2020", "Part 2 - 5 March 2021" are labels)
_RANGE_BEFORE = re.compile(r"(?<![\w:.])(?<![^\W\d_]\s)(?P<other>\d{1,2})\s?[-–~～]\s?$")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I)
_BARE_YEAR_LINE = re.compile(rf"^\W*{_YEAR}\W*$")
# Thursday 12 - 11:40 / Thu 12, 11:40 am / Thursday 12
# ("Monday 5:30PM" is a weekday and a clock time: no day of the month)
_WEEKDAY_DAY = re.compile(rf"\b(?P<weekday>{_WEEKDAY_RE})\.?,?\s+{_DAY}\b(?![:.h]\d)(?!\s*(?:{_MONTH_RE})\b)(?:\s*{_TIME})?", re.I)
# 12 September / September 12 (no year), with an optional time
_DAY_MONTH = re.compile(
    rf"\b{_WD}(?:{_DAY}\s+{_MONTH}|(?P<month2>{_MONTH_RE})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
    rf"(?:,?\s+(?P<weekday2>{_WEEKDAY_RE})\b\.?(?=\s*(?:[^\w\s.]|\d|$)))?(?:,?\s+{_TIME})?", re.I   # "7 ЧЕРВНЯ, НЕДІЛЯ": the weekday after
    # (then a stop, a clock or the end: "June 5, Sun Valley" names no weekday)
)

# 2月15日（土）7時0分, 2월 15일 (토): a Japanese or Korean day and month without the year, the weekday
# one character in brackets (Monday to Sunday, in order)
_CJK_WEEKDAYS = {ch: number for names in ("月火水木金土日", "월화수목금토일") for number, ch in enumerate(names)}
_CJK_MONTH_DAY = re.compile(r"(?<![\d年년])(?P<nmonth>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
                            rf"(?:\s*[（(](?P<cjk_weekday>[{''.join(_CJK_WEEKDAYS)}])[）)])?"
                            r"(?:\s*(?P<hour>\d{1,2})\s*[:時시]\s*(?P<minute>\d{1,2})(?!\d))?")

# The Solar Hijri calendar of Iran and Afghanistan: Iranian month names (with the Arabic letters ي and ك
# some sites type for ی and ک) and the Dari ones; months 1-6 have 31 days, 7-11 30, the 12th 29 or 30.
_SOLAR_MONTH_NAMES = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد امرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                      "بهمن", "اسفند"]
_DARI_MONTH_NAMES = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
SOLAR_MONTHS: dict[str, int] = {name: number for number, names in enumerate(_SOLAR_MONTH_NAMES, start=1)
                                for name in names.split()}
SOLAR_MONTHS |= {name: number for number, name in enumerate(_DARI_MONTH_NAMES, start=1)}
# the same names typed with the Arabic letters, listed rather than translated on every line: translating
# a whole line would also change Arabic month names (يناير, أبريل) into words no pattern knows
SOLAR_MONTHS |= {name.translate(str.maketrans("یک", "يك")): number for name, number in list(SOLAR_MONTHS.items())}
_SOLAR_RE = "|".join(sorted(SOLAR_MONTHS, key=len, reverse=True))
# ۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵ (digits already read as ASCII), years 1300-1499 (1921-2121)
_SOLAR_DATE = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_SOLAR_RE})\s+(?P<year>1[34]\d\d)(?!\d)"
                         rf"(?:\s*[-،,]?\s*{_TIME})?")
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": ""})

_DATEISH = re.compile(
    rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE}|{_SOLAR_RE})\b\.?|\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}(?:\b|T)|\b\d{{1,2}}:\d{{2}}\b"
    r"|\d{4}\s*[年년]|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
_DATE_WORDS = {word for name in (*MONTHS, *WEEKDAYS, *SOLAR_MONTHS) for word in name.split()} | {
    "am", "pm", "a", "p", "m", "at", "on", "published", "updated", "posted", "last", "modified", "date",
    "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "z", "of", "de",
    "le", "mis", "t", "à", "jour", "publié", "st", "nd", "rd", "th", "er", "h", "local", "time", "first",
    "del", "kl", "г", "года", "року", "р", "uhr", "saat", "às", "las", "ص", "م", "publicado", "actualizado",
    "atualizado", "aktualisiert", "опубликовано", "обновлено", "опубліковано", "оновлено", "update",
    "年", "月", "日", "時", "分", "년", "월", "일", "시", "órakor", "ora", "ore", "o",
    *_CJK_WEEKDAYS,      # the one-character CJK weekdays: "2月15日（土）"
    # Persian weekdays (سه‌شنبه splits at its joiner), "b.z."/"q.z." and "date of publication"
    "شنبه", "یکشنبه", "يکشنبه", "دوشنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج", "چهار", "جمعه", "ب", "ظ", "ق",
    "تاریخ", "انتشار", "μμ", "πμ",
}


# Arabic-Indic, Persian, Devanagari and Bengali digits read as ASCII ones
_DIGITS = {start + i: str(i) for start in (0x0660, 0x06F0, 0x0966, 0x09E6) for i in range(10)}
_NATIVE_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]")


def _ascii_digits(text: str) -> str:
    """`text` with its Arabic-Indic, Persian, Devanagari and Bengali digits written as ASCII ones.
    Translated only when it holds one: `str.translate` looks each character up in `_DIGITS` one at
    a time, and a page's non-ASCII script texts run to hundreds of kilobytes."""
    return text.translate(_DIGITS) if not text.isascii() and _NATIVE_DIGIT.search(text) else text
_ANY_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def looks_like_date_line(line: str) -> bool:
    """True when a short line is made of a date and little else ("Published 25 Oct 2024 21:49")."""
    if len(line) > 80 or not _ANY_DIGIT.search(line):
        return False
    line = _ascii_digits(line)
    # the word test first: it is cheap and fails on most lines, the date pattern is long
    words = [w.casefold() for w in _WORD.findall(line)]
    other = [w for w in words if w.rstrip(".") not in _DATE_WORDS]
    return len(other) <= 1 and _DATEISH.search(line) is not None


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d{2}(?!\d)")
# the middle and end of every _NUMERIC_DATE match, with any separators: lines without it (their
# digits made ASCII first) are skipped.
# Opening with a separator, it is searched at C speed (the full pattern opens with a look-behind,
# which the regex engine tries at every character of a page's scripts)
_NUMERIC_DATE_TAIL = re.compile(r"[/.-]\d{1,2}[/.-](?:19|20)\d{2}")


def numeric_order(text: str | Iterable[str]) -> bool | None:
    """True when the page's unambiguous numeric dates put the day first, False when the month,
    None when none is unambiguous or they disagree (see the module docstring). Takes the text or
    its lines (read one at a time: no copy of a large page is made)."""
    day_first = month_first = 0
    for line in [text] if isinstance(text, str) else text:
        line = _ascii_digits(line)
        if not _NUMERIC_DATE_TAIL.search(line):
            continue
        for match in _NUMERIC_DATE.finditer(line):
            first, second = int(match[1]), int(match[3])
            if 12 < first <= 31 and 1 <= second <= 12:
                day_first += 1
            elif 12 < second <= 31 and 1 <= first <= 12:
                month_first += 1
    if day_first and not month_first:
        return True
    if month_first and not day_first:
        return False
    return None


_MASTHEAD_WORDS = 12     # a masthead date line is short: "МК в регионах 18 февраля 2020", "Tue, 14 Jan 2020"


def masthead_day(top: Iterable[str], page: Iterable[str]) -> Published | None:
    """The day a page was served, as its masthead prints it: the first complete date on a short line
    among `top` (the lines above the headline), when no complete date on the page's short lines
    (`page`) is later (a page lists stories up to the day it is served, never after). It is the
    day "today, 05:46" and "вчера в 16:19" count from when the fetch time is unknown; it is not the
    article's date (an old story is served on a later day)."""
    day, page = None, list(page)
    for text in top:
        if len(text.split()) <= _MASTHEAD_WORDS and _ANY_DIGIT.search(text):
            day = parse_date(text, partial=False) or _weekday_masthead(text, page)
            if day is not None and day.precision in ("day", "minute"):
                break
            day = None
    if day is None:
        return None
    for text in page:
        if len(text.split()) <= 20 and _ANY_DIGIT.search(text) and _DATEISH.search(text):
            other = parse_date(text, partial=False)
            if other is not None and other.precision in ("day", "minute") and other.iso[:10] > day.iso[:10]:
                return None
    return Published(day.iso[:10], "day", day.evidence)


# what opens or marks a copyright line (also the HTML path's footer trim)
COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
# a copyright statement, from its mark to the next separator or the line's end ("© 2020 Le Parisien")
_COPYRIGHT_PART = re.compile(rf"(?:{COPYRIGHT_MARK.pattern})[^|•·]*", re.I)


def _weekday_masthead(text: str, page: list[str]) -> Published | None:
    """A masthead without its year that names the weekday ("ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ"): the
    latest such day up to the year after the latest year of the page's copyright line ("© 2005—2020",
    the year it was served); the weekday leaves one such day in several years."""
    match = _DAY_MONTH.search(_ascii_digits(text))
    if match is None or not (match["weekday"] or match["weekday2"]):
        return None
    years = [int(year) for line in page if COPYRIGHT_MARK.search(line) for year in _CONTEXT_YEAR.findall(line)]
    if not years:
        return None
    found = parse_date(match[0], context=str(max(years)))
    # in the copyright's year or the next (a copyright not yet turned over); a stale copyright
    # ("© 2005—2018" on a page of 2020) leaves no such day near it: no date
    return found if found is not None and int(found.iso[:4]) - max(years) in (0, 1) else None


def fetch_reference(fetched_at: str | None) -> datetime | None:
    """A page's fetch time as the `reference` for its dates, or None when unknown or unreadable."""
    if not fetched_at:
        return None
    try:
        return datetime.fromisoformat(fetched_at.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_date(
    text: str,
    *,
    context: str = "",
    reference: date | datetime | None = None,
    language: str | None = None,
    partial: bool = True,
    dayfirst: bool | None = None,
    clock_today: bool = False,
) -> Published | None:
    """Parse one visible date string into a Published (see the module docstring), or None.
    clock_today=True (for a dateline's place only: under a headline, where pages print the time
    alone for a story of the day) reads a string that is only a clock time ("9:27 am", "18:42 GMT")
    as that time on the `reference` day, inferred; elsewhere a lone time (a video's length, a
    list's time stamps) is no date."""
    evidence = " ".join(_ascii_digits(text).split())
    if not evidence:
        return None
    full = _parse_full(evidence, dayfirst=day_first(language) if dayfirst is None else dayfirst)
    if full is _CONTRADICTED:
        return None          # "Sunday 12 June 2020" (a Friday): not completed into another year either
    if full is None and reference is not None:
        full = _parse_relative(evidence, reference)
        if full is None and clock_today and clock_only(evidence) and (clock := _BARE_CLOCK.fullmatch(evidence)):
            full = _today_at(clock.groupdict(), reference, evidence)
    if full is not None or not partial:
        return full
    completed = _parse_partial(evidence, context, reference)
    if completed is not None:
        return completed
    match = _MONTH_YEAR.search(evidence)
    if match:
        return Published(f"{int(match['year']):04d}-{MONTHS[match['month'].casefold()]:02d}", "month", evidence)
    if _BARE_YEAR_LINE.match(evidence):
        return Published(evidence.strip(" \t.,;:()[]"), "year", evidence)
    if len(evidence) <= 60 and _DATEISH.search(evidence):
        return _parse_with_dateparser(evidence, language or "en")
    return None


def day_first(language: str | None) -> bool:
    """Whether "06/05/2020" is 6 May for a page in `language` (a tag, with its region if known):
    outside English, and in English of a region other than the US ("en-GB", "en-AU", "en-IN");
    month first in American English, English with no region, and when the language is unknown."""
    if not language:
        return False
    tag = language.strip().lower().replace("_", "-")
    return tag[:2] != "en" or tag[3:5] not in ("", "us")


def _is_day_range(match: re.Match, evidence: str) -> bool:
    """A full date that ends with its day followed by "-12", or opens with its day after "11-" (the first
    day before the second)."""
    day = "first" if "first" in match.re.groupindex else "day"
    after = _RANGE_AFTER.match(evidence, match.end()) if match.end(day) == match.end() else None
    before = _RANGE_BEFORE.search(evidence, 0, match.start()) if match.start(day) == match.start() else None
    # a range runs forward: the first day before the second
    return ((after is not None and int(match[day]) < int(after["other"]))
            or (before is not None and int(before["other"]) < int(match[day])))


# what `_parse_full` returns for a string whose only full dates name a weekday they do not fall on
_CONTRADICTED = Published("0000-01-01", "day", "a full date on another weekday than it names")


def _named_weekday_fits(built: Published, parts: dict) -> bool:
    """The full date falls on the weekday it names ("Friday 12 June 2020"), or names none."""
    named = parts.get("weekday") or parts.get("weekday2")
    return not named or date.fromisoformat(built.iso[:10]).weekday() == WEEKDAYS[named.casefold().rstrip(".")]


def _parse_full(evidence: str, *, dayfirst: bool = False) -> Published | None:
    """The first full date of `evidence` that falls on the weekday it names, if it names one. When
    every full date found names another weekday than its own ("Sunday 12 June 2020": 12 June 2020 is
    a Friday), `_CONTRADICTED`: the day or the weekday is misprinted and nothing tells which, and a
    wrong date is worse than none."""
    if not evidence.isascii() and any("\u0600" <= ch <= "\u06ff" for ch in evidence):
        solar = _parse_solar_hijri(evidence)
        if solar is not None:
            return solar
    if not _FULL_YEAR.search(evidence):
        # every full pattern has a year of 19xx or 20xx: most lines are not tried
        return _parse_short_year(evidence) if _SHORT_YEAR_HINT.search(evidence) else None
    found = _weekday_fitting(_full_dates(evidence, dayfirst))
    return found if found is not None else _short_year_beside_copyright(evidence)


def _full_dates(evidence: str, dayfirst: bool) -> Iterator[tuple[Published | None, dict]]:
    """Each full date of `evidence` (`_FULL_PATTERNS`, in their order; a span of days left out) as
    built, None when it is no real day, with its match's parts."""
    for pattern in _FULL_PATTERNS:
        for match in pattern.finditer(evidence):
            if _is_day_range(match, evidence):
                continue     # "2020/7/11-12", "11-12 June 2020": a span of days, not one day
            parts = match.groupdict()
            if not parts.get("hour") and (before := _CLOCK_BEFORE.search(evidence, 0, match.start())):
                parts.update(before.groupdict())     # "Updated 3:45 PM ET, Mon March 3, 2008": the time first
            if parts.get("first"):
                month, day = _order_numeric(int(parts["first"]), int(parts["second"]), parts["sep"], dayfirst)
            elif parts.get("nmonth"):
                month, day = int(parts["nmonth"]), int(parts["day"])
            else:
                month, day = MONTHS[parts["month"].casefold().rstrip(".")], int(parts["day"])
            yield _build(int(parts["year"]), month, day, parts, evidence, inferred=False), parts


def _weekday_fitting(found: Iterable[tuple[Published | None, dict]]) -> Published | None:
    """The first date built that falls on the weekday its parts name (or names none); `_CONTRADICTED`
    when every date built names another weekday; None when none is built. Read lazily: the dates
    after the first that fits are not built."""
    contradicted = False
    for built, parts in found:
        if built is not None:
            if _named_weekday_fits(built, parts):
                return built
            contradicted = True
    return _CONTRADICTED if contradicted else None


def _short_year_beside_copyright(evidence: str) -> Published | None:
    """The two-digit-year date of a line whose only full years are its copyright's ("Publié le 27 Mar 20
    à 9:21 | © 2020 Le Parisien"): a copyright's year is no date of the line's and does not veto one."""
    if not (_SHORT_YEAR_HINT.search(evidence) and COPYRIGHT_MARK.search(evidence)):
        return None
    return None if _FULL_YEAR.search(_COPYRIGHT_PART.sub(" ", evidence)) else _parse_short_year(evidence)


def _parse_short_year(evidence: str) -> Published | None:
    """A date whose year is written with two digits after its month's name (`_SHORT_YEAR_DATE`); a
    weekday it names must be that day's (else `_CONTRADICTED`, as in `_parse_full`)."""
    return _weekday_fitting(_short_year_dates(evidence))


def _short_year_dates(evidence: str) -> Iterator[tuple[Published | None, dict]]:
    """Each `_SHORT_YEAR_DATE` of `evidence` as built (00-69 are 2000-2069, 70-99 1970-1999), with its parts."""
    for match in _SHORT_YEAR_DATE.finditer(evidence):
        parts = match.groupdict()
        short = int(parts["short_year"])
        yield _build(2000 + short if short < 70 else 1900 + short, MONTHS[parts["month"].casefold().rstrip(".")],
                     int(parts["day"]), parts, evidence, inferred=False), parts


_FIRST_OF_1399 = date(2020, 3, 20)     # 1 Farvardin 1399, the anchor of the conversion below


def _solar_year_days(year: int) -> int:
    """366 in a leap year of the Solar Hijri calendar: in its 33-year cycle (exact for 1343-1472,
    1964-2093), the years whose remainder by 33 is 1, 5, 9, 13, 17, 22, 26 or 30."""
    return 366 if year % 33 in (1, 5, 9, 13, 17, 22, 26, 30) else 365


def _parse_solar_hijri(evidence: str) -> Published | None:
    """"سه‌شنبه ۲۹ بهمن ۱۳۹۸" (Tuesday 29 Bahman 1398) -> 2020-02-18: Iranian and Afghan pages date
    in the Solar Hijri calendar, converted here by counting days from a known Nowruz."""
    from datetime import timedelta

    match = _SOLAR_DATE.search(evidence.translate(_PERSIAN_LETTERS))
    if match is None:
        return None
    year, month, day = int(match["year"]), SOLAR_MONTHS[match["month"]], int(match["day"])
    if not 1343 <= year <= 1472:
        return None                      # outside the years the leap rule below is exact for
    if not 1 <= day <= (31 if month <= 6 else 30 if month <= 11 else _solar_year_days(year) - 336):
        return None
    offset = (month - 1) * 31 - max(0, month - 7) + day - 1
    if year >= 1399:
        offset += sum(_solar_year_days(y) for y in range(1399, year))
    else:
        offset -= sum(_solar_year_days(y) for y in range(year, 1399))
    return _build_day(_FIRST_OF_1399 + timedelta(days=offset), match.groupdict(), evidence)


def _order_numeric(first: int, second: int, sep: str, dayfirst: bool = False) -> tuple[int, int]:
    """(month, day) of a numeric date: unambiguous when one part exceeds 12, else by separator (US
    slashes month-first) unless the page's language writes the day first (every language but English)."""
    if first > 12:
        return second, first
    if second > 12:
        return first, second
    return (first, second) if sep.strip() == "/" and not dayfirst else (second, first)  # US slashes, European dots and dashes


# the first letter of an afternoon or a morning marker: p.m., Greek μ.μ./π.μ., Arabic م/ص, Persian ب.ظ/ق.ظ
_PM, _AM = ("p", "μ", "م", "ب"), ("a", "π", "ص", "ق")


def _clock(parts: dict) -> tuple[int, int] | None:
    if not parts.get("hour"):
        return None
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts.get("ampm") or "").casefold()
    if ampm.startswith(_PM) and hour < 12:
        hour += 12
    elif ampm.startswith(_AM) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _build(year: int, month: int, day: int, parts: dict, evidence: str, *, inferred: bool) -> Published | None:
    try:
        day_date = date(year, month, day)
    except ValueError:
        return None
    return _build_day(day_date, parts, evidence, inferred=inferred)


def _build_day(day_date: date, parts: dict, evidence: str, *, inferred: bool = False) -> Published:
    clock = _clock(parts)
    if clock is None:
        return Published(day_date.isoformat(), "day", evidence, inferred)
    return Published(f"{day_date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}", "minute", evidence, inferred)


def _parse_partial(evidence: str, context: str, reference: date | datetime | None) -> Published | None:
    match = _WEEKDAY_DAY.search(evidence)
    month = None
    if match is None:
        match = _DAY_MONTH.search(evidence)
        if match is not None:
            month = MONTHS[(match["month"] or match["month2"]).casefold().rstrip(".")]
    if match is None:
        match = _CJK_MONTH_DAY.search(evidence)
        if match is None:
            return None
        month = int(match["nmonth"])
    parts = match.groupdict()
    parts["day"] = parts["day"] or parts.get("day2")
    clock = _clock(parts)
    named = parts.get("weekday") or parts.get("weekday2")
    weekday = WEEKDAYS[named.casefold().rstrip(".")] if named else _CJK_WEEKDAYS.get(parts.get("cjk_weekday") or "")
    return resolve_partial(
        day=int(parts["day"]),
        weekday=weekday,
        month=month,
        hour=clock[0] if clock else None,
        minute=clock[1] if clock else None,
        context=context,
        reference=reference,
        evidence=evidence,
    )


_TODAY = (r"today|сегодня|сьогодні|днес|σήμερα|dnes|heute|hoy|hoje|aujourd'hui|aujourd’hui|oggi|dzisiaj|dziś|bugün|astăzi|"
          r"azi|danas|vandaag|i ?dag")
_YESTERDAY = r"yesterday|вчера|вчора|včera|gestern|ayer|ontem|hier|ieri|wczoraj|dün|jučer|juče|gisteren|i ?går"
_RELATIVE_DAY = re.compile(rf"(?<!\w)(?:(?P<today>{_TODAY})|(?P<yesterday>{_YESTERDAY}))(?!\w),?\s*(?:{_TIME})?", re.I)
_UNITS = {"minute": ("min", "мин", "хв", "minut", "minuto"), "hour": ("hour", "hr", "час", "годин", "stund", "hora", "heure", "sat", "sati", "godzin", "uur"),
          "day": ("day", "дн", "день", "дня", "tag", "día", "dia", "jour", "gün", "dan", "dni")}
_AGO = re.compile(r"(?:(?:hace|il y a|vor|há|prije|před|temu)\s+)?(?P<count>\d{1,3})\s*(?P<unit>[^\W\d_]+)\.?\s*"
                  r"(?P<ago>ago|назад|тому|önce|geleden|siden|sedan|fa|temu)?", re.I)


# "today" with the day's date in brackets after it: "Arrested today (19.08.2020) at dawn", "σήμερα (19.08.2020)"
_TODAY_NAMED = re.compile(rf"(?<!\w)(?:{_TODAY})(?!\w)\s*\(([^()]{{6,40}})\)", re.I)


def today_named(text: str, language: str | None = None, dayfirst: bool | None = None) -> Published | None:
    """The date a text gives for its own "today" ("Συνελήφθη σήμερα (19.08.2020) τα ξημερώματα",
    "said today (Wednesday 19 August 2020)"), the way press releases and police reports open:
    the day it was written. A complete day only; a bracket without one ("today (Monday)") is none."""
    for match in _TODAY_NAMED.finditer(text):
        found = parse_date(match[1], partial=False, language=language, dayfirst=dayfirst)
        if found is not None and found.precision in ("day", "minute"):
            return Published(found.iso[:10], "day", match[0])
    return None


# a clock time with its am/pm or its time zone ("9:27 am", "18:42 GMT"); a bare "3:14" is as often a video's length
_BARE_CLOCK = re.compile(rf"\W*{_TIME}(?:\s*(?P<zone>[A-Z]{{2,4}}))?\W*")


def clock_only(text: str) -> bool:
    """Whether `text` is a clock time alone with its am/pm or time zone ("9:27 am", "18:42 GMT")."""
    clock = _BARE_CLOCK.fullmatch(" ".join(_ascii_digits(text).split()))
    return clock is not None and bool(clock["ampm"] or clock["zone"])


def _today_at(parts: dict, reference: date | datetime, evidence: str) -> Published | None:
    clock = _clock(parts)
    if clock is None:
        return None
    day = reference.date() if isinstance(reference, datetime) else reference
    return Published(f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}", "minute", evidence, inferred=True)


def _parse_relative(evidence: str, reference: date | datetime) -> Published | None:
    """"Today, 12:30", "вчера в 16:19", "Hier à 19:20", "16 hours ago", "hace 3 horas", counted back
    from `reference` (when the page was fetched, or the day its masthead prints); a day word counts
    only with a clock time. A count of hours or minutes ("16 hours ago", "vor 23 Minuten") gives
    the day only: sites round it down ("16 hours" is 16 to 17) and the fetch time is not the moment
    the page was printed, so no minute is known; when the hour it rounds leaves two days possible
    (it straddles midnight), none is given. Counted from a fetch time, the evidence says so."""
    from datetime import timedelta

    moment = reference if isinstance(reference, datetime) else datetime(reference.year, reference.month, reference.day)
    counted = _counted_from_fetch(evidence, reference)
    match = _RELATIVE_DAY.search(evidence)
    if match is not None and match["hour"]:
        clock = _clock(match.groupdict())
        if clock is None:
            return None
        day = moment.date() - timedelta(days=1 if match["yesterday"] else 0)
        return Published(f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}", "minute", counted, inferred=True)
    for match in _AGO.finditer(evidence):
        if not (match["ago"] or re.match(r"hace|il y a|vor|há|prije|před", match[0], re.I)):
            continue
        unit = next((name for name, stems in _UNITS.items() if match["unit"].casefold().startswith(stems)), None)
        if unit is None:
            continue
        if unit != "day" and not isinstance(reference, datetime):
            return None   # "16 hours ago" from a day without its hour: the day itself is unknown
        count = int(match["count"])
        latest = moment - timedelta(**{f"{unit}s": count})
        if unit != "day" and (moment - timedelta(**{f"{unit}s": count + 1}) + timedelta(seconds=1)).date() != latest.date():
            return None   # "3 hours ago" fetched at 03:30: the day before or the day itself
        return Published(latest.date().isoformat(), "day", counted, inferred=True)
    return None


def _counted_from_fetch(evidence: str, reference: date | datetime) -> str:
    """The evidence of a date counted from `reference`: with the fetch time it was counted from (a
    datetime: `fetch_reference`); as it is when counted from a day the page prints (its masthead,
    whose reader records it)."""
    if isinstance(reference, datetime):
        return f"{evidence} [counted from the fetch time {reference.isoformat()}]"
    return evidence


_dateparsers: dict[str, Any] = {}


def _parse_with_dateparser(evidence: str, language: str) -> Published | None:
    """dateparser for the shapes our regexes do not know; one parser per language, since letting it
    try every locale costs about a second per string."""
    parser = _dateparsers.get(language)
    if parser is None:
        from dateparser.date import DateDataParser

        # no relative or timestamp parsers: "Dnes 9:44" ("today") would be read against the wall clock
        settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "STRICT_PARSING": True,
                    "PARSERS": ["custom-formats", "absolute-time"]}
        try:
            parser = DateDataParser(languages=[language], settings=settings)
        except ValueError:  # a language dateparser does not know
            parser = _dateparsers.get("en") or DateDataParser(languages=["en"], settings=settings)
        _dateparsers[language] = parser
    try:
        data = parser.get_date_data(evidence)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; a non-date is simply None
        return None
    if data is None or data.date_obj is None:
        return None
    moment = data.date_obj
    if data.period == "time":
        return Published(moment.strftime("%Y-%m-%dT%H:%M"), "minute", evidence)
    if data.period == "day":
        return Published(moment.date().isoformat(), "day", evidence)
    if data.period == "month":
        return Published(moment.strftime("%Y-%m"), "month", evidence)
    return Published(str(moment.year), "year", evidence)


# ---------------------------------------------------------------------------------------------
# Completing partial dates from the article's own context

@dataclass(frozen=True, slots=True)
class _Mention:
    month: int
    day: int | None
    year: int | None
    text: str


_CONTEXT_MONTH_DAY = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{_MONTH_RE})\b\.?"
    rf"|(?P<month2>{_MONTH_RE})\b\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?",
    re.I,
)
_CONTEXT_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|until|by|from|early|late|mid|end of|beginning of|last|this|of)[\s-]+"
    rf"(?P<month>{_MONTH_RE})\b(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?",
    re.I,
)
_CONTEXT_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_RELATIVE = {
    "last_month": re.compile(r"\b(?:last|previous|past) month\b", re.I),
    "this_month": re.compile(r"\b(?:this|earlier this|later this) month\b", re.I),
    "recent": re.compile(r"\b(?:last|this|earlier this) week\b|\byesterday\b|\bdays? ago\b", re.I),
    "last_year": re.compile(r"\blast year\b", re.I),
}


_ORDINARY_WORDS = {"may", "march", "mar", "august", "sat", "sun", "wed", "mai", "mei", "ad", "jun", "dec"}


def _context_mentions(context: str) -> list[_Mention]:
    mentions = []
    for match in _CONTEXT_MONTH_DAY.finditer(context):
        name = match["month1"] or match["month2"]
        if name.casefold() in _ORDINARY_WORDS and not name[0].isupper():
            continue  # "may", "march" as ordinary words
        day = int(match["day1"] or match["day2"])
        if 1 <= day <= 31:
            mentions.append(_Mention(MONTHS[name.casefold()], day, int(match["year"]) if match["year"] else None, match[0]))
    for match in _CONTEXT_MONTH_ONLY.finditer(context):
        name = match["month"]
        if (name[0].isupper() or name.casefold() not in _ORDINARY_WORDS) and len(name) > 3:
            mentions.append(_Mention(MONTHS[name.casefold()], None, int(match["year"]) if match["year"] else None, match[0]))
    return mentions


_SAME_FIT = 0.35     # candidates this close fit the body equally: what separates them is the year-back cost alone


def resolve_partial(
    *,
    day: int,
    weekday: int | None = None,
    month: int | None = None,
    hour: int | None = None,
    minute: int | None = None,
    context: str = "",
    reference: date | datetime | None = None,
    evidence: str = "",
) -> Published | None:
    """Complete a date that lacks its month and/or year, using the weekday and the context.

    Candidates are every (year, month) up to the reference in which `day` exists (and falls on
    `weekday`, and is in `month`, when given). Each is scored by how well it fits the context:
    dates named in the body should lie shortly before publication ("began on August 6"),
    relative phrases must hold ("last month" -> some named date in the previous month), and years
    named in the body should be close, and the page is more likely recent (a small cost per year before
    the reference), which also breaks ties. Without a weekday or a reference, a date that fits two
    years the body names equally well (only the year-back cost between them) is no date.
    """
    if not 1 <= day <= 31:
        return None
    mentions = _context_mentions(context)
    years = [int(y) for y in _CONTEXT_YEAR.findall(context)]
    cues = {name for name, pattern in _RELATIVE.items() if pattern.search(context)}
    limit = _upper_limit(reference, years, mentions)
    if limit is None:
        return None
    best: tuple[float, date] | None = None
    by_year: dict[int, float] = {}
    for year in range(limit.year - 30, limit.year + 1):
        for candidate_month in range(1, 13) if month is None else (month,):
            try:
                candidate = date(year, candidate_month, day)
            except ValueError:
                continue
            if candidate > limit or (weekday is not None and candidate.weekday() != weekday):
                continue
            # a page is most likely from shortly before the reference: 0.3 per year back
            cost = _fit_cost(candidate, mentions, years, cues) + 0.3 * (limit - candidate).days / 365
            by_year[year] = min(by_year.get(year, cost), cost)
            if best is None or cost < best[0]:
                best = (cost, candidate)
    if best is None:
        return None
    if reference is None and weekday is None and best[1].year in years and any(
            year != best[1].year and year in years and cost - best[0] < _SAME_FIT for year, cost in by_year.items()):
        return None    # "Nov 19" on a page naming 2019 and 2020 (an election ahead): nothing tells the year
    iso = best[1].isoformat()
    timed = hour is not None and minute is not None
    if timed:
        iso = f"{iso}T{hour:02d}:{minute:02d}"
    used = [m.text for m in mentions][:4] + [cue[0] for name in sorted(cues) if (cue := _RELATIVE[name].search(context))]
    detail = "; ".join(dict.fromkeys(used)) or "no dates in the body: latest matching date"
    return Published(iso, "minute" if timed else "day", f"{evidence} [completed from: {detail}]", inferred=True)


def _upper_limit(reference: date | datetime | None, years: list[int], mentions: list[_Mention]) -> date | None:
    """The latest date the page can have: its fetch time, else the year after the latest year it
    names; None when it has neither (never today's date: results must not change with the clock)."""
    if isinstance(reference, datetime):
        return reference.date()
    if isinstance(reference, date):
        return reference
    named = years + [m.year for m in mentions if m.year]
    if named:
        return date(max(named) + 1, 12, 31)
    return None


def _resolve_mention(mention: _Mention, candidate: date) -> date:
    day = mention.day or 1
    if mention.year is not None:
        try:
            return date(mention.year, mention.month, day)
        except ValueError:
            return date(mention.year, mention.month, 1)
    for year in (candidate.year, candidate.year - 1, candidate.year - 2):
        try:
            resolved = date(year, mention.month, day)
        except ValueError:
            continue
        if resolved <= candidate:
            return resolved
    return date(candidate.year - 1, mention.month, 1)


def _fit_cost(candidate: date, mentions: list[_Mention], years: list[int], cues: set[str]) -> float:
    cost = 0.0
    resolved = [_resolve_mention(m, candidate) for m in mentions]
    past = [(candidate - d).days for d in resolved if d <= candidate]
    if resolved:
        cost += min(past) / 30 if past else 3.0
        cost += 2.0 * (len(resolved) - len(past)) / len(resolved)
    month_index = candidate.year * 12 + candidate.month
    months_back = {month_index - (d.year * 12 + d.month) for d in resolved}
    if "last_month" in cues and 1 not in months_back:
        cost += 1.5
    if "this_month" in cues and 0 not in months_back:
        cost += 1.5
    if "recent" in cues and not any(0 <= days <= 14 for days in past):
        cost += 0.5
    if years:
        cost += min(3.0, 0.5 * min(abs(candidate.year - y) for y in years))
        if "last_year" in cues and candidate.year - 1 not in years:
            cost += 1.0
    return cost
