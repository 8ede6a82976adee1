"""Sides (issue 10 item 4): the speaker of the credit closing a sentence is no side of the act, and an
armed attack aimed at a crowd is done to civilians. The sentences are synthetic."""
from __future__ import annotations

from events_support import TUNIS, code_text, synthetic_article


def test_the_speaker_of_a_closing_credit_takes_no_part_in_the_act():
    for body in ("Gunmen shot dead a judge outside the court in Tunis on Monday, said Sami Lahmar, a police officer.",
                 "Gunmen shot dead a judge outside the court in Tunis on Monday, police said."):
        (event,) = code_text(body, (TUNIS,), "2016-05-12")
        assert event.actor1 == "Unidentified Armed Group (Tunisia)", body
        assert event.actor2 is None or "Police" not in event.actor2, body


def test_an_armed_attack_aimed_at_a_crowd_is_done_to_civilians():
    body = ("Gunmen opened fire on a crowd outside a cafe in Tunis on Monday, killing four, said Sami Lahmar, "
            "a police officer.")
    (event,) = code_text(body, (TUNIS,), "2016-05-12")
    assert (event.event_type, event.actor2, event.fatalities) == ("Violence against civilians", "Civilians (Tunisia)", 4)
    # a state force firing at a crowd stays the protest's
    (event,) = code_text("Police fired tear gas at the crowd in Tunis on Monday.", (TUNIS,), "2016-05-12")
    assert event.event_type == "Protests"


def test_a_rally_a_named_speaker_appears_at_is_no_protest():
    # synthetic: a rally a named speaker appears at is a campaign appearance; a crowd's rally is a protest
    from newsledger.enrich import enrich_many
    from newsledger.events import with_events

    def coded(body: str):
        (analysis,) = enrich_many([synthetic_article(body, "2016-07-08")], processes=1)
        return [e.sub_event_type for e in with_events(analysis).events]

    assert coded("Her campaign started on Monday, when Mary Walsh introduced Tom Brandt to a Denver rally.") == []
    # the month is no protest word: "March" beside a speaker's rally makes it no protest
    assert coded("Her campaign started on Monday, when Mary Walsh introduced Tom Brandt to a Denver rally, their first "
                 "since March.") == []
    assert coded("Thousands of farmers gathered at a rally in Denver on Thursday.") == ["Peaceful protest"]
    # a named person joining or leading a crowd, or a demand after the rally noun, keeps the crowd's protest
    assert coded("Kemal Aydin joined thousands of workers at a rally in Ankara on Monday demanding higher wages.") \
        == ["Peaceful protest"]
    assert coded("Kemal Aydin joined thousands of workers at a rally in Ankara on Monday against the new labour law.") \
        == ["Peaceful protest"]
    assert coded("Opposition leader Ana Ruiz led thousands of supporters at a rally in Caracas on Sunday.") \
        == ["Peaceful protest"]


def test_a_campaign_rally_is_one_decision_for_the_cues_and_the_coder():
    # synthetic: a rally named as a campaign's and a rally a named speaker appears at are decided by one
    # function, which the cues read with the words alone and the coder with the named persons
    from newsledger.events.complements import a_campaign_rally
    from newsledger.events.cues import find_cues

    sentence = "Thousands joined an election rally in Denver on Thursday."
    at = sentence.index("rally")
    assert a_campaign_rally(sentence, at, at + 5)
    assert [c.sub_event_type for c in find_cues(sentence)] == []
    sentence = "Thousands joined a rally for candidate Ruiz in Denver on Thursday."
    assert [c.sub_event_type for c in find_cues(sentence)] == []
    sentence = "Thousands joined a rally in Denver on Thursday."
    at = sentence.index("rally")
    assert not a_campaign_rally(sentence, at, at + 5)
    assert [c.sub_event_type for c in find_cues(sentence)] == ["Peaceful protest"]
