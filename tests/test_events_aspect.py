"""What a sentence tells as having happened, read from the parse (events/aspect.py), and the time a
sentence with no time of its own is told at (events/coder.py). Synthetic sentences written for
these tests."""
from __future__ import annotations

from events_support import TUNIS
from newsledger.enrich.nlp import load_nlp
from newsledger.enrich.records import Analysis
from newsledger.enrich.textdates import find_dates
from newsledger.events import code_events
from newsledger.events.aspect import not_happened
from newsledger.records import Article, Published, content_id


def _coded_with_dates(body: str, published: str):
    """The events of a synthetic English article whose places are Tunis, with its dates read."""
    day = Published(published, "day", published)
    article = Article(id=content_id(body), source={"uri": "synthetic", "format": "text"}, title=None, outlet=None,
                      credited_sources=(), byline=(), published=day, language="en", body=body)
    return code_events(Analysis(article=article, places=(TUNIS,), dates=find_dates(load_nlp()(body), day)))


def _verdict(sentence: str, cue: str) -> str | None:
    start = sentence.index(cue)
    return not_happened(sentence, start, start + len(cue))


def test_an_imperative_tells_no_act():
    assert _verdict("Please carry a rally banner into the square and keep shouting.", "rally") == "irrealis"
    assert _verdict("Stop the bombing of the old town now.", "bombing") == "irrealis"
    assert _verdict("Attackers shot at shoppers on Friday, killing at least seven people.", "killing") is None


def test_an_act_read_as_something_is_not_reported():
    # a verb of judging with an "as" complement reads an act, it does not report one
    sentence = "Donors are uneasy because the governor's decision has been interpreted as fighting the miners in the west."
    assert _verdict(sentence, "fighting") == "about"
    sentence = "Diplomats call it a change of course, viewing a negotiated agreement as the only way to protect the farmers."
    assert _verdict(sentence, "negotiated agreement") == "about"
    # an "as" that is not a verb of judging's complement leaves the act reported
    assert _verdict("Troops shelled the town on Monday as punishment for the raid.", "shelled") is None
    assert _verdict("The two sides signed a negotiated agreement on Monday as fighting raged.", "fighting") is None


def test_a_quotation_introduced_by_a_colon_is_told_at_the_time_of_its_introduction():
    old = ("Critics say the story repeats itself.\n\n"
           "In a clip broadcast live on September 11, 2012, a reporter described the scene.\n\n"
           "The reporter says:\n\n"
           "\"Army troops were engaged in fierce clashes with armed men in Tunis, the shopkeeper told me.\"\n")
    assert _coded_with_dates(old, "2015-12-04") == ()
    # the same quotation introduced by a passage of the news window is an incident
    recent = old.replace("September 11, 2012", "December 3, 2015")
    assert [e.location for e in _coded_with_dates(recent, "2015-12-04")] == ["Tunis"]


def test_a_named_day_of_the_year_dates_the_act():
    from newsledger.events.when import read_date

    assert read_date("Protesters marched on Black Friday down the avenue", "2015-12-04").iso == "2015-11-27"
    assert read_date("the mass abuse in the city on New Year's Eve", "2016-03-23").iso == "2015-12-31"
    assert read_date("a truck drove into the crowd during Bastille Day celebrations", "2016-07-15").iso == "2016-07-14"
    assert read_date("gunmen attacked worshippers on Easter Sunday", "2019-04-22").iso == "2019-04-21"
    # "Christmas" alone is a season or an occasion, not a day
    assert read_date("the Christmas party shooting", "2015-12-04") is None


def test_a_holiday_named_as_a_period_is_not_its_day():
    from newsledger.events.when import read_date

    # synthetic sentences: the holidays and the weekend around a named day are told at a coarser precision
    holidays = read_date("Shops were looted in the town during the Easter holidays", "2019-04-29")
    assert holidays is not None and (holidays.iso, holidays.time_precision) == ("2019-04", 3)
    weekend = read_date("Two men were shot during the Easter weekend", "2019-04-23")
    assert weekend is not None and (weekend.iso, weekend.time_precision) == ("2019-04-21", 2)
    day = read_date("Gunmen attacked a chapel on Easter Monday", "2019-04-23")
    assert day is not None and (day.iso, day.time_precision) == ("2019-04-22", 1)


def test_an_act_inside_an_idea_entertained_is_not_reported():
    sentence = "She came near to an admission that her sailors had fought in the conflict in the south."
    assert _verdict(sentence, "fought") == "about"
    sentence = "Mayors raised concern that militias who boasted of the attacks still travel openly."
    assert _verdict(sentence, "attacks") == "about"
    # report nouns carry the incidents news tells through them
    assert _verdict("There were reports that troops attacked the village on Monday.", "attacked") is None
    assert _verdict("The army denied reports that its troops had shelled the market on Monday.", "shelled") is None


def test_a_continent_does_not_place_a_state_of_affairs():
    # the present perfect is an incident only with its own day, dead or a place inside a country
    from events_support import code_text
    from newsledger.enrich.records import Place

    europe = Place("Europe", 6255148, 48.69, 9.14, "", "", 1, feature="region")
    head = "Officials met in the capital on Tuesday to discuss the budget and the coming elections.\n\n"
    tail = ", officials said after the meeting. The meeting ended late in the evening with no statement on the budget."
    assert code_text(head + "Rebels have attacked villages across Europe" + tail, (europe,), "2016-03-23") == ()
    assert [e.location for e in code_text(head + "Rebels have attacked villages in Tunis" + tail, (TUNIS,),
                                          "2016-03-23")] == ["Tunis"]


def test_a_condition_a_judgement_a_description_and_a_kind_tell_no_act():
    assert _verdict("If she had walked into a church and killed worshippers, they would call it a massacre.",
                    "killed") == "irrealis"
    assert _verdict("Troops will withdraw if rebels attack the base again.", "attack") == "irrealis"
    assert _verdict("For many residents, the Riverton attack was a painful turning point, showing the dangers they live with.",
                    "attack") == "about"
    assert _verdict("She said she had never spoken to Dervano, the suicide bomber who travelled to Yemen.", "suicide bomber") == "about"
    assert _verdict("The chancellor condemned such a murderous attack on Monday.", "attack") == "about"
    # an incident ranked among acts, and a bomber who acted, are still told
    assert _verdict("The bombing on Friday was the deadliest attack in the city this year.", "bombing") is None
    assert _verdict("A suicide bomber blew himself up in the market on Monday.", "suicide bomber") is None
    assert _verdict("The attack was carried out by three gunmen on Friday.", "attack") is None


def test_background_before_an_introduced_quotation_does_not_date_it():
    # the passage before the introducing line is background; the quote is today's news
    body = ("Islamist fighters seized the old port of Tunis in 2011 and have held it since.\n\n"
            "A shopkeeper told reporters by phone:\n\n"
            "\"Militants attacked the market in Tunis and killed five people.\"\n")
    assert [e.location for e in _coded_with_dates(body, "2015-12-04")] == ["Tunis"]
    # a date in the introducing line itself still dates the quote
    dated = body.replace("by phone:", "by phone on September 11, 2012:")
    assert _coded_with_dates(dated, "2015-12-04") == ()


def test_an_incident_judged_is_still_told_when_it_has_a_place_day_or_dead():
    assert _verdict("The suicide bombing at a police station in Tunis was the work of a jihadist cell, officials said.",
                    "suicide bombing") is None
    assert _verdict("The attack on the barracks was the work of a rebel unit.", "attack") is None
    assert _verdict("The bombing in the market was a reminder of the war.", "bombing") is None
    assert _verdict("Sunday's bombing was a turning point for the town.", "bombing") is None
    # a judging noun with no place, day or dead of its own judges the act
    assert _verdict("For the town, the bombing was a turning point in its history.", "bombing") == "about"
