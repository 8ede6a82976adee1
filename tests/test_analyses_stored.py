"""Versioned analyses: every command reads what the ledger holds for the current analyzer version
(enrich and events together), and recomputes a stale or partial one instead of rendering it.

Inputs: the SYNTHETIC example pages in examples/pages.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.store import Ledger
from newsledger.store import analyses as stored_analyses
from newsledger.store.analyses import analyzer_version

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _analysed_now(output: str) -> int:
    return int(re.search(r"(\d+) analysed now", output).group(1))


def test_report_after_analyze_still_shows_the_coded_events(tmp_path, ledger_target):
    db, runner = ledger_target, CliRunner()
    assert runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--quiet"]).exit_code == 0
    analyzed = runner.invoke(main, ["analyze", "--db", db])
    assert analyzed.exit_code == 0, analyzed.output
    assert _analysed_now(analyzed.stderr) == 5                     # the 5 originals; the copy is not analysed
    report = runner.invoke(main, ["report", "--db", db, "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    assert _analysed_now(report.stderr) == 1                       # only the copy was left
    html = (tmp_path / "r.html").read_text("utf-8")
    assert "Coded events" in html
    fresh = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "fresh.html"), "--quiet"])
    assert fresh.exit_code == 0, fresh.output
    reread = [line for line in html.splitlines() if "Generated" not in line]
    assert reread == [line for line in (tmp_path / "fresh.html").read_text("utf-8").splitlines()
                      if "Generated" not in line]


def test_analyze_after_run_analyses_nothing_new(tmp_path, ledger_target):
    db, runner = ledger_target, CliRunner()
    run = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "r.html"), "--db", db, "--quiet"])
    assert run.exit_code == 0, run.output
    with Ledger.open(db) as ledger:
        before = list(ledger.analyses())
    again = runner.invoke(main, ["analyze", "--db", db, "--format", "json"])
    assert again.exit_code == 0, again.output
    assert _analysed_now(again.stderr) == 0
    printed = json.loads(again.stdout)
    assert len(printed) == 5 and sum(len(a["events"]) for a in printed) > 0
    with Ledger.open(db) as ledger:
        after = list(ledger.analyses())
    assert after == before and len(after) == 6                     # one analysis per article, all current
    assert {row["analyzer_version"] for row in after} == {analyzer_version()}


def test_events_reads_the_stored_events_without_analysing(tmp_path, monkeypatch, ledger_target):
    db, runner = ledger_target, CliRunner()
    fresh = runner.invoke(main, ["events", str(EXAMPLES), "--db", db, "--quiet"])
    assert fresh.exit_code == 0, fresh.output

    def refuse(*_args, **_kwargs):
        raise AssertionError("an analysis of the current version was recomputed")

    monkeypatch.setattr(stored_analyses, "analyse_all", refuse)
    reread = runner.invoke(main, ["events", "--db", db, "--quiet"])
    assert reread.exit_code == 0, reread.output
    assert reread.stdout == fresh.stdout and reread.stdout.count("\n") >= 3


def test_report_reads_the_stored_events_without_analysing_or_coding(tmp_path, monkeypatch, ledger_target):
    db, runner = ledger_target, CliRunner()
    run = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "run.html"), "--db", db, "--quiet"])
    assert run.exit_code == 0, run.output

    def refuse(*_args, **_kwargs):
        raise AssertionError("an analysis or its events were recomputed")

    import newsledger.events as events_stage

    monkeypatch.setattr(stored_analyses, "analyse_all", refuse)
    monkeypatch.setattr(events_stage, "with_events", refuse)
    report = runner.invoke(main, ["report", "--db", db, "-o", str(tmp_path / "again.html"), "--quiet"])
    assert report.exit_code == 0, report.output
    html = (tmp_path / "again.html").read_text("utf-8")
    assert "Coded events" in html
    assert [line for line in html.splitlines() if "Generated" not in line] == \
        [line for line in (tmp_path / "run.html").read_text("utf-8").splitlines() if "Generated" not in line]


def test_a_stale_or_partial_analysis_is_recomputed_never_rendered(tmp_path, ledger_target):
    db, runner = ledger_target, CliRunner()
    run = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "a.html"), "--db", db, "--quiet"])
    assert run.exit_code == 0, run.output
    with Ledger.open(db) as ledger:
        rows = list(ledger.analyses())
        coded = next(r for r in rows if r["data"]["events"])
        stale = dict(coded["data"], events=[], quotes=[])        # as an older analyzer left it
        ledger.put_analysis(coded["article_id"], "enrich-1", stale)
        broken = next(r for r in rows if r is not coded)
        ledger.put_analysis(broken["article_id"], analyzer_version(), {"id": broken["article_id"]})
    report = runner.invoke(main, ["report", "--db", db, "-o", str(tmp_path / "b.html")])
    assert report.exit_code == 0, report.output
    assert _analysed_now(report.stderr) == 2
    with Ledger.open(db) as ledger:
        assert sorted((r["article_id"], r["data"]) for r in ledger.analyses()) == \
            sorted((r["article_id"], r["data"]) for r in rows)


def test_the_analyzer_version_names_the_code_it_was_made_by():
    version = analyzer_version()
    assert re.fullmatch(r"analysis-[0-9a-f]{16}", version)
    assert version == stored_analyses.ANALYZER_VERSION
