"""The one name cleaner: the name inside the words a text uses for a source, applied where the
name is found (entities, quotes' speakers, events' claimants and outlet chains).

    "an article in The Washington Post (WP)" -> "The Washington Post"
    "Mr. Alaudinov's"                       -> "Alaudinov"

Written by hand: a few rules over the phrase. `is_unnamed` tells a named source from "analysts"
or "Ukrainian officials", which name no one: a claim of theirs counts for the outlet relaying it.
"""
from __future__ import annotations

import re

from .nationalities import names_no_one
from .sentences import ABBREVIATIONS

__all__ = ["clean_name", "is_unnamed", "is_unnamed_commentator", "COMMENTATORS"]

_REPORT_OF = re.compile(r"^(?:an?\s+|the\s+)?(?:report|statement|article|interview|post|story|analysis|"
                        r"assessment|briefing)s?\s+(?:by|from|in|with|of)\s+", re.I)
# an owner that is the place the story is about, not a name: "the territory's civil defence agency"
_PLACE_OWNER = re.compile(r"^(?:the\s+)?(?:territory|country|region|province|state|city|nation|enclave|island|"
                          r"district|capital)(?:'s|’s)\s+(?=\w)", re.I)
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Col|Lt|Sgt|Prof)\.?\s+")
# the sentence's full stop after a name ("according to the Defence Ministry."): after a word of two
# letters or more that is not an abbreviation ("U.S.", "Acme Inc.", "Martin Luther King Jr.")
_FULL_STOP = re.compile(r"(?<!\w)([^\W\d_]{2,})\.$")
# Sources that name no one in particular; the first are people who comment on events rather than
# witness or take part in them.
COMMENTATORS = ("analysts", "experts", "observers", "commentators")
_GENERIC = frozenset(COMMENTATORS + tuple("officials sources residents witnesses reports media bloggers critics "
                                          "people authorities commanders troops forces soldiers units "
                                          "diplomats".split()))


def clean_name(text: str) -> str:
    """The name in a source phrase, without "a report by", a trailing "(WP)", a possessive, an
    honorific or the sentence's full stop; "The" stays when it is part of the name.

    >>> clean_name("a report by The Washington Post (WP)"), clean_name("Mr. Alaudinov's")
    ('The Washington Post', 'Alaudinov')
    >>> clean_name("Interior Ministry."), clean_name("U.S."), clean_name("Acme Inc.")
    ('Interior Ministry', 'U.S.', 'Acme Inc.')
    >>> clean_name("Patel et al."), clean_name("Stone Bros."), clean_name("Unit 7.")
    ('Patel et al.', 'Stone Bros.', 'Unit 7.')
    >>> clean_name("the province's fire service"), clean_name("Kenya's interior ministry")
    ('fire service', "Kenya's interior ministry")
    """
    name = _FULL_STOP.sub(_without_stop, text.strip().strip(",;:"))
    name = _REPORT_OF.sub("", name)
    name = _PLACE_OWNER.sub("", name)
    name = _ACRONYM_AFTER.sub("", name)
    name = _POSSESSIVE.sub("", name.strip())
    return _HONORIFIC.sub("", name).strip()


def _without_stop(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if word not in ABBREVIATIONS else match.group(0)


def is_unnamed(name: str | None) -> bool:
    """"Analysts", "Ukrainian officials", "Russian": no one in particular.

    >>> is_unnamed("Ukrainian officials"), is_unnamed("Institute for the Study of War")
    (True, False)
    """
    words = (name or "").lower().split()
    return not words or words[-1] in _GENERIC or (len(words) == 1 and words[0] in names_no_one())


def is_unnamed_commentator(name: str | None) -> bool:
    """"Western analysts", "some experts": unnamed people commenting on events (is_unnamed's first
    kind), whose speculation ACLED does not code.

    >>> is_unnamed_commentator("some western analysts"), is_unnamed_commentator("Ukrainian officials")
    (True, False)
    """
    words = (name or "").lower().split()
    return bool(words) and is_unnamed(name) and words[-1] in COMMENTATORS
