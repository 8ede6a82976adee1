"""Headline syntax of any war (issue 10): a blast named as a noun ("Bomb blast leaves 4 dead", "12 hurt
in Quetta blast"), a roadside bomb that "targets" a convoy, the present tense of headlines ("Police open
fire on protesters"), a toll that "rises to" a count in one act. The words that only look alike (critics
"blast" a plan, a blast from the past) report nothing. The headlines are synthetic."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place

from events_support import code_text

QUETTA = Place("Quetta", 1167528, 30.19, 67.01, "Balochistan", "PK", 1, feature="city")
HELMAND = Place("Helmand", 1140026, 31.0, 64.0, "Helmand", "AF", 1, feature="admin1")
KHARTOUM = Place("Khartoum", 379252, 15.55, 32.53, "Khartoum", "SD", 1, feature="city")
TEHRAN = Place("Tehran", 112931, 35.69, 51.42, "Tehran", "IR", 1, feature="city")
KANO = Place("Kano", 2335204, 12.0, 8.52, "Kano", "NG", 1, feature="city")


@pytest.mark.parametrize("headline, dead", [("Bomb blast leaves 4 dead in Quetta", 4),
                                            ("Three killed, 12 hurt in Quetta blast", 3)])
def test_a_blast_with_its_dead_is_an_explosion(headline, dead):
    (event,) = code_text(headline, (QUETTA,), "2015-03-02")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.fatalities == dead


def test_a_roadside_bomb_that_targets_a_convoy_is_an_explosion():
    (event,) = code_text("Roadside bomb targets army convoy in Helmand", (HELMAND,), "2015-03-02")
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.fatalities == 0


@pytest.mark.parametrize("headline", ["Critics blast the budget plan in Quetta",
                                      "A blast from the past: Quetta's old cinema reopens"])
def test_a_blast_that_is_no_explosion_is_no_event(headline):
    assert code_text(headline, (QUETTA,), "2015-03-02") == ()


def test_police_who_open_fire_on_protesters_use_excessive_force():
    (event,) = code_text("Police open fire on protesters in Khartoum, 3 dead", (KHARTOUM,), "2019-06-03")
    assert event.sub_event_type == "Excessive force against protesters" and event.fatalities == 3


def test_a_protester_shot_dead_is_one_dead():
    (event,) = code_text("Protester shot dead in Tehran", (TEHRAN,), "2019-11-17")
    assert event.fatalities == 1


def test_a_toll_that_rises_in_one_bombing_is_its_dead():
    (event,) = code_text("Toll rises to 12 in Kano bombing", (KANO,), "2015-03-02")
    assert event.fatalities == 12


def test_arabic_names_with_al_do_not_make_a_list_of_headlines_spanish():
    from newsledger.events.coder import reads_as_english
    from newsledger.extract.language import guess_by_function_words

    names = [f"Name\t{first} Al-{last}" for first, last in (("Samir", "Hadi"), ("Omar", "Khatib"), ("Walid", "Najjar"),
                                                            ("Yusuf", "Haddad"), ("Karim", "Saleh"), ("Tarek", "Nouri"))]
    text = "\n\n".join(names[:3] + ["Market attack kills 9 in the north"] + names[3:])
    assert guess_by_function_words(text) == "en" and reads_as_english(text)
    # a Spanish text is still Spanish
    assert guess_by_function_words("El ataque al mercado de la ciudad dejó nueve muertos y los heridos fueron al hospital") == "es"


@pytest.mark.parametrize("headline, dead", [("Teen killed as city protests for a fourth night in Tehran", 1),
                                            ("Three dead as protests spread in Tehran", 3)])
def test_a_death_as_a_town_protests_is_force_against_protesters(headline, dead):
    (event,) = code_text(headline, (TEHRAN,), "2019-11-17")
    assert event.sub_event_type == "Excessive force against protesters" and event.fatalities == dead


def test_a_death_beside_no_protest_stays_no_event():
    assert code_text("Teen killed as storm hits Tehran", (TEHRAN,), "2019-11-17") == ()


KUNAR = Place("Kunar", 1135702, 34.9, 71.1, "Kunar", "AF", 1, feature="admin1")
KIDAL = Place("Kidal", 2455290, 18.44, 1.41, "Kidal", "ML", 1, feature="city")


@pytest.mark.parametrize("headline", ["Troops capture three militants in Kunar",
                                      "Four alleged gunmen captured after a raid in Kunar"])
def test_people_captured_are_no_ground_taken(headline):
    assert all(e.event_type != "Battles" for e in code_text(headline, (KUNAR,), "2015-03-02"))


@pytest.mark.parametrize("headline", ["Rebels capture town of Kidal", "Rebels capture town from government troops",
                                      "Rebels seize Kidal base from army soldiers"])
def test_a_town_captured_is_still_ground_taken(headline):
    # the people after a preposition are whom the ground was taken from, not people captured
    (event,) = code_text(headline, (KIDAL,), "2012-03-30")
    assert event.sub_event_type == "Non-state actor overtakes territory"


PESHAWAR = Place("Peshawar", 1168197, 34.01, 71.58, "Khyber Pakhtunkhwa", "PK", 1, feature="city")


def test_militants_who_storm_a_station_attack_it():
    (event,) = code_text("Militants storm police station in Peshawar", (PESHAWAR,), "2015-03-02")
    assert event.event_type == "Battles"


@pytest.mark.parametrize("headline", ["Storm hits Peshawar as militants flee the valley",
                                      "Militants and police brace as a storm nears Peshawar"])
def test_a_storm_of_weather_is_no_attack(headline):
    assert all(e.event_type != "Battles" for e in code_text(headline, (PESHAWAR,), "2015-03-02"))


@pytest.mark.parametrize("text, sides", [
    ("Soldiers shot dead two militants in Peshawar on Monday", ("Military", "Unidentified")),
    ("Soldiers shoot dead two militants in Peshawar", ("Military", "Unidentified")),
    ("Gunmen shot dead two soldiers in Peshawar on Monday", ("Unidentified", "Military")),
    ("Two soldiers shot dead in Peshawar on Monday", ("Unidentified", "Military")),
])
def test_the_side_before_shot_dead_with_an_object_did_the_shooting(text, sides):
    # 'shot dead' with its object after it is active (the side before it shot); with none, a headline's passive
    (event,) = code_text(text, (PESHAWAR,), "2015-03-02")
    assert (event.actor1.split()[0], event.actor2.split()[0]) == sides
