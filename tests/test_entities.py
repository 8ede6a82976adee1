"""Entities: offsets into the body, the fullest name the article gives each actor, titles and roles.

The short pages below are synthetic (written for these tests); the seed pages are real.
"""
from __future__ import annotations

import pytest

from newsledger.enrich.entities import find_entities
from newsledger.enrich.nlp import load_nlp
from newsledger.extract import extract
from newsledger.records import RawDocument


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(places=False)


def entities_of(nlp, body):
    return find_entities(nlp(body), body)


def canonical(entities, text):
    return {e.canonical for e in entities if e.text == text}


SYNTHETIC = (
    "Major General Tomas Varga, leading marine units near Constanta, announced gains. "
    "Varga told reporters the push would go on.\n\n"
    "According to the Centre for Coastal Research (CCR), the front moved. The CCR also noted losses, "
    "and CCR analysts agreed.\n\n"
    "Russia's defense ministry said 40 drones were downed. The Russian Defense Ministry later said 12 more. "
    "A spokesman for the Russian defense ministry declined to comment.\n\n"
    "A story in The Washington Post (WP) said the front was stable. According to WP, talks stalled.\n\n"
    "Chilean Foreign Minister Ana Ruiz spoke. Marta Kowal, the head of Poland's ground troops, disagreed."
)


def test_offsets_point_at_the_mention_in_the_body(nlp):
    found = entities_of(nlp, SYNTHETIC)
    assert found
    for entity in found:
        assert SYNTHETIC[entity.start:entity.end] == entity.text


def test_a_surname_resolves_to_the_fullest_name(nlp):
    found = entities_of(nlp, SYNTHETIC)
    assert canonical(found, "Varga") == {"Tomas Varga"}


def test_an_acronym_resolves_to_the_name_the_article_defines(nlp):
    found = entities_of(nlp, SYNTHETIC)
    assert canonical(found, "CCR") == {"Centre for Coastal Research"}
    assert canonical(found, "WP") == {"The Washington Post"}
    assert "The Washington Post" in canonical(found, "The Washington Post")


def test_ministry_variants_are_one_actor(nlp):
    found = entities_of(nlp, SYNTHETIC)
    ministries = {e.text: e.canonical for e in found if "inistry" in e.text}
    assert set(ministries.values()) == {"Russian defense ministry"}
    assert len(ministries) == 3, ministries


def test_a_defense_ministry_without_country_is_the_articles_one(nlp):
    body = "Ukraine's defence ministry said the bridge was hit. The defense ministry gave no figure."
    found = entities_of(nlp, body)
    assert {e.canonical for e in found if "ministry" in e.text} == {"Ukrainian defense ministry"}


def test_titles_and_roles_are_attributes(nlp):
    found = entities_of(nlp, SYNTHETIC)
    by_name = {e.canonical: e.attributes for e in found if e.label == "PERSON"}
    assert "Major General" in by_name["Tomas Varga"]
    assert "leading marine units near Constanta" in by_name["Tomas Varga"]
    assert "Chilean Foreign Minister" in by_name["Ana Ruiz"]
    assert "head of Poland's ground troops" in by_name["Marta Kowal"]


def test_numbers_and_dates_are_not_entities(nlp):
    found = entities_of(nlp, "On Monday 12,000 soldiers and 46% of the land were lost, Reuters said.")
    assert {e.label for e in found} <= {"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"}
    assert any(e.text == "Reuters" for e in found)


def test_seed_pages_name_their_actors_in_full(nlp, seeds):
    first = extract(RawDocument(str(seeds["000"]), seeds["000"].read_bytes()))
    names = {e.text: e.canonical for e in entities_of(nlp, first.body)}
    assert names.get("Alaudinov") == "Apti Alaudinov"
    assert names.get("ISW") == "Institute for the Study of War"
    assert "Russian defense ministry" in names.values()
    second = extract(RawDocument(str(seeds["001"]), seeds["001"].read_bytes()))
    found = entities_of(nlp, second.body)
    assert canonical(found, "WP") == {"The Washington Post"}
    short_zelensky = {e.canonical for e in found if e.text.startswith("Zelensky")}
    assert short_zelensky == {"Volodymyr Zelensky"}


def test_a_countrys_national_body_is_named_by_nationality(nlp):
    body = ("Ukraine's General Staff said 1,200 were killed. The Ukrainian General Staff later revised it. "
            "The General Staff gave no details.")
    found = entities_of(nlp, body)
    assert {e.canonical for e in found if "General Staff" in e.text} == {"Ukrainian General Staff"}
