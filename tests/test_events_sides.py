"""Who did what to whom, from the clause (issue 10): a headline's reduced passive names the victims
("Two soldiers killed in Kandahar blast"), and the killer of a state's forces nobody names is ACLED's
unidentified armed group, or the one armed opponent of that war and period (events/data/opponents.tsv),
never the victims themselves. The headlines are synthetic, written after news of those wars."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place
from newsledger.events.actors import ACTORS, done_to, find_actors, unnamed_opponent

from events_support import code_text

KANDAHAR = Place("Kandahar", 1138336, 31.61, 65.71, "Kandahar", "AF", 1)
PESHAWAR = Place("Peshawar", 1168197, 34.01, 71.58, "Khyber Pakhtunkhwa", "PK", 1)
DONETSK = Place("Donetsk", 709717, 48.02, 37.80, "Donetsk Oblast", "UA", 1)
LVIV = Place("Lviv", 702550, 49.84, 24.02, "Lviv Oblast", "UA", 1)


@pytest.mark.parametrize("headline", ["Two soldiers killed in Kandahar blast", "Two soldiers shot dead in Kandahar"])
def test_a_headlines_reduced_passive_names_the_victims(headline):
    (event,) = code_text(headline, (KANDAHAR,), "2012-05-05")
    assert event.actor1 == "Unidentified Armed Group (Afghanistan)"
    assert event.actor2 and event.actor2.startswith("Military Forces of Afghanistan")
    assert event.fatalities == 2


def test_an_active_verb_with_its_object_keeps_its_agent():
    (event,) = code_text("Taliban killed 5 soldiers in Kandahar", (KANDAHAR,), "2012-05-05")
    assert event.actor1 == "Taliban" and event.actor2.startswith("Military Forces of Afghanistan")


@pytest.mark.parametrize("sentence", ["Taliban killed two soldiers in a roadside explosion near Kandahar on Monday.",
                                      "Taliban fighters wounded three policemen in a bomb blast in Kandahar on Monday."])
def test_the_subject_of_the_clause_did_it_when_its_object_is_named_nearer_the_act(sentence):
    # the act's cue is the explosion, and the side named last before it is the verb's object: the
    # clause's subject is the agent, its object the target
    (event,) = code_text(sentence, (KANDAHAR,), "2012-05-08")
    assert event.actor1 == "Taliban"
    assert event.actor2 and event.actor2.startswith(("Military Forces of Afghanistan", "Police Forces of Afghanistan"))


def test_the_unnamed_opponent_follows_the_wars_periods():
    day = {"2013-06-01": "Unidentified Armed Group (Ukraine)", "2015-02-01": "NAF: United Armed Forces of Novorossiya",
           "2022-06-01": "Military Forces of Russia (2000-)"}
    assert {d: unnamed_opponent(ACTORS["UKR"], "UA", d, "Donetsk Oblast").name(d, "UA") for d in day} == day
    assert unnamed_opponent(ACTORS["CIV"], "UA", "2015-02-01") is None          # anyone may kill civilians
    assert unnamed_opponent(ACTORS["RUS"], "UA", "2022-06-01") is None          # forces abroad: not guessed
    (event,) = code_text("Four Ukrainian soldiers killed outside Donetsk", (DONETSK,), "2015-02-01")
    assert (event.actor1, event.actor2) == ("NAF: United Armed Forces of Novorossiya",
                                            "Military Forces of Ukraine (2014-2019)")


@pytest.mark.parametrize("headline", ["Senior Taliban commander killed in Kandahar gunfight",
                                      "Two Taliban fighters of the Quetta shura killed in Kandahar"])
def test_the_people_of_a_group_killed_are_its_losses(headline):
    (event,) = code_text(headline, (KANDAHAR,), "2012-05-05")
    assert event.actor1 is None and event.actor2 == "Taliban"


def test_a_suicide_bombers_victims_are_not_its_perpetrators():
    (event,) = code_text("Suicide bomber kills 20 policemen in Peshawar", (PESHAWAR,), "2012-05-05")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 and event.actor2.startswith("Police Forces of Pakistan")


@pytest.mark.parametrize("headline, victims", [
    ("Attack on police kills five in Peshawar", "Police Forces of Pakistan"),
    ("Explosion targets Pakistani troops in Peshawar, killing 12", "Military Forces of Pakistan"),
])
def test_the_armed_actor_named_after_the_act_suffered_it(headline, victims):
    (event,) = code_text(headline, (PESHAWAR,), "2012-05-05")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)" and event.actor2 and event.actor2.startswith(victims)


def test_a_bombers_own_group_is_not_its_victim():
    (event,) = code_text("A suicide bomber of the Taliban killed 20 policemen at a checkpoint in Peshawar.",
                         (PESHAWAR,), "2012-05-05")
    assert event.actor1 == "Taliban" and event.actor2 and event.actor2.startswith("Police Forces of Pakistan")


@pytest.mark.parametrize("headline, place, day, killer", [
    ("Two soldiers killed in Lviv shooting", LVIV, "2016-05-05", "Unidentified Armed Group (Ukraine)"),  # not Donbas
    ("Four Ukrainian soldiers killed outside Donetsk", DONETSK, None, "Unidentified Armed Group (Ukraine)"),  # no date
    ("Two soldiers shot dead by a comrade in Lviv barracks", LVIV, "2023-05-05", None),  # the report names him
    ("Two soldiers shot dead by a comrade in Donetsk barracks", DONETSK, "2016-05-05", None),
])
def test_the_wars_opponent_is_of_its_region_and_period(headline, place, day, killer):
    (event,) = code_text(headline, (place,), day)
    assert event.actor1 == killer and event.actor2 and event.actor2.startswith("Military Forces of Ukraine")


def test_a_speaker_is_not_the_victim():
    text = "Taliban say soldiers killed in Kandahar ambush"
    assert not done_to(text, find_actors(text, "AF")[0], text.index("killed"), text.index("killed") + 6)
    (event,) = code_text(text, (KANDAHAR,), "2012-05-05")
    assert event.actor1 == "Taliban" and event.actor2 and event.actor2.startswith("Military Forces of Afghanistan")


def test_a_plural_attacks_on_is_a_noun_not_the_verb():
    """"attacks on" is the plural noun, whose "on" brings a day here: the armed actor named after it
    is the clause's subject, the one who acted (it was read as the verb "attacks", sides swapped)."""
    (event,) = code_text("In attacks on Tuesday, Taliban fighters killed 12 policemen in Kandahar.", (KANDAHAR,),
                         "2012-05-05")
    assert event.actor1 == "Taliban" and event.actor2.startswith("Police Forces of Afghanistan")


def test_an_attack_on_civilians_by_men_nobody_names_is_an_attack():
    # ACLED codes an attack on unarmed civilians as violence against civilians whoever did it; with no
    # agent named it had stayed an armed clash (a battle needs two armed sides)
    from test_events_aspect import _coded_with_dates

    body = "Worshippers were attacked at a mosque in Tunis on Monday, killing three civilians, officials said.\n"
    (event,) = _coded_with_dates(body, "2016-06-16")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", None, "Civilians (Tunisia)")


DAKAR = Place("Dakar", 2253354, 14.69, -17.44, "Dakar", "SN", 1)


@pytest.mark.parametrize("sentence, dead", [("Police shot dead two protesters in Dakar on Friday.", 2),
                                            ("Soldiers killed three people at a rally in Dakar on Friday.", 3)])
def test_state_forces_killing_protesters_use_excessive_force(sentence, dead):
    # synthetic: no war in the text; a state's forces killing people at a protest are political by that alone
    (event,) = code_text(sentence, (DAKAR,), "2021-03-06")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor2 == "Protesters (Senegal)" and event.fatalities == dead


@pytest.mark.parametrize("sentence", ["Gunmen kill three at a rally in Dakar.",
                                      "Masked gunmen shot dead two protesters in Dakar on Friday."])
def test_armed_men_of_no_state_killing_at_a_protest_attack_civilians(sentence):
    # synthetic: ACLED's excessive force is a state's; anyone else killing protesters attacks civilians
    (event,) = code_text(sentence, (DAKAR,), "2021-03-06")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 == "Unidentified Armed Group (Senegal)" and event.actor2 == "Protesters (Senegal)"


@pytest.mark.parametrize("sentence", ["Three demonstrators were shot dead in Dakar on Friday.",
                                      "Two protesters were killed in Dakar on Friday."])
def test_protesters_who_suffered_the_force_are_its_victims_not_its_perpetrators(sentence):
    # synthetic: a passive with no agent names who suffered it; the crowd is never also the side that shot
    (event,) = code_text(sentence, (DAKAR,), "2021-03-06")
    assert event.actor2 == "Protesters (Senegal)" and event.actor1 is None


@pytest.mark.parametrize("sentence", [
    "A gunman opened fire at a shopping centre in Dakar on Friday, killing four people before police shot him.",
    "Gunmen opened fire on worshippers at a mosque in Dakar on Friday, killing six until soldiers killed two of the attackers.",
])
def test_forces_who_stop_an_attacker_are_not_its_victims(sentence):
    # synthetic: the police or troops answering a mass shooting acted on the attacker; its victims are the people shot
    (event,) = code_text(sentence, (DAKAR,), "2021-03-06")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 == "Unidentified Armed Group (Senegal)" and event.actor2 == "Civilians (Senegal)"


@pytest.mark.parametrize("sentence, claimant", [
    ("Gunmen killed three villagers in Dakar on Friday, according to the Interior Ministry.", "Interior Ministry"),
    ("Gunmen killed three villagers in Dakar on Friday, according to the U.S.", "U.S."),
])
def test_the_claimant_of_according_to_has_no_full_stop(sentence, claimant):
    # synthetic: the sentence's full stop is not part of the name; an abbreviation's is
    (event,) = code_text(sentence, (DAKAR,), "2021-03-06")
    assert event.claimant == claimant


def test_forces_who_find_the_bodies_are_not_the_victims():
    # synthetic, in a war: the men in the relative clause were shot; the police only found them
    body = ("Rebels attacked an army base near Dakar on Sunday, killing two soldiers.\n\n"
            "Police found the bodies of four men who had been shot dead in Dakar on Monday.")
    events = code_text(body, (DAKAR,), "2021-03-06")
    assert not any(e.actor2 and e.actor2.startswith("Police") for e in events)
    assert any(e.actor2 == "Civilians (Senegal)" and e.fatalities == 4 for e in events)


THIES = Place("Thies", 2244616, 14.79, -16.93, "Thies", "SN", 1)


@pytest.mark.parametrize("sentence", ["A bomb killed ten people at an election rally in Dakar on Friday.",
                                      "A stampede killed ten people at a rally in Dakar on Friday.",
                                      "A crush at the gates killed six marchers during a rally in Thies on Sunday.",
                                      "The collapse of a stand killed four people at a demonstration in Thies on Sunday."])
def test_a_killing_at_a_rally_with_no_forces_named_is_no_excessive_force(sentence):
    # synthetic: force on protesters needs someone using it; a blast or a crush at a rally is not
    events = code_text(sentence, (DAKAR, THIES), "2021-03-06")
    assert not any(e.sub_event_type == "Excessive force against protesters" for e in events)


def test_an_explosive_at_a_rally_outranks_force_on_protesters():
    # synthetic: a car bomb at a rally is remote violence, not the crowd's policing
    (event,) = code_text("A car bomb killed nine people at a campaign rally in Thies on Sunday.", (THIES,), "2021-03-06")
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("sentence, town", [("Soldiers killed two militants near protesters in Dakar on Friday.", DAKAR),
                                            ("Troops shot dead three gunmen outside a demonstration in Thies on Sunday.", THIES)])
def test_the_object_of_a_killing_near_protesters_is_its_victim(sentence, town):
    # synthetic: the words between the killing and "protesters" are its own object, not a gap to skip
    (event,) = code_text(sentence, (town,), "2021-03-06")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", ["Masked men shot dead a shopkeeper in Peshawar on Tuesday.",
                                      "Armed men shot dead a shopkeeper in Peshawar on Tuesday.",
                                      "A hooded man stabbed a guard to death in Peshawar on Tuesday."])
def test_men_told_as_armed_or_masked_are_an_armed_group(sentence):
    # "men" of a description that arms or hides them are no civilians: an unidentified armed group acts
    (event,) = code_text(sentence, (PESHAWAR,), "2012-05-09")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert [m.actor.key for m in find_actors(sentence, "PK")][:1] == ["UNID"]


def test_a_headlines_bare_verb_after_masked_men_is_a_verb():
    from newsledger.events.cues import find_cues

    assert [c.text for c in find_cues("Masked men storm a bank in Peshawar")] == ["storm"]
