"""The day an act is dated by (events.when, events.complements), and an explosive that harmed people told
without its thrower (a grenade that wounded, a bomb set off that only wounded: events.coder, events.cues).
A time expression between the act and the reporting clause's subject ("..., on Thursday, police said")
is the act's own, whatever the parse hangs it on; one after the reporting verb is the report's; an act's own
possessive day ("killed in Monday's ambush") dates it over the main clause's day.
Every sentence here is synthetic, written for these tests."""
from __future__ import annotations

import pytest

from events_support import analyzed_events


@pytest.mark.parametrize("sentence", [
    "Gunmen killed seven herders in Zamfara state, Nigeria, on Thursday, police said.",
    "Rebels killed four traders in Ituri province, Congo, on Thursday, a local official said.",
    "Bandits shot dead three farmers in Kebbi state, Nigeria, on Thursday, residents said.",
])
def test_a_day_before_the_reporting_subject_is_the_acts(sentence):
    assert [(e.event_date, e.time_precision) for e in analyzed_events(sentence, "2026-05-16")] == [("2026-05-14", 1)]


def test_a_day_after_the_reporting_verb_is_the_reports():
    events = analyzed_events("Gunmen killed seven herders in Zamfara state, police said on Thursday.", "2026-05-16")
    assert [e.event_date for e in events] == ["2026-05-16"]


@pytest.mark.parametrize("sentence, day", [
    ("Relatives gathered in Lodz on Sunday for the four guards killed in Thursday's ambush near the border.", "2026-05-14"),
    ("Mourners held a vigil in Kalisz on Saturday for the nine miners killed in Wednesday's attack.", "2026-05-13"),
])
def test_the_acts_own_possessive_day_dates_it(sentence, day):
    assert [e.event_date for e in analyzed_events(sentence, "2026-05-17")] == [day]


@pytest.mark.parametrize("sentence", [
    "A grenade tossed into a cafe in Gombe, in Nigeria's Gombe state, injured nine people on Friday, police said.",
    "A grenade wounded eight people at a taxi rank in Gombe on Friday.",
])
def test_a_grenade_that_harmed_people_is_an_event(sentence):
    assert [(e.sub_event_type, e.fatalities) for e in analyzed_events(sentence, "2026-05-17")] == [("Grenade", 0)]


def test_a_bomb_detonated_that_only_wounded_is_an_event():
    events = analyzed_events("Suspected rebels set off a bomb beside a rice mill in Pattani on Friday, wounding four guards.",
                             "2026-05-17")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 0)]

