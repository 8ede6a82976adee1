"""A year in a sentence makes its toll a campaign's only when the year is the toll's period ("killed
3,000 civilians in 2014"), not when it dates one act ("in a raid on a bank in 2011") or an earlier deed
of a group in a relative clause; a bare death toll that rises is the told incident's (audit, is_campaign_total).
The sentences are synthetic."""
from __future__ import annotations

from newsledger.events.fatalities import deaths_in, is_campaign_total

from events_support import analyzed_events, event_deaths


def test_a_year_that_dates_one_act_makes_no_campaign_toll():
    assert event_deaths("Bandits killed 17 people in a raid on a bank in Jos in 2011.") == [17]
    assert is_campaign_total("Militias killed 4,100 civilians in 2017, a monitor said.")
    assert is_campaign_total("More than 900 people died in 2019 in the unrest.")


def test_a_groups_earlier_deed_in_a_relative_clause_leaves_the_sentences_own_dead():
    s = ("Gunmen of the Red Dawn Front, which killed 16 police officers in 2008, ambushed a patrol near Herat "
         "on Saturday, killing three soldiers.")
    assert [(d.value, d.scope) for d in deaths_in(s)] == [(16, "campaign"), (3, "event")]
    (event,) = analyzed_events(s)
    assert event.fatalities == 3


def test_a_bare_death_toll_that_rises_is_the_incidents():
    assert event_deaths("The death toll rose to 19 on Tuesday, hospital officials said.") == [19]
    assert event_deaths("Death toll climbs to 8") == [8]
    # a toll owned by a country or a war is still a running campaign toll
    assert is_campaign_total("Sudan death toll rises to 6,000")
