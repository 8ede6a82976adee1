"""The workbench's HTML pages: Jinja2 templates (autoescaped: page text is hostile input) over the
same queries as the JSON API. The story page is the situation report itself, rendered by
`newsledger.report` from the ledger, inside the workbench's frame.
"""
from __future__ import annotations

from collections import OrderedDict, defaultdict
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..report import render_html
from ..report.style import CSS as REPORT_CSS
from ..report.svg import VERDICT_COLOURS, map_svg, timeline_svg
from .data import Id, article_detail, place_detail, places, story_detail
from .index import Index
from .params import Claims, Events, Pages, Stories
from .query import find_claims, find_events, find_stories

__all__ = ["router", "error_page", "article_text"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(str(resources.files(__package__))) / "templates"))
templates.env.filters["qv"] = lambda value: str(value).lower() if isinstance(value, bool) else str(value)
_VERDICT_TEXT = {"contradicted": "contradicted", "evolving": "evolving", "corroborated": "corroborated",
                 "consistent": "single origin", "single": "single origin"}
_STORY_CACHE = 16


def _index(request: Request) -> Index:
    return request.app.state.index


def link(request: Request, path: str | None = None, **changes: Any) -> str:
    """This page's URL (or `path`) with some query parameters set (None removes one); paging resets."""
    params = {k: v for k, v in request.query_params.items() if k not in ("page", "token") and v != ""}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value).lower() if isinstance(value, bool) else str(value)
    query = urlencode(params)
    return (path or request.url.path) + (f"?{query}" if query else "")


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.update(request=request, link=lambda path=None, **kw: link(request, path, **kw),
                   verdict_text=_VERDICT_TEXT, index_counts=_index(request).counts())
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, title: str, problems: list[str]) -> HTMLResponse:
    return _render(request, "error.html", status, title=title, problems=problems)


@router.get("/static/report.css")
async def report_css() -> Response:
    return Response(REPORT_CSS, media_type="text/css")


@router.get("/", response_class=HTMLResponse)
async def stories_page(request: Request, flt: Stories,
                       paged: Pages) -> HTMLResponse:
    index = _index(request)
    result = find_stories(index, flt, paged.page, paged.per_page)
    return _render(request, "stories.html", result=result, flt=flt, view=index.view)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: Id) -> HTMLResponse:
    index = _index(request)
    detail = story_detail(index, story_id)
    return _render(request, "story.html", detail=detail, report=Markup(_report_body(request, index, story_id)))


def _report_body(request: Request, index: Index, story_id: str) -> str:
    """The report's <main> for one story, rendered from the ledger (a few kept in memory)."""
    cache: OrderedDict[str, str] = request.app.state.story_cache
    if story_id not in cache:
        story = next(s for s in index.view.stories if s.id == story_id)
        bundle = index.view.bundle(story)
        html = render_html(bundle) if bundle is not None else "<main></main>"
        cache[story_id] = html[html.index("<main>") + len("<main>"):html.rindex("</main>")]
        while len(cache) > _STORY_CACHE:
            cache.popitem(last=False)
    cache.move_to_end(story_id)
    return cache[story_id]


@router.get("/claims", response_class=HTMLResponse)
async def claims_page(request: Request, flt: Claims,
                      paged: Pages) -> HTMLResponse:
    result = find_claims(_index(request), flt, paged.page, paged.per_page)
    return _render(request, "claims.html", result=result, flt=flt)


@router.get("/events", response_class=HTMLResponse)
async def events_page(request: Request, flt: Events,
                      paged: Pages) -> HTMLResponse:
    result = find_events(_index(request), flt, paged.page, paged.per_page)
    return _render(request, "events.html", result=result, flt=flt)


@router.get("/places", response_class=HTMLResponse)
async def places_page(request: Request) -> HTMLResponse:
    return _render(request, "places.html", places=places(_index(request)))


@router.get("/places/{name}", response_class=HTMLResponse)
async def place_page(request: Request, name: Id) -> HTMLResponse:
    detail = place_detail(_index(request), name)
    lanes: dict[str, list] = defaultdict(list)
    for claim in detail["claims"]:
        if claim["kind"] == "control":
            lanes[claim["claimant"] or claim["origin"]].append(
                (claim["date"], f"{claim['actor'] or '?'}: {claim['amount']}", _evidence_href(claim),
                 VERDICT_COLOURS.get(claim["verdict"], "#566573")))
    points = [(p["name"], p["lat"], p["lon"], 1, link(request, f"/places/{quote(p['name'])}"))
              for p in detail["points"] if p["lat"] is not None]
    return _render(request, "place.html", detail=detail,
                   timeline=Markup(timeline_svg(list(lanes.items()))) if lanes else None,
                   map=Markup(map_svg(points)))


def _evidence_href(row: dict[str, Any]) -> str:
    return f"/articles/{row['article_id']}?start={row['start']}&end={row['end']}#evidence"


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: Id, start: int | None = None,
                       end: int | None = None) -> HTMLResponse:
    index = _index(request)
    row, analysis = article_detail(index, article_id)
    claims = index.rows("SELECT * FROM claims WHERE article_id = ? ORDER BY start, id", (article_id,))
    events = index.rows("SELECT * FROM events WHERE article_id = ? ORDER BY start, id", (article_id,))
    cited = [(c["start"], c["end"]) for c in claims] + [(e["start"], e["end"]) for e in events]
    focus = (start, end) if start is not None and end is not None and start < end else None
    copies = [index.one("SELECT id, title, outlet FROM articles WHERE id = ?", (copy,)) or {"id": copy}
              for copy, original in index.view.duplicates.items() if original == article_id]
    original = index.one("SELECT id, title, outlet FROM articles WHERE id = ?", (row["copy_of"],)) \
        if row["copy_of"] else None
    return _render(request, "article.html", row=row, article=analysis.article, claims=claims, events=events,
                   text=Markup(article_text(analysis.article.body, analysis.sentences, cited, focus)),
                   copies=copies, original=original, focus=focus)


def article_text(body: str, sentences, cited: list[tuple[int, int]], focus: tuple[int, int] | None) -> str:
    """The body as HTML: each sentence a span with id s1, s2...; sentences cited as evidence marked,
    and the one in `focus` (character offsets) highlighted with id "evidence"."""
    def overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
        return span[0] < other[1] and other[0] < span[1]

    parts, position, focused = [], 0, False
    for number, (start, end) in enumerate(sentences, 1):
        parts.append(escape(body[position:start]))
        classes = ["sentence"] + (["cited"] if any(overlaps((start, end), c) for c in cited) else [])
        text = escape(body[start:end])
        if focus is not None and overlaps((start, end), focus):
            anchor = "" if focused else ' id="evidence"'
            text = f'<mark class="evidence"{anchor}>{text}</mark>'
            focused = True
        parts.append(f'<span id="s{number}" class="{" ".join(classes)}">{text}</span>')
        position = max(position, end)
    parts.append(escape(body[position:]))
    return "".join(parts)
