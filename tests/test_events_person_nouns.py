"""One list of nouns that name people (events.fatalities.PERSON_NOUN), read by the death counts and by
the capture rule. The headlines are synthetic."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place

from events_support import code_text

KANO = Place("Kano", 2335204, 12.0, 8.52, "Kano", "NG", 1, feature="city")
KUNAR = Place("Kunar", 1135702, 34.9, 71.1, "Kunar", "AF", 1, feature="admin1")


def test_one_passenger_killed_counts_one():
    (event,) = code_text("Gunmen kill a passenger in Kano", (KANO,), "2015-03-02")
    assert event.fatalities == 1


@pytest.mark.parametrize("headline", ["Rebels capture 20 villagers in Kunar", "Militants seize two journalists in Kunar"])
def test_villagers_or_journalists_captured_are_no_ground_taken(headline):
    assert all(e.event_type != "Battles" for e in code_text(headline, (KUNAR,), "2015-03-02"))


@pytest.mark.parametrize("text, dead", [("Several officials killed in the blast", [10]),
                                        ("Gunmen killed two guards and a prisoner", [3]),
                                        ("Hostage killed in rescue raid", [1])])
def test_every_person_noun_counts_the_dead(text, dead):
    from newsledger.events.fatalities import deaths_in
    assert [d.value for d in deaths_in(text)] == dead


@pytest.mark.parametrize("text, dead", [("A gunman killed two guards in Kano", [2]),
                                        ("A militant killed three villagers", [3]),
                                        ("A gunman killed in Kano", [1])])
def test_one_person_who_kills_is_not_counted_dead(text, dead):
    from newsledger.events.fatalities import deaths_in
    assert [d.value for d in deaths_in(text)] == dead


@pytest.mark.parametrize("text", ["Soldiers killed in separatist town", "Civilians killed in jihadist attack"])
def test_a_word_for_people_used_before_a_noun_is_no_one_dead(text):
    from newsledger.events.fatalities import deaths_in
    assert [d.value for d in deaths_in(text)] == []



def test_shoppers_tourists_and_a_single_attacker_are_people():
    from events_support import TUNIS, code_text
    from newsledger.events.fatalities import deaths_in

    # a stabbing hits people by itself: shoppers and tourists are people
    for victims in ("two shoppers", "two tourists"):
        events = code_text(f"A man stabbed {victims} in a street of Tunis on Saturday.\n", (TUNIS,), "2016-05-10")
        assert [e.event_type for e in events] == ["Violence against civilians"]
    assert [d.value for d in deaths_in("An attacker was shot dead by a guard at the gate")] == [1]


@pytest.mark.parametrize("body, dead", [("Gunmen killed a council candidate in Kano on Thursday.\n", 1),
                                        ("Gunmen killed two shepherds and a farmer near Kano on Thursday.\n", 3)])
def test_a_killed_candidate_or_shepherds_are_an_event_with_their_dead(body, dead):
    events = code_text(body, (KANO,), "2015-03-06")
    assert events and events[0].fatalities == dead


@pytest.mark.parametrize("text, dead", [("The raid killed four rangers and three poachers", [7]),
                                        ("A blast killed a lawmaker, two reporters and a vendor", [4]),
                                        ("Gunmen killed a businessman and two mourners", [3])])
def test_roles_in_the_news_are_people_and_sum(text, dead):
    from newsledger.events.fatalities import deaths_in
    assert [d.value for d in deaths_in(text)] == dead


def test_a_noun_ending_in_s_takes_es_in_the_plural():
    import re

    from newsledger.enrich.people import singular_or_plural
    assert re.fullmatch(singular_or_plural("witness"), "witnesses")
