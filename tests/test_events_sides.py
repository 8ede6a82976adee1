"""Who did what to whom, from the clause (issue 10): a headline's reduced passive names the victims
("Two soldiers killed in Kandahar blast"), and the killer of a state's forces nobody names is ACLED's
unidentified armed group, or the one armed opponent of that war and period (events/data/opponents.tsv),
never the victims themselves. The headlines are synthetic, written after news of those wars."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place
from newsledger.events.actors import ACTORS, unnamed_opponent

from events_support import code_text

KANDAHAR = Place("Kandahar", 1138336, 31.61, 65.71, "Kandahar", "AF", 1)
PESHAWAR = Place("Peshawar", 1168197, 34.01, 71.58, "Khyber Pakhtunkhwa", "PK", 1)
DONETSK = Place("Donetsk", 709717, 48.02, 37.80, "Donetsk", "UA", 1)


@pytest.mark.parametrize("headline", ["Two soldiers killed in Kandahar blast", "Two soldiers shot dead in Kandahar"])
def test_a_headlines_reduced_passive_names_the_victims(headline):
    (event,) = code_text(headline, (KANDAHAR,), "2012-05-05")
    assert event.actor1 == "Unidentified Armed Group (Afghanistan)"
    assert event.actor2 and event.actor2.startswith("Military Forces of Afghanistan")
    assert event.fatalities == 2


def test_an_active_verb_with_its_object_keeps_its_agent():
    (event,) = code_text("Taliban killed 5 soldiers in Kandahar", (KANDAHAR,), "2012-05-05")
    assert event.actor1 == "Taliban" and event.actor2.startswith("Military Forces of Afghanistan")


def test_the_unnamed_opponent_follows_the_wars_periods():
    day = {"2013-06-01": "Unidentified Armed Group (Ukraine)", "2015-02-01": "NAF: United Armed Forces of Novorossiya",
           "2022-06-01": "Military Forces of Russia (2000-)"}
    assert {d: unnamed_opponent(ACTORS["UKR"], "UA", d).name(d, "UA") for d in day} == day
    assert unnamed_opponent(ACTORS["CIV"], "UA", "2015-02-01") is None          # anyone may kill civilians
    assert unnamed_opponent(ACTORS["RUS"], "UA", "2022-06-01") is None          # forces abroad: not guessed
    (event,) = code_text("Three Ukrainian soldiers killed near Donetsk", (DONETSK,), "2015-02-01")
    assert (event.actor1, event.actor2) == ("NAF: United Armed Forces of Novorossiya",
                                            "Military Forces of Ukraine (2014-2019)")


@pytest.mark.parametrize("headline", ["Taliban key commander killed in Kandahar clash",
                                      "Two Taliban fighters of the Quetta shura killed in Kandahar"])
def test_the_people_of_a_group_killed_are_its_losses(headline):
    (event,) = code_text(headline, (KANDAHAR,), "2012-05-05")
    assert event.actor1 is None and event.actor2 == "Taliban"


def test_a_suicide_bombers_victims_are_not_its_perpetrators():
    (event,) = code_text("Suicide bomber kills 20 policemen in Peshawar", (PESHAWAR,), "2012-05-05")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 and event.actor2.startswith("Police Forces of Pakistan")
