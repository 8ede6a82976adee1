"""Who did what to whom in a clause, on any war (issue 10, audit A3 A4 A8 A16 A17 A20 A22 A26 A40): a force
whose post an act hit suffered it; the speaker opening a sentence reports the act and takes no part in it;
foreigners named by nationality are civilians; two forces of one coordinated subject are the two sides; a
state's aircraft and drones are its forces; the Houthis are one actor wherever the news is placed; marchers
named by their trade or cause are the protesters. Every sentence is synthetic, written for these tests."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place

from events_support import code_text

PESHAWAR = Place("Peshawar", 1168197, 34.01, 71.58, "Khyber Pakhtunkhwa", "PK", 1, feature="city")
MOSUL = Place("Mosul", 99072, 36.34, 43.13, "Nineveh", "IQ", 1, feature="city")
KADUNA = Place("Kaduna", 2335727, 10.52, 7.44, "Kaduna State", "NG", 1, feature="city")
MOMBASA = Place("Mombasa", 186301, -4.05, 39.67, "Mombasa County", "KE", 1, feature="city")
KANDAHAR = Place("Kandahar", 1138336, 31.61, 65.71, "Kandahar", "AF", 1, feature="city")
TUNIS = Place("Tunis", 2464470, 36.82, 10.17, "Tunis", "TN", 1, feature="city")
BADME = Place("Badme", 343663, 14.73, 37.80, "Tigray", "ET", 1, feature="village")
BAIDOA = Place("Baidoa", 64013, 3.11, 43.65, "Bay", "SO", 1, feature="city")
HAMA = Place("Hama", 170017, 35.13, 36.76, "Hama", "SY", 1, feature="city")
MARIB = Place("Marib", 71333, 15.46, 45.33, "Ma'rib", "YE", 1, feature="city")
EILAT = Place("Eilat", 295277, 29.56, 34.95, "Southern District", "IL", 1, feature="city")
LIMA = Place("Lima", 3936456, -12.04, -77.03, "Lima Province", "PE", 1, feature="city")
CHISINAU = Place("Chisinau", 618426, 47.01, 28.86, "Chisinau", "MD", 1, feature="city")


def _one(body: str, place: Place, day: str = "2026-03-14"):
    (event,) = code_text(body, (place,), day)
    return event


@pytest.mark.parametrize("sentence, place, victim", [
    ("A suicide bomber blew himself up outside a police station in Peshawar on Tuesday, killing five officers.",
     PESHAWAR, "Police Forces of Pakistan"),
    ("A car bomb went off at an army checkpoint near Mosul on Monday, killing four soldiers.", MOSUL,
     "Military Forces of Iraq"),
    ("At a police post in Kandahar, a suicide bomber detonated his vest on Sunday, killing three policemen.",
     KANDAHAR, "Police Forces of Afghanistan"),
])
def test_the_force_whose_post_was_hit_suffered_the_act(sentence, place, victim):
    event = _one(sentence, place)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.startswith(victim)


def test_a_named_groups_bomber_at_a_post_is_the_groups():
    event = _one("A Taliban suicide bomber blew himself up at a police checkpoint in Kandahar on Sunday, "
                 "killing four officers.", KANDAHAR)
    assert event.actor1 == "Taliban" and event.actor2 and event.actor2.startswith("Police Forces of Afghanistan")


def test_a_suicide_bomber_with_no_group_is_an_unidentified_armed_group():
    event = _one("A suicide bomber blew himself up in a crowded bus station in Kaduna on Friday, killing nine people.",
                 KADUNA)
    assert event.actor1 == "Unidentified Armed Group (Nigeria)" and event.actor2 == "Civilians (Nigeria)"


@pytest.mark.parametrize("sentence, place, country", [
    ("Police said gunmen killed three farmers near Kaduna on Friday.", KADUNA, "Nigeria"),
    ("Police in Mombasa said armed men shot dead two traders on Saturday.", MOMBASA, "Kenya"),
    ("According to police, gunmen killed four shopkeepers in Kaduna on Friday.", KADUNA, "Nigeria"),
])
def test_the_speaker_opening_the_sentence_is_no_side_of_the_act(sentence, place, country):
    event = _one(sentence, place)
    assert event.event_type == "Violence against civilians"
    assert event.actor2 == f"Civilians ({country})"
    assert "Police" not in (event.actor1 or "") + (event.actor2 or "")


def test_a_speaker_telling_its_own_act_keeps_its_side():
    event = _one("The army said it killed 14 militants near Kandahar on Sunday.", KANDAHAR)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Afghanistan")


@pytest.mark.parametrize("sentence", [
    "Gunmen stormed a guesthouse in Tunis on Tuesday, killing three Germans and two Tunisians.",
    "Militants opened fire on a tour bus near Tunis on Tuesday, killing five Japanese tourists.",
])
def test_foreigners_named_by_nationality_are_civilians(sentence):
    event = _one(sentence, TUNIS)
    assert event.event_type == "Violence against civilians" and event.actor2 == "Civilians (Tunisia)"
    assert event.country == "TN"


def test_foreign_soldiers_named_by_nationality_are_no_civilians():
    event = _one("Gunmen ambushed a patrol near Kandahar on Tuesday, killing two French soldiers.", KANDAHAR)
    assert event.actor2 != "Civilians (Afghanistan)"


def test_two_forces_of_one_subject_are_the_two_sides():
    event = _one("Ethiopian and Eritrean troops clashed near Badme on Thursday.", BADME)
    assert event.actor1 and event.actor1.startswith("Military Forces of Ethiopia")
    assert event.actor2 and event.actor2.startswith("Military Forces of Eritrea")


@pytest.mark.parametrize("sentence", [
    "A US drone strike killed four al-Shabaab fighters near Baidoa on Thursday.",
    "US aircraft struck al-Shabaab positions near Baidoa on Thursday, killing six fighters.",
])
def test_a_us_strike_is_the_united_states_forces(sentence):
    event = _one(sentence, BAIDOA)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of United States")
    assert event.actor2 == "Al Shabaab"


def test_us_the_pronoun_names_no_force():
    event = _one("Gunmen told us troops had killed four villagers near Baidoa on Thursday.", BAIDOA)
    assert "United States" not in (event.actor1 or "") + (event.actor2 or "")


def test_government_aircraft_are_the_states_forces():
    event = _one("Government warplanes bombed a bakery in Hama on Wednesday, killing eight people.", HAMA)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Syria")
    assert event.actor2 == "Civilians (Syria)"


@pytest.mark.parametrize("sentence, place", [
    ("Houthi rebels fired a missile at the port of Eilat on Sunday.", EILAT),
    ("The Houthis fired two missiles at Eilat on Sunday.", EILAT),
    ("Houthi fighters shelled a market in Marib on Sunday, killing three people.", MARIB),
])
def test_the_houthis_are_one_actor_wherever_placed(sentence, place):
    assert _one(sentence, place).actor1 == "Houthi Movement"


def test_government_positions_are_the_states_forces():
    event = _one("Houthi fighters attacked government positions near Marib on Sunday.", MARIB)
    assert event.actor1 == "Houthi Movement"
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Yemen")


@pytest.mark.parametrize("sentence, place, country", [
    ("Thousands of nurses marched in Lima on Friday to demand higher wages.", LIMA, "Peru"),
    ("Supporters of the rebel movement held a rally in Chisinau on Monday to demand an amnesty.", CHISINAU, "Moldova"),
])
def test_marchers_named_by_trade_or_cause_are_the_protesters(sentence, place, country):
    event = _one(sentence, place)
    assert event.sub_event_type == "Peaceful protest"
    assert (event.actor1, event.actor2) == (f"Protesters ({country})", None)
