"""Whether two events of an article are one incident, and the event they make together: same type,
actors and place, compatible dates (`_same_event`), pooled fatality claims with the lowest kept
(`_combine`, `incident_fatalities`), whether a mention's toll is its own or a part of the
incident's dead (`_a_toll_of_its_own`, `_a_part_of_its_dead`), and the event's content-hash id
(`_event_id`).

The coder (coder.py) merges with these; joining.py uses them for the acts a passage elaborates.
This module never imports the coder. Written by hand for newsledger.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re

from .cues import DEVICE, MILITARY_AIRCRAFT
from ..enrich.people import PERSON_NOUN
from .fatalities import names_one_victim
from .records import Event, FatalityClaim
from .when import moves_the_day
from .sides import _one_actor, _one_side

__all__ = ["incident_fatalities"]


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
_NOT_A_TARGET = re.compile(r"(?:" + PERSON_NOUN + r"|area|areas|city|town|village|district|region|province|"
                           r"country|capital|border|front|line|outskirts|centre|center|north|south|east|west|day|"
                           r"night|morning|evening|week|weekend|month|year|time|hands|part|forces?|army|military|regime|government|"
                           r"enemy|coalition|aviation|artillery|drones?|" + MILITARY_AIRCRAFT + r")", re.I)


# a word any hit thing is ("the building", "the site"): it names no target of its own
_GENERIC_TARGET = re.compile(r"(?:building|site|compound|premises|place|facility|facilities|structure|"
                             r"area|vicinity|scene|spot|location|target|complex)s?", re.I)


def _named_in(notes: str, word: str) -> bool:
    """`word` (singular or plural) is in `notes`."""
    forms = {word, *(word[:-len(end)] for end in ("s", "es") if word.endswith(end) and len(word) > len(end) + 2)}
    return re.search(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?:e?s)?\b", notes, re.I) is not None


# a thing an act is told at or against anywhere in its sentence ("at a checkpoint", "near the ferry terminal")
_SITE = re.compile(r"\b(?:of|on|against|at|near|outside|inside)\s+(?:the|a|an|its|their|this|that|one)\s+"
                   r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b(?=\s*(?:$|[,.;:]|\s(?:in|near|on|at|of|outside|by|"
                   r"that|which|where|who|killed|killing|wounded|injured|left|was|were|has|had|is|are)\b))")


def _a_site_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention`'s sentence names a thing it was told at or against with a word the incident's reports
    never use ("killed four soldiers at a checkpoint", "the bombing of a bus station" after a police
    station's bombing); generic words ("the building") and places by name are no site of their own."""
    sentence = mention.notes
    for found in _SITE.finditer(sentence):
        words = [w for w in found.group(1).lower().split()
                 if not _GENERIC_TARGET.fullmatch(w) and not _NOT_A_TARGET.fullmatch(w)]
        if any(not _named_in(incident.notes, w) for w in words):
            return True
    return False


def _new_toll(incident: Event, mention: Event, fresh: frozenset[int]) -> bool:
    """`mention` introduces its act with an indefinite (`fresh`: its sentence's start) and counts dead of
    its own that no report of `incident` counts: "A car bomb exploded ..., killing three policemen"
    after "a roadside bomb ..., killing five officers" is a second bombing, never the first one's
    lower figure."""
    if mention.evidence.start not in fresh:
        return False
    ours = [c for c in incident.fatality_claims if c.scope == "event"]
    theirs = [c for c in mention.fatality_claims if c.scope == "event"]
    if any(_fits(a, b.value) or _fits(b, a.value) for a in ours for b in theirs):
        return False            # "43 people had been killed" after "more than 40": the same dead, counted again
    return bool(ours) and bool(theirs) and not {c.value for c in ours} & {c.value for c in theirs}


# a bound before a figure: "more than 40" is a floor, "nearly 50" a ceiling
_FLOOR = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)\s+\d", re.I)
_CEILING = re.compile(r"\b(?:nearly|almost|up to|less than|fewer than|at most|as many as|close to|just under)\s+\d", re.I)


def _fits(claim: FatalityClaim, value: float) -> bool:
    """`value` is a count that `claim`'s bounded figure allows, near it: "43" fits "more than 40" and
    "nearly 50" fits 47; a figure a third beyond the bound is another count.

    >>> more = FatalityClaim(value=40, claimant=None, text="more than 40 villagers")
    >>> _fits(more, 43), _fits(more, 40), _fits(more, 80), _fits(more, 12)
    (True, False, False, False)
    >>> _fits(FatalityClaim(value=50, claimant=None, text="nearly 50 people"), 47)
    True
    """
    if _FLOOR.search(claim.text):
        return claim.value < value <= claim.value * 4 / 3
    if _CEILING.search(claim.text):
        return claim.value * 3 / 4 <= value < claim.value
    return False


def _riposte(incident: Event, mention: Event) -> bool:
    """`mention`, told by the incident's own claimant as after it (`_LATER`, checked by the caller) with no
    day of its own (or another day), has the
    incident's victims acting, with dead of its own that no report of the incident counts: "Troops later
    clashed with rebels near the town, killing three of them", the military said, after the rebels'
    attack it reported. One claimant tells its own two incidents so; the answer on the attack's day
    ("troops killed one of the attackers on Monday") is a part of it, and two claimants telling one clash
    from each side (`_one_account`) are one incident."""
    if mention.claimant != incident.claimant or not _turned_on(incident, mention):
        return False
    if mention.date_evidence != "publication date" and not moves_the_day(mention.date_evidence or ""):
        return False            # "Troops killed one of the rebels on Monday": the attack's own answer, a part of it
    ours = {c.value for c in incident.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in mention.fatality_claims if c.scope == "event"}
    return bool(ours) and bool(theirs) and not ours & theirs


def _turned_on(incident: Event, mention: Event) -> bool:
    """The side acting in `mention` is the side that suffered `incident` (and not the one that did it)."""
    return bool(mention.actor1) and bool(incident.actor2) \
        and _one_actor((mention.actor1, mention.inter1), (incident.actor2, incident.inter2)) \
        and not _one_actor((mention.actor1, mention.inter1), (incident.actor1, incident.inter1))


# a toll told as updated: "the toll rose to 11", "the number of dead increased to 31", "has climbed to"
_UPDATED_TOLL = re.compile(r"\b(?:ris(?:es|en)|rose|climb(?:s|ed)?|increas(?:es|ed)|jump(?:s|ed)|reach(?:es|ed)|"
                           r"mount(?:s|ed)?|grew|grown|now\s+stands?|revised|updated)\b", re.I)


def _a_toll_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention` counts dead of its own that no report of `incident` counts, in the incident's claimant's
    words (or with no claimant on either), and not as the toll updated ("rose to 11"), nor as more dead
    (`_MORE_DEAD`): "The shelling killed four" after "a shell killed two at a bus stop" is another act. One
    voice does not tell one act's dead twice over otherwise; another claimant's figure is a competing
    claim of the incident."""
    if not _one_voice(mention.claimant, incident.claimant):
        return False
    ours = {c.value for c in incident.fatality_claims if c.scope == "event"}
    theirs = [c for c in mention.fatality_claims if c.scope == "event"]
    if not ours or not theirs or ours & {c.value for c in theirs}:
        return False
    return not any(_UPDATED_TOLL.search(c.text) or _MORE_DEAD.search(c.text) for c in theirs) \
        and _UPDATED_TOLL.search(mention.notes) is None


def _one_voice(claimant: str | None, other: str | None) -> bool:
    """One claimant named twice: the same words, or the head of the other's ("the ministry said" after
    "the defence ministry said").

    >>> _one_voice("ministry", "defence ministry"), _one_voice("army", "defence ministry")
    (True, False)
    """
    if claimant == other:
        return True
    return bool(claimant and other) and (f" {claimant}".endswith(f" {other}") or f" {other}".endswith(f" {claimant}"))


def _a_part_of_its_dead(incident: Event, mention: Event) -> bool:
    """`mention`'s own figure is a part of the incident's dead: smaller than its toll, and told at no site
    of its own ("The bombing killed two policemen guarding the gate", "killed two policemen and seven
    passers-by" after nine dead): news names a group of an act's dead in a later sentence."""
    ours = max((c.value for c in incident.fatality_claims if c.scope == "event"), default=0)
    theirs = [c.value for c in mention.fatality_claims if c.scope == "event"]
    return bool(theirs) and max(theirs) < ours and not _a_site_of_its_own(incident, mention)


def _others_dead_as_part(incident: Event, mention: Event) -> Event:
    """The mention with its dead as a part of the incident's toll ("part") when it names other victims
    than the incident, which counts dead of its own ("Three attackers died" after "raiders stormed the
    market, killing 12"; "the soldiers who shot him" after "killing 14"), or a smaller group of its dead
    in the incident's voice (`_a_part_of_its_dead`: "two policemen" after nine dead): the other side's
    dead, or a group of them, are never the incident's conservative figure."""
    other_victims = bool(incident.actor2 and mention.actor2 and incident.actor2 != mention.actor2)
    # "Troops killed dozens of the assailants" after the assailants' attack: its dead are the attackers'
    other_victims = other_victims or bool(mention.actor2 and incident.actor1 and _one_actor(
        (mention.actor2, mention.inter2), (incident.actor1, incident.inter1)))
    counted = other_victims and any(c.scope == "event" for c in incident.fatality_claims)
    counted = counted or (_a_toll_of_its_own(incident, mention) and _a_part_of_its_dead(incident, mention))
    if not counted:
        return mention
    return dataclasses.replace(mention, fatality_claims=tuple(
        dataclasses.replace(c, scope="part") if c.scope == "event" else c for c in mention.fatality_claims))


# "Two more civilians died", "another three people": deaths beyond those already told.
_MORE_DEAD = re.compile(r"\b(?:more(?!\s+than)|another|additional|further)\b", re.I)


def _event_id(event: Event) -> str:
    key = "|".join(str(part) for part in (event.evidence.article_id, event.evidence.start, event.evidence.end,
                                          event.sub_event_type, event.actor1, event.actor2, event.location))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _merge(events: list[Event], apart: frozenset[int] | set[int] = frozenset(),
           by_its_dead: frozenset[str] = frozenset(), fresh: frozenset[int] = frozenset(),
           later: frozenset[int] = frozenset()) -> list[Event]:
    """Mentions of one incident merged into one event: same day and place, compatible type and actors.

    Every mention stays as evidence (`also_reported_at`) and in the notes; every fatality claim is
    kept with its claimant, and the coded fatalities are the most conservative of them. The most
    precise place and date win; an empty actor slot is filled from another mention. A mention
    whose sentence starts at an offset in `apart` tells another incident ("In a separate attack"):
    it joins none told before it, nor does one that introduces an act with a toll of its own
    (`_new_toll`). The incident keeps its defining mention's type: a later mention
    retypes it only with a day of its own (`_as_dated`) or when the incident's id is in
    `by_its_dead` (typed from its dead alone, no act named).
    """
    merged: list[Event] = []
    for event in events:
        twin = None if event.evidence.start in apart else next(
            (e for e in merged if _same_event(e, event) and not _new_toll(e, event, fresh) and not (event.evidence.start in later and _riposte(e, event))), None)
        if twin is None:
            merged.append(event)
            continue
        # another speaker's report joins as an elaboration does (`_join_each`): the dead it counts of
        # another side than the incident's victims are a part of its toll
        mention = _others_dead_as_part(twin, event) if twin.claimant != event.claimant else event
        merged[merged.index(twin)] = _combine(twin, mention,
                                              retype=twin.id in by_its_dead or _as_dated(event, twin))
    return merged


def _as_dated(event: Event, twin: Event) -> bool:
    """`event` has a day of its own when `twin` has one: not a mention dated only by the report."""
    return event.date_evidence != "publication date" or twin.date_evidence == "publication date"


def _combine(twin: Event, event: Event, retype: bool = True) -> Event:
    """`twin` with `event` as one more mention of it (see _merge); a generic type takes a specific one
    only when `retype` (the incident's type is its defining mention's)."""
    claims = twin.fatality_claims + tuple(c for c in event.fatality_claims if c not in twin.fatality_claims)
    better_date = event.time_precision < twin.time_precision
    better_place = (event.geo_precision or 9) < (twin.geo_precision or 9)
    placed = event if better_place else twin
    # a blast told first takes the kind of what made it, told after ("Market blast kills four", "Bombing kills four")
    generic = (twin.sub_event_type in _GENERIC_TYPES and event.sub_event_type not in _GENERIC_TYPES) or \
        (twin.sub_event_type == _BLAST and event.sub_event_type in _EXPLOSIONS)
    specific = event if retype and generic else twin
    date = event.event_date if better_date else twin.event_date
    notes = twin.notes.replace(f"On {twin.event_date or 'an unknown date'},", f"On {date or 'an unknown date'},", 1)
    notes += " Also: " + event.notes[event.notes.find(': "') + 2:]      # the notes cite every sentence
    actor1, inter1, actor2, inter2 = twin.actor1, twin.inter1, twin.actor2, twin.inter2
    kind = specific.sub_event_type
    if actor1 is None and event.actor1 and not (actor2 and _one_side(event.actor1, event.inter1, actor2, inter2, kind)):
        actor1, inter1 = event.actor1, event.inter1
    if actor2 is None and event.actor2 and not (actor1 and _one_side(actor1, inter1, event.actor2, event.inter2, kind)):
        actor2, inter2 = event.actor2, event.inter2
    return dataclasses.replace(
        twin, sub_event_type=specific.sub_event_type, event_type=specific.event_type, notes=notes,
        actor1=actor1, actor2=actor2, inter1=inter1, inter2=inter2,
        civilian_targeting=twin.civilian_targeting or event.civilian_targeting,
        country=placed.country, admin1=placed.admin1, location=placed.location, latitude=placed.latitude,
        longitude=placed.longitude, geo_precision=placed.geo_precision,
        date_evidence=event.date_evidence if better_date else twin.date_evidence,
        fatality_claims=claims, fatalities=incident_fatalities(claims),
        source=tuple(dict.fromkeys(twin.source + event.source)),
        hedges=tuple(dict.fromkeys(twin.hedges + event.hedges)),
        event_date=date,
        time_precision=min(event.time_precision, twin.time_precision),
        also_reported_at=twin.also_reported_at + ((event.evidence.start, event.evidence.end),) + event.also_reported_at,
    )


_GENERIC_TYPES = frozenset({"Armed clash", "Attack"})
_TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def incident_fatalities(claims: tuple[FatalityClaim, ...]) -> int:
    """The most conservative event-scope total over all reports of the incident (0 with none).

    >>> incident_fatalities((FatalityClaim(19, None), FatalityClaim(15, "ministry"), FatalityClaim(900, None, scope="campaign")))
    15
    >>> incident_fatalities((FatalityClaim(22, None, text="kills 22"), FatalityClaim(1, None, text="commander killed")))
    22
    """
    values = [claim.value for claim in claims if claim.scope == "event"]
    # a victim named with no number ("Militia chief killed") is one of a larger toll, never its count
    counts = [claim.value for claim in claims if claim.scope == "event" and not names_one_victim(claim.value, claim.text)]
    if counts and max(counts) > 1:
        values = counts
    return int(min(values)) if values else 0


def _same_event(a: Event, b: Event) -> bool:
    """One incident: one claimant (or a mention naming no side), compatible dates, places, event
    types and actors.

    A battle and the territory it took are one event; a generic clash or attack joins the more
    specific event it describes; two specific kinds (ground clashes, air strikes) stay apart.
    """
    if a.claimant != b.claimant and _names_a_side(a) and _names_a_side(b) and not _one_account(a, b):
        return False            # two claimants' versions of who did what stay apart (stories align them)
    if not (_same_place(a, b) and _same_actors(a, b)):
        return False
    if a.sub_event_type != b.sub_event_type and not (
            a.event_type == b.event_type == "Battles" and "Armed clash" in (a.sub_event_type, b.sub_event_type)) \
            and not (_GENERIC_TYPES & {a.sub_event_type, b.sub_event_type}
                     and {a.event_type, b.event_type} <= _VIOLENT) and not _one_bombing(a, b):
        return False
    if a.event_date is None or b.event_date is None:
        return True
    shorter = min(len(a.event_date), len(b.event_date))
    if a.time_precision == 1 and b.time_precision == 1:
        return a.event_date == b.event_date
    return a.event_date[:7] == b.event_date[:7] or a.event_date[:shorter] == b.event_date[:shorter]


# One explosion told by what went off or by who set it off: "a blast", "an explosion", "a bomb" (the device's
# kind, Remote explosive) and a suicide bomber, an air strike's bombs, a shell or a grenade that made it. At one
# place on one day they are one incident as often as a report has one sentence for each ("Bombing kills four
# at market" and "Market blast kills four").
_EXPLOSIONS = frozenset({"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Grenade"})
_BLAST = "Remote explosive/landmine/IED"
_BOMBINGS = frozenset({"Suicide bomb", _BLAST})
# what is dropped or fired, never a device set off on the ground ("a car bomb", "a roadside bomb", "an IED")
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_NAMED_DEVICE = re.compile(r"(?:" + DEVICE + r"|roadside bomb|landmine)", re.I)


def _one_bombing(a: Event, b: Event) -> bool:
    """A blast or a bomb (`_BLAST`) and another explosive kind (`_EXPLOSIONS`) that may be one explosion:
    a toll in common ("killing nine soldiers" in both); a bomber and a bomb (`_BOMBINGS`) also when one has
    no toll. Different tolls keep them apart (twin blasts each count their own dead), and so does an air
    strike or a shelling told with no toll beside a blast (a day's strikes on a town are many acts); two
    kinds of `_EXPLOSIONS` (a rocket attack and a suicide bombing) are two acts.

    >>> from newsledger.events.records import Evidence
    >>> def told(kind, dead):
    ...     return Event(event_date="2016-09-06", time_precision=1, event_type="Explosions/Remote violence",
    ...                  sub_event_type=kind, actor1=None, actor2=None, inter1=None, inter2=None, country="TN",
    ...                  admin1=None, location="Tunis", latitude=None, longitude=None, geo_precision=1, fatalities=dead,
    ...                  fatality_claims=(FatalityClaim(dead, None),) if dead else (), claimant=None, source=(), notes="",
    ...                  evidence=Evidence("a", 0, 1))
    >>> [_one_bombing(told(_BLAST, 4), told(kind, dead)) for kind, dead in
    ...  (("Air/drone strike", 4), ("Air/drone strike", 2), ("Air/drone strike", 0), ("Suicide bomb", 4))]
    [True, False, False, True]
    >>> _one_bombing(told("Air/drone strike", 4), told("Shelling/artillery/missile attack", 4))
    False
    """
    kinds = {a.sub_event_type, b.sub_event_type}
    if _BLAST not in kinds or not kinds - {_BLAST} <= _EXPLOSIONS or len(kinds) != 2:
        return False
    blast = a if a.sub_event_type == _BLAST else b
    if kinds & _FROM_AFAR and _NAMED_DEVICE.search(blast.notes):
        return False            # a car bomb and an air strike with one toll are two acts, not one explosion
    ours = {c.value for c in a.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in b.fatality_claims if c.scope == "event"}
    if kinds == _BOMBINGS and (not ours or not theirs):
        return True             # a bomber and the bomb, one told with no toll
    return bool(ours & theirs)


def _one_account(a: Event, b: Event) -> bool:
    """Two claimants tell who did what alike: the same side acting ("gunmen attacked the checkpoint",
    the army said; "the gunmen fired from a car", a witness said), or the same two sides in either
    order (a clash told from each side: "the guard fired first, according to the soldiers who shot
    him" beside officials' "soldiers killed the guard ... after he opened fire", each counting the
    other side's dead). The same side acting with dead counted otherwise by each ("the army killed 22
    militants", one said; "21", said another) are two versions. Their reports are one
    incident's evidence, as ACLED keeps one row with several sources; versions naming different
    sides as the actor stay apart, and so do claims of ground taken (a commander's and an analyst's: stories
    weigh them) and reports of anything but violence."""
    if not {a.event_type, b.event_type} <= _VIOLENT or _TERRITORIAL & {a.sub_event_type, b.sub_event_type}:
        return False
    first, other_first = (a.actor1, a.inter1), (b.actor1, b.inter1)
    if _one_actor(first, other_first):
        ours = [c for c in a.fatality_claims if c.scope == "event"]
        theirs = [c for c in b.fatality_claims if c.scope == "event"]
        if any(_fits(x, y.value) or _fits(y, x.value) for x in ours for y in theirs):
            return True         # "43 killed" beside "more than 40 killed": one count, the bound made exact
        return not (ours and theirs and {c.value for c in ours} != {c.value for c in theirs})  # "kills 22" beside "kills 21": two versions
    return _one_actor(first, (b.actor2, b.inter2)) and _one_actor((a.actor2, a.inter2), other_first)


def _names_a_side(event: Event) -> bool:
    """A mention that names no side ("three airmen have died in a crash, the air force
    said") contradicts no claimant's version of who did what: it is one more report of the incident
    whoever gives it; nor does one naming only the victims ("the attack on Tuesday on the old
    bridge", a politician said): a mention naming who acted stays with its claimant."""
    return bool(event.actor1)


def _same_place(a: Event, b: Event) -> bool:
    """One place as far as the two mentions tell: the same, or a broad one (a region, the country)
    holding the other. A region is no other region's place: the Lyon march is not the one in
    Lille, whatever its precision."""
    if a.location == b.location or a.location is None or b.location is None:
        return True
    if a.country != b.country:
        return False
    broad = [e for e in (a, b) if (e.geo_precision or 3) >= 3]
    return bool(broad) and all(e.admin1 in (None, other.admin1) or (e.admin1 == e.location and other.admin1 is None)
                               for e, other in ((e, a if e is b else b) for e in broad))


def _same_actors(a: Event, b: Event) -> bool:
    """The two mentions' actors may be one incident's: one's among the other's, a side in common in
    the same slot, or, when both name two sides, the same two sides in either order ("police came
    under attack from militants" coded police first beside "Taliban attacked police": the generic
    militants are, as far as the article tells, the group it names; `_one_side`)."""
    ours, theirs = {a.actor1, a.actor2} - {None}, {b.actor1, b.actor2} - {None}
    if not ours or not theirs or ours <= theirs or theirs <= ours:
        return True
    if bool(ours & theirs) and (a.actor1 in (None, b.actor1) or a.actor2 in (None, b.actor2)):
        return not _other_victims(a.actor2, b.actor2, a, b)     # one side's two acts on other victims: two
    if len(ours) < 2 or len(theirs) < 2:
        return False
    first, second = (a.actor1, a.inter1), (a.actor2, a.inter2)
    other_first, other_second = (b.actor1, b.inter1), (b.actor2, b.inter2)
    return (_one_actor(first, other_first) and _one_actor(second, other_second)
            and not _other_victims(a.actor2, b.actor2, a, b)) or \
        (_one_actor(first, other_second) and _one_actor(second, other_first))


def _other_victims(victims: str | None, other_victims: str | None, a: Event, b: Event) -> bool:
    """Two mentions whose acts fell on differently named victims of one side (police, an army
    convoy), each with dead of its own and no figure in common, tell two incidents: one report of
    one attack does not name its victims and its dead otherwise. (Two reports naming the sides in
    either order are a battle told from each side, each counting its own side's dead: "30 Ukrainian
    soldiers die in fighting with the DPR" and "5 DPR fighters killed" are one battle.)"""
    if victims is None or other_victims is None or victims == other_victims:
        return False
    ours = {c.value for c in a.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in b.fatality_claims if c.scope == "event"}
    return bool(ours) and bool(theirs) and not ours & theirs
