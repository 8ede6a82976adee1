"""Filters, facet counts, sorting and paging over the index: one implementation for the pages,
the JSON API and the downloads, so a filtered view and its download always hold the same rows.

A filter is a frozen record of optional values; `where()` turns it into SQL with bound
parameters only (never text from a request in the SQL itself).
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from .index import Index

__all__ = ["StoryFilter", "ClaimFilter", "EventFilter", "Page", "CLAIM_FACETS", "EVENT_FACETS",
           "STORY_SORTS", "find_stories", "find_claims", "find_events", "facet_counts", "all_rows"]

STORY_SORTS = {"size": "size DESC, last DESC, id", "recent": "last DESC, size DESC, id",
               "contradictions": "contradictions DESC, size DESC, id"}
# facet name -> column; the names are the filter names of the API
CLAIM_FACETS = {"place": "place", "actor": "actor", "claimant": "claimant", "outlet": "outlet",
                "verdict": "verdict", "kind": "kind", "hedged": "hedged"}
EVENT_FACETS = {"event_type": "event_type", "sub_event_type": "sub_event_type", "actor": "actor1",
                "country": "country", "admin1": "admin1", "location": "location", "outlet": "outlet"}
_FACET_LIMIT = 15
CLAIM_COLUMNS = ("id", "story_id", "date", "verdict", "subject", "kind", "place", "actor", "amount", "value",
                 "unit", "approx", "stance", "claimant", "channel", "outlet", "origin", "chain", "hedges",
                 "disputed_by", "text", "article_id", "url", "start", "end", "sentence", "sentence_text")
EVENT_COLUMNS = ("id", "story_id", "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                 "inter1", "actor2", "inter2", "interaction", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "fatalities", "claimant", "source", "notes", "tags", "outlet",
                 "reports", "article_id", "url", "start", "end", "sentence")


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[dict[str, Any]]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True, slots=True)
class StoryFilter:
    q: str | None = None
    sort: str = "size"


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    place: str | None = None
    actor: str | None = None
    claimant: str | None = None
    outlet: str | None = None
    verdict: str | None = None
    kind: str | None = None
    hedged: bool | None = None
    date_from: date | None = None
    date_to: date | None = None
    story: str | None = None
    article: str | None = None
    q: str | None = None


@dataclass(frozen=True, slots=True)
class EventFilter:
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    story: str | None = None
    article: str | None = None
    q: str | None = None


def _like(text: str) -> str:
    return "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(flt: ClaimFilter | EventFilter) -> tuple[str, list[Any]]:
    """SQL condition and parameters for a filter; the empty filter is "1"."""
    facets = CLAIM_FACETS if isinstance(flt, ClaimFilter) else EVENT_FACETS
    date_column = "date" if isinstance(flt, ClaimFilter) else "event_date"
    text_columns = ("text", "sentence_text", "subject") if isinstance(flt, ClaimFilter) else ("notes", "location")
    terms, params = [], []
    for spec in fields(flt):
        value = getattr(flt, spec.name)
        if value is None or value == "":
            continue
        if spec.name == "actor" and isinstance(flt, EventFilter):
            terms.append("(actor1 = ? OR actor2 = ?)")
            params += [value, value]
        elif spec.name in facets:
            terms.append(f"{facets[spec.name]} = ?")
            params.append(int(value) if isinstance(value, bool) else value)
        elif spec.name == "date_from":
            terms.append(f"{date_column} >= ?")
            params.append(value.isoformat())
        elif spec.name == "date_to":
            terms.append(f"substr({date_column}, 1, 10) <= ?")
            params.append(value.isoformat())
        elif spec.name in ("story", "article"):
            terms.append(f"{spec.name}_id = ?")
            params.append(value)
        elif spec.name == "q":
            terms.append("(" + " OR ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for c in text_columns) + ")")
            params += [_like(value)] * len(text_columns)
    return (" AND ".join(terms) or "1"), params


def facet_counts(index: Index, table: str, facets: dict[str, str], flt: ClaimFilter | EventFilter
                 ) -> dict[str, list[dict[str, Any]]]:
    """For each facet, its most frequent values among the rows the other filters select (so the
    alternatives to a chosen value stay visible): [{"value", "count"}]."""
    out = {}
    for name, column in facets.items():
        others: ClaimFilter | EventFilter = replace(flt, **{name: None})  # type: ignore[arg-type]
        condition, params = where(others)
        rows = index.conn.execute(
            f"SELECT {column}, COUNT(*) FROM {table} WHERE {condition} AND {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT {_FACET_LIMIT}", params).fetchall()
        out[name] = [{"value": bool(v) if name == "hedged" else v, "count": n} for v, n in rows]
    return out


def _page(index: Index, table: str, columns: tuple[str, ...], condition: str, params: list[Any], order: str,
          page: int, per_page: int) -> Page:
    total = index.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {condition}", params).fetchone()[0]
    items = index.rows(f"SELECT {', '.join(columns)} FROM {table} WHERE {condition} ORDER BY {order} "
                       "LIMIT ? OFFSET ?", [*params, per_page, (page - 1) * per_page])
    return Page(items, total, page, per_page, {})


def find_stories(index: Index, flt: StoryFilter, page: int = 1, per_page: int = 50) -> Page:
    condition, params = "1", []
    if flt.q:
        condition, params = "search LIKE ? ESCAPE '\\'", [_like(flt.q)]
    columns = ("id", "title", "label", "size", "outlets", "first", "last", "claims", "contradictions", "events")
    return _page(index, "stories", columns, condition, params, STORY_SORTS[flt.sort], page, per_page)


def find_claims(index: Index, flt: ClaimFilter, page: int = 1, per_page: int = 50) -> Page:
    condition, params = where(flt)
    found = _page(index, "claims", CLAIM_COLUMNS, condition, params, "date, story_id, article_id, start, id",
                  page, per_page)
    return replace(found, facets=facet_counts(index, "claims", CLAIM_FACETS, flt))


def find_events(index: Index, flt: EventFilter, page: int = 1, per_page: int = 50) -> Page:
    condition, params = where(flt)
    found = _page(index, "events", EVENT_COLUMNS, condition, params, "event_date, location, id", page, per_page)
    return replace(found, facets=facet_counts(index, "events", EVENT_FACETS, flt))


def all_rows(index: Index, flt: ClaimFilter | EventFilter) -> list[dict[str, Any]]:
    """Every row a filter selects, in page order, for a download."""
    condition, params = where(flt)
    if isinstance(flt, ClaimFilter):
        return index.rows(f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims WHERE {condition} "
                          "ORDER BY date, story_id, article_id, start, id", params)
    return index.rows(f"SELECT {', '.join(EVENT_COLUMNS)}, acled FROM events WHERE {condition} "
                      "ORDER BY event_date, location, id", params)
