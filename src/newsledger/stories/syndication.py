"""Syndication: which pages are independent sources and which repeat someone else's reporting.

A page that credits another outlet ("Source: The Washington Post", "...: WP" in the headline) or
is a near copy of another page (the store's duplicate links, found by MinHash at ingest) is not
an independent source. Corroboration then counts independent ORIGINS: the first-hand claimant or
the credited outlet at the end of the chain, never pages. Written by hand: it is bookkeeping
over fields the extract, enrich and store stages already found.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .attribution import acronyms
from .records import Claim, Source
from .text import outlet_name

__all__ = ["sources_for", "independent_origins"]

_HEADLINE_CREDIT = re.compile(r":\s*([A-Z][A-Za-z.&]{1,12}|[A-Z]{2,5})\s*$")


def _credits(article) -> tuple[str, ...]:
    credits = list(article.credited_sources)
    if not credits and article.title:
        match = _HEADLINE_CREDIT.search(article.title)
        if match:
            short = match.group(1)
            credits.append(acronyms(article.body).get(short, short))
    return tuple(dict.fromkeys(credits))


def sources_for(articles: Iterable, duplicates: Mapping[str, str]) -> tuple[Source, ...]:
    """One Source per article: its outlet, what it credits, whether it copies another page."""
    articles = list(articles)
    by_id = {a.id: a for a in articles}
    sources = []
    for article in articles:
        credits = _credits(article)
        original_id = duplicates.get(article.id)
        original = by_id.get(original_id) if original_id else None
        if original is not None:
            origin = (_credits(original) or (outlet_name(original),))[0]
        else:
            origin = credits[0] if credits else outlet_name(article)
        independent = original_id is None and not credits
        sources.append(Source(article.id, outlet_name(article), credits, original_id, independent, origin))
    return tuple(sources)


def independent_origins(claims: Iterable[Claim]) -> tuple[str, ...]:
    """The distinct first-hand origins behind claims: copies and relays collapse into one."""
    return tuple(dict.fromkeys(claim.origin.casefold() and claim.origin for claim in claims))
