"""Glue from articles to story bundles, calling the enrich and events stages when they exist.

`analyse(article)` runs enrich (entities, quotes, figures, places) and events (with_events) when
those stages are importable, and fills `Analysis.sentences` when they did not, so every later
step has sentence ids. `bundle_stories(analyses, duplicates)` clusters, works out syndication,
aligns claims and reads framing: pure functions, no I/O.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from ..enrich.records import Analysis
from .claims import align_claims, find_claims
from .cluster import ClusterOptions, build_stories
from .framing import find_framing
from .records import StoryBundle
from .syndication import sources_for
from .text import sentence_spans

__all__ = ["analyse", "stage_notes", "bundle_stories"]


def _enrich():
    try:
        from ..enrich import enrich
    except ImportError:
        return None
    return enrich


def _with_events():
    try:
        from ..events import with_events
    except ImportError:
        return None
    return with_events


def stage_notes() -> tuple[str, ...]:
    """Which upstream stages were missing, said plainly in the report."""
    notes = []
    if _enrich() is None:
        notes.append("enrich stage unavailable: entities, quotes, figures and places come from fallbacks")
    if _with_events() is None:
        notes.append("events stage unavailable: no coded events")
    return tuple(notes)


def analyse(article, nlp=None) -> Analysis:
    """An Analysis of one article with whatever upstream stages exist, sentences always filled."""
    enrich = _enrich()
    analysis = enrich(article, nlp) if enrich is not None else Analysis(article=article)
    with_events = _with_events()
    if with_events is not None:
        analysis = with_events(analysis)
    if not analysis.sentences:
        analysis = replace(analysis, sentences=sentence_spans(article.body))
    return analysis


def bundle_stories(analyses: Sequence[Analysis], duplicates: dict[str, str] | None = None,
                   opts: ClusterOptions = ClusterOptions(), notes: Iterable[str] = ()) -> list[StoryBundle]:
    """Stories (largest first) with their sources, aligned claims and framing."""
    by_id = {a.article.id: a for a in analyses}
    bundles = []
    for story in build_stories(analyses, opts):
        members = tuple(by_id[i] for i in story.article_ids)
        sources = sources_for([a.article for a in members], duplicates or {})
        source_of = {s.article_id: s for s in sources}
        claims = [c for a in members for c in find_claims(a, source_of.get(a.article.id))]
        events = tuple(e for a in members for e in a.events)
        bundles.append(StoryBundle(
            story=story, analyses=members, sources=sources, claim_groups=align_claims(claims),
            framing=find_framing(members, source_of), events=events,
            sentences={a.article.id: a.sentences or sentence_spans(a.article.body) for a in members},
            notes=tuple(notes)))
    return bundles
