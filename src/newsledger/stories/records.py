"""Records of the stories stage: stories, aligned claims, framing, and the bundle a report renders.

Offsets are character offsets into the body of the article named by `article_id`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..events.records import Evidence, Verdict

__all__ = ["SentenceRef", "MapPlace", "Story", "Claim", "ClaimGroup", "Source", "FramingTerm", "FramingRow", "StoryBundle"]

__all__ += ["Verdict"]      # the one vocabulary of verdicts, defined with the claims it judges (events.records)


# A sentence of an article (id and character offsets): the same record the events stage cites.
SentenceRef = Evidence


@dataclass(frozen=True, slots=True)
class MapPlace:
    name: str
    lat: float
    lon: float
    mentions: int
    article_id: str                 # first article that names it
    geocoded_by: str = "enrich"     # "enrich" (from the article's places) or "gazetteer" (claim subjects)


@dataclass(frozen=True, slots=True)
class Story:
    id: str                         # hash of the sorted member article ids
    title: str                      # the most central headline, or top places + entities
    label: str                      # short tag: "Kursk · counteroffensive, incursion"
    article_ids: tuple[str, ...]    # members, in order of publication
    places: tuple[str, ...]         # most mentioned first
    entities: tuple[str, ...]       # canonical names, most shared first
    first: str | None               # ISO date of the earliest member
    last: str | None                # ISO date of the latest member


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion in one sentence, with who made it and through whom it reached the page."""

    kind: str                       # "control", "casualties", "encirclement" (events.records.ClaimKind)
    place: str | None
    controller: str | None          # the side claimed to hold the ground, to encircle, or to have suffered the deaths
    value: float | None
    unit: str | None                # "settlement", "percent", "km2", "person", ...
    approx: bool
    text: str                       # the words of the claim (figure or sentence)
    claimant: str | None            # first-hand claimant ("Apti Alaudinov", "Institute for the Study of War")
    channel: str | None             # "TASS", "Telegram"
    chain: tuple[str, ...]          # claimant first, page outlet last ("ISW", "The Washington Post", "Al Mayadeen English")
    origin: str                     # the independent origin this claim counts for
    hedges: tuple[str, ...]
    disputed_by: str | None         # named disputant when the sentence says so
    polarity: int                   # +1 asserts, -1 denies or disputes
    date: str | None                # the day it is about, as the events stage resolved it (ISO)
    outlet: str | None
    evidence: SentenceRef
    claimed: str | None = None      # the day it was claimed: the page's publication day (ISO)


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    subject: str                    # readable: "Kursk Oblast: territory held by Russia"
    kind: str
    place: str | None
    controller: str | None
    claims: tuple[Claim, ...]       # in date order
    verdict: Verdict
    origins: tuple[str, ...]        # independent origins behind the claims
    note: str                       # one line saying why the verdict


@dataclass(frozen=True, slots=True)
class Source:
    """One page's place in the web of credit: who it credits and whether it is a copy."""

    article_id: str
    outlet: str
    credits: tuple[str, ...]        # credited outlets and wires, nearest first
    copy_of: str | None             # article id of the original when this page is a near copy
    independent: bool
    origin: str                     # the outlet this page's reporting counts for


@dataclass(frozen=True, slots=True)
class FramingTerm:
    outlet: str
    variant: str                    # the group's name for this choice ("Kyiv")
    count: int
    evidence: SentenceRef


@dataclass(frozen=True, slots=True)
class FramingRow:
    concept: str                    # "capital of Ukraine"
    terms: tuple[FramingTerm, ...]
    differs: bool                   # outlets chose different words


@dataclass(frozen=True, slots=True)
class StoryBundle:
    """Everything a report renders for one story."""

    story: Story
    analyses: tuple[Any, ...]       # newsledger.enrich.records.Analysis, members in date order
    sources: tuple[Source, ...]
    claim_groups: tuple[ClaimGroup, ...]
    framing: tuple[FramingRow, ...]
    events: tuple[Any, ...] = ()    # newsledger.events.records.Event
    sentences: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    map_places: tuple[MapPlace, ...] = ()
