"""Who claims what a sentence reports, and the chain of outlets it reached us through.

Written by hand over the enrich stage's quotes, figures and entities: the quote that carries the
sentence (a relaying outlet such as "according to WP" gives way to the person it relays), else
the claimant of a figure in it, else the person or body before a reporting verb ("ISW reported",
"Putin said"), else "according to X", else a headline's trailing credit ("... - DPR command").
The outlet chain runs from the nearest relay to the page's outlet: the quote's channel and via,
the outlets the page credits, the page's outlet; names are cleaned ("an article in The Washington
Post (WP)" -> "The Washington Post").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..enrich.names import clean_name
from ..enrich.records import Analysis, Quote
from .cues import find_cues

__all__ = ["SAYING", "claimant_and_source", "credit_clause", "without_credit"]

_TRAILING_CREDIT = re.compile(r"\s+[-–—]\s+([A-Z][^-–—\"“”]{1,60})$|:\s+([A-Za-z][\w' ’.-]{1,40})$")
_ACCORDING = re.compile(r"\b(?i:according to) (?:the )?([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and))*)")
# the verbs of reporting: the one list, read for a claim's speaker and for a sentence's closing credit
_REPORTING_VERBS = (r"said|says|saying|claimed|claims|claiming|reported|reports|reporting|announced|announces|"
                    r"told|tells|stated|states|stating|noted|notes|noting|confirmed|confirms|added|adds|adding|wrote|posted|"
                    r"insisted|explained|asserted|echoed|indicated|estimated|estimates")
_REPORTING = re.compile(r"\b(?:" + _REPORTING_VERBS + r")\b")
_RELATIVE_CLAUSE = re.compile(r"^\s*,\s*(?:which|who|whose|that)\b[^,]*,\s*$")


def claimant_and_source(analysis: Analysis, start: int, end: int,
                        credit: str | None = None) -> tuple[str | None, tuple[str, ...], Quote | None]:
    """Who claims what the sentence says, the outlet chain it reached us through, and the quote."""
    relays = tuple(analysis.article.credited_sources) + ((analysis.article.outlet,) if analysis.article.outlet else ())
    quote = _quote_for(analysis.quotes, start, end, relays)
    text = analysis.article.body[start:end]
    claimant = quote.speaker if quote and quote.speaker else None
    if claimant is None:
        claimant = next((f.claimant for f in analysis.figures if start <= f.start < end and f.claimant), None)
    according = None
    match = _ACCORDING.search(text)
    if match:
        according = _entity_name(analysis, start + match.start(1), start + match.end(1)) or match.group(1).strip()
    if claimant is None:
        claimant = _reporting_subject(analysis, start, end)
    if claimant is None:
        claimant = according or credit
    chain: list[str] = [according] if according and according != claimant else []
    if quote is not None:
        chain.extend(c for c in (quote.channel,) if c and c != claimant)
        chain.extend(quote.via)
    chain.extend(analysis.article.credited_sources)
    if analysis.article.outlet:
        chain.append(analysis.article.outlet)
    chain = [clean_name(c) for c in chain if c]
    claimant = clean_name(claimant) if claimant else None
    return claimant, tuple(dict.fromkeys(c for c in chain if c and c != claimant)), quote


def _quote_for(quotes: Iterable[Quote], start: int, end: int, relays: tuple[str, ...] = ()) -> Quote | None:
    """The quote that carries the sentence: most overlap, but a relaying outlet ("according to WP")
    gives way to the person it relays ("Putin said that ..., according to WP")."""
    scored = []
    for quote in quotes:
        shared = min(end, quote.end) - max(start, quote.start)
        if shared > 0:
            scored.append((quote.speaker in relays, -shared, quote))
    return min(scored, key=lambda item: item[:2])[2] if scored else None


def _entity_name(analysis: Analysis, start: int, end: int) -> str | None:
    for entity in analysis.entities:
        if entity.start < end and start < entity.end and entity.label in ("PERSON", "ORG", "NORP", "GPE"):
            return entity.canonical
    return None


def _reporting_subject(analysis: Analysis, start: int, end: int) -> str | None:
    """The person or organisation just before a reporting verb ("ISW reported", "Putin said")."""
    text = analysis.article.body[start:end]
    for match in _REPORTING.finditer(text):
        verb_at = start + match.start()
        for entity in sorted(analysis.entities, key=lambda e: -e.end):
            if not (start <= entity.start and entity.end <= verb_at and entity.label in ("PERSON", "ORG")):
                continue
            between = analysis.article.body[entity.end:verb_at]
            if len(between) <= 40 or (len(between) <= 120 and _RELATIVE_CLAUSE.match(between)):
                return entity.canonical
    return None


def without_credit(text: str) -> tuple[str, str | None]:
    """A headline's trailing credit ("... - DPR operations command", "...: official") split off."""
    match = _TRAILING_CREDIT.search(text.strip())
    if match and len(text) > 25:
        credit = (match.group(1) or match.group(2)).strip()
        if len(credit.split()) <= 6 and not find_cues(credit):
            return text.strip()[:match.start()], credit
    return text, None


SAYING = "(?:" + _REPORTING_VERBS + ")"
# The credit closing a sentence: ", police said", ", the army said in a statement", ", a police officer told
# reporters"; ", said Ali Nasser, a police officer"; ", according to the police". Its clause names who
# tells the act, not who took part in it.
# What may follow the verb of a closing credit: when, where or to whom it was said ("on Monday", "in a
# statement", "told reporters"), or the speaker's name and role ("said Ali Nasser, a police officer"); never
# a clause of what was said ("..., a resident, who said she heard the blasts")
_CREDIT_TAIL = (r"(?:\s+(?:on|in|at|late|early|this|last|yesterday|today|tonight|to|by|via|during|from)\b[^,;:]{0,40}"
                r"|\s+(?:reporters|journalists|the\s+[\w-]+(?:\s+[\w-]+)?)"
                r"|\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:,\s+(?:an?|the)\s+[^,;:]{1,60})?)?")
_CLOSING_CREDIT = re.compile(r",\s*(?:(?:(?!(?:who|which|that)\b)[^,;:]{1,60}?\s+" + SAYING + r"|" + SAYING + r")\b"
                             + _CREDIT_TAIL + r"|according to\s+[^,;:]{1,60})\s*[.!]?\s*$")


def credit_clause(text: str) -> int | None:
    """Where the credit closing the sentence `text` starts (its comma), or None: the people and bodies
    named there are the report's speakers, not the act's sides ("Gunmen shot a judge, police said").

    >>> t = "Gunmen shot a judge near the court, said Ali Nasser, a police officer."
    >>> t[credit_clause(t):]
    ', said Ali Nasser, a police officer.'
    >>> t = "Gunmen shot a judge, police said on Monday."
    >>> t[credit_clause(t):]
    ', police said on Monday.'
    >>> credit_clause("Police said gunmen shot a judge.") is None
    True
    >>> credit_clause("Troops raided the compound, a resident, who said she heard the blasts.") is None
    True
    """
    match = _CLOSING_CREDIT.search(text)
    if match is None:
        return None
    if find_cues(text[match.start():]):
        return None             # "..., police said after they shot the gunman": an act told in the credit's clause
    return match.start()
