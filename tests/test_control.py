"""Territorial-control claims and their per-place timeline.

Sentences marked "synthetic" are written for these tests; the seeds run through the whole pipeline.
"""
from __future__ import annotations

import pytest

from newsledger.enrich.records import Analysis, Place
from newsledger.events import control_timeline, find_control_claims, with_events
from newsledger.events.control import area_phrases
from newsledger.events.records import ControlClaim, Evidence
from newsledger.records import Article, Published, content_id

KURSK_OBLAST = Place("Kursk Oblast", None, 51.7752, 35.9961, "Kursk Oblast", "RU", 2, feature="admin1")
SUDZHA = Place("Sudzha", 486816, 51.191, 35.271, "Kursk Oblast", "RU", 1, feature="city")


def analysis_of(body: str, places: tuple[Place, ...], published: str = "2025-03-13") -> Analysis:
    article = Article(id=content_id(body), source={"uri": "synthetic", "format": "text"}, title=None,
                      outlet="Example Wire", credited_sources=(), byline=(),
                      published=Published(published, "day", published), language="en", body=body)
    return Analysis(article=article, places=places)


@pytest.mark.parametrize("sentence, expected", [
    ("some eight villages in the border district have been freed", [(8, "settlement")]),
    ("the army has retaken 30% of the lost ground in the southern province", [(30, "percent")]),
    ("seizing about 640 square kilometers (some 250 square miles) and holding 40 villages",
     [(640, "km2"), (40, "settlement")]),
    ("the offensive has won back almost half of the land it first lost", [(50, "percent")]),
    ("Russian forces shelled the town", []),
])
def test_area_phrases(sentence, expected):
    assert [(v, u) for _, v, u, _ in area_phrases(sentence)] == expected


def test_a_named_town_retaken_is_a_claim_with_controller_claimant_and_date():
    # synthetic
    body = "Russian forces have recaptured Sudzha, the Russian defence ministry said on Thursday."
    (claim,) = find_control_claims(analysis_of(body, (SUDZHA, KURSK_OBLAST)))
    assert (claim.place, claim.controller, claim.change) == ("Sudzha", "Russia", "retaken")
    assert claim.date == "2025-03-13" and claim.source == ("Example Wire",)
    assert claim.area is None and claim.value is None


def test_a_loss_is_recorded_as_the_other_sides_gain():
    # synthetic
    body = "Ukrainian forces were pushed out of Sudzha, the Russian defence ministry said."
    (claim,) = find_control_claims(analysis_of(body, (SUDZHA, KURSK_OBLAST)))
    assert (claim.place, claim.controller, claim.change) == ("Sudzha", "Russia", "retaken")


def test_encirclement_disputed_in_the_same_sentence_is_contested_and_hedged():
    # synthetic
    body = ("Putin said Ukrainian units in the Kursk region had been encircled, a claim disputed by "
            "Ukraine's commander.")
    (claim,) = find_control_claims(analysis_of(body, (KURSK_OBLAST,)))
    assert claim.change == "contested" and claim.controller == "Russia" and "disputed" in claim.hedges


def _claim(controller, claimant, source, date, article="a"):
    return ControlClaim("Sudzha", None, controller, "retaken" if controller == "Russia" else "held",
                        claimant, source, date, (), Evidence(article, 0, 1), geonameid=486816)


def test_timeline_statuses():
    russian = _claim("Russia", "Russian defence ministry", ("TASS",), "2025-03-13", "a")
    monitor = _claim("Russia", "Institute for the Study of War", ("Reuters",), "2025-03-15", "b")
    echo = _claim("Russia", "Russian defence ministry", ("RIA Novosti",), "2025-03-14", "c")
    timeline = control_timeline([monitor, russian, echo])
    assert list(timeline) == ["Sudzha"]
    entries = timeline["Sudzha"]
    assert [e.date for e in entries] == ["2025-03-13", "2025-03-14", "2025-03-15"]
    assert [e.status for e in entries] == ["corroborated", "corroborated", "corroborated"]
    ukrainian = _claim("Ukraine", "Oleksandr Syrsky", ("Telegram",), "2025-03-14", "d")
    statuses = {e.claim.claimant: e.status for e in control_timeline([russian, ukrainian])["Sudzha"]}
    assert statuses == {"Russian defence ministry": "contradicted", "Oleksandr Syrsky": "contradicted"}
    alone = control_timeline([_claim("Russia", "Russian defence ministry", ("TASS",), "2025-03-13")])
    assert alone["Sudzha"][0].status == "single"


@pytest.fixture(scope="module")
def seed_claims(seeds):
    from newsledger.enrich import enrich, load_nlp
    from newsledger.extract import extract
    from newsledger.ingest.files import read_file

    nlp = load_nlp()
    claims = []
    for path in seeds.values():
        article = extract(read_file(path))   # as ingest reads it: the file's save time bounds its dateline
        claims.extend(with_events(enrich(article, nlp)).control_claims)
    return claims


def test_seed_claims_alaudinov_ten_settlements_via_tass(seed_claims):
    (ten,) = [c for c in seed_claims if c.value == 10 and c.unit == "settlement"]
    assert (ten.claimant, ten.controller, ten.change, ten.place) == ("Apti Alaudinov", "Russia", "retaken", "Kursk Oblast")
    assert "TASS" in ten.source and ten.date.startswith("2024-09")


def test_seed_claims_isw_46_percent_via_the_washington_post(seed_claims):
    (isw,) = [c for c in seed_claims if c.value == 46]
    assert (isw.claimant, isw.unit, isw.controller) == ("Institute for the Study of War", "percent", "Russia")
    assert isw.source[-2:] == ("The Washington Post", "Al Mayadeen English") and isw.date.startswith("2024-10")


def test_seed_claims_incursion_area_and_settlements_dated_august_6(seed_claims):
    taken = {(c.value, c.unit): c for c in seed_claims if c.controller == "Ukraine" and c.change == "taken"}
    assert set(taken) == {(1300, "km2"), (100, "settlement")}
    assert all(c.date == "2024-08-06" and c.place == "Kursk Oblast" and c.event_id for c in taken.values())


def test_seed_claims_timeline_for_kursk_oblast(seed_claims):
    timeline = control_timeline(seed_claims)
    kursk = next(entries for place, entries in timeline.items() if place == "Kursk Oblast")
    dates = [e.date for e in kursk]
    assert dates == sorted(dates) and dates[0] == "2024-08-06"
    putin = next(e for e in kursk if e.claim.kind == "encirclement")
    assert putin.status == "contradicted" and putin.claim.disputed_by == "Oleksandr Syrsky"


def test_control_reads_actors_by_the_articles_country():
    # synthetic: "border guards" name Ukraine's forces only in news of the Russia-Ukraine war
    colombo = Place("Colombo", 1248991, 6.93, 79.85, "Western", "LK", 1, feature="city")
    body = "Border guards retook the village near Colombo on Monday, the army said."
    claims = find_control_claims(analysis_of(body, (colombo,), published="2008-06-10"))
    assert all(c.controller != "Ukraine" for c in claims)
