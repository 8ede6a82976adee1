"""Events out: ACLED-column CSV, JSONL, PLOVER, and the `newsledger events` command.

The events exported here are coded from synthetic sentences (marked) and from the seed pages.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.enrich.records import Analysis, Place
from newsledger.events import code_events
from newsledger.events.export import ACLED_COLUMNS, EXPORT_COLUMNS, acled_row, plover_record, write_csv, write_jsonl, write_plover
from newsledger.records import Article, Published, content_id

KHARKIV = Place("Kharkiv", 706483, 49.98081, 36.25272, "Kharkiv Oblast", "UA", 1, feature="city")
KURSK_OBLAST = Place("Kursk Oblast", None, 51.7752, 35.9961, "Kursk Oblast", "RU", 1, feature="admin1")


def article(body: str, language: str = "en") -> Article:
    return Article(id=content_id(body), source={"uri": "synthetic", "format": "text"}, title=None,
                   outlet="Example Wire", credited_sources=("Reuters",), byline=(),
                   published=Published("2024-10-25", "day", "25 Oct 2024"), language=language, body=body,
                   url="https://example.org/synthetic/story")


def coded(body: str, places: tuple[Place, ...]) -> tuple:
    return code_events(Analysis(article=article(body), places=places))


@pytest.fixture(scope="module")
def events():
    # synthetic
    shelling = coded("Russian shelling killed three civilians in Kharkiv on Thursday, the regional governor said.", (KHARKIV,))
    retaken = coded("Russian troops recaptured 46% of the territory held by Ukrainian forces in the Kursk region, "
                    "the ministry claimed.", (KURSK_OBLAST,))
    return shelling + retaken


def test_csv_has_acleds_columns_and_values(events):
    out = io.StringIO()
    assert write_csv(events, out, timestamp=1729900000) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == EXPORT_COLUMNS and EXPORT_COLUMNS[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    shelling, retaken = rows
    assert shelling["event_id_cnty"].startswith("UKR") and shelling["iso"] == "804" and shelling["country"] == "Ukraine"
    assert (shelling["event_type"], shelling["sub_event_type"]) == ("Explosions/Remote violence",
                                                                   "Shelling/artillery/missile attack")
    assert shelling["disorder_type"] == "Political violence" and shelling["civilian_targeting"] == "Civilian targeting"
    assert (shelling["inter1"], shelling["inter2"], shelling["interaction"]) == ("1", "7", "17")
    assert (shelling["event_date"], shelling["year"], shelling["fatalities"]) == ("2024-10-24", "2024", "3")
    assert shelling["source"] == "Reuters; Example Wire" and "three civilians" in shelling["notes"]
    assert retaken["sub_event_type"] == "Government regains territory" and retaken["country"] == "Russia"
    assert retaken["region"] == "Europe" and retaken["geo_precision"] == "3" and "claimed" in retaken["tags"]
    assert shelling["timestamp"] == "1729900000"


def test_every_csv_row_leads_back_to_its_article_and_sentence(events):
    out = io.StringIO()
    write_csv(events, out)
    for row, event in zip(csv.DictReader(io.StringIO(out.getvalue())), events):
        assert row["article_id"] == event.evidence.article_id and row["article_url"] == "https://example.org/synthetic/story"
        body = "Russian shelling killed three civilians in Kharkiv on Thursday, the regional governor said." \
            if "shelling" in row["notes"] else None
        if body:
            assert body[int(row["evidence_start"]):int(row["evidence_end"])].startswith("Russian shelling killed")
        assert row["evidence_spans"] == f"{row['evidence_start']}-{row['evidence_end']}"


def test_a_page_in_another_language_gets_a_note_and_no_events():
    from newsledger.events import with_events

    # synthetic, in Romanian: a storm report whose words would read as shelling to an English coder
    body = ("Uraganul a lovit coasta de est vineri, iar autoritatile au evacuat mii de oameni din satele "
            "afectate de vant si de ploile torentiale care au distrus case si drumuri.")
    for language in ("ro", "en"):          # a wrong guess of English still gets the note
        analysis = with_events(Analysis(article=article(body, language)))
        assert analysis.events == () and "English" in analysis.event_notes[0]
    english = with_events(Analysis(article=article("Russian shelling killed three civilians in Kharkiv on Thursday."),
                                   places=(KHARKIV,)))
    assert english.events and english.event_notes == ()


def test_jsonl_is_our_records(events):
    out = io.StringIO()
    write_jsonl(events, out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["id"] == events[0].id and first["evidence"]["start"] == 0
    assert first["evidence"]["article_id"] == events[0].evidence.article_id
    assert first["article_url"] == "https://example.org/synthetic/story"
    assert first["fatality_claims"][0]["value"] == 3


def test_plover_one_sided_and_two_sided(events):
    shelling, retaken = (plover_record(e, "2024-10-26") for e in events)
    assert shelling["event"] == ["ASSAULT"] and shelling["mode"] == "heavy-weapons" and shelling["dead"] == 3
    assert [a["code"] for a in shelling["source"]] == ["RUS"]
    assert shelling["recipient"] == [{"code": "UKR", "sector": "CVL", "text": "Civilians (Ukraine)"}]
    assert shelling["event_loc"]["name"] == "Kharkiv" and shelling["event_loc"]["countryCode"] == "UKR"
    assert shelling["quad_code"] == 4 and shelling["date"] == "2024-10-24"
    # battles are two-sided in PLOVER: both actors are sources, there is no recipient
    assert retaken["event"] == ["ASSAULT"] and "resource" in retaken["context"]
    assert retaken["recipient"] == [] and [a["code"] for a in retaken["source"]] == ["RUS", "UKR"]
    out = io.StringIO()
    assert write_plover(events, out) == 2 and all(json.loads(line)["id"] for line in out.getvalue().splitlines())


def test_acled_row_leaves_unknowns_empty():
    # synthetic: no place known
    (event,) = coded("Fighting killed two soldiers, officials said.", ())
    row = acled_row(event)
    assert row["latitude"] == "" and row["location"] == "" and row["event_type"] == "Battles"


def test_events_command_on_the_seeds_writes_acled_csv(seeds, tmp_path):
    target = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["events", str(seeds["000"]), str(seeds["001"]), "--format", "csv",
                                       "-o", str(target), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {r["sub_event_type"] for r in rows} >= {"Government regains territory", "Non-state actor overtakes territory"}
    assert any(r["event_date"] == "2024-08-06" and r["admin1"] == "Kursk Oblast" for r in rows)
    assert not any(r["location"] in ("Kupyansk", "Vienna") for r in rows)


def test_an_export_is_made_again_byte_for_byte_under_source_date_epoch(seeds, tmp_path):
    outputs = []
    for name in ("a.csv", "b.csv"):
        target = tmp_path / name
        result = CliRunner(env={"SOURCE_DATE_EPOCH": "1729900000"}).invoke(
            main, ["events", str(seeds["001"]), "--format", "csv", "-o", str(target), "--quiet"])
        assert result.exit_code == 0, result.output
        outputs.append(target.read_bytes())
    rows = list(csv.DictReader(outputs[0].decode("utf-8").splitlines()))
    assert rows and {r["timestamp"] for r in rows} == {"1729900000"}
    assert outputs[0] == outputs[1]


def test_events_command_codes_a_ledgers_analyses(seeds, tmp_path):
    db = str(tmp_path / "ledger.db")
    analyzed = CliRunner().invoke(main, ["analyze", str(seeds["000"]), "--db", db, "--quiet"])
    assert analyzed.exit_code == 0, analyzed.output
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "claims", "--quiet"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert any(c["value"] == 10 and c["claimant"] == "Apti Alaudinov" for c in claims)
    from newsledger.store import Ledger

    with Ledger.open(db) as ledger:
        assert len(list(ledger.events())) >= 3 and len(list(ledger.control_claims())) == len(claims)


def test_events_command_prints_the_control_timeline(seeds):
    result = CliRunner().invoke(main, ["events", str(seeds["000"]), str(seeds["001"]), "--format", "timeline", "--quiet"])
    assert result.exit_code == 0, result.output
    timeline = json.loads(result.output[result.output.index("{"):])
    kursk = timeline["Kursk Oblast"]
    assert [entry["date"] for entry in kursk] == sorted(entry["date"] for entry in kursk)
    assert {entry["status"] for entry in kursk} <= {"single", "corroborated", "contradicted"}   # the one verdict vocabulary
    assert any(entry["claim"]["value"] == 46 for entry in kursk)


def test_events_command_needs_paths_or_a_ledger():
    result = CliRunner().invoke(main, ["events"])
    assert result.exit_code == 2 and "--db" in result.output
