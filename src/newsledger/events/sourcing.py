"""Who claims what a sentence reports, and the chain of outlets it reached us through.

Written by hand over the enrich stage's quotes, figures and entities: the quote that carries the
sentence (a relaying outlet such as "according to WP" gives way to the person it relays), else
the claimant of a figure in it, else the person or body before a reporting verb ("ISW reported",
"Putin said"), else "according to X", else a headline's trailing credit ("... - DPR command").
The outlet chain runs from the nearest relay to the page's outlet: the quote's channel and via,
the outlets the page credits, the page's outlet; names are cleaned ("a report by The Washington
Post (WP)" -> "The Washington Post").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..enrich.names import clean_name
from ..enrich.records import Analysis, Quote
from .cues import find_cues

__all__ = ["claimant_and_source", "without_credit"]

_TRAILING_CREDIT = re.compile(r"\s+[-–—]\s+([A-Z][^-–—\"“”]{1,60})$|:\s+([A-Za-z][\w' ’.-]{1,40})$")
_ACCORDING = re.compile(r"\b(?i:according to) (?:the )?([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and))*)")
_REPORTING = re.compile(r"\b(?:said|says|saying|claimed|claims|claiming|reported|reports|reporting|announced|announces|"
                        r"told|stated|states|stating|noted|noting|confirmed|added|adding|wrote|posted|insisted|"
                        r"asserted|echoed|indicated|estimated|estimates)\b")
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
