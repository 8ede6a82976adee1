"""The dead of one incident told over several sentences (issue 10 items 2-3, audit A29, A30): the
attackers' dead told later, in the incident's claimant's voice named again by its head ("the ministry"),
are a part of the event's dead and never lower its toll; a later exact toll that fits the incident's
bounded figure ("more than 25" -> 29) is the same incident's competing claim, not another incident.
The sentences are synthetic."""
from __future__ import annotations

from newsledger.events.merging import _fits, _one_voice
from newsledger.events.records import FatalityClaim

from events_support import analyzed_events


def test_the_attackers_dead_told_later_never_lower_the_toll():
    body = ("At least 27 policemen were killed when militants attacked a police post in northern Burkina Faso "
            "on Monday, the security ministry said.\n\n"
            "The gunmen overran the post before noon, the ministry said.\n\n"
            "Police killed nine of the attackers during the fighting, it said.")
    events = analyzed_events(body)
    assert len(events) == 1
    (event,) = events
    assert event.fatalities == 27
    assert {(c.value, c.scope) for c in event.fatality_claims} >= {(27, "event"), (9, "part")}


def test_a_later_toll_that_fits_the_bounded_figure_is_the_same_massacre():
    body = ("Militiamen killed more than 25 farmers in a raid on a village in western Sudan, witnesses said on Monday. "
            "The Rapid Support Forces attacked the village of Um Kadada on Sunday morning, shooting at residents and "
            "burning houses, a local council said. The council said 29 people had died and scores were injured.")
    events = analyzed_events(body)
    assert len(events) == 1
    assert events[0].fatalities == 25
    assert {c.value for c in events[0].fatality_claims} == {25, 29}


def test_a_bound_fits_a_near_count_on_its_side_only():
    more = FatalityClaim(value=30, claimant=None, text="more than 30 herders")
    assert _fits(more, 34) and not _fits(more, 30) and not _fits(more, 60) and not _fits(more, 9)
    assert _fits(FatalityClaim(value=20, claimant=None, text="nearly 20 people"), 18)
    assert not _fits(FatalityClaim(value=20, claimant=None, text="20 people"), 21)
    assert _one_voice("ministry", "security ministry") and not _one_voice("army", "security ministry")
