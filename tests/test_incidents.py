"""Incidents across articles: copies and other outlets' reports of one incident become one row.

The events here are written out by hand (synthetic): the coder's output for two reports of one
bombing, and for events that must stay apart.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json

from newsledger.events.export import INCIDENT_COLUMNS, write_incidents_csv, write_incidents_jsonl
from newsledger.events.incidents import merge_incidents
from newsledger.events.records import Event, Evidence, FatalityClaim


def event(article: str, *, date: str = "2008-03-11", evidence: str = "March 11", location: str | None = "Lahore",
          precision: int = 1, admin1: str | None = "Punjab", country: str | None = "PK", deaths: tuple = (),
          sub_event: str = "Suicide bomb", claimant: str | None = None, start: int = 0) -> Event:
    claims = tuple(FatalityClaim(value, who) for value, who in deaths)
    return Event(
        event_date=date, time_precision=1 if evidence != "publication date" else 2,
        event_type="Explosions/Remote violence", sub_event_type=sub_event, actor1=None,
        actor2="Civilians (Pakistan)", inter1=None, inter2=7, country=country, admin1=admin1, location=location,
        latitude=31.5, longitude=74.3, geo_precision=precision,
        fatalities=int(min(v for v, _ in deaths)) if deaths else 0, fatality_claims=claims, claimant=claimant,
        source=(f"Outlet {article}",), notes="", evidence=Evidence(article, start, start + 40),
        id=f"{article}-{start}", date_evidence=evidence, article_url=f"https://example.org/{article}")


def test_two_reports_of_one_bombing_are_one_incident_with_the_conservative_toll():
    wire = event("ap-copy-1", deaths=((26, "police"),), claimant="police")
    other = event("other-outlet", deaths=((24, "officials"), (30, None)), claimant="officials")
    [incident] = merge_incidents([wire, other])
    assert incident.fatalities == 24
    assert {(c.value, c.claimant) for c in incident.event.fatality_claims} == {(26, "police"), (24, "officials"),
                                                                               (30, None)}
    assert incident.articles == ("ap-copy-1", "other-outlet")
    assert [r.event_id for r in incident.reports] == ["ap-copy-1-0", "other-outlet-0"]


def test_a_report_dated_by_its_publication_joins_the_day_before():
    told = event("first", deaths=((12, None),))
    next_day = event("second", date="2008-03-12", evidence="publication date", deaths=((12, None),))
    assert len(merge_incidents([told, next_day])) == 1
    two_days = event("third", date="2008-03-13", evidence="publication date", deaths=((12, None),))
    assert len(merge_incidents([told, two_days])) == 2


def test_different_towns_days_countries_or_kinds_stay_apart():
    base = event("a", deaths=((5, None),))
    assert len(merge_incidents([base, event("b", location="Karachi", admin1="Sindh", deaths=((5, None),))])) == 2
    assert len(merge_incidents([base, event("b", date="2008-03-14", deaths=((5, None),))])) == 2
    assert len(merge_incidents([base, event("b", country="AF", deaths=((5, None),))])) == 2
    assert len(merge_incidents([base, event("b", sub_event="Air/drone strike", deaths=((5, None),))])) == 2


def test_a_vaguer_place_needs_the_same_toll():
    town = event("a", deaths=((7, None),))
    region = event("b", location="Punjab", precision=3, deaths=((7, None),))
    assert len(merge_incidents([town, region])) == 1
    other_toll = event("c", location="Punjab", precision=3, deaths=((3, None),))
    assert len(merge_incidents([town, other_toll])) == 2


def test_events_the_coder_kept_apart_in_one_article_stay_apart():
    first = event("a", deaths=((4, None),))
    second = event("a", deaths=((4, None),), start=200)
    assert len(merge_incidents([first, second])) == 2


def test_the_result_does_not_depend_on_the_input_order():
    events = [event(name, deaths=((9, None),)) for name in ("c", "a", "b")] + [event("d", location="Karachi")]
    forward = merge_incidents(events)
    backward = merge_incidents(list(reversed(events)))
    assert [i.id for i in forward] == [i.id for i in backward]
    assert sorted(len(i.reports) for i in forward) == [1, 3]


def test_incident_rows_lead_back_to_every_report():
    merged = merge_incidents([event("ap-copy-1", deaths=((26, None),)), event("ap-copy-2", deaths=((26, None),)),
                              event("elsewhere", location="Karachi", admin1="Sindh")])
    out = io.StringIO()
    assert write_incidents_csv(merged, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == INCIDENT_COLUMNS
    lahore = next(r for r in rows if r["location"] == "Lahore")
    assert lahore["reports"] == "2" and lahore["fatalities"] == "26"
    assert lahore["report_articles"] == "ap-copy-1; ap-copy-2"
    assert lahore["report_urls"] == "https://example.org/ap-copy-1; https://example.org/ap-copy-2"
    assert lahore["report_evidence"] == "ap-copy-1:0-40; ap-copy-2:0-40"
    assert lahore["article_id"] == "ap-copy-1" and lahore["evidence_start"] == "0"
    out = io.StringIO()
    write_incidents_jsonl(merged, out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert len(first["reports"]) == 2 and first["reports"][1]["article_url"] == "https://example.org/ap-copy-2"


def test_unknown_country_or_date_never_merges():
    a, b = event("a", country=None), event("b", country=None)
    assert len(merge_incidents([a, b])) == 2
    a, b = dataclasses.replace(event("a"), event_date=None), dataclasses.replace(event("b"), event_date=None)
    assert len(merge_incidents([a, b])) == 2


def test_the_events_command_merges_two_copies_of_one_story(tmp_path):
    """Synthetic: a wire story and a copy with one more paragraph, as two text pages."""
    from click.testing import CliRunner

    from newsledger.cli import main

    story = ("Suicide bomber kills 26 in Lahore\n\n"
             "LAHORE, Pakistan, March 11, 2008 - A suicide bomber killed 26 people outside a police building in "
             "Lahore on Tuesday, police said.\n\n"
             "The attack was the deadliest in the city this year, officials said. The bomber struck as officers "
             "gathered for the morning roll call, and the blast brought down part of the building's front wall.\n\n"
             "Rescue workers pulled survivors from the rubble for hours, and hospitals across the city appealed "
             "for blood donors as the wounded were brought in.\n")
    (tmp_path / "wire.txt").write_text(story)
    (tmp_path / "copy.txt").write_text(story + "\nThe newspaper's correspondent contributed to this report.\n")
    plain = CliRunner().invoke(main, ["events", str(tmp_path), "--format", "csv", "--quiet"])
    merged = CliRunner().invoke(main, ["events", str(tmp_path), "--format", "csv", "--incidents", "--quiet"])
    assert plain.exit_code == 0 and merged.exit_code == 0, plain.output + merged.output
    events = list(csv.DictReader(io.StringIO(plain.output)))
    incidents = list(csv.DictReader(io.StringIO(merged.output)))
    assert len(events) == 2 * len(incidents) and incidents
    bombing = next(r for r in incidents if r["location"] == "Lahore")
    assert bombing["reports"] == "2" and bombing["fatalities"] == "26"
    assert len(set(bombing["report_articles"].split("; "))) == 2
