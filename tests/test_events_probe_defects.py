"""More general defects of the event coder found with synthetic probes (issue 10): a hyphenated range
of the dead before its noun, comrades as people, a transliterated Arabic place name and an act told
as overnight. Every sentence here is synthetic, written for these tests."""
from __future__ import annotations

from events_support import TUNIS, code_dated_text, event_deaths as _dead
from newsledger.enrich.nlp import load_nlp


def _coded(body: str, published: str = "2016-09-12", places=(TUNIS,)):
    """The events of a synthetic English article, its dates read."""
    return code_dated_text(body, published, places)


def test_a_hyphenated_range_before_the_noun_counts_its_low_end():
    assert _dead("5-7 villagers killed in drone strike on a fuel depot") == [5]
    assert _dead("3\u20134 guards killed in raid on a border post") == [3]
    assert _dead("Between 5 and 7 villagers killed in drone strike on a fuel depot") == [5]


def test_comrades_are_people_of_the_list():
    assert _dead("A soldier and his three comrades were killed in an ambush near the pass.") == [4]
    assert _dead("Raiders killed a herder and his two comrades near the well.") == [3]


def test_an_arabic_place_name_written_without_its_article_is_found():
    from newsledger.enrich.gazetteer import load_gazetteer
    from newsledger.enrich.places import find_places_in_text

    gazetteer = load_gazetteer()
    # a division's romanisation with "Al" dropped and "ei" for "ay": first the city it is named after
    assert [(c.feature, c.country, c.admin1_code) for c in gazetteer.lookup("Hodeidah")] == [
        ("city", "YE", "08"), ("admin1", "YE", "08")]
    assert [c.feature for c in gazetteer.lookup("Hodeidah province")] == ["admin1"]
    # found in text where the model tags no entity at all
    places = find_places_in_text("Jets struck the docks of Hodeidah before dawn.", load_nlp(), gazetteer)
    assert [(p.feature, p.country) for p in places] == [("city", "YE")]


def test_an_act_told_as_overnight_is_dated_the_day_before_the_report():
    (event,) = _coded("Police fired tear gas at the overnight protest in Tunis, wounding two marchers.")
    assert (event.event_date, event.time_precision) == ("2016-09-11", 1)
    (event,) = _coded("Gunmen killed three guards at a depot in Tunis overnight.")
    assert (event.event_date, event.time_precision) == ("2016-09-11", 1)
    # a day named with it is the act's own
    (event,) = _coded("Gunmen killed three guards at a depot in Tunis overnight on Saturday.")
    assert event.event_date == "2016-09-10"
