"""Records of the events stage: ACLED-compatible events and territorial-control claims."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..enrich.records import Stance

__all__ = ["FatalityClaim", "Evidence", "Event", "ControlClaim", "Verdict", "VERDICTS", "ClaimKind"]

# The one vocabulary in which claims are judged, by the control timeline and by stories:
#   corroborated  independent origins (different claimants, no relay in common) agree
#   contradicted  another origin says otherwise (a different side holds it, a different figure),
#                 or a named claimant denies or disputes it
#   evolving      the same quantity about the same subject changes between days
#   single        one origin only (told once or repeated by its relays)
Verdict = Literal["corroborated", "contradicted", "evolving", "single"]
VERDICTS: tuple[Verdict, ...] = ("contradicted", "evolving", "corroborated", "single")
ClaimKind = Literal["control", "encirclement", "casualties"]


@dataclass(frozen=True, slots=True)
class FatalityClaim:
    value: float
    claimant: str | None
    hedges: tuple[str, ...] = ()
    scope: str = "event"            # "event"; "campaign" (a war-wide total) or "part" (one group of an
    #                                 incident's dead) are never coded as fatalities
    text: str = ""                  # the words the figure was read from


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    event_date: str | None          # ISO date of the event, not of the report
    time_precision: int             # ACLED: 1 day, 2 week, 3 month
    event_type: str                 # ACLED event type ("Battles", ...)
    sub_event_type: str             # ACLED sub-event type ("Government regains territory", ...)
    actor1: str | None
    actor2: str | None
    inter1: int | None              # ACLED interaction codes 1-8
    inter2: int | None
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None       # ACLED: 1 exact place, 2 near / part of region, 3 region
    fatalities: int                 # most conservative reported figure
    fatality_claims: tuple[FatalityClaim, ...]
    claimant: str | None
    source: tuple[str, ...]         # outlet chain, nearest last: ("ISW", "The Washington Post", "Al Mayadeen English")
    notes: str
    evidence: Evidence
    id: str = ""
    hedges: tuple[str, ...] = ()    # hedges of the sentence and of its quote ("claims", "may have")
    date_evidence: str = ""         # the words the event date was read from, or "publication date"
    civilian_targeting: bool = False
    also_reported_at: tuple[tuple[int, int], ...] = ()   # other sentences of the article telling the same event
    article_url: str | None = None  # the reporting page's URL (or its source URI), so a row leads back to it


@dataclass(frozen=True, slots=True)
class ControlClaim:
    place: str                      # named place or area ("Kursk Oblast", "Sudzha")
    area: str | None                # what share or count ("46% of the territory", "around ten settlements")
    controller: str | None          # who is claimed to hold it now ("Russia", "Ukraine")
    change: str                     # "taken", "retaken", "lost", "held", "contested"
    claimant: str | None
    source: tuple[str, ...]
    date: str | None
    hedges: tuple[str, ...]
    evidence: Evidence
    geonameid: int | None = None
    value: float | None = None      # 10, 46, 1300 ...
    unit: str | None = None         # "settlement", "percent", "km2"
    event_id: str | None = None     # the Event this claim belongs to, when one was coded from the same sentence
    country: str | None = None      # ISO 3166-1 alpha-2 of the place
    admin1: str | None = None
    id: str = ""
    kind: ClaimKind = "control"     # "control" of ground, "encirclement" of units, "casualties" (a death toll)
    approx: bool = False            # the figure is qualified ("about ten", "nearly half")
    disputed_by: str | None = None  # a named claimant who denies or disputes it (Quote.stance), else None
    stance: Stance = "asserts"      # "denies"/"disputes" when the claimant says it is not so ("denied that ...")
    disputed_at: Evidence | None = None   # the sentence of the dispute, when it is not this claim's own
