"""Hedges and qualifiers: the words with which a text distances itself from a claim or a number.

Written by hand: a lexicon of English hedging and evidential markers (reporting-verb doubt,
unverifiability, rumour) as used in news about conflicts, and the qualifiers that make a number
approximate or a bound ("about", "at least", "up to"). The one lexicon of both: quotes, figures,
numbers, control and casualty claims and the events' fatalities all read it from here.
"""
from __future__ import annotations

import re

__all__ = ["HEDGE_TERMS", "find_hedges", "APPROX_WORDS", "QUALIFIER_PATTERN", "SPECULATIVE_PAST"]

# Each entry is a regular expression over lower-cased text; the reported hedge is the matched words.
HEDGE_TERMS: tuple[str, ...] = (
    r"claim(?:s|ed)?",
    r"alleg(?:e|es|ed|edly|ation|ations)",
    r"reportedly",
    r"purportedly",
    r"supposedly",
    r"apparently",
    r"unconfirmed",
    r"unverif(?:ied|iable)",
    r"could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)",
    r"cannot (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)",
    r"(?:was|were|has|have|had) not (?:been )?(?:independently )?(?:verified|confirmed)",
    r"not (?:been )?independently (?:verified|confirmed)",
    r"disput(?:e|es|ed|ing)",
    r"contested",
    r"denied|denies|deny",
    r"rumou?r(?:s|ed)?",
    r"may have|might have|could have",
    r"it is (?:un)?clear",
    r"remains? (?:un)?clear",
    r"uncertain",
    r"according to (?:unnamed|anonymous) (?:sources?|officials?)",
    r"(?:unnamed|anonymous) (?:sources?|officials?)",
    r"is said to|are said to|was said to|were said to",
    r"is believed to|are believed to|was believed to|were believed to",
    r"estimated|estimates?",
    r"propaganda",
    r"unsubstantiated",
    r"without (?:providing |offering |giving )?(?:any )?evidence",
    r"so-called",
    r"purported",
    r"suspected",
    r"possibly",
    r"(?:appears?|appeared|seems?|seemed) to",
    r"could not (?:immediately )?(?:be )?(?:reached|verified|confirmed)",
)
# Qualifiers of a number: it is approximate, or a bound ("at least 12", "up to 50", "nearly half").
APPROX_WORDS = ("approximately", "around", "about", "nearly", "almost", "some", "up to", "more than", "over",
                "roughly", "at least", "less than", "fewer than", "as many as", "close to", "an estimated",
                "estimated", "approx.", "circa", "just over", "just under", "upwards of", "in excess of",
                "at most", "no fewer than", "no less than", "as much as", "as few as", "~", "nearly half")
# The worded qualifiers as one regular-expression alternation, longest first ("nearly half" before "nearly").
# "may have been hit", "could have killed": a past act guessed at, not reported
SPECULATIVE_PAST = r"\b(?:may|might|could) have"
QUALIFIER_PATTERN = "|".join(re.escape(w) for w in sorted(APPROX_WORDS, key=len, reverse=True) if w[:1].isalpha())
_HEDGE = re.compile(r"\b(?:" + "|".join(HEDGE_TERMS) + r")\b", re.I)


def find_hedges(text: str) -> tuple[str, ...]:
    """The hedges in `text`, lower-cased, in order of appearance, each once.

    >>> find_hedges("The ministry claims 12,000 were killed, although such figures are disputed and unverifiable.")
    ('claims', 'disputed', 'unverifiable')
    """
    seen: dict[str, None] = {}
    for match in _HEDGE.finditer(text):
        seen.setdefault(match.group(0).lower(), None)
    return tuple(seen)
