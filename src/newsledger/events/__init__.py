"""events: Analysis -> Event[] in ACLED's taxonomy, and territorial-control claims.

    code_events(analysis, doc=None) -> tuple[Event, ...]        coder.py
    find_control_claims(analysis, doc=None) -> tuple[ControlClaim, ...]   control.py
    with_events(analysis, doc=None) -> Analysis                  both, filled into the analysis
    control_timeline(claims) -> {place: [TimelineEntry]}         control.py
    write_csv / write_jsonl / write_plover                       export.py
"""
from __future__ import annotations

from .coder import code_events, with_events
from .control import TimelineEntry, control_timeline, find_control_claims
from .records import ControlClaim, Event, Evidence, FatalityClaim

__all__ = ["code_events", "with_events", "find_control_claims", "control_timeline", "TimelineEntry",
           "Event", "ControlClaim", "Evidence", "FatalityClaim"]
