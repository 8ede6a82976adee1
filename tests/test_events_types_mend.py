"""Event types the audit found wrong with synthetic probes (issue 10): a mine that is a pit, a
proposal "shot down", a killing told with a burning, a crowd's looting and its name in a riot. Every sentence here is
synthetic, written for these tests; each runs the full pipeline (enrich, then the coder)."""
from __future__ import annotations

import pytest

from events_support import analyzed_events as _coded


@pytest.mark.parametrize("body", [
    "Armed men abducted four workers from a mine site near Gusau on Thursday.",
    "Bandits kidnapped six miners from a mine in Kaduna on Friday.",
    "Gunmen abducted two foreign engineers at a mine near Tillaberi on Tuesday.",
])
def test_a_mine_that_is_a_pit_is_no_explosive(body):
    events = _coded(body)
    assert events and all(e.sub_event_type != "Remote explosive/landmine/IED" for e in events)
    assert events[0].sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("body", [
    "Two soldiers were killed when their truck hit a mine near Gao on Thursday.",
    "A mine exploded under a minibus near Kandahar on Friday, killing four passengers.",
    "Three shepherds were killed by a mine near Marib on Monday.",
])
def test_a_mine_that_goes_off_is_an_explosive(body):
    (event, *_) = _coded(body)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("body", [
    "The committee shot down the plan to build a bridge in Lagos on Monday.",
    "Shareholders shot down the takeover bid in Zurich on Tuesday.",
    "The carmaker cut 900 jobs and shot down rumours of a sale in Turin on Monday.",
])
def test_shot_down_with_an_object_that_does_not_fly_is_no_interception(body):
    assert not [e for e in _coded(body) if e.sub_event_type == "Disrupted weapons use"]


def test_shot_down_with_a_drone_is_still_an_interception():
    (event,) = _coded("Air defences shot down three drones over Odesa on Monday.")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("body, dead", [
    ("Gunmen torched a church and killed three worshippers near Jos on Monday.", 3),
    ("Militiamen burned down a market and shot dead four traders near Bunia on Friday.", 4),
    ("Gang members shot dead five villagers and set fire to homes near Cap-Haitien on Tuesday.", 5),
])
def test_a_killing_told_with_a_burning_is_the_killing(body, dead):
    (event,) = _coded(body)
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Violence against civilians", "Attack", dead)
    assert event.actor1 is not None


def test_gang_members_are_an_armed_actor():
    (event,) = _coded("Gang members killed six residents in a suburb of Port-au-Prince on Wednesday.")
    assert event.actor1 == "Unidentified Gang (Haiti)" and event.fatalities == 6


def test_a_strategic_development_carries_no_dead():
    # deaths told with no act of killing beside a burning: the burning stays the event, with none of them
    (event,) = _coded("Militants torched five houses near Maiduguri on Monday, and two people died.")
    assert (event.event_type, event.fatalities) == ("Strategic developments", 0)


@pytest.mark.parametrize("body, sub_event, actor1", [
    ("Rioters looted shops and set cars on fire in Lagos on Monday.", "Violent demonstration", "Rioters (Nigeria)"),
    ("A mob looted a warehouse in Kano on Friday.", "Mob violence", "Rioters (Nigeria)"),
    ("Demonstrators torched a police station in Dhaka on Sunday.", "Violent demonstration", "Rioters (Bangladesh)"),
    ("Protesters threw stones at police and set tyres on fire in Nairobi on Tuesday.", "Violent demonstration",
     "Rioters (Kenya)"),
])
def test_a_crowds_violence_is_a_riot_by_rioters(body, sub_event, actor1):
    (event,) = _coded(body)
    assert (event.event_type, event.sub_event_type, event.actor1) == ("Riots", sub_event, actor1)


def test_a_peaceful_crowd_stays_protesters():
    (event,) = _coded("On Sunday, nurses marched in Accra to demand higher pay.")
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Ghana)")
