"""Incidents: the events of many articles that report one thing that happened, as one row.

The coder merges the mentions of an incident within one article (merging._same_event); copies of
one wire story, syndicated pages and other outlets still give one event each. Here those events
become one incident with several reports, as ACLED keeps one row with several sources:

- two events are one incident when both name the same country, their days overlap (a day the
  text gives is that day; a day read from the publication date alone may be that day or the one
  before: "killed on Tuesday" reported on Wednesday; a week or a month is too vague to join),
  and the coder's own test finds them compatible (place, event type, actors and dates:
  `merging._same_event`, read without its rule that claimants stay apart);
- and when they have enough in common (`_agreement`): the same town, or the same division and
  the same number of dead, ...; different tolls or different perpetrators count against. A war
  has many incidents of one kind a day in one region, so reports of different stories need more
  than reports that the story clustering (`story_of`: article id -> story id) put in one story;
- two events of one article with the same claimant were kept apart by the coder on purpose and
  stay apart;
- an incident is grown in a canonical order (date, article, offset) and an event joins it only
  when it is compatible with every event already in it, so a chain of near neighbours does not
  make one incident of a whole day, and the result does not depend on the input order.

The incident's fatalities are the most conservative event-scope figure of all its reports
(merging.incident_fatalities); every claim is kept with its claimant in its report. The per-article
events stay as the evidence: each report names its event, article, URL and offsets.
Written by hand: no library merges news events across sources.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .records import Event, FatalityClaim

__all__ = ["Report", "Incident", "merge_incidents", "day_range"]


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of an incident: its event, with the way back to the sentences."""

    event_id: str
    article_id: str
    article_url: str | None
    start: int
    end: int
    also_reported_at: tuple[tuple[int, int], ...]
    claimant: str | None
    source: tuple[str, ...]
    fatalities: int
    fatality_claims: tuple[FatalityClaim, ...]


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident: `event` holds the merged coding (best place and date, conservative deaths),
    `reports` every article's account of it, first report first."""

    id: str
    event: Event
    reports: tuple[Report, ...]

    @property
    def fatalities(self) -> int:
        return self.event.fatalities

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.article_id for r in self.reports))


def day_range(event: Event) -> tuple[date, date] | None:
    """The days the event may have happened on (None when its date is unknown or not a day).

    >>> from newsledger.events.records import Evidence
    >>> e = Event("2024-05-02", 2, "Battles", "Armed clash", None, None, None, None, None, None, None,
    ...           None, None, None, 0, (), None, (), "", Evidence("a", 0, 1), date_evidence="publication date")
    >>> [d.isoformat() for d in day_range(e)]
    ['2024-05-01', '2024-05-02']
    """
    from_publication = event.date_evidence == "publication date"
    if event.event_date is None or len(event.event_date) < 10 or (event.time_precision != 1 and not from_publication):
        return None
    try:
        day = date.fromisoformat(event.event_date[:10])
    except ValueError:
        return None
    if from_publication:          # the coder marks it a week: it happened by that day, likely the day before
        return day - timedelta(days=1), day
    return day, day


def merge_incidents(events: Iterable[Event], story_of: Mapping[str, str] | None = None) -> tuple[Incident, ...]:
    """The incidents `events` (of any number of articles) report, in canonical order."""
    ordered = sorted(events, key=_order)
    groups: list[list[Event]] = []
    by_country: dict[str | None, list[int]] = defaultdict(list)
    for event in ordered:
        home = None
        if event.country is not None:
            home = next((i for i in by_country[event.country]
                         if all(_one_incident(member, event, story_of) for member in groups[i])), None)
        if home is None:
            by_country[event.country].append(len(groups))
            groups.append([event])
        else:
            groups[home].append(event)
    return tuple(_incident(group) for group in groups)


def _order(event: Event) -> tuple:
    return (event.event_date or "", event.evidence.article_id, event.evidence.start, event.id)


def _one_incident(a: Event, b: Event, story_of: Mapping[str, str] | None) -> bool:
    from .merging import _same_event

    same_article = a.evidence.article_id == b.evidence.article_id
    if same_article and a.claimant == b.claimant:
        return False                 # the coder kept them apart within their article
    if a.country is None or a.country != b.country:
        return False
    one_story = same_article or (story_of is not None and a.evidence.article_id in story_of
                                 and story_of.get(a.evidence.article_id) == story_of.get(b.evidence.article_id))
    days_a, days_b = day_range(a), day_range(b)
    if days_a is None or days_b is None or days_a[1] < days_b[0] or days_b[1] < days_a[0]:
        return False                 # a week or a month says too little to join reports of different pages
    # The coder's compatibility test (place, type, actors, dates) without its claimant rule:
    # reports of one incident by different claimants are what this module brings together.
    if not _same_event(a, dataclasses.replace(b, claimant=a.claimant)):
        return False
    return _agreement(a, b) >= (ONE_STORY if one_story else APART)


# How much two compatible reports must have in common to be one incident (see _agreement): in one
# story, a division or a toll; in different stories (or none known), a town, or a division and a
# toll. Chosen on the tuning rows of `python -m evaluation incidents` for precision first.
ONE_STORY = 1.0
APART = 2.0


def _agreement(a: Event, b: Event) -> float:
    """What two compatible reports have in common: the same town 2 (a first-level division 1),
    the same number of dead 1, the same sub-event type, actors and day 0.5 each; different
    numbers of dead or different perpetrators count against (-1 each: they may be a later toll
    or the other side's account of one incident, but more often two incidents)."""
    score = float(_place_agreement(a, b))
    if a.fatalities and b.fatalities:
        score += 1 if a.fatalities == b.fatalities else -1
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        score -= 1
    score += 0.5 * (a.sub_event_type == b.sub_event_type)
    score += 0.5 * ({a.actor1, a.actor2} == {b.actor1, b.actor2})
    score += 0.5 * (a.event_date == b.event_date)
    return score


def _place_agreement(a: Event, b: Event) -> int:
    """2: the same town or village; 1: the same first-level division, or a town in the other's
    division; 0: only the same country, or a place unknown. Within one article a vaguer place
    may be the same one; across articles, where a war has many incidents a day, it says little."""
    if a.location is not None and a.location == b.location and max(a.geo_precision or 3, b.geo_precision or 3) <= 2:
        return 2
    return int(a.admin1 is not None and a.admin1 == b.admin1)


def _incident(group: list[Event]) -> Incident:
    from .merging import incident_fatalities

    first = group[0]
    placed = min(group, key=lambda e: (e.geo_precision or 9, _order(e)))
    dated = min(group, key=lambda e: (e.time_precision, e.date_evidence == "publication date", _order(e)))
    claims = tuple(dict.fromkeys(c for e in group for c in e.fatality_claims))
    actors = next((e for e in group if e.actor1 and e.actor2), None) or next((e for e in group if e.actor1), first)
    reports = tuple(Report(e.id, e.evidence.article_id, e.article_url, e.evidence.start, e.evidence.end,
                           e.also_reported_at, e.claimant, e.source, e.fatalities, e.fatality_claims) for e in group)
    claimants = tuple(dict.fromkeys(e.claimant for e in group if e.claimant))
    merged = dataclasses.replace(
        first, event_date=dated.event_date, time_precision=dated.time_precision, date_evidence=dated.date_evidence,
        actor1=actors.actor1, actor2=actors.actor2, inter1=actors.inter1, inter2=actors.inter2,
        country=placed.country, admin1=placed.admin1, location=placed.location, latitude=placed.latitude,
        longitude=placed.longitude, geo_precision=placed.geo_precision,
        fatality_claims=claims, fatalities=incident_fatalities(claims),
        claimant=claimants[0] if len(claimants) == 1 else first.claimant,
        source=tuple(dict.fromkeys(s for e in group for s in (((e.claimant,) if e.claimant else ()) + e.source)
                                   if s != (claimants[0] if len(claimants) == 1 else first.claimant))),
        hedges=tuple(dict.fromkeys(h for e in group for h in e.hedges)),
        civilian_targeting=any(e.civilian_targeting for e in group))
    key = "|".join(sorted(e.id for e in group))
    incident_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return Incident(incident_id, dataclasses.replace(merged, id=incident_id), reports)
