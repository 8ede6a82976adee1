"""Acts told by a noun, by a periphrasis or without their usual word (issue 10, events recall): an attack
carried out or deadly, an attack told as unfolding on its day, "took the lives of", a strike with no
"air", a crowd's blows. Every sentence is synthetic, written for these tests."""
from __future__ import annotations

from events_support import analyzed_events


def _one(body: str):
    events = analyzed_events(body)
    assert len(events) == 1, events
    return events[0]


def test_an_attack_carried_out_by_a_named_man_is_done_with_arms_not_words():
    event = _one("Investigators believe Tom Reyes carried out his deadly attack on shoppers in Bristol with a "
                 "borrowed rifle.")
    assert event.event_type == "Violence against civilians"
    assert not analyzed_events("Okafor lost many voters in Leeds on Monday through her relentless attacks on the press.")


def test_an_attack_carried_out_on_an_institution_or_a_freedom_is_words():
    # audit A56: carried out, but on what no arms can hit
    for body in ("Opponents in Kampala said the prime minister carried out a savage attack on the free press on "
                 "Thursday by closing three radio stations.",
                 "Unions in Lima said the minister launched a cruel attack on pensions on Friday.",
                 "The governor mounted a fierce attack on democracy in Accra on Wednesday, bloggers said."):
        assert not analyzed_events(body), body
    # ... an attack carried out on people or a building stays an act done with arms
    event = _one("Gunmen carried out a brutal attack on a police post in Kumasi on Thursday, killing two officers.")
    assert event.event_type in ("Violence against civilians", "Battles")


def test_an_attack_told_as_unfolding_on_its_day_at_its_place_is_an_incident():
    event = _one("The attack in Porto took place on Tuesday morning while the square was full.")
    assert (event.sub_event_type, event.location, event.event_date) == ("Attack", "Porto", "2026-03-10")
    assert event.actor2 == "Civilians (Portugal)"
    assert not analyzed_events("Monday's attack on the budget in Ottawa drew applause.")


def test_a_dated_attack_at_a_place_with_no_target_named_is_an_incident():
    event = _one("Friday's attack in Porto has led the city to close its markets.")
    assert (event.sub_event_type, event.location, event.event_date) == ("Attack", "Porto", "2026-03-13")


def test_took_the_lives_of_counts_the_dead():
    event = _one("The explosion near Mosul on Sunday took the lives of six guards.")
    assert (event.fatalities, event.location) == (6, "Mosul")


def test_a_strike_that_killed_is_a_strike_without_the_word_air():
    assert _one("Israeli strikes killed nine people in Khan Younis on Tuesday, health officials said.").sub_event_type \
        == "Air/drone strike"
    assert _one("A strike on a convoy near Mosul killed 12 fighters on Monday.").sub_event_type == "Air/drone strike"
    assert not analyzed_events("A general strike on Monday shut the port of Durban, union leaders said.")


def test_blows_by_a_crowd_are_mob_violence_and_by_police_an_intervention():
    assert _one("A crowd beat up two journalists outside the court in Lahore on Monday.").sub_event_type == "Mob violence"
    event = _one("Police beat up dozens of protesters in Minsk on Sunday.")
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention", "Protesters (Belarus)")
