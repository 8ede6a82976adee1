"""Claims about the war, produced once for every later stage: territorial control ("some eight
villages have been freed", "30% of the district"), encirclement ("a rebel unit was surrounded
near the dam") and death tolls (the fatality figures the coder read, with their
claimant); and, per place, a timeline of control claims with a verdict.

Written by hand: which side a claim says holds ground, what share or count of ground, and the
change (taken, retaken, lost, contested, advanced), read from the same cue table as events
(cues.py) plus the area phrases of war reporting (settlements, villages, square kilometres,
percent or "half of the territory"). Each claim keeps its claimant, the outlet chain, its hedges
and the sentence it came from, because control claims are the most disputed facts of a war.

Every claim has its place and date from the events stage's resolvers (`where.locate`,
`when.event_date`, or the event it belongs to), its claimant and outlet chain from
`sourcing.claimant_and_source`, its stance (a quote that denies it is a denial) and the named
claimant who disputes it (a quote with stance "denies" or "disputes" in the sentence, or in the
next one when that one claims nothing itself: "That assertion was denied by ...").

Verdict in a timeline, in the vocabulary of `records.Verdict`: "contradicted" when the sentence
itself hedges or disputes the claim, or another claimant says a different side holds the place
within two weeks; "corroborated" when an independent claimant (different person or body, no
outlet in common) makes a claim in the same direction within a month; otherwise "single".
Advances ("gained ground", "pushed back") are shown but are not claims of control, so they
neither contradict nor corroborate.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..enrich.hedges import QUALIFIER_PATTERN, find_hedges
from ..enrich.numbers import NUMBER_PATTERN
from ..enrich.records import Analysis, Place
from .actors import ActorMention, find_actors, short_name
from .aspect import kept_parses
from .geography import article_country
from .coder import code_events, paragraph_of, person_spans
from .sourcing import claimant_and_source
from .cues import find_cues
from .fatalities import number_value
from .records import ControlClaim, Event, Evidence, Verdict
from .when import event_date
from .where import locate

__all__ = ["find_control_claims", "control_timeline", "TimelineEntry", "area_phrases"]

_SHORT = {"RUS": "Russia", "WAGNER": "Russia", "UKR": "Ukraine", "UKR-POLICE": "Ukraine",
          "DPR": "DPR", "LPR": "LPR", "NAF": "Novorossiya"}
# the one qualifier lexicon (enrich.hedges): "about ten", "nearly half"
_QUAL = rf"(?:(?:{QUALIFIER_PATTERN})\s+)?"
_QUALIFIED = re.compile(rf"(?:{QUALIFIER_PATTERN})\s", re.I)
_NUM = r"(" + NUMBER_PATTERN + r"|several)"
_AREAS = (
    (re.compile(_QUAL + _NUM + r"\s*(?:%|percent|per cent)(?:\s+of\s+(?:the\s+|its\s+)?[\w’' -]{0,40}?(?=[,.;]|\s+in\b|\s+that\b|$))?", re.I), "percent"),
    (re.compile(_QUAL + _NUM + r"\s*(?:square kilomet(?:er|re)s|sq\.? ?km|km2|km²|square kms?)", re.I), "km2"),
    (re.compile(_QUAL + _NUM + r"\s*(?:square miles|sq\.? ?mi)", re.I), "mi2"),
    (re.compile(_QUAL + _NUM + r"\s+(?:[\w-]+\s+)?(?:settlements?|villages?|towns?|localities|hamlets?|communities)", re.I),
     "settlement"),
)
_FRACTION = re.compile(_QUAL + r"(half|a third|one third|a quarter|one quarter|two thirds|two-thirds|most)\s+of\s+"
                       r"(?:the\s+|its\s+)?(?:territor(?:y|ies)|land|area|ground|region|salient)[\w ]{0,30}?(?=[,.;]|$|\s+in\b)", re.I)
_FRACTIONS = {"half": 50, "a third": 33, "one third": 33, "a quarter": 25, "one quarter": 25, "two thirds": 67,
              "two-thirds": 67, "most": 50}
_CHANGE_CUES = (
    ("contested", re.compile(r"\b(?:encircl(?:ed|ement)|surrounded|cut off|besieged|under siege)\b", re.I)),
    ("lost", re.compile(r"\b(?:lost control|lost (?:the )?(?:village|town|city|settlement)|withdr(?:ew|awn) from|"
                        r"retreated from|pushed out of|driven out of|expelled from|abandoned)\b", re.I)),
    ("advanced", re.compile(r"\b(?:advanc(?:ed|es|ing)|gain(?:ed|s|ing)? ground|made (?:further )?advances|"
                            r"driven back|pushed back)\b", re.I)),
    # "Russian troops now control 55% of Vovchansk": a claim of who holds ground, only with an area
    ("held", re.compile(r"\b(?:control(?:s|led)?|hold(?:s|ing)?|held)\b", re.I)),
)
_NEGATED = re.compile(r"\b(?:no|not|never|nor)\s+(?:been\s+|being\s+)?$", re.I)
_POSSESSED_CLAIM = re.compile(r"\b([A-Z][\w-]+(?:\s[A-Z][\w-]+)*)(?:'s|’s)\s+(?:\w+\s)?(?:claims?|assertions?|"
                              r"statements?|figures?)\b[^.]{0,60}$")
_IN_PARENS = re.compile(r"\(\s*(?:about|some|around|roughly|nearly|or)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    claim: ControlClaim
    status: Verdict            # "single" | "corroborated" | "contradicted"
    against: tuple[str, ...]   # ids of the claims that corroborate or contradict this one


def area_phrases(sentence: str) -> list[tuple[str, float, str, int]]:
    """(words, value, unit, start) of each area of ground a sentence claims, in order.

    >>> [(v, u) for _, v, u, _ in area_phrases("seizing about 640 square kilometers (some 250 square miles) and holding 40 villages")]
    [(640.0, 'km2'), (40.0, 'settlement')]
    >>> [(v, u) for _, v, u, _ in area_phrases("won back almost half of the land it first lost")]
    [(50.0, 'percent')]
    """
    found: list[tuple[str, float, str, int]] = []
    for pattern, unit in _AREAS:
        for match in pattern.finditer(sentence):
            if _IN_PARENS.search(sentence[:match.start()]):
                continue
            value = number_value(match.group(1))
            if value is not None and not any(s <= match.start() < s + len(t) for t, _, _, s in found):
                found.append((match.group(0).strip(), float(value), unit, match.start()))
    for match in _FRACTION.finditer(sentence):
        if not any(s <= match.start() < s + len(t) or match.start() <= s < match.end() for t, _, _, s in found):
            found.append((match.group(0).strip(), float(_FRACTIONS[match.group(1).lower()]), "percent", match.start()))
    return sorted(found, key=lambda item: item[3])


def find_control_claims(analysis: Analysis, doc: Any = None, events: tuple[Event, ...] | None = None
                        ) -> tuple[ControlClaim, ...]:
    """Every claim of who took, retook, lost or holds ground or encircled whom, one per place and
    area, in body order; then the death tolls of the coded events as casualty claims."""
    with kept_parses():           # the sentences' parses, dropped when the article is read (aspect.kept_parses)
        return _control_claims(analysis, code_events(analysis, doc) if events is None else events)


def _control_claims(analysis: Analysis, events: tuple[Event, ...]) -> tuple[ControlClaim, ...]:
    claims: list[ControlClaim] = []
    body = analysis.article.body
    previous: tuple[ActorMention, ...] = ()
    answered: list[ControlClaim] = []        # the previous sentence's claims, which a denial may answer
    country = article_country(analysis.places, body)     # as the coder reads actors: by the article's country
    for start, end in analysis.sentences:
        text = body[start:end]
        mentions = tuple(m for m in find_actors(text, country) if not m.locative)
        change, cue_at = _change(text)
        held = change != "held" or bool(area_phrases(text))       # "held talks" claims no ground
        found = _claims_in(analysis, start, end, change, cue_at, mentions or previous, events) if change and held else []
        if not found and answered and (disputant := _disputant(analysis, start, end, None)):
            claims[-len(answered):] = [dataclasses.replace(c, disputed_by=c.disputed_by or disputant,
                                                           disputed_at=Evidence(analysis.article.id, start, end))
                                       for c in answered]
        claims.extend(found)
        answered = found
        previous = mentions or previous
    claims.extend(casualty_claims(analysis, events))
    unique: dict[tuple, ControlClaim] = {}
    for claim in claims:
        key = (claim.kind, claim.place, claim.value, claim.unit, claim.controller, claim.change, claim.claimant)
        first = unique.get(key)
        if first is None:
            unique[key] = claim
        else:       # the same claim told twice ("... retook six villages ... 'six villages freed,' he told RIA")
            unique[key] = dataclasses.replace(first, source=tuple(dict.fromkeys(first.source + claim.source)),
                                              hedges=tuple(dict.fromkeys(first.hedges + claim.hedges)))
    return tuple(unique.values())


def _change(text: str) -> tuple[str | None, int]:
    for cue in find_cues(text):
        if cue.sub_event_type == "retake":
            return "retaken", cue.start
        if cue.sub_event_type == "take":
            return "taken", cue.start
    for change, pattern in _CHANGE_CUES:
        match = pattern.search(text)
        if match and not _planned(text, match.start()):
            return change, match.start()
    return None, 0


def _planned(text: str, at: int) -> bool:
    return not find_cues(text[max(0, at - 60):at + 30]) and bool(
        re.search(r"\b(?:to|will|would|could|aim\w*|plan\w*)\s+(?:\w+\s+)?$", text[max(0, at - 40):at], re.I))


def _claims_in(analysis: Analysis, start: int, end: int, change: str, cue_at: int,
               mentions: tuple[ActorMention, ...], events: tuple[Event, ...]) -> list[ControlClaim]:
    body = analysis.article.body
    text = body[start:end]
    event = next((e for e in events if e.evidence.start == start or (start, end) in e.also_reported_at), None)
    place = _event_place(analysis, event) if event else _claim_place(analysis, start, end, cue_at, mentions, events)
    controller = _event_controller(event, change) if event else None
    controller = controller or _controller(mentions, change, cue_at)
    if change == "lost" and controller is not None:
        # told as one side's loss, recorded as the other side's gain: the claim names who holds the ground
        change = "retaken" if place is not None and _COUNTRY_OF.get(controller) == place.country else "taken"
    claimant, source, quote = claimant_and_source(analysis, start, end)
    published = analysis.article.published.iso if analysis.article.published else None
    when = event_date(text, start, end, analysis.dates, published)
    hedges = tuple(dict.fromkeys(find_hedges(text) + (quote.hedges if quote else ())))
    areas: list[tuple[str | None, float | None, str | None, int]] = [*area_phrases(text)] or [(None, None, None, cue_at)]
    stance = quote.stance if quote is not None and quote.speaker == claimant else "asserts"
    if _NEGATED.search(text[max(0, cue_at - 30):cue_at]):
        stance = "denies"            # "There is no encirclement", "are not encircled"
    claims = []
    for words, value, unit, at in areas:
        # "despite Moscow's claim this week that it had liberated 60%": the figure is Moscow's
        owner = _POSSESSED_CLAIM.search(text[:at][-120:]) if words else None
        if owner is not None and owner.group(1) != claimant:
            claimant, stance = owner.group(1), "asserts"
        claim = ControlClaim(
            place=place.name if place else "unknown", area=words, controller=controller, change=change,
            claimant=claimant, source=source, date=when.iso, hedges=hedges,
            evidence=Evidence(analysis.article.id, start, end),
            geonameid=place.geonameid if place else None, value=value, unit=unit,
            event_id=event.id if event else None,
            country=place.country if place else None, admin1=place.admin1 if place else None,
            kind="encirclement" if change == "contested" else "control",
            approx=bool(words and _QUALIFIED.match(words)), stance=stance,
            disputed_by=_disputant(analysis, start, end, claimant),
        )
        claims.append(dataclasses.replace(claim, id=_claim_id(claim)))
    return claims


def _disputant(analysis: Analysis, start: int, end: int, claimant: str | None) -> str | None:
    """The named speaker of a quote in the sentence that denies or disputes ("the claim was
    rejected on Monday by the army's commander"), other than the claimant; a hedge such as
    "such figures are disputed" names no one and is not a disputant."""
    for quote in analysis.quotes:
        if quote.stance != "asserts" and quote.speaker and quote.speaker != claimant \
                and start <= quote.start < end:
            return quote.speaker
    return None


def casualty_claims(analysis: Analysis, events: tuple[Event, ...]) -> list[ControlClaim]:
    """The death tolls the coder read (each with its claimant and hedges), as claims: placed and
    dated as their event, except a campaign total ("12,000 soldiers killed in the operation"),
    which is a claim as of the day it was made. `controller` is the side that suffered them."""
    body = analysis.article.body
    published = analysis.article.published.iso[:10] if analysis.article.published else None
    sentences = analysis.sentences
    country = article_country(analysis.places, body)
    out: list[ControlClaim] = []
    for event in events:
        place = _event_place(analysis, event)
        for death in event.fatality_claims:
            at = body.find(death.text) if death.text else -1
            start, end = next(((s, e) for s, e in sentences if s <= at < e),
                              (event.evidence.start, event.evidence.end)) if at >= 0 else \
                (event.evidence.start, event.evidence.end)
            sides = [_SHORT[m.actor.key] for m in find_actors(death.text or "", country) if m.actor.key in _SHORT]
            figure = next((f for f in analysis.figures if start <= f.start < end and f.value == death.value), None)
            claim = ControlClaim(
                place=place.name if place else "unknown", area=death.text or None,
                controller=sides[0] if sides else None, change="killed",
                claimant=death.claimant or event.claimant, source=event.source,
                date=published if death.scope == "campaign" else event.event_date, hedges=death.hedges,
                evidence=Evidence(analysis.article.id, start, end),
                geonameid=place.geonameid if place else None, value=float(death.value), unit="person",
                event_id=event.id, country=place.country if place else None,
                admin1=place.admin1 if place else None, kind="casualties",
                approx=figure.approx if figure else bool(_QUALIFIED.match(death.text or "")),
                disputed_by=_disputant(analysis, start, end, death.claimant or event.claimant))
            out.append(dataclasses.replace(claim, id=_claim_id(claim)))
    return out


def _event_place(analysis: Analysis, event: Event) -> Place | None:
    found = next((p for p in analysis.places if p.name == event.location), None)
    if found is None and event.location:
        return Place(event.location, None, event.latitude, event.longitude, event.admin1, event.country, 1)
    return found


def _claim_place(analysis: Analysis, start: int, end: int, cue_at: int, mentions: tuple[ActorMention, ...],
                 events: tuple[Event, ...]) -> Place | None:
    """As for events: the sentence's place, else the place of the article's last event before it."""
    body = analysis.article.body
    not_places = tuple((start + m.start, start + m.end) for m in mentions) + person_spans(analysis, start, end)
    location = locate(analysis.places, body, start, end, cue_at=start + cue_at, actor_spans=not_places, fallback=False, sentences=analysis.sentences)
    if location is not None:
        return location.place
    earlier = [e for e in events if e.evidence.start < start and e.location]
    if earlier:
        return _event_place(analysis, earlier[-1])
    location = locate(analysis.places, body, start, end, context=paragraph_of(body, start), actor_spans=not_places, sentences=analysis.sentences)
    return location.place if location else None


def _event_controller(event: Event, change: str) -> str | None:
    agent, other = short_name(event.actor1), short_name(event.actor2)
    if change in ("lost", "contested"):
        return other
    if agent is None and other is not None:
        return _OPPOSITE.get(other)
    return agent


def _controller(mentions: tuple[ActorMention, ...], change: str, cue_at: int) -> str | None:
    armed = [m for m in mentions if m.actor.key in _SHORT]
    if not armed:
        return None
    before = [m for m in armed if m.start < cue_at]
    agent = (before[-1] if before else armed[0]).actor
    if change in ("lost", "contested"):
        other = next((m.actor for m in armed if _SHORT[m.actor.key] != _SHORT[agent.key]), None)
        return _SHORT[other.key] if other is not None else _OPPOSITE.get(_SHORT[agent.key])
    return _SHORT[agent.key]


_OPPOSITE = {"Russia": "Ukraine", "Ukraine": "Russia"}
_COUNTRY_OF = {"Russia": "RU", "Ukraine": "UA"}


def _claim_id(claim: ControlClaim) -> str:
    key = "|".join(str(part) for part in (claim.evidence.article_id, claim.evidence.start, claim.place,
                                          claim.value, claim.unit, claim.change, claim.controller, claim.kind))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


_DISPUTE_HEDGES = ("disput", "denied", "denies", "deny", "contested", "unverif", "could not", "cannot", "not been")


def control_timeline(claims: Iterable[ControlClaim]) -> dict[str, list[TimelineEntry]]:
    """Per place, its claims in date order, each with a status against the others.

    >>> from newsledger.events.records import Evidence
    >>> a = ControlClaim("Sudzha", None, "Russia", "retaken", "Russian MoD", ("TASS",), "2025-03-13", (), Evidence("a", 0, 1))
    >>> b = ControlClaim("Sudzha", None, "Ukraine", "held", "Oleksandr Syrsky", ("Telegram",), "2025-03-14", (), Evidence("b", 0, 1))
    >>> [e.status for e in control_timeline([a, b])["Sudzha"]]
    ['contradicted', 'contradicted']
    """
    by_place: dict[str, list[ControlClaim]] = {}
    for claim in claims:
        if claim.kind != "casualties":       # a death toll says nothing about who holds a place
            by_place.setdefault(_place_key(claim), []).append(claim)
    timeline: dict[str, list[TimelineEntry]] = {}
    for place_claims in by_place.values():
        ordered = sorted(place_claims, key=lambda c: (c.date or "", c.evidence.article_id, c.evidence.start))
        timeline[ordered[0].place] = [_entry(claim, ordered) for claim in ordered]
    return timeline


def _place_key(claim: ControlClaim) -> str:
    if claim.geonameid:
        return str(claim.geonameid)
    return re.sub(r"\s+(?:oblast|region|province)$", "", claim.place.lower().strip())


def _entry(claim: ControlClaim, others: list[ControlClaim]) -> TimelineEntry:
    # an advance is not a claim of control: it is shown, but neither disputes nor corroborates
    others = [o for o in others if o.change != "advanced"] if claim.change != "advanced" else []
    disputing = [o for o in others if o is not claim and _different_voice(claim, o) and _days(claim, o) <= 14
                 and o.controller and claim.controller and o.controller != claim.controller]
    if disputing or claim.disputed_by or claim.stance != "asserts" \
            or any(h.startswith(_DISPUTE_HEDGES) for h in claim.hedges):
        return TimelineEntry(claim.date, claim, "contradicted", tuple(o.id for o in disputing))
    agreeing = [o for o in others if o is not claim and _independent(claim, o) and _days(claim, o) <= 30
                and o.controller == claim.controller]
    if agreeing:
        return TimelineEntry(claim.date, claim, "corroborated", tuple(o.id for o in agreeing))
    return TimelineEntry(claim.date, claim, "single", ())


def _different_voice(a: ControlClaim, b: ControlClaim) -> bool:
    if a.claimant and b.claimant:
        return a.claimant.casefold() != b.claimant.casefold()
    return a.evidence.article_id != b.evidence.article_id


def _independent(a: ControlClaim, b: ControlClaim) -> bool:
    """Another voice that reached us through none of the same outlets."""
    return _different_voice(a, b) and not (set(a.source) & set(b.source))


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-15")
    except ValueError:
        return None


def _days(a: ControlClaim, b: ControlClaim) -> int:
    first, second = _as_date(a.date), _as_date(b.date)
    if first is None or second is None:
        return 10**6
    return abs((first - second).days)
