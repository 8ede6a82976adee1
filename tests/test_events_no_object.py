"""A participle with no object after it (events.complements.OBJECT_AFTER): a headline's passive, whichever
rule asks (people captured, the actor a participle was done to, the side before 'shot dead'). The
headlines are synthetic."""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Place
from newsledger.events.actors import done_to, find_actors

from events_support import code_text

KUNAR = Place("Kunar", 1135702, 34.9, 71.1, "Kunar", "AF", 1, feature="admin1")


@pytest.mark.parametrize("headline", ["Four gunmen captured last week in Kunar",
                                      "Four gunmen captured with weapons in Kunar"])
def test_people_captured_with_no_object_after_are_no_ground_taken(headline):
    assert all(e.event_type != "Battles" for e in code_text(headline, (KUNAR,), "2015-03-02"))


@pytest.mark.parametrize("text, done", [("Two soldiers killed and three wounded in Kandahar blast", True),
                                        ("Two soldiers killed with their driver in Kandahar", True),
                                        ("Taliban killed two soldiers in Kandahar", False)])
def test_the_actor_before_a_participle_with_no_object_suffered_it(text, done):
    mention = find_actors(text, "AF")[0]
    assert done_to(text, mention, text.index("killed"), text.index("killed") + 6) is done


@pytest.mark.parametrize("text, done", [("Rebels killed and wounded 20 soldiers in Kandahar", False),
                                        ("Troops killed as many as 30 militants in Kandahar", False),
                                        ("Troops killed close to 100 militants in Kandahar", False),
                                        ("Troops killed this militant commander in Kandahar", False),
                                        ("Two soldiers killed this morning in Kandahar", True)])
def test_a_counted_object_or_one_after_a_second_participle_is_an_object(text, done):
    mention = find_actors(text, "AF")[0]
    assert done_to(text, mention, text.index("killed"), text.index("killed") + 6) is done


@pytest.mark.parametrize("headline", ["Rebels captured over 30 villages in Kunar", "Militants seized this strategic town in Kunar",
                                      "Rebels captured and looted the town in Kunar"])
def test_ground_captured_after_a_qualifier_or_a_second_participle_is_still_taken(headline):
    from newsledger.events.cues import find_cues
    assert "Arrests" not in [c.sub_event_type for c in find_cues(headline)]
