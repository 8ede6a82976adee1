"""Attempts, crowds using force, aircraft shot down and towns entered (issue 10 item 1, from the
tuning half of the events gold set). The sentences are synthetic, written after news of those wars."""
from __future__ import annotations

from newsledger.enrich.records import Place
from newsledger.events.cues import find_cues

from events_support import LOGAR, TUNIS, code_text

SARAQIB = Place("Saraqib", 172515, 35.86, 36.8, "Idlib", "SY", 1, feature="city")


def code(body: str, places: tuple[Place, ...] = (), published: str = "2020-03-02"):
    return code_text(body, places, published)


def test_an_attempt_took_place_in_the_cues_as_in_the_parse():
    # "tried to" was read as not happening by the cue table and as happening by aspect.py
    (event,) = code("Protesters tried to force their way into the parliament in Tunis on Friday.", (TUNIS,))
    assert event.event_type == "Riots" and event.sub_event_type == "Violent demonstration"
    assert event.actor1 == "Rioters (Tunisia)" and event.event_date == "2020-02-28"


def test_an_attempt_to_take_ground_is_fighting_not_ground_taken():
    assert [c.sub_event_type for c in find_cues("Rebels attempted to capture the town on Monday.")] == ["Armed clash"]
    assert [c.sub_event_type for c in find_cues("Rebels captured the town on Monday.")] == ["take"]
    assert find_cues("Rebels are seeking to capture the town.") == ()


def test_a_manned_aircraft_shot_down_is_a_battle_and_a_drone_downed_is_not():
    assert find_cues("Taliban fighters shot down a US helicopter in Logar")[0].sub_event_type == "Armed clash"
    assert find_cues("A military helicopter was shot down in Logar")[0].sub_event_type == "Armed clash"
    assert find_cues("Air defences shot down 20 drones overnight")[0].sub_event_type == "Disrupted weapons use"
    (event,) = code("Taliban fighters shot down a US helicopter in Logar on Sunday.", (LOGAR,))
    assert event.event_type == "Battles" and event.actor1 == "Taliban"


def test_a_states_forces_entering_a_town_of_their_own_state_regain_it():
    (event,) = code("Syrian government forces entered the rebel-held town of Saraqib on Monday.", (SARAQIB,))
    assert event.sub_event_type == "Government regains territory" and event.location == "Saraqib"
    assert event.actor1 == "Military Forces of Syria (2000-2024)"
    assert find_cues("The war entered its third year.") == ()


def test_an_arrest_told_after_a_protest_is_its_intervention_not_an_event_of_its_own():
    body = ("Hundreds of protesters marched through Tunis on Friday against the new budget.\n\n"
            "One of the organisers was later detained by police, his lawyer said.")
    (event,) = code(body, (TUNIS,))
    assert event.sub_event_type == "Protest with intervention" and event.actor1 == "Protesters (Tunisia)"
    assert event.actor2 == "Police Forces of Tunisia" and len(event.also_reported_at) == 1


ALEPPO = Place("Aleppo", 170063, 36.2, 37.16, "Aleppo", "SY", 1, feature="city")


def test_unnamed_rebels_fighting_on_tell_of_the_battle_before_not_of_a_new_incident():
    body = ("Syrian government forces entered the rebel-held town of Saraqib on Monday.\n\n"
            "On Sunday, warplanes bombed a military airport in Aleppo.\n\n"
            "Rebel sources said clashes went on in the western districts of the town.")
    battle, strike = code(body, (SARAQIB, ALEPPO))
    assert battle.event_type == "Battles" and battle.location == "Saraqib"
    assert [body[s:e] for s, e in battle.also_reported_at] == [body[body.index("Rebel sources"):]]
    assert strike.sub_event_type == "Air/drone strike" and strike.also_reported_at == ()


def test_a_crowd_attacked_in_the_passive_did_not_act():
    # "protesters stormed ..." is the crowd's act; "protesters were attacked by police" is not
    for event in code("Protesters were attacked by police in Tunis on Friday.", (TUNIS,)):
        assert event.sub_event_type != "Violent demonstration" and event.actor1 != "Protesters (Tunisia)"
    for event in code("Demonstrators were ambushed by gunmen in Tunis on Friday.", (TUNIS,)):
        assert event.sub_event_type != "Violent demonstration"


def test_an_act_against_the_incidents_side_is_another_incident():
    # unnamed rebels attacking the army after the army's shelling: the other side's act, not more of the shelling
    events = code("Syrian government forces shelled the town of Saraqib on Monday, killing three civilians.\n\n"
                  "Rebels later attacked an army checkpoint, killing four soldiers, a monitor said.", (SARAQIB,))
    assert len(events) == 2


def test_entering_a_place_nobody_else_holds_takes_nothing():
    for text in ("Ukrainian troops entered Kyiv on Monday for the Independence Day parade.",
                 "Russian troops entered Belarus on Monday for joint exercises near Minsk.",
                 "Syrian soldiers entered the village of Saraqib on Monday to distribute aid.",
                 "Thousands of migrants entered Hungary on Monday."):
        assert all(e.sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory")
                   for e in code(text, (SARAQIB,))), text


def test_a_seizure_of_guns_is_a_haul_not_ground():
    # "seized" before arms, with a count or a word or two between, disrupts weapons use; it takes no territory
    for sentence in ("Border guards seized 30 rifles from a lorry near the crossing on Monday.",
                     "Police seized guns and grenades at a checkpoint outside the port.",
                     "Troops seized two hunting rifles in the raid."):
        assert [c.sub_event_type for c in find_cues(sentence) if c.text == "seized"] == ["Disrupted weapons use"], sentence
    assert find_cues("Rebels seized the garrison town on Monday.")[0].sub_event_type == "take"
    events = code("Soldiers seized 20 rifles from a warehouse in Tunis on Monday.", (TUNIS,), "2016-05-10")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
