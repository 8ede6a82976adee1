"""The forms a protest or a riot is told in beyond the word "protest" (issue 10: ACLED's largest event
category; audit A45, A5, A6, A11). The sentences are synthetic."""
from __future__ import annotations

from newsledger.events.cues import find_cues

from events_support import analyzed_events


def kinds(sentence: str) -> list[str]:
    return [c.sub_event_type for c in find_cues(sentence)]


def test_a_crowd_that_rallied_protested_and_a_market_that_rallied_did_not():
    (event,) = analyzed_events("Hundreds of nurses rallied in Accra on Monday to demand unpaid allowances.")
    assert (event.sub_event_type, event.actor1, event.event_date) == ("Peaceful protest", "Protesters (Ghana)", "2026-03-09")
    assert kinds("Shares rallied in Frankfurt on Monday after the rate decision.") == []
    assert kinds("Party leaders rallied behind the prime minister on Tuesday.") == []


def test_a_crowds_act_in_protest_is_a_protest_and_one_mans_resignation_is_not():
    (event,) = analyzed_events("Thousands of truckers blocked a motorway near Porto on Tuesday in protest over fuel taxes.")
    assert event.sub_event_type == "Peaceful protest" and event.actor1 == "Protesters (Portugal)"
    assert kinds("The deputy minister resigned on Tuesday in protest against the new tax.") == []


def test_chanting_slogans_and_a_march_tried_are_protests_and_a_march_planned_is_not():
    (event,) = analyzed_events("Teachers gathered outside the assembly in Abuja on Thursday, chanting slogans against the pay cut.")
    assert event.sub_event_type == "Peaceful protest" and event.location == "Abuja"
    assert kinds("Organisers said the unions would march on the assembly next week.") == []


def test_arrests_of_a_march_are_an_intervention_in_a_protest():
    (event,) = analyzed_events("Police in Dakar detained dozens of opposition supporters on Wednesday as they tried to march "
                               "on the presidential palace.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.startswith("Police Forces of Senegal") and event.actor2 == "Protesters (Senegal)"


def test_a_march_told_with_an_adverb_is_a_march():
    (event,) = analyzed_events("About two hundred demonstrators marched silently through central Lyon on Friday "
                               "to oppose the pension law.")
    assert event.sub_event_type == "Peaceful protest" and event.event_date == "2026-03-13"


def test_protesters_named_apart_from_their_violent_act_riot_and_protesters_attacked_do_not():
    (event,) = analyzed_events("Demonstrators in Quito hurled rocks at riot police on Wednesday as the fuel protests "
                               "spread.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 == "Rioters (Ecuador)" and event.actor2.startswith("Police Forces of Ecuador")
    assert "Violent demonstration" not in kinds("Protesters in Quito were attacked by police on Wednesday.")


def test_a_crowd_clashing_with_police_riots_and_armed_men_clashing_with_police_fight():
    (event,) = analyzed_events("Students opposing the tuition rise clashed with police in Santiago on Tuesday.")
    assert event.sub_event_type == "Violent demonstration" and event.actor1 == "Rioters (Chile)"
    assert kinds("Rebels clashed with police in the hills on Tuesday.") == ["Armed clash"]


def test_a_lynching_crowd_is_rioters():
    (event,) = analyzed_events("A crowd lynched a man accused of theft in a village in Sindh province, Pakistan, on Thursday, "
                               "police said.")
    assert event.sub_event_type == "Mob violence" and event.actor1 == "Rioters (Pakistan)"


def test_an_intervention_that_kills_is_excessive_force():
    (event,) = analyzed_events("Police in Kampala fired tear gas and live bullets at hundreds of protesters on Monday, "
                               "killing three people, witnesses said.")
    assert event.sub_event_type == "Excessive force against protesters" and event.fatalities == 3
    (event,) = analyzed_events("Police in Kampala fired tear gas at hundreds of protesters on Monday.")
    assert event.sub_event_type == "Protest with intervention"
