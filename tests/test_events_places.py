"""Where an event happened, read from the article as a whole (issue 10 item 5): a sentence that
names only the country takes the one place inside that country the article names elsewhere, never
a place of another country or one of several places in different divisions. The texts are
synthetic, written after news of those wars."""
from __future__ import annotations

from newsledger.enrich.records import Place

from events_support import code_text

PAKISTAN = Place("Pakistan", 1168579, 30.0, 70.0, None, "PK", 1, feature="country")
MATTANI = Place("Mattani", 1170880, 33.75, 71.55, "Khyber Pakhtunkhwa", "PK", 1, feature="village")
QUETTA = Place("Quetta", 1167528, 30.19, 67.01, "Balochistan", "PK", 1, feature="city")
KABUL = Place("Kabul", 1138958, 34.53, 69.17, "Kabul", "AF", 1, feature="city")
BODY = "Gunmen kill seven bus passengers in northwest Pakistan\n\nThe attack on passengers near {} was claimed by the Taliban"


def test_a_country_alone_takes_the_one_place_the_article_names_inside_it():
    (event, *_) = code_text(BODY.format("Mattani"), (PAKISTAN, MATTANI), "2014-03-02")
    assert (event.location, event.admin1, event.geo_precision) == ("Mattani", "Khyber Pakhtunkhwa", 2)


def test_places_of_several_divisions_or_of_another_country_leave_the_country():
    (event, *_) = code_text(BODY.format("Mattani and Quetta"), (PAKISTAN, MATTANI, QUETTA), "2014-03-02")
    assert (event.location, event.admin1) == ("Pakistan", None)
    (event, *_) = code_text(BODY.format("Kabul"), (PAKISTAN, KABUL), "2014-03-02")
    assert (event.location, event.country) == ("Pakistan", "PK")


def test_a_title_case_headline_names_the_place_in_its_first_word():
    from newsledger.events.where import named_after_preposition

    text = "Militant Commander Killed in Kandahar Strikes"
    location = named_after_preposition(text, 0, len(text), "AF")
    assert location is not None and (location.place.name, location.place.country) == ("Kandahār", "AF")
    assert text[slice(*location.place.spans[0])] == "Kandahar"
    # a two-word name the gazetteer lacks is not cut to a namesake of its first word
    text = "NPA fighter slain in Butuan Norte firefight"
    assert named_after_preposition(text, 0, len(text), "PH") is None
    # ... and the short form of a province of the whole level data/admin2.tsv holds is the province
    text = "NPA fighter slain in Agusan Norte firefight"
    location = named_after_preposition(text, 0, len(text), "PH")
    assert location is not None and location.place.name == "Agusan del Norte"


def test_only_an_act_after_the_place_makes_the_first_word_the_place():
    from newsledger.events.where import named_after_preposition

    for text, country, name in (("Soldiers die in Helmand Clash", "AF", "Helmand"),
                                ("Two militants killed in Kunar Strike", "AF", "Kunar")):
        location = named_after_preposition(text, 0, len(text), country)
        assert location is not None and location.place.name == name, text
    # a second word that names the place's kind or an institution belongs to the name: no namesake city
    for text in ("Shooting in Washington State", "Shooting in Jefferson Parish", "Protest at Columbia University"):
        assert named_after_preposition(text, 0, len(text), "US") is None, text


def test_a_place_named_for_a_statement_or_a_hospital_is_not_taken_for_the_country():
    headline = "Gunmen kill seven bus passengers in northwest Pakistan\n\n"
    islamabad = Place("Islamabad", 1176615, 33.72, 73.04, "Islamabad", "PK", 1, feature="city")
    for text in ("The prime minister condemned the attack in a statement issued in Islamabad on Sunday.",
                 "The wounded were flown to a hospital in Islamabad.",
                 "The prime minister returned to Islamabad on Sunday."):
        (event, *_) = code_text(headline + text, (PAKISTAN, islamabad), "2014-03-02")
        assert (event.location, event.geo_precision) == ("Pakistan", 3), text
