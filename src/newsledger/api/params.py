"""Request parameters shared by the pages, the JSON API and the downloads: one definition each, so
all three filter the same way and the OpenAPI document describes them once.

An empty value ("place=") means "no filter": plain HTML forms send their empty fields.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal, get_args

from fastapi import Depends, Query
from pydantic import BeforeValidator, StringConstraints, WithJsonSchema

from ..stories.records import Verdict
from .query import ClaimFilter, EventFilter, StoryFilter

__all__ = ["claim_filter", "event_filter", "story_filter", "Paging", "paging", "Claims", "Events", "Stories", "Pages"]


def _blank(value: object) -> object:
    return None if value == "" else value


def _day(value: object) -> object:
    """An ISO day (YYYY-MM-DD) or nothing; not the numbers pydantic would read as timestamps."""
    if value is None or value == "" or isinstance(value, date):
        return value or None
    text = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError("must be a date written YYYY-MM-DD")
    return date.fromisoformat(text)


def _or_empty(schema: dict) -> WithJsonSchema:
    """The documented type: the value, or the empty string (no filter)."""
    return WithJsonSchema({"anyOf": [schema, {"type": "string", "maxLength": 0}]})


Short = Annotated[str, StringConstraints(max_length=300)]
Text = Annotated[Short | None, BeforeValidator(_blank), Query()]
Day = Annotated[date | None, BeforeValidator(_day), _or_empty({"type": "string", "format": "date"}),
                Query(description="ISO date, YYYY-MM-DD; empty: no filter")]
Hedged = Annotated[bool | None, BeforeValidator(_blank), _or_empty({"type": "boolean"}),
                   Query(description="true: only hedged claims, false: only unhedged ones; empty: both")]
VerdictParam = Annotated[Verdict | None, BeforeValidator(_blank), _or_empty({"type": "string", "enum": list(get_args(Verdict))}),
                         Query(description="Verdict of the claim's group; empty: any")]


def claim_filter(
    place: Text = None, actor: Text = None, claimant: Text = None, outlet: Text = None,
    verdict: VerdictParam = None,
    kind: Text = None,
    hedged: Hedged = None,
    date_from: Day = None, date_to: Day = None,
    story: Text = None, article: Text = None,
    q: Annotated[Short | None, BeforeValidator(_blank), Query(description="Words in the claim or its sentence")] = None,
) -> ClaimFilter:
    return ClaimFilter(place, actor, claimant, outlet, verdict, kind, hedged, date_from, date_to, story, article, q)


def event_filter(
    event_type: Text = None, sub_event_type: Text = None,
    actor: Annotated[Short | None, BeforeValidator(_blank), Query(description="Actor 1 or actor 2")] = None,
    country: Text = None, admin1: Text = None, location: Text = None, outlet: Text = None,
    date_from: Day = None, date_to: Day = None, story: Text = None, article: Text = None,
    q: Annotated[Short | None, BeforeValidator(_blank), Query(description="Words in the notes or location")] = None,
) -> EventFilter:
    return EventFilter(event_type, sub_event_type, actor, country, admin1, location, outlet, date_from, date_to,
                       story, article, q)


def story_filter(
    q: Annotated[Short | None, BeforeValidator(_blank), Query(description="Words in the title, label, outlets, places or actors")] = None,
    sort: Annotated[Literal["size", "recent", "contradictions"], Query()] = "size",
) -> StoryFilter:
    return StoryFilter(q, sort)


class Paging:
    def __init__(self, page: int, per_page: int):
        self.page = page
        self.per_page = per_page


def paging(page: Annotated[int, Query(ge=1, le=100_000)] = 1,
           per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> Paging:
    return Paging(page, per_page)


# what a route declares: `flt: Claims, paged: Pages`
Claims = Annotated[ClaimFilter, Depends(claim_filter)]
Events = Annotated[EventFilter, Depends(event_filter)]
Stories = Annotated[StoryFilter, Depends(story_filter)]
Pages = Annotated[Paging, Depends(paging)]
