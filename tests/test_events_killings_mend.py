"""Killings and the one number reader (issue 10, audit A43, A42, A44, A32, A12): a sentence carried out is
no attack, a passive "were shot dead" is a killing on purpose, ordinary crime is no political violence,
"N dozen" is 12N, and a side's own loss spelled in words is a count. Every sentence here is synthetic,
written for these tests."""
from __future__ import annotations

import pytest

from events_support import code_text
from newsledger.enrich.numbers import find_numbers
from newsledger.enrich.records import Place
from newsledger.events.fatalities import deaths_in

KANO = Place("Kano", 2335204, 12.0, 8.52, "Kano", "NG", 1, feature="city")


def code(body: str):
    return code_text(body, (KANO,), "2014-03-02")


@pytest.mark.parametrize("sentence", [
    "Nigeria executed four men in Kano on Friday for murder, prison officials said.",
    "Three prisoners were executed in Kano on Friday for drug smuggling.",
    "The state hanged two inmates convicted of armed robbery in Kano on Friday.",
    "Two men on death row were executed in Kano on Friday.",
])
def test_a_sentence_carried_out_is_a_legal_process_not_an_attack(sentence):
    assert code(sentence) == ()


def test_an_execution_by_an_armed_group_stays_an_attack():
    (event,) = code("Five farmers were executed by militants in Kano on Friday.")
    assert event.sub_event_type == "Attack" and event.fatalities == 5


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Two herders were shot dead in Kano on Friday.", 2),
    ("A driver was shot dead in Kano on Friday night.", 1),
    ("Three teachers were shot and killed in Kano on Friday.", 3),
    ("Four farmers were gunned down in Kano on Friday.", 4),
])
def test_a_passive_shot_dead_is_a_killing_on_purpose(sentence, dead):
    (event,) = code(sentence)
    assert event.sub_event_type == "Attack" and event.actor2 == "Civilians (Nigeria)" and event.fatalities == dead


@pytest.mark.parametrize("sentence", [
    "Robbers shot dead a fuel station cashier in Kano on Friday.",
    "Police shot dead a suspected thief after a chase in Kano on Friday.",
    "A guard was shot dead during a bank robbery in Kano on Friday.",
    "Two burglars murdered a night watchman in Kano on Friday.",
])
def test_ordinary_crime_and_its_policing_is_no_attack_on_civilians(sentence):
    assert all(e.actor2 != "Civilians (Nigeria)" for e in code(sentence))


@pytest.mark.parametrize(("text", "value"), [("Two dozen people were killed.", 24), ("three dozen eggs", 36),
                                             ("a dozen soldiers", 12), ("some four dozen boats", 48)])
def test_n_dozen_is_twelve_n(text, value):
    assert [m.value for m in find_numbers(text)] == [value]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Raiders killed nearly two dozen herders.", 24),
    ("Almost three dozen fighters died.", 36),
    ("The army lost five soldiers in the ambush.", 5),
    ("The rebels said they lost eleven men in the fighting.", 11),
    ("The army lost 5 soldiers in the ambush.", 5),
])
def test_spelled_counts_of_the_dead(sentence, dead):
    assert [d.value for d in deaths_in(sentence)] == [dead]


def test_a_loss_of_things_is_no_count_of_the_dead():
    assert deaths_in("The club lost five matches in a row.") == ()


@pytest.mark.parametrize(("sentence", "dead"), [
    # victims of any trade or state are people, and distinct groups add up (A5)
    ("The shelling killed four patients and three nurses.", 7),
    ("Six pupils and their teacher were killed when the school was bombed.", 7),
    ("Nine migrants were shot dead at the border.", 9),
    # "both" before people is two, "both sides" are no count (A33)
    ("Both pilots died when the jet was shot down.", 2),
    ("Gunmen killed both guards at the gate.", 2),
    # every number of a list after "aged" is an age (A45)
    ("Three people, aged 19, 22 and 40, were killed.", 3),
    ("Raiders killed four men aged 21, 30, 35 and 58.", 4),
])
def test_who_the_dead_are_and_how_old_they_were(sentence, dead):
    assert [d.value for d in deaths_in(sentence)] == [dead]


def test_both_sides_are_no_count():
    assert [d.value for d in deaths_in("Both sides said dozens of fighters were killed.")] == [12]


@pytest.mark.parametrize(("sentence", "dead"), [
    # a count after "the" is the dead all the same (A35)
    ("Soldiers killed the three raiders after a long siege.", 3),
    ("Police shot dead the two hijackers at the airport.", 2),
])
def test_the_counted_dead_after_the(sentence, dead):
    assert [d.value for d in deaths_in(sentence)] == [dead]
    assert deaths_in("The raiders left the two guards tied up.") == ()
