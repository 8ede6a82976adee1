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
    """SQL condition over the narrow key table (claim_keys, event_keys) and its parameters; the
    empty filter is "1". Words are looked up in the wide table's text columns."""
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
            wide = "claims" if isinstance(flt, ClaimFilter) else "events"
            terms.append(f"rid IN (SELECT rowid FROM {wide} WHERE "
                         + " OR ".join(f"casefold({c}) LIKE ? ESCAPE '\\'" for c in text_columns) + ")")
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


def find_stories(index: Index, flt: StoryFilter, page: int = 1, per_page: int = 50) -> Page:
    condition, params = "1", []
    if flt.q:
        condition, params = "search LIKE ? ESCAPE '\\'", [_like(flt.q)]
    columns = ("id", "title", "label", "size", "outlets", "first", "last", "claims", "contradictions", "events")
    total = index.conn.execute(f"SELECT COUNT(*) FROM stories WHERE {condition}", params).fetchone()[0]
    items = index.rows(f"SELECT {', '.join(columns)} FROM stories WHERE {condition} ORDER BY {STORY_SORTS[flt.sort]} "
                       "LIMIT ? OFFSET ?", [*params, per_page, (page - 1) * per_page])
    return Page(items, total, page, per_page, {})


def _selected(index: Index, flt: ClaimFilter | EventFilter, columns: tuple[str, ...], limit: int | None = None,
              offset: int = 0) -> list[dict[str, Any]]:
    """The wide rows a filter selects, in page order (the keys table finds and orders them)."""
    wide, keys = ("claims", "claim_keys") if isinstance(flt, ClaimFilter) else ("events", "event_keys")
    condition, params = where(flt)
    paging = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    return index.rows(f"SELECT {', '.join('w.' + c for c in columns)} FROM "
                      f"(SELECT rid, seq FROM {keys} WHERE {condition} ORDER BY seq{paging}) AS k "
                      f"JOIN {wide} AS w ON w.rowid = k.rid ORDER BY k.seq", params)


def _find(index: Index, flt: ClaimFilter | EventFilter, columns: tuple[str, ...], page: int, per_page: int) -> Page:
    keys, facets = ("claim_keys", CLAIM_FACETS) if isinstance(flt, ClaimFilter) else ("event_keys", EVENT_FACETS)
    condition, params = where(flt)
    total = index.conn.execute(f"SELECT COUNT(*) FROM {keys} WHERE {condition}", params).fetchone()[0]
    items = _selected(index, flt, columns, per_page, (page - 1) * per_page)
    return Page(items, total, page, per_page, facet_counts(index, keys, facets, flt))


def find_claims(index: Index, flt: ClaimFilter, page: int = 1, per_page: int = 50) -> Page:
    return _find(index, flt, CLAIM_COLUMNS, page, per_page)


def find_events(index: Index, flt: EventFilter, page: int = 1, per_page: int = 50) -> Page:
    return _find(index, flt, EVENT_COLUMNS, page, per_page)


def all_rows(index: Index, flt: ClaimFilter | EventFilter) -> list[dict[str, Any]]:
    """Every row a filter selects, in page order, for a download."""
    if isinstance(flt, ClaimFilter):
        return _selected(index, flt, CLAIM_COLUMNS)
    return _selected(index, flt, (*EVENT_COLUMNS, "acled"))
