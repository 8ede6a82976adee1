"""The day an act is dated by when a reporting clause follows it (events.when, events.complements):
a time expression between the act and the reporting clause's subject ("..., on Thursday, police said")
is the act's own, whatever the parse hangs it on; one after the reporting verb is the report's.
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
