"""events: Analysis -> Event[] in ACLED's taxonomy, and territorial-control claims.

    code_events(analysis, doc=None) -> tuple[Event, ...]        coder.py
    find_control_claims(analysis, doc=None) -> tuple[ControlClaim, ...]   control.py
    with_events(analysis, doc=None) -> Analysis                  both, filled into the analysis
    control_timeline(claims) -> {place: [TimelineEntry]}         control.py
    write_csv / write_jsonl / write_plover                       export.py
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import ControlClaim, Event, Evidence, FatalityClaim

if TYPE_CHECKING:
    from .coder import code_events, with_events
    from .control import TimelineEntry, control_timeline, find_control_claims

# The coder and its vocabularies load on first use, not when a record type is imported (so that
# `newsledger extract` starts without them).
_LAZY = {"code_events": "coder", "with_events": "coder", "find_control_claims": "control",
         "control_timeline": "control", "TimelineEntry": "control"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["code_events", "with_events", "find_control_claims", "control_timeline", "TimelineEntry",
           "Event", "ControlClaim", "Evidence", "FatalityClaim"]
