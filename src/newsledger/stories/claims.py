"""Claim alignment within a story: which claims are about the same thing, and do they agree?

Claims are produced once, upstream: the events stage's `control` module gives every control,
encirclement and casualty claim with its place, date, claimant, outlet chain, hedges, stance and
named disputant. This module only puts each claim in its story (the page's outlet and credits,
the independent origin it counts for) and judges groups of them in the one vocabulary of
`events.records.Verdict`.

Like is compared with like: a group is one kind of claim about one place and one subject (the
side holding the ground, encircling, or suffering the deaths) in one unit (settlements, percent,
km², people, or no figure). "About ten settlements" and "46% of the territory" are two groups.
  contradicted  a named claimant denies or disputes what another asserts, or two origins give
                figures more than 15% apart on the same day
  evolving      the figure changes between the days it was claimed
  corroborated  two or more independent origins assert it (claims carried by one outlet or wire
                are one origin: `syndication.independent_origins`)
  single        one origin (told once, or repeated by the outlets relaying it)
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from ..enrich.names import is_unnamed
from ..enrich.records import Analysis
from ..events.records import VERDICTS, ControlClaim, Verdict
from .framing import fold_spellings
from .records import Claim, ClaimGroup, SentenceRef, Source
from .syndication import independent_origins
from .text import outlet_name

__all__ = ["find_claims", "align_claims", "same_name", "place_key"]

_PLACE_SUFFIX = re.compile(r"\s+(?:Oblast|oblast|region|Region|province|Province)$")
_SUBJECTS = {"control": "territory held by {who}", "casualties": "{who} losses",
             "encirclement": "units encircled by {who}"}
_MEASURES = {"settlement": "settlements", "percent": "share of the territory", "km2": "area",
             "person": "people killed"}
_VERDICT_ORDER = {verdict: rank for rank, verdict in enumerate(VERDICTS)}


def find_claims(analysis: Analysis, source: Source | None = None) -> list[Claim]:
    """The claims of one analysed article (its events stage's claims), in its story's context.

    Advances ("gained ground") are not claims of control and are left out.
    """
    article = analysis.article
    outlet = source.outlet if source else outlet_name(article)
    credits = source.credits if source else tuple(article.credited_sources)
    claimed = article.published.iso[:10] if article.published else None
    claims: list[Claim] = []
    for upstream in analysis.control_claims:
        if upstream.change != "advanced":
            claims.extend(_in_story(upstream, article.body, outlet, credits, claimed))
    return _dedupe(claims)


def _in_story(upstream: ControlClaim, body: str, outlet: str, credits: tuple[str, ...],
              claimed: str | None) -> list[Claim]:
    """One upstream claim as the story sees it, and its denial when a named claimant disputes it."""
    claimant = None if is_unnamed(upstream.claimant) else upstream.claimant
    relays = tuple(upstream.source)
    chain = _chain(claimant, relays, credits, outlet)
    channel = relays[0] if relays and relays[0] not in (*credits, outlet) and relays[0] != claimant else None
    evidence = SentenceRef(upstream.evidence.article_id, upstream.evidence.start, upstream.evidence.end)
    text = upstream.area or body[evidence.start:evidence.end]
    claim = Claim(kind=upstream.kind, place=None if upstream.place == "unknown" else upstream.place,
                  controller=upstream.controller, value=upstream.value, unit=upstream.unit, approx=upstream.approx,
                  text=text, claimant=claimant, channel=channel, chain=chain, origin=chain[0],
                  hedges=tuple(upstream.hedges), disputed_by=upstream.disputed_by,
                  polarity=1 if upstream.stance == "asserts" else -1, date=upstream.date, outlet=outlet,
                  evidence=evidence, claimed=claimed)
    if not upstream.disputed_by:
        return [claim]
    disputant = upstream.disputed_by
    where: Any = upstream.disputed_at or upstream.evidence
    if isinstance(where, dict):                 # as read back from a stored analysis
        where = SentenceRef(where["article_id"], where["start"], where["end"])
    denial = replace(claim, claimant=disputant, channel=None, origin=disputant, polarity=-1, disputed_by=None,
                     chain=(disputant, *(chain[1:] if claimant else chain)), text=f"disputes: {text}",
                     evidence=SentenceRef(where.article_id, where.start, where.end))
    return [claim, denial]


def same_name(name: str) -> str:
    """Comparison key for names: case-folded, no leading "the", "Russia's X" the same as "Russian X"."""
    key = re.sub(r"^the\s+", "", name.casefold().strip())
    return re.sub(r"^(russia|ukraine)(?:'s|’s)\s", lambda m: {"russia": "russian ", "ukraine": "ukrainian "}[m.group(1)], key)


def place_key(place: str | None) -> str:
    """"Kursk Oblast", "Kursk region" and "Kursk" are one place to compare claims about."""
    return _PLACE_SUFFIX.sub("", fold_spellings(place or "")).casefold()


def _chain(claimant: str | None, relays: tuple[str, ...], credits: tuple[str, ...], outlet: str) -> tuple[str, ...]:
    """Claimant first, page outlet last, each name once."""
    chain: list[str] = []
    for item in (claimant, *relays, *credits, outlet):
        if item and same_name(item) not in {same_name(s) for s in chain}:
            chain.append(next((c for c in credits if same_name(c) == same_name(item)), item))
    return tuple(chain)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (kind, origin, value, unit, polarity, subject) in an article: the first, with all hedges."""
    kept: dict[tuple[Any, ...], Claim] = {}
    for claim in claims:
        key = (claim.kind, claim.origin, claim.value, claim.unit, claim.polarity, claim.controller)
        first = kept.get(key)
        kept[key] = claim if first is None else replace(first, hedges=tuple(dict.fromkeys(first.hedges + claim.hedges)))
    return list(kept.values())


def align_claims(claims: list[Claim]) -> tuple[ClaimGroup, ...]:
    """Group claims about the same subject in the same unit and judge each group."""
    groups: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.kind, place_key(claim.place), claim.controller, claim.unit)].append(claim)
    _fold_unknowns(groups)
    out = [_group(key, members) for key, members in groups.items() if members]
    return tuple(sorted(out, key=lambda g: (_VERDICT_ORDER[g.verdict], -len(g.claims), g.subject)))


def _fold_unknowns(groups: dict[tuple[Any, ...], list[Claim]]) -> None:
    """A claim with no side (or no place) joins the one group of its kind and unit it can belong to."""
    for key in [k for k in groups if k[2] is None or not k[1]]:
        kind, place, controller, unit = key
        homes = [k for k in groups if k != key and k[0] == kind and k[3] == unit and groups[k]
                 and (not place or k[1] == place) and (controller is None or k[2] == controller)
                 and k[2] is not None and k[1]]
        if len(homes) == 1:
            groups[homes[0]].extend(groups[key])
            groups[key] = []


def _group(key: tuple[Any, ...], members: list[Claim]) -> ClaimGroup:
    kind, _, controller, unit = key
    members = sorted(members, key=lambda c: (_day(c), c.evidence.article_id, c.evidence.start))
    place = next((c.place for c in members if c.place), None)
    origins = independent_origins(members)      # claims carried by one outlet or wire are one origin
    subject = _SUBJECTS[kind].format(who=controller or "unknown side")
    subject += f" ({_MEASURES.get(unit, unit)})" if unit else ""
    subject = f"{place}: {subject}" if place else subject[:1].upper() + subject[1:]
    verdict, note = _verdict(members, origins)
    return ClaimGroup(subject, kind, place, controller, tuple(members), verdict, origins, note)


def _day(claim: Claim) -> str:
    """The day a claim was made (its page's day), for telling an evolution from a disagreement."""
    return claim.claimed or claim.date or ""


def _verdict(members: list[Claim], origins: tuple[str, ...]) -> tuple[Verdict, str]:
    asserting = [c for c in members if c.polarity > 0]
    denying = [c for c in members if c.polarity < 0]
    if asserting and denying and {same_name(c.origin) for c in asserting} != {same_name(c.origin) for c in denying}:
        return "contradicted", f"{_who(asserting)} asserts; {_who(denying)} disputes it"
    valued = [c for c in asserting if c.value is not None]
    if len({c.value for c in valued}) > 1:
        by_day: dict[str, list[Claim]] = defaultdict(list)
        for claim in valued:
            by_day[_day(claim)].append(claim)
        if all(_compatible(day) for day in by_day.values()) and len(by_day) > 1:
            steps = " → ".join(f"{_amount(c)} ({_day(c) or 'undated'}, {c.claimant or c.origin})"
                               for c in _one_per_day(valued))
            return "evolving", f"changes over time: {steps}"
        if not _compatible(valued):
            return "contradicted", "figures differ between " + ", ".join(dict.fromkeys(c.origin for c in valued))
    if len(origins) > 1:
        return "corroborated", f"{len(origins)} independent origins: " + ", ".join(origins)
    hedged = ", ".join(dict.fromkeys(h for c in members for h in c.hedges))
    told = f", {len(members)} claims" if len(members) > 1 else ""
    return "single", f"one origin ({origins[0]}){told}" + (f"; hedged: {hedged}" if hedged else "")


def _who(claims: list[Claim]) -> str:
    return ", ".join(dict.fromkeys(c.claimant or c.origin for c in claims))


def _amount(claim: Claim) -> str:
    if claim.value is None:
        return ""
    value = f"{claim.value:,.0f}" if claim.value == int(claim.value) else f"{claim.value:,}"
    unit = {"percent": "%", "km2": " km²", "settlement": " settlements", "person": " people"}.get(claim.unit or "", f" {claim.unit}")
    return ("~" if claim.approx else "") + value + unit


def _one_per_day(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple[Any, ...], Claim] = {}
    for claim in claims:
        seen.setdefault((_day(claim), claim.value), claim)
    return list(seen.values())


def _compatible(claims: list[Claim]) -> bool:
    """Within 15% of each other (approximate figures are often rounded); all in one unit here."""
    values = [c.value for c in claims if c.value is not None]
    return not values or min(values) <= 0 or max(values) <= 1.15 * min(values)
