"""The JSON API under /api/ and the downloads under /download/: the same filters as the pages.

Lists are paged (`page`, `per_page` up to 500) and carry facet counts; downloads hold every row
the filter selects, as CSV or JSON, each row with its article's id and URL and the evidence
sentence's offsets.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from ..events.export import EXPORT_COLUMNS
from .index import Index
from .models import (ClaimOut, ClaimsPage, ErrorOut, EventsPage, PlaceDetail, PlaceOut, StoriesPage,
                     StoryDetail)
from .params import Claims, Events, Pages, Stories
from .query import (CLAIM_COLUMNS, Page, all_rows, find_claims, find_events,
                    find_stories)

__all__ = ["router", "story_detail", "place_detail", "article_detail", "places"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such item"},
                                            422: {"model": ErrorOut, "description": "A parameter is invalid"}}
Id = Annotated[str, Path(min_length=1, max_length=200)]


def _index(request: Request) -> Index:
    return request.app.state.index


def _paged(page: Page) -> dict[str, Any]:
    return {"items": page.items, "total": page.total, "page": page.page, "per_page": page.per_page,
            "pages": page.pages, "facets": page.facets}


@router.get("/api/stories", response_model=StoriesPage, responses=_ERRORS, tags=["stories"])
async def api_stories(request: Request, flt: Stories,
                      paged: Pages) -> dict[str, Any]:
    """Stories, sorted by size, recency or number of contradicted claim groups; searchable."""
    return _paged(find_stories(_index(request), flt, paged.page, paged.per_page))


def story_detail(index: Index, story_id: str) -> dict[str, Any]:
    story = index.one("SELECT id, title, label, size, outlets, first, last, claims, contradictions, events "
                      "FROM stories WHERE id = ?", (story_id,))
    if story is None:
        raise HTTPException(404, f"no story {story_id!r} in this ledger; list them at /api/stories")
    articles = index.rows("SELECT id, number, title, outlet, published, url, analysed, credits, copy_of, "
                          "independent, origin FROM articles WHERE story_id = ? ORDER BY number", (story_id,))
    verdicts = dict(index.conn.execute("SELECT verdict, COUNT(*) FROM claims WHERE story_id = ? GROUP BY verdict",
                                       (story_id,)).fetchall())
    return {"story": story, "articles": articles, "verdicts": verdicts}


@router.get("/api/stories/{story_id}", response_model=StoryDetail, responses=_ERRORS, tags=["stories"])
async def api_story(request: Request, story_id: Id) -> dict[str, Any]:
    """One story: its articles with their place in the web of credit, and its claims per verdict."""
    return story_detail(_index(request), story_id)


@router.get("/api/claims", response_model=ClaimsPage, responses=_ERRORS, tags=["claims"])
async def api_claims(request: Request, flt: Claims,
                     paged: Pages) -> dict[str, Any]:
    """Claims with their group's verdict, claimant, outlet chain and hedges; facet counts over the
    filtered rows."""
    return _paged(find_claims(_index(request), flt, paged.page, paged.per_page))


@router.get("/api/claims/{claim_id}", response_model=ClaimOut, responses=_ERRORS, tags=["claims"])
async def api_claim(request: Request, claim_id: Id) -> dict[str, Any]:
    row = _index(request).one(f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims WHERE id = ?", (claim_id,))
    if row is None:
        raise HTTPException(404, f"no claim {claim_id!r}; list them at /api/claims")
    return row


@router.get("/api/events", response_model=EventsPage, responses=_ERRORS, tags=["events"])
async def api_events(request: Request, flt: Events,
                     paged: Pages) -> dict[str, Any]:
    """Coded events in ACLED's columns, each with the article and sentence that report it."""
    return _paged(find_events(_index(request), flt, paged.page, paged.per_page))


def places(index: Index) -> list[dict[str, Any]]:
    """Every place named by a claim or an event, with how many of each."""
    return index.rows(
        "SELECT name, SUM(claims) AS claims, SUM(events) AS events FROM ("
        " SELECT place AS name, 1 AS claims, 0 AS events FROM claims WHERE place IS NOT NULL"
        " UNION ALL SELECT location, 0, 1 FROM events WHERE location IS NOT NULL)"
        " GROUP BY name ORDER BY SUM(claims) + SUM(events) DESC, name")


@router.get("/api/places", response_model=list[PlaceOut], responses=_ERRORS, tags=["places"])
async def api_places(request: Request) -> list[dict[str, Any]]:
    """Places named by claims or events, most cited first."""
    return places(_index(request))


def place_detail(index: Index, name: str) -> dict[str, Any]:
    from .query import EVENT_COLUMNS

    claims = index.rows(f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims WHERE place = ? "
                        "ORDER BY date, article_id, start", (name,))
    events = index.rows(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE location = ? OR admin1 = ? "
                        "ORDER BY event_date, id", (name, name))
    if not claims and not events:
        raise HTTPException(404, f"no claim or event names the place {name!r}; list them at /api/places")
    points = index.rows("SELECT DISTINCT location AS name, latitude AS lat, longitude AS lon FROM events "
                        "WHERE (location = ? OR admin1 = ?) AND latitude IS NOT NULL", (name, name))
    if not points:
        points = index.rows("SELECT name, lat, lon FROM places WHERE name = ? LIMIT 1", (name,))
    return {"place": {"name": name, "claims": len(claims), "events": len(events)},
            "claims": claims, "events": events, "points": points}


@router.get("/api/places/{name}", response_model=PlaceDetail, responses=_ERRORS, tags=["places"])
async def api_place(request: Request, name: Id) -> dict[str, Any]:
    """One place: the claims about it in date order (its control timeline) and the events there."""
    return place_detail(_index(request), name)


def article_detail(index: Index, article_id: str) -> tuple[dict[str, Any], Any]:
    """(index row, Analysis) of one article, read from the ledger."""
    from .source import load_analysis

    row = index.one("SELECT * FROM articles WHERE id = ?", (article_id,))
    loaded = load_analysis(index.view.ledger, article_id) if row is not None else None
    if row is None or loaded is None:
        raise HTTPException(404, f"no article {article_id!r} in this ledger")
    return row, loaded[0]


@router.get("/api/articles/{article_id}", responses=_ERRORS, tags=["articles"])
async def api_article(request: Request, article_id: Id) -> dict[str, Any]:
    """One article as the output contract has it (clean text, removed boilerplate with reasons,
    credits), with its story, its sentences' offsets and the copies of it in the ledger."""
    from ..records import to_json_dict

    index = _index(request)
    row, analysis = article_detail(index, article_id)
    copies = [copy for copy, original in index.view.duplicates.items() if original == article_id]
    return {**to_json_dict(analysis.article), "story_id": row["story_id"], "outlet_chain": {
                "credits": row["credits"], "copy_of": row["copy_of"], "independent": bool(row["independent"]),
                "origin": row["origin"], "copies": copies},
            "sentences": [list(span) for span in analysis.sentences], "analysed": bool(row["analysed"])}


Format = Literal["csv", "json"]
_DOWNLOAD: dict[int | str, dict[str, Any]] = {
    200: {"description": "Every selected row, as an attachment",
          "content": {"text/csv": {"schema": {"type": "string"}},
                      "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}},
    **_ERRORS}


@router.get("/download/claims.{fmt}", responses=_DOWNLOAD, response_class=Response, tags=["downloads"])
async def download_claims(request: Request, fmt: Format, flt: Claims) -> Response:
    """Every claim the filter selects, as CSV or JSON."""
    return _download(all_rows(_index(request), flt), CLAIM_COLUMNS, "claims", fmt)


@router.get("/download/events.{fmt}", responses=_DOWNLOAD, response_class=Response, tags=["downloads"])
async def download_events(request: Request, fmt: Format, flt: Events) -> Response:
    """Every event the filter selects in the columns of `newsledger events --format csv` (ACLED's,
    then the article id, URL and evidence offsets), then the sentence number and the story id."""
    rows = []
    for row in all_rows(_index(request), flt):
        acled = json.loads(row.pop("acled"))
        rows.append({**acled, "article_id": row["article_id"], "article_url": row["url"] or acled["article_url"],
                     "evidence_start": row["start"], "evidence_end": row["end"], "sentence": row["sentence"],
                     "story_id": row["story_id"]})
    return _download(rows, (*EXPORT_COLUMNS, "sentence", "story_id"), "events", fmt)


@router.get("/download/stories.{fmt}", responses=_DOWNLOAD, response_class=Response, tags=["downloads"])
async def download_stories(request: Request, fmt: Format, flt: Stories) -> Response:
    """Every story the search selects, in the chosen order."""
    page = find_stories(_index(request), flt, 1, 10**9)
    columns = ("id", "title", "label", "size", "outlets", "first", "last", "claims", "contradictions", "events")
    return _download(page.items, columns, "stories", fmt)


def _download(rows: list[dict[str, Any]], columns: tuple[str, ...], name: str, fmt: str) -> Response:
    if fmt == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=1)
        media = "application/json"
    else:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({key: _inert(value) for key, value in row.items()} for row in rows)
        body, media = out.getvalue(), "text/csv; charset=utf-8"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="newsledger-{name}.{fmt}"'})


# A spreadsheet runs a cell starting with one of these as a formula; page text can start so.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a leading quote before a would-be formula (OWASP's
    advice for CSV injection). JSON downloads keep the text as it is."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value
