"""Numbers in running English text: where they are, what value they have, which unit is written
next to them, and whether the text hedges them as approximate.

Written by hand because the maintained parsers answer other questions: dateparser reads dates,
spaCy's `like_num` says a token looks numeric but not what it is worth ("1.2 million", "$5bn",
"twenty-five", "dozens", "a third"), and quantity libraries (quantulum3, CQE) pull in model
weights this project does not ship. This module is pure text; `figures` adds the grammar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .hedges import APPROX_WORDS

__all__ = ["NumberMention", "find_numbers", "parse_number", "range_low", "range_start", "NUMBER_PATTERN", "WORD_NUMBERS"]

_UNITS_0_19 = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
               "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_NUMBERS: dict[str, int] = {word: n for n, word in enumerate(_UNITS_0_19)} | _TENS
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mil": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
           "k": 1_000, "tn": 1_000_000_000_000}
# Plural round numbers: a vague quantity, read at its conservative lower bound, as ACLED codes
# fatalities ("dozens" 12, "hundreds" 100) and as NewsQuant's gold ranges start ("hundreds" is
# 100-1000). The one reading for every stage: figures, events and stories all call parse_number.
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "tens of thousands": 10_000,
          "hundreds of thousands": 100_000, "millions": 1_000_000, "billions": 1_000_000_000}
_FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
              "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "a tenth": 10.0, "one tenth": 10.0}

_CURRENCY_SYMBOLS = {"us$": "USD", "$us": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "$a": "AUD", "c$": "CAD",
                     "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "usd": "USD", "eur": "EUR", "gbp": "GBP",
                     "rub": "RUB", "uah": "UAH", "jpy": "JPY", "cny": "CNY", "rm": "MYR", "rs": "INR", "rs.": "INR",
                     "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₪": "ILS"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound sterling": "GBP",
                   "pounds sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
                   "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "yuan": "CNY", "renminbi": "CNY",
                   "yen": "JPY", "shekel": "ILS", "shekels": "ILS", "rupee": "INR", "rupees": "INR",
                   "ringgit": "MYR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "uah": "UAH"}
# Measure words after a number -> normalised unit. Longest first so "square miles" beats "miles".
_MEASURES: tuple[tuple[str, str], ...] = (
    (r"square\s+kilomet(?:er|re)s?|sq\.?\s*km|km2|km²|square\s+km", "km2"),
    (r"square\s+miles?|sq\.?\s*mi(?:les?)?", "mi2"),
    (r"square\s+met(?:er|re)s?|sq\.?\s*m|m2|m²", "m2"),
    (r"square\s+f(?:ee|oo)t|sq\.?\s*ft", "ft2"),
    (r"hectares?|ha", "ha"), (r"acres?", "acre"),
    (r"percentage\s+points?", "percentage point"), (r"per\s*cent|percent|pct|%", "percent"),
    (r"basis\s+points?|bps", "basis point"),
    (r"kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour|km/h|kph", "km/h"), (r"miles?\s+(?:per|an)\s+hour|mph", "mph"),
    (r"kilomet(?:er|re)s?|km", "km"), (r"miles?|mi", "mi"), (r"millimet(?:er|re)s?|mm", "mm"),
    (r"centimet(?:er|re)s?|cm", "cm"), (r"met(?:er|re)s?|m", "m"), (r"f(?:ee|oo)t|ft", "ft"),
    (r"yards?|yd", "yd"), (r"inch(?:es)?", "in"),
    (r"metric\s+tons?|tonnes?|tons?", "t"), (r"kilo(?:gram(?:me)?)?s?|kg", "kg"), (r"grams?|g", "g"),
    (r"pounds?|lbs?", "lb"), (r"millilit(?:er|re)s?|ml", "ml"), (r"litres?|liters?|l", "l"), (r"gallons?", "gal"),
    (r"gigahertz|ghz", "GHz"), (r"megahertz|mhz", "MHz"), (r"kilohertz|khz", "kHz"),
    (r"barrels?\s+(?:per|a)\s+day|bpd", "bbl/d"), (r"barrels?", "bbl"),
    (r"megawatts?|mw", "MW"), (r"gigawatts?|gw", "GW"), (r"kilowatts?|kw", "kW"), (r"watts?", "W"),
    (r"(?:degrees?\s+)?(?:celsius|centigrade)|°c", "°C"), (r"(?:degrees?\s+)?fahrenheit|°f", "°F"), (r"degrees?|°", "degree"),
    (r"milligrams?|mg", "mg"), (r"micromet(?:er|re)s?|μm|microns?", "μm"), (r"hertz|hz", "Hz"),
    (r"miles?\s+per\s+gallon|mpg", "mpg"), (r"parts?\s+per\s+million|ppm", "ppm"), (r"parts?\s+per\s+billion|ppb", "ppb"),
    (r"horsepower|hp", "hp"), (r"gigabytes?|gb", "GB"), (r"terabytes?|tb", "TB"), (r"megabytes?|mb", "MB"),
    (r"calibre|caliber", "calibre"),
)
_MEASURE = re.compile(r"(?:-|\s*)(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_MEASURES)) + r")(?![\w])", re.I)

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = r"(?:" + "|".join(sorted(WORD_NUMBERS , key=len, reverse=True)) + r")"
# "two hundred", "three thousand", "two dozen": a spelled number with its scale words ("N dozen" is 12N)
_WORDNUM = rf"{_WORD}(?:[- ]{_WORD})?(?:\s+(?:hundred|thousand|million|billion|dozen)(?:\s+(?:and\s+)?{_WORD}(?:[- ]{_WORD})?)?)*"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|mil|m|b|k|tn)\b)"
_SYMBOL = r"(?:US\$|\$US|AU\$|A\$|\$A|C\$|CA\$|HK\$|NZ\$|S\$|\$|€|£|¥|₹|₽|₴|₪|(?:USD|EUR|GBP|RUB|UAH|JPY|CNY|RM|Rs\.?)(?=\s?\d))"
# "half a dozen", "half-a-dozen", "a half-dozen": six, never the dozen written inside it
_HALF_DOZEN = r"(?:a\s+)?half(?:(?:\s+|-)a(?:\s+|-)|[- ])dozen"
_NUMBER = re.compile(
    rf"(?<![\w.,/:])(?<![A-Za-z][-\u2212])(?P<symbol>{_SYMBOL}\s?)?"
    rf"(?:(?P<digits>{_DIGITS})(?P<scale>{_SCALE})?"
    rf"|(?P<fraction>(?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|tenth)|half)(?=\s+(?:of|the)\b)"
    rf"|(?P<words>(?:{_HALF_DOZEN}|an?\s+(?:hundred|thousand|million|billion|dozen)|{_WORDNUM}|a\s+dozen)"
    rf"(?:\s+(?:million|billion))?)(?![\w-])"
    rf"|(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions)(?![\w]))"
    , re.I)
# A number as written, for stages that embed it in their own patterns (deaths, areas of ground):
# digits with an optional scale word, vague plurals ("dozens of"), "a hundred", and English
# number words with hyphenated compounds ("Twenty-two", "three hundred"). Compile with re.I.
NUMBER_PATTERN = (rf"(?:{_DIGITS})(?:\s+(?:hundred|thousand|million|billion))?"
                  r"|(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)(?:\s+of)?"
                  rf"|{_HALF_DOZEN}|an?\s+(?:hundred|thousand|dozen)"
                  rf"|(?:{_WORDNUM})(?![\w-])")
_APPROX = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(APPROX_WORDS, key=len, reverse=True)) + r")\s*$", re.I)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in a text, with any currency, measure word and approximation written with it."""

    start: int            # from the approximation word or currency symbol, when there is one
    end: int              # to the end of the measure word or currency word, when there is one
    number_start: int     # the number itself ("1,300", "ten", "$5bn" -> "5bn")
    number_end: int
    value: float
    approx: bool
    unit: str | None      # "km2", "percent", "USD", ... or None when the unit is a counted noun
    vague: bool = False   # "dozens", "hundreds": coded at the lower bound


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or English words, with scale words.

    >>> [parse_number(t) for t in ("1,300", "ten", "twenty-five", "1.2 million", "5bn", "a dozen", "three hundred")]
    [1300.0, 10.0, 25.0, 1200000.0, 5000000000.0, 12.0, 300.0]
    >>> [parse_number(t) for t in ("half a dozen", "a half-dozen", "half dozen", "half-a-dozen")]
    [6.0, 6.0, 6.0, 6.0]
    >>> [parse_number(t) for t in ("two dozen", "Three dozen", "four dozen")]
    [24.0, 36.0, 48.0]
    """
    text = " ".join(text.strip().lower().replace("\u2009", "").split())
    text = text.removesuffix(" of") if text.endswith(("s of", "dozen of")) else text
    match = re.fullmatch(rf"({_DIGITS})\s*(hundred|thousand|million|billion|trillion|bn|mn|mil|m|b|k|tn)?", text)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _SCALES[match.group(2)] if match.group(2) else value
    if text in _VAGUE:
        return float(_VAGUE[text])
    if text in _FRACTIONS:
        return _FRACTIONS[text]
    if re.fullmatch(_HALF_DOZEN, text):
        return 6.0
    return _parse_words(text)


def _parse_words(text: str) -> float | None:
    words = re.split(r"[\s-]+", text.replace(" and ", " "))
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    total, current, seen = 0, 0, False
    for word in words:
        if word in WORD_NUMBERS:
            current += WORD_NUMBERS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text` with its value, in order. Ordinals, times ("11:40"), numbers glued
    to letters ("5G", "Su-34", "COVID-19") and telephone-like digit runs are not returned; dates
    and years are left to the caller, which knows the sentence."""
    found = []
    for match in _NUMBER.finditer(text):
        mention = _mention(text, match)
        if mention is not None:
            found.append(mention)
    return _share_range_units(text, found)


_RANGE_JOIN = re.compile(r"\s*(?:to|and|or|-|\u2013|\u2014)\s*", re.I)
_RANGE_BEFORE = re.compile(r"(?<![\w-])(?P<between>between\s+)?(?P<first>" + NUMBER_PATTERN + r")(?P<join>"
                           + _RANGE_JOIN.pattern + r")$", re.I)
_RISE_FROM = re.compile(r"\bfrom\s+$", re.I)
_SCALE_WORD = re.compile(r"\b(hundred|thousand|million|billion|trillion)\b|(?<=\d)(bn|mn|m|b|k|tn)\b", re.I)


def range_start(text: str, end: int) -> float | None:
    """The first number of a range whose second number starts at `end` ("five to seven", "5-7",
    "between 5 and 7"), None when no range ends there. "and" joins a range only after "between"
    ("two and three soldiers" are two groups). A scale written only after the second number is the
    first's too ("two to three hundred": 200).

    >>> [range_start(t, t.index("7")) for t in ("Five to 7 killed", "5-7 killed", "between 5 and 7", "5 and 7",
    ...                                         "rose from 5 to 7")]
    [5.0, 5.0, 5.0, None, None]
    >>> range_start("Two to three hundred", 7)
    200.0
    """
    before = _RANGE_BEFORE.search(text, 0, end)
    if before is None or (before.group("join").strip().lower() == "and" and not before.group("between")) \
            or _RISE_FROM.search(text, 0, before.start()):
        return None                     # "the toll rose from 5 to 7": a rise, not a range
    second = re.match(NUMBER_PATTERN, text[end:], re.I)
    first = parse_number(before.group("first"))
    if first is None or second is None:
        return first
    return _scaled_like(before.group("first"), first, second.group(0), parse_number(second.group(0)))


_RANGE_AFTER = re.compile(r"(?P<first>" + NUMBER_PATTERN + r")(?P<join>" + _RANGE_JOIN.pattern + r")(?P<second>"
                          + NUMBER_PATTERN + r")(?![\w-])", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def range_low(text: str, start: int) -> float | None:
    """The low end of a range whose first number starts at `start`, with the scale written only after
    its second number ("Two to three hundred": 200, "5-7": 5, "between two and three thousand":
    2000), None when no range starts there (a rise "from 5 to 7", "two and three soldiers" with no
    "between": two groups). A range read at its conservative end, as ACLED codes a toll.

    >>> [range_low(t, 0) for t in ("Two to three hundred killed", "5-7 killed", "two or three thousand",
    ...                           "two and three soldiers", "twelve killed")]
    [200.0, 5.0, 2000.0, None, None]
    >>> range_low("between two and three hundred", 8), range_low("rose from 5 to 7", 10)
    (200.0, None)
    """
    match = _RANGE_AFTER.match(text, start)
    if match is None or _RISE_FROM.search(text, 0, start) or \
            (match.group("join").strip().lower() == "and" and not _BETWEEN_BEFORE.search(text, 0, start)):
        return None
    first, second = parse_number(match.group("first")), parse_number(match.group("second"))
    if first is None or second is None:
        return None
    return _scaled_like(match.group("first"), first, match.group("second"), second)


def _scaled_like(first_text: str, first: float, second_text: str, second: float | None) -> float:
    """The first number of a range with the scale word written only after the second ("3 to 5 million",
    "two to three hundred"), unless the first is already as large ("$200 to $4 million")."""
    first_scale = _SCALE_WORD.search(first_text)
    second_scale = _SCALE_WORD.search(second_text)
    if second is not None and second_scale and not first_scale:
        multiplier = _SCALES[(second_scale.group(1) or second_scale.group(2)).lower()]
        if first < second / multiplier:
            return first * multiplier
    return first


def _share_range_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """"5 to 7 per cent", "between 3 and 5 million", "$3-5bn": the first number of a range takes
    the unit and scale written only after the second."""
    shared = list(found)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if not _RANGE_JOIN.fullmatch(text[first.number_end:second.start]) or first.end > first.number_end:
            continue
        unit = first.unit or second.unit
        value = _scaled_like(text[first.number_start:first.number_end], first.value,
                             text[second.number_start:second.number_end], second.value)
        shared[index] = NumberMention(first.start, first.end, first.number_start, first.number_end, value,
                                      first.approx, unit, first.vague)
    return shared


def _mention(text: str, match: re.Match) -> NumberMention | None:
    raw = match.group(0)
    symbol = (match.group("symbol") or "").strip()
    number_start = match.start() + len(match.group("symbol") or "")
    after = text[match.end():match.end() + 3]
    if re.match(r"(?:st|nd|rd|th)\b|:\d|[.,]\d|-[A-Za-z]+\d", after) or _phone_like(text, match):
        return None
    glued = _MEASURE.match(text, match.end()) if match.group("digits") else None
    if re.match(r"[A-Za-z]", after) and not (glued and glued.end() - match.end() >= 2):
        return None      # "5G", "X6", "24h7": letters glued to the number that are not a unit
    vague = match.group("vague") is not None
    fraction = match.group("fraction") is not None
    value = parse_number(raw[len(match.group("symbol") or ""):])
    if value is None:
        return None
    start, end = match.start(), match.end()
    sign = re.search(r"(?:^|(?<=[\s(]))(?:minus\s+|[-\u2212])$", text[max(0, start - 6):start], re.I)
    if sign and match.group("digits"):
        value, start = -value, start - len(sign.group(0))
    unit = _CURRENCY_SYMBOLS.get(symbol.lower()) if symbol else None
    if fraction:
        unit = "percent"
    if unit is None:
        measure = _MEASURE.match(text, end)
        if measure:
            unit = next(_MEASURES[int(name[1:])][1] for name, val in measure.groupdict().items() if val)
            end = measure.end()
        else:
            currency = re.match(r"\s+(?:(?:US|Australian|Canadian|Hong Kong)\s+)?([A-Za-z]+(?:\s+sterling)?)\b", text[end:end + 30])
            if currency and currency.group(1).lower() in _CURRENCY_WORDS:
                unit = _CURRENCY_WORDS[currency.group(1).lower()]
                end = end + currency.end()
    approx_match = _APPROX.search(text[max(0, start - 24):start])
    approx = bool(approx_match) or vague
    if approx_match:
        start = max(0, start - 24) + approx_match.start()
    return NumberMention(start, end, number_start, match.end(), value, approx, unit, vague)


def _phone_like(text: str, match: re.Match) -> bool:
    window = text[max(0, match.start() - 6):match.end() + 12]
    return bool(re.search(r"\+?\(?\d{2,4}\)?[\s.-]\d{2,4}[\s.-]\d{2,5}", window)) and not re.search(r"\d,\d{3}", match.group(0))
