"""Syndication: which pages are independent sources and which repeat someone else's reporting.

A page that credits another outlet ("Source: The Washington Post", "...: WP" in the headline) or
is a near copy of another page (the store's duplicate links, found by MinHash at ingest) is not
an independent source. Corroboration then counts independent ORIGINS: the first-hand claimant or
the credited outlet at the end of the chain, never pages. Written by hand: it is bookkeeping
over fields the extract, enrich and store stages already found.
"""
from __future__ import annotations

import re
from datetime import date
from collections.abc import Iterable, Mapping

from ..enrich.entities import acronym_definitions as acronyms
from .records import Claim, Source
from .text import article_date, outlet_name

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


def _copies_within(articles: list) -> dict[str, str]:
    """Near copies among one story's pages that the store did not link (they came in through
    different ingests, or before the link was made): each copy -> the page it repeats. The
    original is, whatever the order given, a page crediting no one before one that credits
    another outlet, then the earlier published, then the lower id. Same shingles and thresholds
    as the ingest stage's near-duplicate test, compared exactly."""
    from ..ingest.dedup import DedupOptions, shingles

    opts = DedupOptions()
    articles = sorted(articles, key=lambda a: (bool(_credits(a)), article_date(a) or date.max, a.id))
    grams = [shingles(a.body) for a in articles]
    found: dict[str, str] = {}
    for j in range(1, len(articles)):
        if len(grams[j]) < opts.min_shingles:
            continue
        for i in range(j):
            if len(grams[i]) < opts.min_shingles or articles[i].id in found:
                continue
            shared = len(grams[i] & grams[j])
            if shared / min(len(grams[i]), len(grams[j])) >= opts.threshold \
                    and shared / len(grams[i] | grams[j]) >= opts.min_jaccard:
                found[articles[j].id] = articles[i].id
                break
    return found


def sources_for(articles: Iterable, duplicates: Mapping[str, str]) -> tuple[Source, ...]:
    """One Source per article (in the order given: publication order), its outlet, what it
    credits, whether it copies another page (linked by the store, or found here among the story's
    pages: the earlier page is the original)."""
    articles = list(articles)
    by_id = {a.id: a for a in articles}
    within = _copies_within([a for a in articles if a.id not in duplicates])
    sources = []
    for article in articles:
        credits = _credits(article)
        original_id = duplicates.get(article.id) or within.get(article.id)
        original = by_id.get(original_id) if original_id else None
        if original is not None:
            origin = (_credits(original) or (outlet_name(original),))[0]
        else:
            origin = credits[0] if credits else outlet_name(article)
        independent = original_id is None and not credits
        sources.append(Source(article.id, outlet_name(article), credits, original_id, independent, origin))
    return tuple(sources)


def independent_origins(claims: Iterable[Claim]) -> tuple[str, ...]:
    """The independent origins behind claims: copies and relays collapse into one.

    A claim reaches the page through a chain (claimant first, the page's outlet last); the names
    in between are the outlets and wires that carried it (a credited source, a syndication). Two
    claims are one origin when they have the same origin or one carries the other: they share a
    name in between, or one's origin is in the other's chain ("Putin said..." and "Syrsky disputed
    it", both "according to The Washington Post", are one report: one origin, The Washington
    Post). Claimants a page heard itself stay apart (the page's own outlet links nothing). Each
    origin is named for the name its claims share most (the carrier), else its claimant."""
    from .claims import same_name

    claims = list(claims)
    names: list[set[str]] = []
    for claim in claims:
        carriers = claim.chain[1:-1]
        names.append({same_name(n) for n in (claim.origin, *carriers) if n})
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, keys in enumerate(names):
        for key in sorted(keys):
            if key in first_with:
                parent[root(i)] = root(first_with[key])
            else:
                first_with[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(root(i), []).append(i)
    origins = []
    for members in sorted(groups.values(), key=lambda m: m[0]):
        shown: dict[str, str] = {}
        for i in members:
            for name in (claims[i].origin, *claims[i].chain[1:-1]):
                shown.setdefault(same_name(name), name)
        count = {key: sum(key in names[i] for i in members) for key in shown}
        best = max(shown, key=lambda key: (count.get(key, 0), -list(shown).index(key)))
        origins.append(shown[best] if len(members) > 1 else claims[members[0]].origin)
    return tuple(dict.fromkeys(origins))
