"""`newsledger run` and `newsledger report`: pages in, situation report out, in one command.

Inputs: the SYNTHETIC example pages in examples/pages (the README's main job) and the seeds.
"""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_run_on_the_example_pages_writes_one_report(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _text(out.read_text("utf-8"))
    assert "Vovchansk" in text and "Tyrol" not in text          # the unrelated page is another story
    assert "Contradicted" in text and "Evolving" in text              # the one verdict vocabulary
    assert "relays Kharkiv Evening Post" in text                 # the syndicated copy
    assert "Danube Daily" in text and "Moscow Courier" in text
    assert "stories: 2" in result.output                         # progress and summary on stderr


def test_run_keeps_the_ledger_when_asked_and_report_reads_it_back(tmp_path):
    db = tmp_path / "examples.db"
    runner = CliRunner()
    first = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "a.md"), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    with Ledger.open(db) as ledger:
        stories = list(ledger.stories())
        assert len(stories) == 2
        assert sum(1 for _ in ledger.analyses()) == 6
    floods = next(s for s in stories if "Tyrol" in s["title"])
    second = runner.invoke(main, ["report", "--db", str(db), "--story", floods["id"][:8], "-o", str(tmp_path / "b.md")])
    assert second.exit_code == 0, second.output
    markdown = (tmp_path / "b.md").read_text("utf-8")
    assert markdown.startswith("# Floods close mountain passes in Tyrol")
    assert "Vovchansk" not in markdown
    # the main story again, now from the stored analyses: the same findings as the first run
    third = runner.invoke(main, ["report", "--db", str(db), "-o", str(tmp_path / "c.md")])
    assert third.exit_code == 0, third.output
    assert "0 analysed now" in third.output
    stored, fresh = (tmp_path / "c.md").read_text("utf-8"), (tmp_path / "a.md").read_text("utf-8")
    # every line, citations included ("[A2 s6]" must not become "[A2 s7]"), but the generation time
    assert [line for line in stored.splitlines() if "Generated" not in line] == [line for line in fresh.splitlines() if "Generated" not in line]


def test_report_names_the_fix_when_the_ledger_or_story_is_missing(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["report", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "r.html")])
    assert missing.exit_code != 0 and "newsledger ingest" in missing.output
    db = tmp_path / "x.db"
    runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "r.html"), "--db", str(db), "--quiet"])
    unknown = runner.invoke(main, ["report", "--db", str(db), "--story", "zzzz", "-o", str(tmp_path / "r2.html")])
    assert unknown.exit_code != 0 and "not found" in unknown.output


def test_run_on_the_seeds_gives_one_story_with_both_pages(seeds, tmp_path):
    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(main, ["run", str(seeds["000"].parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _text(out.read_text("utf-8"))
    assert "2 article(s) from 2 outlet(s)" in text
    assert "Oleksandr Syrsky" in text and "46%" in text and "12,000" in text


def test_report_after_a_plain_ingest_analyses_the_stored_articles(tmp_path):
    db = tmp_path / "ingested.db"
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(main, ["report", "--db", str(db), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    assert "6 analysed now" in result.output
    assert "CONTRADICTED" in (tmp_path / "r.md").read_text("utf-8")


def test_a_report_read_back_from_the_ledger_cites_the_same_sentences(tmp_path, seeds):
    db, runner = tmp_path / "seeds.db", CliRunner()
    first = runner.invoke(main, ["run", str(seeds["000"].parent), "-o", str(tmp_path / "a.md"), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["report", "--db", str(db), "-o", str(tmp_path / "b.md"), "--quiet"])
    assert second.exit_code == 0, second.output
    fresh, stored = ((tmp_path / name).read_text("utf-8").splitlines() for name in ("a.md", "b.md"))
    assert [line for line in stored if "Generated" not in line] == [line for line in fresh if "Generated" not in line]


# Run in a fresh interpreter: `run` forks only when no other thread is alive, and other tests of the
# suite (the dripping HTTP server of test_bad_input_net) leave daemon threads behind for a minute.
_CHILD_PROCESS_RUN = """
import json, os, sys
from pathlib import Path
from click.testing import CliRunner
from newsledger.cli import main
from newsledger.cli import run as run_module
from newsledger.enrich import nlp as nlp_module

pids, examples, out = (Path(a) for a in sys.argv[1:4])
ingest, load = run_module._ingest, nlp_module.load_nlp

def ingest_noted(*args, **kwargs):
    with pids.open("a") as stream:
        stream.write(f"ingest {os.getpid()}\\n")
    return ingest(*args, **kwargs)

def load_noted(*args, **kwargs):
    with pids.open("a") as stream:
        stream.write(f"load {os.getpid()}\\n")
    return load(*args, **kwargs)

run_module._ingest, nlp_module.load_nlp = ingest_noted, load_noted
result = CliRunner().invoke(main, ["run", str(examples), "-o", str(out)])
print(json.dumps({"pid": os.getpid(), "exit_code": result.exit_code, "output": result.output}))
"""


def test_run_reads_the_pages_in_a_child_process_while_the_pipeline_loads(tmp_path):
    # a new ledger: every article needs the parser, so its load overlaps the ingest (issue 13 start-up)
    import json
    import subprocess
    import sys

    pids, out = tmp_path / "pids.txt", tmp_path / "report.md"
    done = subprocess.run([sys.executable, "-c", _CHILD_PROCESS_RUN, str(pids), str(EXAMPLES), str(out)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["exit_code"] == 0, result["output"]
    noted = dict(line.split() for line in pids.read_text().splitlines())
    assert noted["load"] == str(result["pid"]) and noted["ingest"] != str(result["pid"])
    assert "ingest: 6 page(s)" in result["output"]               # the child's stderr, captured by the runner
    assert "Vovchansk" in out.read_text("utf-8")


def test_an_error_of_the_ingest_process_stops_the_run_with_its_message(tmp_path, monkeypatch):
    from newsledger.cli import run as run_module
    from newsledger.errors import StorageError

    def failing(*args, **kwargs):
        raise StorageError("the disk is full; free some space", uri="run.db", reason="disk_full")

    monkeypatch.setattr(run_module, "_ingest", failing)
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "r.md"), "--quiet"])
    assert result.exit_code == 1
    assert "Error: run.db: the disk is full; free some space" in result.output
    assert not (tmp_path / "r.md").exists()


_KILLED_INGEST_RUN = """
import os, sys
from click.testing import CliRunner
from newsledger.cli import main
from newsledger.cli import run as run_module

run_module._ingest = lambda *args, **kwargs: os._exit(3)      # the ingest process dies with no outcome
result = CliRunner().invoke(main, ["run", sys.argv[1], "-o", sys.argv[2]])
print(result.exit_code, result.output.strip().splitlines()[-1])
"""


def test_an_ingest_process_that_dies_stops_the_run_with_a_one_line_error(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _KILLED_INGEST_RUN, str(EXAMPLES), str(tmp_path / "r.md")],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 Error: ") and "ended without an outcome" in done.stdout
    assert not (tmp_path / "r.md").exists()
