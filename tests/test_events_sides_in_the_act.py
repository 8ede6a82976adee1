"""Who the sides of an act are, read from the act's own clause (issue 10 item 4; audit A4, A14, A19,
A32, A37): a state that reacts to an act, supplied a doer, or is named in another clause is no side of
it; a group a subject is "linked to" is the subject's own; two subjects of one act done to civilians are
one side; a bare "army" in a country's news is its military; what a crowd protests is no side. The
sentences are synthetic."""
from __future__ import annotations

import pytest

from events_support import analyzed_events


def only(body: str):
    (event,) = analyzed_events(body)
    return event


def sides(event) -> str:
    return f"{event.actor1} | {event.actor2}"


@pytest.mark.parametrize("body", [
    "The Kremlin denounced the attack on Friday in which gunmen killed 14 churchgoers in a village in northern Burkina Faso.",
    "Kyiv strongly condemned the raid on Thursday in which gunmen killed 9 villagers near Gao in Mali.",
])
def test_a_state_reacting_to_an_act_in_words_is_no_side_of_it(body):
    event = only(body)
    assert "Russia" not in sides(event) and "Ukraine" not in sides(event)
    assert event.actor2 is not None and event.actor2.startswith("Civilians")


def test_a_state_that_supplied_the_weapons_is_no_side():
    event = only("Chadian army drones, some reportedly supplied by Ukraine, hit rebel vehicles near Abeche on Sunday.")
    assert "Ukraine" not in sides(event)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Chad")


def test_a_foreign_state_named_in_another_clause_is_no_side():
    event = only("Russian instructors train Mali's army, but on Friday it was the JNIM that shelled a market in "
                 "Mopti, killing 11.")
    assert "Russia" not in sides(event)


def test_a_bare_army_is_the_events_countrys_military_and_a_groups_positions_are_its_target():
    event = analyzed_events("On Friday, RSF drones hit a fuel depot in Port Sudan. Army artillery shelled RSF "
                            "positions in Nyala, killing 9 fighters.")[-1]
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Sudan")
    assert event.actor2 == "RSF: Rapid Support Forces"


@pytest.mark.parametrize("link", ["linked to", "loyal to", "believed to belong to"])
def test_militants_linked_to_a_group_are_the_groups_own(link):
    event = only(f"Militants {link} the Islamic State killed seven farmers near Mocimboa da Praia in Mozambique on Friday.")
    assert event.event_type == "Violence against civilians"
    assert event.actor1 == "Islamic State (Mozambique)" and event.actor2 == "Civilians (Mozambique)"


def test_two_subjects_of_one_act_done_to_civilians_are_one_side():
    event = only("Burkinabe soldiers and allied militiamen killed at least 25 villagers in a raid near Dori "
                 "in Burkina Faso on Friday.")
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Burkina Faso")
    assert event.actor2 == "Civilians (Burkina Faso)"


def test_two_subjects_of_a_reciprocal_act_stay_two_sides():
    event = only("Indian and Pakistani troops exchanged fire along the border on Friday, killing three soldiers.")
    assert event.event_type == "Battles"
    assert sorted((event.actor1 or "", event.actor2 or ""))[0].startswith("Military Forces of India")
    assert sorted((event.actor1 or "", event.actor2 or ""))[1].startswith("Military Forces of Pakistan")


@pytest.mark.parametrize("body", [
    "Armenian and Azerbaijani troops exchanged artillery fire across the frontier near Tavush overnight, killing "
    "three villagers on the Armenian side, officials said.",
    "Thai and Cambodian soldiers traded mortar fire near a disputed temple on Monday, killing four farmers.",
    "Eritrean and Ethiopian troops shelled each other near Zalambessa on Sunday, killing two civilians.",
])
def test_two_subjects_of_a_reciprocal_act_that_killed_civilians_stay_two_sides(body):
    event = analyzed_events(body)[0]
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of")
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of")
    assert event.actor1.split(" (")[0] != event.actor2.split(" (")[0]
    assert not event.civilian_targeting


@pytest.mark.parametrize("body", [
    "Hundreds of people protested in Lagos on Sunday against the deployment of soldiers to the city.",
    "Thousands of people protested in Accra on Sunday against police brutality.",
])
def test_what_a_crowd_protests_is_no_side_of_its_protest(body):
    event = only(body)
    assert event.event_type == "Protests"
    assert event.actor1 is not None and event.actor1.startswith("Protesters")
    assert event.actor2 is None


def test_a_state_crediting_the_report_is_neither_the_place_nor_a_side():
    event = only("Houthi fighters fired a cruise missile at a cargo ship in the Gulf of Aden on Friday, damaging "
                 "its hull but hurting no one, the British military said.")
    assert event.country != "GB" and "United Kingdom" not in sides(event)


def test_a_clash_of_rival_militias_has_an_armed_group_on_both_sides_not_its_dead():
    event = only("Rival militias clashed in Misrata, Libya, on Friday evening, leaving four people dead.")
    assert event.event_type == "Battles"
    assert event.actor1 == event.actor2 == "Unidentified Armed Group (Libya)"
    assert event.fatalities == 4


def test_patients_are_civilians():
    event = only("The RSF shelled a clinic in Kadugli, Sudan, on Friday, killing six patients.")
    assert event.actor2 == "Civilians (Sudan)"


@pytest.mark.parametrize("men", ["gunmen", "fighters", "militants"])
def test_armed_men_named_by_a_nationality_are_no_states_military(men):
    event = only(f"Israeli troops raided the town of Tubas in the West Bank on Friday, killing two Palestinian {men} "
                 "in a firefight.")
    assert "Military Forces of Palestin" not in sides(event)
