"""Analyses read back from their stored JSON (the output contract) into records.

The store keeps analyses as JSON dicts; the stories stage works on records. Unknown keys are
ignored and missing ones defaulted, so analyses stored by an older analyzer still load.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ..enrich.records import Analysis, DateMention, Entity, Figure, Place, Quote
from ..events.records import ControlClaim, Event, Evidence, FatalityClaim
from ..records import Article

__all__ = ["analysis_from_json", "event_from_json", "control_claim_from_json"]


def _build(cls, data: dict[str, Any], **nested):
    names = {f.name: f for f in dataclasses.fields(cls)}
    values = {}
    for name, value in data.items():
        if name not in names:
            continue
        if name in nested:
            value = nested[name](value)
        elif isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        values[name] = value
    return cls(**values)


def _evidence(value):
    return _build(Evidence, value) if isinstance(value, dict) else value


def _event(data: dict[str, Any]) -> Event:
    return _build(Event, data, evidence=_evidence,
                  fatality_claims=lambda items: tuple(_build(FatalityClaim, c) for c in items or ()))


def event_from_json(data: dict[str, Any]) -> Event:
    return _event(data)


def control_claim_from_json(data: dict[str, Any]) -> ControlClaim:
    return _build(ControlClaim, data, evidence=_evidence)


def analysis_from_json(data: dict[str, Any]) -> Analysis:
    """An Analysis from Analysis.to_json_dict() output."""
    article = Article.from_json_dict(data)
    return Analysis(
        article=article,
        entities=tuple(_build(Entity, e) for e in data.get("entities") or ()),
        quotes=tuple(_build(Quote, q) for q in data.get("quotes") or ()),
        figures=tuple(_build(Figure, f) for f in data.get("figures") or ()),
        places=tuple(_build(Place, p) for p in data.get("places") or ()),
        dates=tuple(_build(DateMention, d) for d in data.get("dates") or ()),
        events=tuple(_event(e) for e in data.get("events") or ()),
        control_claims=tuple(_build(ControlClaim, c, evidence=_evidence) for c in data.get("control_claims") or ()),
        sentences=tuple((start, end) for start, end in data.get("sentences") or ()),
        event_notes=tuple(data.get("event_notes") or ()),
    )
