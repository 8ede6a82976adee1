"""Where an event happened: the most specific geocoded place in or near its sentence.

Written by hand on top of the enrich stage's geocoded `Analysis.places`: the choice among them is
the events stage's own judgement. A place is not an event location when the text names it as a
destination or aim ("aiming to reach the town of X", "advancing toward X"), as
where someone is based ("a Vienna-based analyst"), as where people fled to or troops were
moved from, as where an act came from ("rockets fired from Gaza struck Sderot"), or as where a
statement was issued or the wounded were taken ("a statement issued in Islamabad", "flown to a
hospital in Islamabad"). A bare city name that is also the name of a first-level division the article names
("Kursk" beside "the Kursk region") is read as the division, because war reporting uses the
short form for the region. A sentence that names only the country takes the one place inside it
the article names elsewhere, in a sentence that tells of an act (`_only_place_within`). ACLED geo
precision: 1 the town itself, 2 near a town or part of a region (or a place taken from the
sentence's context), 3 a region or larger.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..enrich.gazetteer import NAME_PARTICLE
from ..enrich.records import Place
from ..enrich.sentences import sentence_spans
from ..enrich.textdates import MONTH_WORDS, WEEKDAYS
from .cues import names_an_act

__all__ = ["Location", "locate", "place_mentions", "name_spans", "named_after_preposition", "not_a_scene"]

_LOCAL = ("city", "village", "town", "settlement")
_AIMED = re.compile(r"(?:\b(?:reach|toward|towards|in the direction of|direction of|approach(?:es|ing)? to|"
                    r"encircle|to capture|to seize|to take|to storm|on the way to|"
                    r"evacuated to|fled to|moved to|redeploy(?:ed|ment)? (?:of troops )?from|border with|"
                    r"bordering|visit(?:ed|s)?|travel(?:ed|led|s)? (?:to|through)|met in|talks in|summit in|"
                    r"based in|born in|studio in|headquartered in|resolving the war with|"
                    # "a statement issued in Islamabad", "flown to a hospital in Islamabad": where it was told
                    # or where the wounded were taken, not where it happened
                    r"(?:statement|communiqu[eé]|press release|(?:news|press) conference|briefing|told reporters)"
                    r"(?:\s+[\w'’-]+){0,2}?\s+(?:in|at|from)|"
                    # "Speaking in Lisbon, the envoy said ...", "Addressing donors in Rome, ...": where the report was
                    # made, not where what it tells happened
                    r"(?:^|[.!?\"“]\s*)(?:speaking|addressing|talking|briefing|testifying)(?:\s+[\w'’-]+){0,4}?\s+(?:in|at|from)|"
                    r"(?:(?:taken|flown|rushed|brought|transferred|airlifted|shifted)\s+to|treated\s+(?:at|in)|"
                    r"admitted\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospital)(?:(?:\s+[\w'’-]+){0,4}?\s+(?:in|at))?|"
                    # "rockets fired from Gaza struck Sderot": where the act came from, not where it happened
                    r"(?:fired|launched|shot|lobbed|crossed|crossing|returned|returning|came|coming|flown|flew|"
                    r"sent|smuggled|infiltrated|withdrew|retreated)\s+(?:[\w'’-]+\s+){0,3}?from)\s+"
                    r"(?:the\s+)?(?:(?:city|town|village|settlement|region|oblast) of\s+)?(?:[\w'’-]+\s+){0,2})$", re.I)
# "a Vienna-based analyst", "the Minsk peace talks", "the Normandy format": named, but not where it happened
# "a U.S.-led coalition", "Iran-backed militias", "UAE aggression": a country named for a side
_BASED = re.compile(r"^\s*(?:[-‐]?\s*(?:based|led|backed|sponsored|funded)\b|aggression\b|"
                    r"(?:peace\s+)?(?:talks|agreements?|accords?|format|process|summit|"
                    r"negotiations|protocols?|memorandum|deal)\b)", re.I)
# a state named as the speaker of a report ("..., the US military said", "Israel's army said"): who told it, never where
_SPEAKS = re.compile(r"(?:['’]s)?\s+(?:(?:military|army|navy|air\s+force|armed\s+forces|forces|government|officials?|"
                     r"(?:defen[cs]e\s+|foreign\s+|interior\s+)?ministry|authorities|embassy|spokes(?:man|woman|person)|"
                     r"(?:central\s+)?command)\s+){1,2}(?:said|says|stated|reported|told|announced|confirmed|added|claimed)\b", re.I)
_CREDIT_OPENS = re.compile(r",\s+(?:the\s+)?$", re.I)
_NEAR = re.compile(r"\b(?:near|outskirts of|close to|vicinity of|around|outside|north of|south of|east of|west of|"
                   r"(?:north|south|east|west)(?:east|west)? of)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$", re.I)
_DISTRICT = re.compile(r"^\s*(?:district|direction|axis|front|area|sector|raion)\b", re.I)


@dataclass(frozen=True, slots=True)
class Location:
    place: Place
    geo_precision: int
    in_sentence: bool


def place_mentions(place: Place, body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of `place` inside body[start:end]: the enrich spans, or its name found by text."""
    spans = [(s, e) for s, e in place.spans if start <= s < end]
    if spans or place.spans:
        return spans
    return [(start + s, start + e) for s, e in name_spans(place.name, body[start:end])]


def name_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where a place's name is written in `text` ("Donetsk Oblast" also as "Donetsk")."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name.split(" Oblast")[0]) + r"(?!\w)", re.I)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def locate(places: tuple[Place, ...], body: str, start: int, end: int,
           context: tuple[int, int] | None = None, cue_at: int | None = None,
           actor_spans: tuple[tuple[int, int], ...] = (), fallback: bool = True,
           sentences: tuple[tuple[int, int], ...] = ()) -> Location | None:
    """The event location for the sentence body[start:end]; `context` is the paragraph around it.

    `actor_spans` are body spans where a place name stands for a side ("gains by Kyiv", "Moscow
    says"): those mentions are not locations. `sentences` are the body's sentence spans (the rule
    splitter's when not given).
    """
    chosen = _best(places, body, start, end, cue_at, actor_spans)
    if chosen is not None and chosen[0].feature == "country":
        within = _only_place_within(chosen[0], places, body, actor_spans, sentences or sentence_spans(body))
        if within is not None:
            return _located(within, 2 if _precision(within) == 1 else 3, places, in_sentence=True)
    if chosen is not None:
        return _located(*chosen, places, in_sentence=True)
    if not fallback:
        return None
    if context is not None:
        chosen = _best(places, body, context[0], context[1], None, actor_spans)
        if chosen is not None:
            return _located(*chosen, places, in_sentence=False)
    named = [p for p in places if p.feature not in ("country", None) and p.lat is not None and p.country]
    if named:
        place = max(named, key=lambda p: p.mentions)
        return _located(place, _precision(place), places, in_sentence=False)
    # a country named only for a side ("a U.S.-led coalition", "UAE aggression") or for talks is not where
    countries = [p for p in places if p.feature == "country"
                 and (not p.spans or not all(not_a_scene(body, s, e) for s, e in p.spans))]
    if countries:
        return Location(max(countries, key=lambda p: p.mentions), 3, False)
    return None


def _only_place_within(country: Place, places: tuple[Place, ...], body: str,
                       actor_spans: tuple[tuple[int, int], ...],
                       sentences: tuple[tuple[int, int], ...]) -> Place | None:
    """The one place inside `country` the article names elsewhere, when the sentence names only the
    country ("Gunmen kill seven bus passengers in northwest Pakistan" in an article that names Mattani and no other
    Pakistani place): the article's own, more precise word for where it happened. Only a place named
    in a sentence that tells of an act ("the attack near Mattani"), and not as where it was told or
    where the wounded were taken: the capital where a minister condemned it is not the scene. None
    when it names several such places in different divisions (the sentence could be about any of them)."""
    starts = [s for s, _ in sentences]

    def scene(s: int, e: int) -> bool:
        at = bisect.bisect_right(starts, s) - 1
        low, high = sentences[at] if at >= 0 and s < sentences[at][1] else (s, e)
        return names_an_act(body[low:high]) and not not_a_scene(body, s, e, low, high) \
            and not any(a <= s < b for a, b in actor_spans)

    inside = [p for p in places if p.country == country.country and p.feature not in ("country", None)
              and p.lat is not None and any(scene(s, e) for s, e in place_mentions(p, body, 0, len(body)))]
    if not inside:
        return None
    if len({p.admin1 or p.name for p in inside}) > 1:
        return None
    return max(inside, key=lambda p: (p.mentions, -_specificity(p)))


def not_a_scene(body: str, start: int, end: int, low: int = 0, high: int | None = None) -> bool:
    """Whether the place named at body[start:end] is named as a destination or aim, as where someone
    is based, or for talks held there ("toward Pokrovsk", "a Vienna-based analyst", "the Minsk
    talks"): not where anything happened. The text looked at stays within body[low:high].

    >>> text = "A Vienna-based analyst said troops shelled Kharkiv."
    >>> not_a_scene(text, 2, 8), not_a_scene(text, 43, 50)
    (True, False)
    >>> text = "Rockets fired from Gaza struck a house in Sderot."
    >>> not_a_scene(text, 19, 23), not_a_scene(text, 42, 48)
    (True, False)
    """
    high = len(body) if high is None else high
    return bool(_AIMED.search(body[max(low, start - 80):start]) or _BASED.match(body[end:min(high, end + 20)])
                or told_by_its_state(body[:high], start, end))


def told_by_its_state(body: str, start: int, end: int) -> bool:
    """The country named at body[start:end] is the speaker of the credit closing a report ("..., the US
    military said"), not a place of the act.

    >>> text = "Rebels fired a missile at a ship, the US military said."
    >>> told_by_its_state(text, 38, 40), told_by_its_state("Rebels fired at US ships.", 16, 18)
    (True, False)
    """
    return _SPEAKS.match(body, end, min(len(body), end + 60)) is not None \
        and _CREDIT_OPENS.search(body, max(0, start - 8), start) is not None


def _located(place: Place, precision: int, places: tuple[Place, ...], *, in_sentence: bool) -> Location:
    division = _as_division(place, places)
    if division is not place:
        precision = 3
    return Location(division, precision if in_sentence else max(precision, 2), in_sentence)


def _best(places: tuple[Place, ...], body: str, start: int, end: int, cue_at: int | None,
          actor_spans: tuple[tuple[int, int], ...] = ()) -> tuple[Place, int] | None:
    candidates: list[tuple[tuple, Place, int]] = []
    datelines: list[Place] = []
    for place in places:
        for s, e in place_mentions(place, body, start, end):
            if not_a_scene(body, s, e, start, end):
                continue
            before, after = body[max(start, s - 80):s], body[e:min(end, e + 20)]
            if any(a_start <= s < a_end for a_start, a_end in actor_spans):
                continue
            precision = _precision(place)
            if precision == 1 and (_NEAR.search(before) or _DISTRICT.match(after)):
                precision = 2
            division = _as_division(place, places)
            distance = abs(s - cue_at) if cue_at is not None else 0
            candidates.append(((_specificity(division), distance), place, precision))
            if not body[start:s].strip() and _DATELINE_END.match(body, e, end):
                datelines.append(place)
    # "CAIRO — Gunmen opened fire ... at Tunisia's most renowned museum": the dateline is where the
    # reporter files; a place of another country named in the sentence is where it happened
    home = {d.country for d in datelines}
    abroad = [c for c in candidates if c[1].country not in home]
    if datelines and abroad:
        candidates = abroad
    if not candidates:
        return None
    _, place, precision = min(candidates, key=lambda item: item[0])
    return place, precision


# after a dateline's city: an optional ", Region", an agency in brackets, then a dash ("CAIRO —",
# "ORLANDO, Fla. (Reuters) -")
_DATELINE_END = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s")


def _specificity(place: Place) -> int:
    if not place.country:
        return 4                # a continent ("Africa", "Europe") is vaguer than any country
    if place.feature in _LOCAL:
        return 0
    if place.feature in ("admin1", "region"):
        return 1
    if place.feature == "country":
        return 3
    return 2


def _precision(place: Place) -> int:
    return 1 if place.feature in _LOCAL else 3


def _as_division(place: Place, places: tuple[Place, ...]) -> Place:
    if place.feature not in _LOCAL:
        return place
    for other in places:
        if other.feature == "admin1" and other.name.lower().split()[0] == place.name.lower() \
                and other.country == place.country:
            return other
    return place


# a name goes on past its particle ("in Agusan del Sur"): the whole name or none (gazetteer.NAME_PARTICLE)
_AFTER_PREPOSITION = re.compile(r"\b(?i:in|near|at|outside|around|of|from|on)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w-]+['’]s\s+)?([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?(?:\s+" + NAME_PARTICLE +
                                r"\s+[A-Z][\w’'-]+)?)(\s+(?:region|oblast|district|raion))?")
# a headline's first word, a name, before an act noun: "Kabul Blast Kills Five"
_PLACE_BEFORE_ACT = re.compile(r"\s*([A-Z][\w’'-]+)\s+([A-Za-z]+)\b")
_NOT_NAMES = {"The", "A", "An", "This", "That", "Armed", "Forces", "Defense", "Ministry", "General", "Staff",
              *(word.title() for word in (*WEEKDAYS, *MONTH_WORDS))}


def named_after_preposition(body: str, start: int, end: int, country: str | None = None) -> Location | None:
    """Last resort when enrich found no place in the sentence: a capitalised name after "in",
    "near", "at" ... that the gazetteer knows ("In Donetsk region, ...", "near Avdiivka"), or a
    headline's first word when an act noun follows it ("Kabul Blast Kills Five").

    Written for headlines, where spaCy often misses a place at the start of a short line. Only
    places in the article's `country` are taken; with no country known, a name is taken only when
    every place it may be lies in one country (no "Dawan" in China for a Yemeni valley).
    """
    from ..enrich.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found: list[tuple[int, Place, int]] = []
    named = [(match.start(1), match.end(1), match.group(1), match.group(2))
             for match in _AFTER_PREPOSITION.finditer(body, start, end)]
    first = _PLACE_BEFORE_ACT.match(body, start, end)
    if first is not None and names_an_act(first.group(2)):
        # a headline opened by the place of its act: "Kabul Blast Kills Five", "Mogadishu bombings"
        named.append((first.start(1), first.end(1), first.group(1), None))
    for name_start, name_end, name, division in named:
        if name.split()[0] in _NOT_NAMES or not_a_scene(body, name_start, name_end, start, end):
            continue
        candidates = gazetteer.lookup(name + (division or ""))
        if not candidates and not division and " " in name and names_an_act(name.split()[1]):
            # a title-case headline's "in Kandahar Raids", "in Helmand Clash": the place is the first word.
            # Only an act: any other second word may be the name's own ("Washington State", "Jefferson
            # Parish", "Columbia University", "Agusan Norte"), and its first word alone a namesake elsewhere
            name = name.split()[0]
            candidates = gazetteer.lookup(name)
        if country is not None:
            candidates = [c for c in candidates if c.country == country]
        elif len({c.country for c in candidates}) > 1:
            continue
        if not candidates or candidates[0].feature == "country":
            continue
        best = candidates[0]
        place = Place(best.name, best.geonameid, best.lat, best.lon, best.admin1, best.country, 1,
                      feature=best.feature, spans=((name_start, name_start + len(name)),))
        precision = 1 if best.feature in _LOCAL else 3
        if precision == 1 and _NEAR.search(body[max(start, name_start - 30):name_start]):
            precision = 2
        found.append((_specificity(place), place, precision))
    if not found:
        return None
    _, place, precision = min(found, key=lambda item: item[0])
    return Location(place, precision, True)
