"""The JSON API's shapes (pydantic, at the edge only): what the OpenAPI document promises.

Rows come from the index as dicts; these models name and type their fields for the document and
check every response against it.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

__all__ = ["StoryOut", "ClaimOut", "EventOut", "FacetValue", "StoriesPage", "ClaimsPage", "EventsPage",
           "ArticleRef", "StoryDetail", "PlaceOut", "PlaceDetail", "ErrorOut"]


class FacetValue(BaseModel):
    value: str | int | bool
    count: int


class StoryOut(BaseModel):
    id: str = Field(description="Stable story id (the ledger's)")
    title: str
    label: str
    size: int = Field(description="Number of articles")
    outlets: str
    first: str | None
    last: str | None
    claims: int
    contradictions: int = Field(description="Claim groups whose verdict is contradicted")
    events: int


class ClaimOut(BaseModel):
    id: str = Field(description="Stable claim id: hash of article, sentence offsets and content")
    story_id: str
    date: str | None
    verdict: str
    subject: str
    kind: str
    place: str | None
    actor: str | None = Field(description="The side the claim is about (who holds, gains, is encircled, lost)")
    amount: str
    value: float | None
    unit: str | None
    approx: int
    stance: str = Field(description="asserts or denies")
    claimant: str | None
    channel: str | None
    outlet: str | None
    origin: str
    chain: str = Field(description="Claimant first, page outlet last")
    hedges: str
    disputed_by: str | None
    text: str
    article_id: str
    url: str = Field(description="Where the article was read from")
    start: int = Field(description="Evidence sentence start, character offset into the article body")
    end: int = Field(description="Evidence sentence end (exclusive)")
    sentence: int | None = Field(description="1-based sentence number in the article")
    sentence_text: str


class EventOut(BaseModel):
    id: str
    story_id: str
    event_id_cnty: str
    event_date: str | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    inter1: str
    actor2: str | None
    inter2: str
    interaction: str
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str
    fatalities: int
    claimant: str | None
    source: str
    notes: str
    tags: str
    outlet: str | None
    reports: int = Field(description="Sentences of the article that report this event")
    article_id: str
    url: str
    start: int
    end: int
    sentence: int | None


class _Paged(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int


class StoriesPage(_Paged):
    items: list[StoryOut]


class ClaimsPage(_Paged):
    items: list[ClaimOut]
    facets: dict[str, list[FacetValue]]


class EventsPage(_Paged):
    items: list[EventOut]
    facets: dict[str, list[FacetValue]]


class ArticleRef(BaseModel):
    id: str
    number: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str
    analysed: bool
    credits: str
    copy_of: str | None
    independent: bool
    origin: str | None


class StoryDetail(BaseModel):
    story: StoryOut
    articles: list[ArticleRef]
    verdicts: dict[str, int] = Field(description="Claims per verdict")


class PlaceOut(BaseModel):
    name: str
    claims: int
    events: int


class PlaceDetail(BaseModel):
    place: PlaceOut
    claims: list[ClaimOut]
    events: list[EventOut]
    points: list[dict[str, Any]]


class ErrorOut(BaseModel):
    detail: Any
