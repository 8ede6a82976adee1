"""An act told inside a frame that makes it no incident of the news (events.framing): the rite held for
its dead (a vigil, a memorial, a march to commemorate them) and the story of a work (a film, a memoir,
a novel), and the time a reaction is dated by. The rite, the work or the reaction is what the sentence
reports; the act is its occasion or its plot.
Every sentence here is synthetic, written for these tests."""
from __future__ import annotations

import pytest

from events_support import analyzed_events
from newsledger.events.aspect import not_happened, parsed
from newsledger.events.framing import commemorated, in_a_work, occasion_of_a_reaction


def _word(sentence: str, word: str):
    return next(t for t in parsed(sentence) if t.text == word)


@pytest.mark.parametrize("sentence, word", [
    ("Mourners held a candlelight vigil in Tarnow on Sunday for the six farmers killed in the raid.", "killed"),
    ("A memorial service was held in Ostrava on Friday for the guards who died in the ambush.", "ambush"),
    ("Students marched through Brno on Tuesday to commemorate the 11 workers shot dead by troops in May.", "shot"),
    ("The town unveiled a memorial to the miners killed in the blast.", "killed"),
])
def test_an_act_a_rite_is_held_for_is_its_occasion(sentence, word):
    assert commemorated(_word(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Gunmen killed six farmers in Tarnow on Sunday.", "killed"),
    ("Hundreds attended the funeral of a guard shot by gunmen in Tarnow this morning.", "shot"),
    ("Gunmen opened fire on a funeral in Tarnow on Sunday, killing four mourners.", "killing"),
    ("Troops fired on the crowd in Brno on Tuesday.", "fired"),
])
def test_an_act_on_a_rite_or_with_no_rite_is_no_occasion(sentence, word):
    assert not commemorated(_word(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("In her memoir, Dana Ortiz describes how rebels stormed her village.", "stormed"),
    ("In one scene, bandits ambush a convoy and kill three guards.", "ambush"),
    ("The novel tells how soldiers burned a monastery.", "burned"),
])
def test_an_act_a_work_tells_is_its_story(sentence, word):
    assert in_a_work(_word(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Rebels stormed a cinema in the capital on Friday.", "stormed"),
    ("Two guards were killed in a series of attacks on Friday.", "killed"),
    ("The play was banned after gunmen attacked the theatre on Friday.", "attacked"),
    ("The play was banned and gunmen attacked the theatre on Friday.", "attacked"),
])
def test_an_act_with_no_work_telling_it_is_not_a_story(sentence, word):
    assert not in_a_work(_word(sentence, word))


def test_a_vigil_for_the_victims_of_a_bombing_is_no_bombing():
    body = ("Several hundred mourners held a candlelight vigil in Peshawar on Saturday for the seven traders "
            "killed in the bombing.\n\nThe vigil passed off peacefully.")
    assert not [e for e in analyzed_events(body, "2026-05-10") if e.event_type != "Protests"]


def test_a_memoir_or_a_film_tells_no_incident():
    body = ("In his new memoir, published on Tuesday, Idris Kamara recounts how militants raided his school in "
            "Maiduguri and abducted 30 pupils.\n\nIn one scene of the documentary, soldiers shell a village "
            "and kill five farmers.")
    assert analyzed_events(body, "2026-05-10") == ()


def test_an_attack_on_a_funeral_is_an_incident():
    body = "Gunmen opened fire on a funeral procession in Peshawar on Saturday, killing four mourners."
    events = analyzed_events(body, "2026-05-10")
    assert [e.fatalities for e in events] == [4]


@pytest.mark.parametrize("sentence, word", [
    ("Soon after the murder of the teacher, the senator said that the country was at war.", "murder"),
    ("Immediately after the raids, the governor issued a statement.", "raids"),
    ("The minister tweeted the day after the shooting.", "shooting"),
])
def test_an_act_that_only_dates_a_reaction_is_its_occasion(sentence, word):
    assert occasion_of_a_reaction(_word(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Hours after gunmen killed 12 villagers in Kano on Friday, the governor condemned the attack.", "killed"),
    ("Soon after the murder of a teacher in Lyon, the senator said that the country was at war.", "murder"),
    ("The minister tweeted the day after a gunman shot dead 30 people at a stadium.", "shot"),
    ("Troops stormed the village after rebels ambushed a patrol.", "ambushed"),
    ("Rebels shelled the port after talks collapsed, officials said.", "shelled"),
])
def test_an_act_told_in_full_or_after_no_reaction_is_told(sentence, word):
    assert not occasion_of_a_reaction(_word(sentence, word))


def test_a_reaction_after_an_act_told_elsewhere_codes_no_event_of_the_act():
    body = "Immediately after the bombings, the senator issued a statement calling for calm."
    assert analyzed_events(body, "2026-05-10") == ()


def test_what_a_group_had_done_before_describes_it():
    assert not_happened("It was a way to punish the gunmen who had attacked our town.", 45, 53) == "person"
    body = "\"It was a way to punish the gunmen who had attacked our town,\" the mayor said."
    assert analyzed_events(body, "2026-05-10") == ()


def test_a_year_in_a_relative_clause_on_the_actor_dates_no_act_of_the_sentence():
    body = ("Fighters of the Tarsa front, which bombed a hotel in 2004, ambushed an army convoy near Gao on "
            "Sunday.")
    events = analyzed_events(body, "2026-05-12")      # a Tuesday
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-05-10")]


def test_a_march_to_commemorate_the_dead_is_a_protest_without_their_dead():
    body = "Relatives marched through Quetta on Tuesday to commemorate the 14 students shot dead by gunmen in March."
    events = analyzed_events(body, "2026-05-14")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", 0)]
    body = "Relatives marched through Quetta on Tuesday to commemorate the students shot dead by gunmen."
    assert [e.fatalities for e in analyzed_events(body, "2026-05-14")] == [0]


def test_a_claim_of_responsibility_does_not_date_the_act_it_claims():
    body = "The Tarsa front claimed responsibility on Wednesday for the bombing of a bus in Hama that killed seven people."
    events = analyzed_events(body, "2026-05-16")      # a Saturday: the bombing is of that Wednesday or before
    assert [(e.event_date, e.time_precision) for e in events] == [("2026-05-16", 2)]
    body = "Leaders on Monday condemned Sunday's bombing of a market in Hama."
    assert [e.event_date for e in analyzed_events(body, "2026-05-16")] == ["2026-05-10"]



def test_a_march_to_protest_a_killing_is_a_protest_not_force_on_it():
    # synthetic (audit A65): the killing is the march's cause, neither its type nor its dead; fire on such a
    # crowd is force on it, with its own dead only
    (march,) = analyzed_events("Hundreds marched in Tarnow on Sunday to protest the killing of 11 miners by guards "
                               "last month.")
    assert (march.sub_event_type, march.fatalities) == ("Peaceful protest", 0)
    (force,) = analyzed_events("Police fired on crowds protesting the killing of a teacher in Bamako on Monday, "
                               "killing two.")
    assert (force.sub_event_type, force.actor1, force.fatalities) == (
        "Excessive force against protesters", "Police Forces of Mali (2021-)", 2)
