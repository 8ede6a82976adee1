"""Ordinary news around the precision round's rules (issue 10, audit F2, F4, F5, F6, F8, F10, F12):
today's news after a background paragraph, a time told from the narrative before it, an act told
with a frequency word, a participle with a time of its own, the clause a consequence follows.
Every body here is SYNTHETIC text written for these tests."""
from __future__ import annotations

from events_support import code_text
from test_events_aspect import _coded_with_dates, _verdict
from test_events_merge import KHARKIV

from newsledger.enrich.records import Place
from newsledger.events.when import event_date

KARACHI = Place("Karachi", 1174872, 24.8608, 67.0104, "Sindh", "PK", 1, feature="city")


def _deaths(body: str, published: str = "2016-09-03") -> list[int | None]:
    return [e.fatalities for e in _coded_with_dates(body, published)]


def test_todays_news_after_a_background_paragraph_is_an_incident():
    # F5: a paragraph with no time of its own is told at the news time, not at the background's year
    assert _deaths("Tunis has been tense since 2013, when street clashes killed more than 40 people.\n\n"
                   "Gunmen shot dead five policemen at a checkpoint in Tunis, officials said.\n") == [5]
    body = ("Gunmen shot dead five policemen at a checkpoint in Tunis on Monday, officials said.\n\n"
            "The city saw similar violence in 2013, when more than 40 people died in street clashes.\n\n"
            "In a second attack, militants threw a grenade at a police station in Tunis, killing three officers.\n")
    assert sorted(_deaths(body)) == [3, 5]


def test_a_paragraph_that_goes_on_with_the_story_of_a_past_year_is_history():
    # F5 (the rule's own case, kept): a pronoun or a sequencer carries the year on
    body = ("In 2013, rebels stormed the prison in Tunis and freed hundreds of inmates.\n\n"
            "They shot dead nine guards as they left.\n")
    assert _deaths(body) == []
    assert _deaths(body.replace("In 2013,", "On Monday,")) == [9]


def test_a_time_told_from_the_narrative_skips_a_background_aside():
    # F6: "hours later" is told from the story's last time, not from a year named in an aside
    body = ("Gunmen attacked a police station in Tunis on Monday, killing five officers, officials said.\n\n"
            "The station was also attacked in 2013.\n\n"
            "Police said the attackers escaped on motorbikes.\n\n"
            "Hours later, a roadside bomb hit an army patrol in Tunis, killing three soldiers.\n")
    assert sorted(_deaths(body, "2016-09-07")) == [3, 5]


def test_the_following_day_is_the_day_after_its_anchor():
    # F12: one reader of anaphoric time (events/when.py) gives "the following day" its date
    body = ("Gunmen attacked a police station in Tunis on Monday, killing five officers.\n\n"
            "The following day, militants ambushed an army patrol in Tunis, killing three soldiers.\n")
    events = {e.fatalities: e.event_date for e in _coded_with_dates(body, "2016-09-09")}
    assert events == {5: "2016-09-05", 3: "2016-09-06"}
    sentence = "The following day, militants ambushed a patrol."
    assert event_date(sentence, 0, len(sentence), (), "2016-09-09", anchor="2016-09-05").iso == "2016-09-06"
    assert event_date(sentence, 0, len(sentence), (), "2016-09-09").evidence == "publication date"


def test_a_participle_with_a_time_of_its_own_is_the_news():
    # F4: the time reader, not a list of weekday and month words, says whether the participle is dated
    coded = code_text("The governor visited the parents of a soldier killed by a roadside bomb in Karachi this morning.",
                      (KARACHI,), "2024-10-23")
    assert [e.event_date for e in coded] == ["2024-10-23"]
    assert _verdict("Mourners attended the funeral of a policeman killed in a bomb blast in Karachi earlier today.",
                    "killed") is None
    assert _verdict("The governor visited the parents of a soldier killed by a roadside bomb in Karachi hours earlier.",
                    "killed") is None
    sentence = "The governor met the widow of a policeman shot in Karachi in 2009."
    assert _verdict(sentence, "shot") == "about"


def test_a_frequency_word_on_one_incident_keeps_it():
    # F2: "repeatedly" tells how one attack went, not a habit
    assert [e.fatalities for e in code_text(
        "Gunmen repeatedly fired on a police convoy in Karachi, killing four policemen, officials said.",
        (KARACHI,), "2024-10-23")] == [4]
    assert [e.fatalities for e in code_text(
        "Russian forces repeatedly shelled Kharkiv, killing five civilians, the governor said.",
        (KHARKIV,), "2024-10-23")] == [5]
    assert [e.fatalities for e in code_text(
        "Repeated explosions rocked Kharkiv as Russian missiles struck the city, killing five people, the mayor said.",
        (KHARKIV,), "2024-10-23")] == [5]


def test_a_habit_told_in_the_past_or_present_is_no_incident():
    # F2: a habit in the simple past or present, or a plural act with no determiner, is background
    assert code_text("Drones struck the village near Kharkiv daily, residents said.", (KHARKIV,), "2024-10-23") == ()
    assert code_text("Russian forces shell Kharkiv repeatedly, residents say.", (KHARKIV,), "2024-10-23") == ()


def test_a_consequence_follows_the_main_clause_not_a_relative_or_subordinate_one():
    # F8: the clause before the comma is the one the participle follows, not a clause inside it
    assert _verdict("Gunmen attacked a checkpoint that was not guarded, killing two policemen.", "killing") is None
    assert _verdict("Gunmen attacked the convoy before it could reach the town, killing six soldiers.", "killing") is None
    assert _verdict("Riots will break out, leading to violent clashes.", "clashes") == "irrealis"


def test_an_act_beside_a_judgement_a_comparison_or_a_dead_body_is_still_told():
    # F10 (ace5811's readings): ordinary news those readings must leave alone
    sentence = "Gunmen killed two guards in Tunis on Monday in what police described as a robbery."
    assert _verdict(sentence, "killed") is None
    assert _deaths(sentence, "2016-09-07") == [2]
    assert _verdict("The bombing in Tunis on Monday killed more people than any attack this year.", "bombing") is None
    assert _verdict("Fighting in Tunis killed more than 20 people on Monday, officials said.", "Fighting") is None
    assert _verdict("Police found the dead body of a missing guard in Tunis on Monday.", "dead") is None


def test_a_paragraph_opened_by_but_after_an_open_period_is_the_news():
    # F15: "since 2014" opens a period running to today, no past time a paragraph opened by "But" or
    # "Yet" goes on at; a past year the story was told at still is
    body = ("Gunmen attacked a police station in Tunis on Monday, killing five officers, officials said.\n\n"
            "Tunis had been calm since a truce in 2014.\n\n"
            "But the calm ended when militants ambushed an army patrol in Tunis, killing three soldiers, the army said.\n")
    assert sorted(_deaths(body, "2016-09-03")) == [3, 5]
    body = ("Tunis has been quiet since the army retook the old town in 2014.\n\n"
            "Yet gunmen opened fire on a bus in Tunis, killing four passengers, police said.\n")
    assert _deaths(body) == [4]
    body = ("In 2013, rebels stormed the prison in Tunis and freed hundreds of inmates.\n\n"
            "But they shot dead nine guards as they left.\n")
    assert _deaths(body) == []


def test_a_paragraph_a_speaker_opens_does_not_go_on_with_the_story_before_it():
    # "She said ..." opens with a pronoun, but the pronoun is the report's speaker, not a person of the
    # past story before it: what she says is today's news unless it names a time of its own
    body = ("In 2013, rebels stormed the prison in Tunis and freed hundreds of inmates.\n\n"
            "She said gunmen shot dead five policemen at a checkpoint in Tunis.\n")
    assert _deaths(body) == [5]
    assert _deaths(body.replace("She said gunmen", "They")) == []


def test_a_bare_weekday_and_the_weekend_are_times_of_the_act():
    # US wire copy names the day bare ("killed Sunday"): it dates the participle's act as "on Sunday" does
    for body in ("The parents of a soldier killed Sunday by a roadside bomb in Tunis spoke to reporters.\n",
                 "The parents of a soldier killed on Sunday by a roadside bomb in Tunis spoke to reporters.\n"):
        assert [e.event_date for e in _coded_with_dates(body, "2016-06-16")] == ["2016-06-12"]
    found = event_date("Rebels made major gains in Hama over the weekend", 0, 48, (), "2016-09-06")
    assert (found.iso, found.time_precision) == ("2016-09-04", 2)
    assert event_date("Gunmen killed 12 people Sunday", 0, 30, (), "2016-06-16").iso == "2016-06-12"
    assert event_date("The Sunday Times reported that gunmen killed 12", 0, 47, (), "2016-06-16").evidence == "publication date"


def test_the_following_day_with_no_story_going_on_is_told_from_the_last_day_named():
    # no paragraph going on with the story names a time: "the following day" follows the last day the
    # article named (September 11, 2012: history), not the report's day; a year ("in 2013") is no day to follow
    body = ("Gunmen stormed the consulate in Tunis on September 11, 2012, killing two guards.\n\n"
            "The film about the night remains disputed.\n\n"
            "Officials gave conflicting accounts of the rescue.\n\n"
            "The following day, militants shelled the base in Tunis, killing two officers.\n")
    assert _deaths(body, "2016-01-16") == []
    recent = body.replace("on September 11, 2012", "on Monday")
    assert sorted(e.event_date for e in _coded_with_dates(recent, "2016-01-16")) == ["2016-01-11", "2016-01-12"]


def test_a_month_and_day_is_read_as_the_date_finder_reads_it():
    # events/when.py reads a month and day in a sentence enrich dated nothing in with the date finder's
    # own forms: a month name ending another word ("Myanmar 12") and a count after the comma ("June 5,
    # 2000 soldiers", "August 6, 1000 people") are no date and no year
    assert event_date("Troops fought in Myanmar 12 miles from the border on Tuesday", 0, 60, (),
                      "2024-03-20").iso == "2024-03-19"
    assert event_date("Since June 5, 2000 soldiers have deserted the army", 0, 50, (), "2024-07-01").iso == "2024-06-05"
    assert event_date("On August 6, 1000 people fled the town", 0, 38, (), "2024-09-12").iso == "2024-08-06"
    assert event_date("Rebels took the town on 6th of August 2023", 0, 42, (), "2024-09-12").iso == "2023-08-06"


def test_a_plausible_year_before_a_plural_noun_is_the_year_not_a_count():
    # synthetic: a four-digit number after a month and day, before a plural noun, is the year when the
    # text can mean it (no later than its publication, at most a decade before); else a count
    assert event_date("On June 5, 2023 protests erupted in the capital", 0, 45, (), "2024-07-01").iso == "2023-06-05"
    assert event_date("By March 14, 2022 refugees had crossed the river", 0, 48, (), "2023-01-09").iso == "2022-03-14"
    assert event_date("On May 9, 2026 sailors mutinied at the base", 0, 43, (), "2024-07-01").iso == "2024-05-09"
    assert event_date("On April 3, 1900 volunteers joined the militia", 0, 46, (), "2021-05-02").iso == "2021-04-03"


def test_what_tells_more_of_a_recalled_act_goes_with_it():
    # issue 10 (history, synthetic): a sentence with no day or place of its own that tells more of a past act
    # the article recalls ("years ago", "thirty years ago this month") is that act's, not news of the
    # report's day; after a news act it still tells more of the news
    recalled = "Years ago, insurgents raided the customs office in Tunis. Three customs officers were killed at the front door."
    assert _deaths(recalled) == []
    assert _deaths("Thirty years ago this month, insurgents overran an army outpost in Tunis. Some 40 conscripts were killed.") == []
    assert _deaths(recalled.replace("Years ago", "On Monday")) == [3]
    assert len(_deaths("Years ago, insurgents raided the customs office in Tunis.\n\n"
                       "Gunmen shot dead five policemen at a checkpoint in Tunis on Friday, officials said.\n\n"
                       "Two more officers were killed at the gate.\n")) == 1


def test_the_many_acts_of_a_period_are_a_toll_not_an_incident():
    # audit A23, A30 (synthetic): a present perfect counted over an open period ("this year", "so far") or
    # an act put during a stretch of many acts ("during the uprising") is a toll; one day's act is not
    assert _deaths("Insurgents have killed more than 200 policemen in raids across Tunis this year.") == []
    assert _deaths("At least 80 civilians have been killed in Tunis so far this month, a monitor said.") == []
    assert _deaths("A panel's study released on Friday said the army shot dead 150 students in Tunis "
                   "during the revolution.") == []
    assert _deaths("Insurgents killed 20 policemen in a raid on a barracks in Tunis on Monday.") == [20]
    assert _deaths("The army shot dead 15 students in Tunis during the revolution on Tuesday, medics said.") == [15]
