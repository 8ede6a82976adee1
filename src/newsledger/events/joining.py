"""Which sentences of an article tell one incident again: a sentence that points back to an act told
before it ("the attack", "the bombing"), a toll updated, a crowd's intervention, and the totals of a
campaign; the mentions are joined into the incident they elaborate.

The coder (coder.py) joins with these after coding each sentence; this module never imports the
coder. Written by hand for newsledger.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..enrich.records import Analysis
from .complements import same_clause
from .timing import DEFINITE
from .actors import ActorMention
from .cues import Cue, find_cues
from .fatalities import ACT_NOUNS, a_toll_up_to_now
from .records import Event, FatalityClaim
from .taxonomy import event_type_of
from .sourcing import without_credit
from .when import anaphoric_time, moves_the_day
from .where import place_mentions
from .newsness import without_wire_slug
from .sides import _side, _side_of_name
from .merging import (_GENERIC_TARGET, _GENERIC_TYPES, _MORE_DEAD, _NOT_A_TARGET, _VIOLENT,
                      _a_part_of_its_dead, _a_toll_of_its_own, _combine, _named_in, _new_toll, _other_victims,
                      _others_dead_as_part, _same_place, incident_fatalities)

__all__: list[str] = []    # read by the coder only, by name


# "In a separate attack", "carried out another bombing", "a second raid", "in other attacks": the
# sentence tells its act as another incident than those told before it, whatever its day, place and
# sides. With a definite determiner ("the earlier attack", "this second raid", "their other
# attack") the phrase points back to an act already told: the same incident, which may join it; but
# "the" before an ordinal or "other" counts one act more than those told ("the second bombing", "the
# other blast": not the first one's).
_ANOTHER_ACT = re.compile(r"(?:\b([\w'’]+)\s+)?\b(separate|another|second|third|fourth|different|earlier|later|other)\s+"
                          r"(?:(?!of\b)[\w'’-]+\s+){0,2}?(?:" + ACT_NOUNS + r")\b", re.I)
# A roundup's turn to another incident at the head of a sentence: "Elsewhere, ...", "In other violence, ...".
_ELSEWHERE = re.compile(r"\W*(?:elsewhere\b|separately\b|in\s+(?:other|separate)\s+(?:violence|incidents?|attacks?|fighting|clashes)\b)", re.I)
_ONE_MORE = frozenset({"second", "third", "fourth", "other"})
# the definite determiners (aspect.DEFINITE) and the possessive ones
_POINTS_BACK = DEFINITE | {"its", "their", "his", "her", "our"}


def _tells_another_act(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names its act as another incident ("another attack", "a
    separate raid", "in an earlier attack"), not as one told before it ("the earlier attack"). The
    phrase has to be in the clause of the act coded (`_event_cue`): "Gunmen shot dead five
    policemen, and another attack followed" codes the shooting, which is not the other attack."""
    if _ELSEWHERE.match(text, start, end):
        return True             # "Elsewhere in Iraq, a car bomb exploded ...": the story turns to another act
    if _definite_of_another_period(text, start, end, event):
        return True             # "Earlier this month, the bombing of a bus station ...": a period's other act
    found = [m for m in _ANOTHER_ACT.finditer(text, start, end) if (m.group(1) or "").lower() not in _POINTS_BACK
             or ((m.group(1) or "").lower() == "the" and m.group(2).lower() in _ONE_MORE)]
    if not found:
        return False
    sentence, _ = without_credit(text[start:end])
    cue = _event_cue(without_wire_slug(sentence), event)
    # the phrase's act noun (its last word) is what a clause holds, not its determiner
    return cue is None or any(same_clause(sentence, (cue.start, cue.end), (m.end() - start - 1, m.end() - start))
                              for m in found)


# "the blast", "Tuesday's bombing", "this attack", "the clashes", "the rally": an act named by a definite
# description (or by a possessive: a day's, a city's) presupposes the reader knows it: news retells an
# incident it has reported with such a phrase. Not an ordinal or another-word ("the second blast", "the
# other attack": `_ANOTHER_ACT`'s words), which tell one more act.
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(_POINTS_BACK)) + r")|[\w.]['’]s)\s+"
                              r"(?:(?!(?:of|and|or|separate|another|second|third|fourth|different|other|new|latest|"
                              r"subsequent|further|next|first)\b)[\w-]+\s+){0,2}$", re.I)
_ACT_HEAD = re.compile(r"(?:" + ACT_NOUNS + r"|clash(?:es)?|fighting|protests?|demonstrations?|rall(?:y|ies)|marche?s?)", re.I)


def _definite_of_another_period(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence names its act by a definite description told at a period of its own
    (`_a_period_of_its_own`: "this year's bombing of a hotel ... injured dozens"): another act than the day's."""
    sentence = without_wire_slug(without_credit(text[start:end])[0])
    cue = _event_cue(sentence, event)
    if cue is None or cue.sub_event_type == "casualty" or not _a_period_of_its_own(sentence, event):
        return False
    head = cue.text.split()[-1]
    return _ACT_HEAD.fullmatch(head) is not None and \
        _DEFINITE_BEFORE.search(sentence, 0, cue.start + len(cue.text) - len(head)) is not None


def _points_back(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names the act it was coded from by a definite description
    ("The blast tore through the market", "the death toll from Tuesday's bombing rose to 15"):
    it retells an incident, and may join the one it points back to (`_refers_to`) whoever it
    names as the sides and whatever its own day or place words add."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None or cue.sub_event_type == "casualty":
        return False
    head = cue.text.split()[-1]
    return _ACT_HEAD.fullmatch(head) is not None and not _a_period_of_its_own(sentence, event) and \
        _DEFINITE_BEFORE.search(sentence, 0, cue.start + len(cue.text) - len(head)) is not None


# the target a definite act names after it: "the shelling of a market", "the attack on the police post in X",
# "the bombing at a bus station": a determiner, then up to three words of a common noun phrase, its head last
_TARGET_AFTER = re.compile(r"\s+(?:of|on|against|at)\s+(?:the|a|an|its|their|this|that|one)\s+"
                           r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:$|[,.;:]|\s(?:in|near|on|at|of|outside|"
                           r"by|that|which|where|who|killed|killing|wounded|injured|left|was|were|has|had|is|are)\b))")


def _act_target(text: str, start: int, end: int, event: Event) -> str | None:
    """The words of the thing a definite act of the sentence at text[start:end] names as hit ("the
    bombing of a bus station": bus station; "the attack on the police post": police post), None when it names none
    or names people, a place by its name (a capital letter) or only an area ("the shelling of the city"):
    the victims and the place are compared apart (`_other_victims`, `_same_place`)."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None:
        return None
    found = _TARGET_AFTER.match(sentence, cue.end)
    if found is None:
        return None
    phrase = found.group(1).lower()
    return None if _NOT_A_TARGET.fullmatch(phrase.split()[-1]) else phrase


def _names_its_target(incident: Event, target: str | None) -> bool:
    """The incident's reports may name the thing a definite act names as its target: its head noun or a
    word of its own (singular or plural) is in them ("the shelling of the market" after "a shell hit a
    market in the city"; "the police headquarters" after "a police station"), or it is a generic word any
    target is ("the building", "the compound")."""
    if target is None:
        return True
    words = [w for w in target.lower().split() if not _GENERIC_TARGET.fullmatch(w) and not _NOT_A_TARGET.fullmatch(w)]
    return not words or any(_named_in(incident.notes, w) for w in words)


def _a_time_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention` is dated by words of its own to a time other than the incident's day."""
    if mention.event_date is None or mention.date_evidence == "publication date" \
            or anaphoric_time(mention.date_evidence or "") is not None:
        return False
    return mention.event_date != incident.event_date


# a period put before the report's day ("earlier this month", "last year", "the previous month")
_EARLIER_PERIOD = re.compile(r"\b(?:earlier|last|previous|past)\s+(?:this\s+|that\s+)?(?:week|month|year)\b", re.I)
# a count of wounded ("wounded 30 people", "injured dozens of tourists", "left 12 injured")
_OWN_WOUNDED = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|y|ies))\s+(?:at\s+least\s+|some\s+|about\s+)?"
                          r"(?:\d[\d,]*|dozens|scores|hundreds|thousands|(?:one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|twenty|thirty|forty|fifty)\b)|\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:wounded|injured)\b", re.I)


def _a_period_of_its_own(sentence: str, event: Event) -> bool:
    """A definite act told at a month or a year ("this year's bombing", "this year") and put before the
    report's day ("earlier this month") or with a count of wounded of its own is an act of its own, not a
    retelling of the day's incident: news retells an incident on its day or with no time, and counts a
    period's other act by its own victims."""
    if event.date_evidence in ("", "publication date") or len(event.event_date or "") == 10:
        return False            # a day or a week ("last week's attack") still holds the incident told before it
    return _EARLIER_PERIOD.search(sentence) is not None or _OWN_WOUNDED.search(sentence) is not None


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?!of\b|and\b)[\w-]+\s+){0,2}$", re.I)


def _introduces_an_act(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names the act it was coded from with an indefinite article ("A car
    bomb exploded near a checkpoint", "killed in an ambush"): news introduces a new incident so, and
    retells one with a definite description (`_points_back`). With a toll of its own that no report
    of an incident told before it gives, it is another incident (`_new_toll`)."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None or cue.sub_event_type == "casualty":
        return False
    return _INDEFINITE_BEFORE.search(sentence, 0, cue.start) is not None


def _an_act_of_its_own(incident: Event, mention: Event, target: str | None = None) -> bool:
    """A definite description (`mention`, naming `target` as hit) tells an act of its own, not `incident`:
    another target with its own dead or its own day ("the bombing of a bus station killed three" after a
    courthouse's bombing), or dead of its own in the incident's voice that are no part of its dead
    ("the bombing killed four soldiers at a checkpoint" after nine dead at a courthouse)."""
    own_toll = _a_toll_of_its_own(incident, mention)
    if not _names_its_target(incident, target) and (own_toll or _a_time_of_its_own(incident, mention)):
        return True             # another target, and its own dead or its own day: another act
    return own_toll and not _a_part_of_its_dead(incident, mention)


def _refers_to(incident: Event, mention: Event, target: str | None = None) -> bool:
    """A definite description of an act (`_points_back`) may name `incident`: an act of its kind
    (the same event type; "the attack", "the clashes" name any violent act), at a place that is
    the incident's or holds it (the old city, Kandahar province, the country), on the incident's
    day or in a period holding it ("this week", "this year"), and at a target the incident's reports
    name (`target`, from `_act_target`: "the bombing of a bus station" is not the car bomb at a
    courthouse, whatever its time). The sides it names are not compared: a retelling names the
    incident, its claimant's words for the sides vary."""
    if _an_act_of_its_own(incident, mention, target):
        return False
    kinds = {incident.event_type, mention.event_type}
    if len(kinds) > 1 and not (mention.sub_event_type in _GENERIC_TYPES and kinds <= _VIOLENT):
        return False
    if not _same_place(incident, mention) or _other_victims(incident.actor2, mention.actor2, incident, mention):
        return False            # other victims with dead of their own: another act ("the attack on a police post killed three")
    return _within_its_time(mention, incident)


def _within_its_time(mention: Event, incident: Event) -> bool:
    """The mention's time holds the incident's day: no time of its own (the report's day, or a time
    told from the story before it), the same day, or a week, month or year holding it."""
    if mention.date_evidence == "publication date" or anaphoric_time(mention.date_evidence or "") is not None:
        return True
    if mention.event_date is None or incident.event_date is None:
        return mention.event_date is None
    if mention.time_precision == 2 and len(mention.event_date) == 10 and len(incident.event_date) == 10:
        last = dt.date.fromisoformat(mention.event_date)
        return last - dt.timedelta(days=6) <= dt.date.fromisoformat(incident.event_date) <= last
    return incident.event_date.startswith(mention.event_date)


def _event_cue(text: str, event: Event) -> Cue | None:
    """The cue `_code_sentence` coded `event` from: the first of the sentence's cues (by rank, then
    place) that can give the event's type (a bare casualty or a taking gives any)."""
    return next((c for c in find_cues(text) if c.sub_event_type in ("casualty", "take", "retake")
                 or event_type_of(c.sub_event_type) == event.event_type), None)


def _elaborates(analysis: Analysis, event: Event, start: int, end: int) -> bool:
    """A mention with no day and no place below the country of its own ("Three attackers died",
    "Some 30 others were hurt", "He was later detained by police") tells more about an
    incident the article has already reported, not a new one. A day told only from the story
    before it ("Minutes later, police detained ten protesters") is no day of its own."""
    if event.date_evidence != "publication date" and (anaphoric_time(event.date_evidence) is None
                                                       or moves_the_day(event.date_evidence)):
        return False            # a day of its own, or another day told from the story's ("a day earlier")
    own = [p for p in analysis.places if p.name == event.location
           and place_mentions(p, analysis.article.body, start, end)]
    return not own or all(p.feature == "country" for p in own)


def _toll_up_to_now(text: str, start: int, end: int) -> bool:
    """The sentence at text[start:end] counts a period's dead up to now (`fatalities.a_toll_up_to_now`:
    "The fighting in the province has killed hundreds", officials said)."""
    return a_toll_up_to_now(without_credit(text[start:end])[0])


def _a_period_told_by_another_act(incident: Event, mention: Event, tolls: frozenset[int]) -> bool:
    """`mention` counts a period's dead up to now (`tolls`) and `incident` is an act of another kind told
    on a day of its own ("Jets bombed ... on Friday" and "the fighting has killed hundreds"): the toll is
    the period's, never the act's dead; the act's own kind ("Rival militias clashed on Monday" and "the
    clashes have killed 14") may be the whole of it."""
    return mention.evidence.start in tolls and incident.sub_event_type != mention.sub_event_type \
        and incident.date_evidence not in (None, "", "publication date") \
        and anaphoric_time(incident.date_evidence or "") is None


def _joinable(incident: Event, mention: Event) -> bool:
    """The mention can tell more of the incident: the same side acting (when both name it) and the
    same kind of act, or a generic one ("killed", "clashes"), or arrests at a protest."""
    if mention.sub_event_type in _INTERVENTIONS and incident.event_type in _CROWD_EVENTS \
            and (incident.actor2 is None or mention.actor1 in (incident.actor1, incident.actor2)):
        return True             # "He was later detained by police", "Police arrested 14 protesters": the protest's intervention
    if mention.sub_event_type == "Arrests":
        return False
    if mention.event_type == "Riots" and incident.event_type in _CROWD_EVENTS and _crowd_in(incident) and _crowd_in(mention):
        return True             # "The protesters threw stones at officers" after "police fired tear gas at the
        #                         marchers": the demonstration turned violent, whatever each sentence puts first
        #                         (a march told after it, "tens of thousands more marched", may be another)
    # unnamed "rebels", "gunmen" (Unidentified Armed Group) name no side of their own: as far as the
    # article tells, they are the incident's ("clashes were continuing in the town", rebel sources said)
    side = mention.actor1 if mention.actor1 and not mention.actor1.startswith("Unidentified") else None
    if incident.actor1 and mention.actor1 and mention.actor2 == incident.actor1 and mention.fatalities:
        return False            # the other side's act with dead of its own ("rebels later attacked an army checkpoint, killing four soldiers")
    if incident.actor1 and side and incident.actor1 != side:
        return False            # the other side's act is another incident ("troops regained ...")
    if _other_victims(incident.actor2, mention.actor2, incident, mention) and mention.actor2 != incident.actor1:
        return False            # other victims with dead of their own ("Three soldiers were killed" after
        #                         "gunmen killed five civilians on a bus"): another incident, not a detail;
        #                         the attackers' own dead ("Three attackers died") still tell more of it
    if side and mention.claimant != incident.claimant:
        return False            # a named side's act in another claimant's words stays that claimant's
    kinds = {incident.sub_event_type, mention.sub_event_type}
    return len(kinds) == 1 or (bool(_GENERIC_TYPES & kinds) and {incident.event_type, mention.event_type} <= _VIOLENT)


_CROWD_EVENTS = frozenset({"Protests", "Riots"})


def _crowd_in(event: Event) -> bool:
    """The event names a crowd (protesters or rioters, ACLED's inter codes 6 and 5) as one of its sides."""
    return event.inter1 in (5, 6) or event.inter2 in (5, 6)


# what police do to a protest told apart from it: "He was later detained", "Police arrested 14 protesters"
_INTERVENTIONS = frozenset({"Arrests", "Protest with intervention"})


def _join_elaborations(events: list[Event], elaborations: list[bool], by_its_dead: frozenset[str] = frozenset(),
                       headline: bool = False, anaphors: list[bool] | None = None,
                       fresh: frozenset[int] = frozenset(), targets: list[str | None] | None = None,
                       apart: set[int] | None = None, recalled: frozenset[int] = frozenset(),
                       tolls: frozenset[int] = frozenset()) -> list[Event]:
    """Each elaborating mention joins the nearest incident before it of a compatible kind, whoever
    it is credited to: its sentence becomes evidence of that incident. Its deaths are a competing
    total of the incident ("9 more killed" beside "Ten more people killed"), except the deaths of
    another side than the incident's victims ("Three attackers died" after "raiders stormed the
    market, killing 12"): a part of the toll, never its conservative figure. Deaths told
    as more than the incident's ("Two more civilians died" after "killing five") add to each of its
    totals, unless the incident's own figure is already told as more ("Ten more people killed").

    With `headline`, the first mention is the article's title and has no day and no place below the
    country of its own ("Bus bombing in Peru kills 14"): it tells the incident the story then
    reports ("A bomb tore through a bus ... in Cusco on Monday morning, killing 14"),
    so it joins the first compatible incident after it, and no mention joins it.

    A mention in `anaphors` names its act by a definite description ("the blast", "Tuesday's
    bombing"): when it elaborates no incident, it joins the nearest one before it that it may
    name (`_refers_to`), whatever sides, claimant, day or place words of its own it has; when it tells an
    act of its own beside every incident of its type told before it (`_an_act_of_its_own`), its sentence's
    start is added to `apart`, so the merging step joins it to none of them.

    `recalled` holds the sentence starts of past acts the article recalls (history, no news): a mention
    that names no act of its own (`by_its_dead`: "Two guards were killed at the gate") or names its act
    by a definite description joins such an act as it would a news one; a mention naming an act of its
    own ("Soldiers later killed two of the attackers in a gunfight") does not.

    A mention in `tolls` counts a period's dead up to now ("the fighting has killed hundreds"): joined to
    an act of another kind told on a day of its own, its dead are the period's (scope "campaign"), never
    the act's (`_a_period_told_by_another_act`)."""
    anaphors = anaphors or [False] * len(events)
    targets = targets or [None] * len(events)
    title = events[0] if headline and events else None
    if title is not None:
        events, elaborations, anaphors, targets = events[1:], elaborations[1:], anaphors[1:], targets[1:]
    joined = _join_each(events, elaborations, by_its_dead, anaphors, fresh, targets, apart, recalled, tolls)
    if title is not None:
        lead = next((e for e in joined if _joinable(e, title)), None)
        if lead is None:
            return [title] + joined
        joined[joined.index(lead)] = _combine(lead, dataclasses.replace(
            title, event_date=lead.event_date, time_precision=lead.time_precision), retype=lead.id in by_its_dead)
    return joined


def _join_each(events: list[Event], elaborations: list[bool], by_its_dead: frozenset[str],
               anaphors: list[bool], fresh: frozenset[int] = frozenset(),
               targets: list[str | None] | None = None, apart: set[int] | None = None,
               recalled: frozenset[int] = frozenset(), tolls: frozenset[int] = frozenset()) -> list[Event]:
    """_join_elaborations over mentions in body order: each elaborating one joins the nearest
    compatible incident before it, each definite description the nearest it may name."""
    joined: list[Event] = []
    for event, elaborates, anaphor, target in zip(events, elaborations, anaphors, targets or [None] * len(events)):
        recall = anaphor or event.id in by_its_dead         # may tell more of a past act the article recalls
        compatible = [e for e in reversed(joined) if _joinable(e, event) and not _new_toll(e, event, fresh)
                      and not (anaphor and _an_act_of_its_own(e, event, target))
                      and (recall or e.evidence.start not in recalled)] if elaborates else []
        if not compatible and anaphor:
            compatible = [e for e in reversed(joined) if _refers_to(e, event, target)]
            kin = [e for e in joined if e.sub_event_type == event.sub_event_type]
            if not compatible and kin and apart is not None and all(_an_act_of_its_own(e, event, target) for e in kin):
                apart.add(event.evidence.start)
        # the nearest of the mention's own event type first ("clashes were continuing" tells of the battle,
        # not of the air strike told after it), else the nearest compatible one
        incident = next((e for e in compatible if e.event_type == event.event_type), compatible[0] if compatible else None)
        if incident is None:
            joined.append(event)
            continue
        position = joined.index(incident)
        if _a_period_told_by_another_act(incident, event, tolls):
            event = dataclasses.replace(event, fatality_claims=tuple(
                dataclasses.replace(c, scope="campaign") if c.scope == "event" else c for c in event.fatality_claims))
        if event.sub_event_type in _INTERVENTIONS and incident.sub_event_type == "Peaceful protest":
            incident = dataclasses.replace(incident, sub_event_type="Protest with intervention",
                                           actor2=incident.actor2 or event.actor1, inter2=incident.inter2 or event.inter1)
        added = [c for c in event.fatality_claims if c.scope == "event" and _MORE_DEAD.search(c.text)]
        totals = [c for c in incident.fatality_claims if c.scope == "event"]
        if added and totals and not any(_MORE_DEAD.search(c.text) for c in totals):
            more = int(min(c.value for c in added))
            summed = tuple(dataclasses.replace(c, value=c.value + more, text=f"{c.text}; {added[0].text}")
                           if c.scope == "event" else c for c in incident.fatality_claims)
            incident = dataclasses.replace(incident, fatality_claims=summed, fatalities=incident_fatalities(summed))
            event = dataclasses.replace(event, fatality_claims=tuple(
                dataclasses.replace(c, scope="part") if c in added else c for c in event.fatality_claims))
        joined[position] = _combine(incident, dataclasses.replace(_others_dead_as_part(incident, event), event_date=incident.event_date,
                                                                  time_precision=incident.time_precision),
                                    retype=incident.id in by_its_dead)
    return joined


def _with_campaign_totals(events: list[Event], totals: list[tuple[FatalityClaim, tuple[ActorMention, ...]]]) -> list[Event]:
    """War-wide death claims join the operation they are about, never its coded fatalities.

    The operation is the first battle led by the side whose dead are counted ("12,000 Ukrainian
    soldiers killed in the operation" -> the Ukrainian incursion), else the first battle it fought.
    """
    for claim, mentions in totals:
        sides = {_side(m.actor) for m in mentions if m.actor.inter in (1, 2, 8)}
        battles = [e for e in events if e.event_type in ("Battles", "Explosions/Remote violence")]
        led = [e for e in battles if _side_of_name(e.actor1) in sides]
        fought = [e for e in battles if _side_of_name(e.actor2) in sides]
        target = next(iter(led or fought or battles), None)
        if target is None or claim in target.fatality_claims:
            continue
        events[events.index(target)] = dataclasses.replace(target, fatality_claims=target.fatality_claims + (claim,))
    return events
