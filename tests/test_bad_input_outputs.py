"""Outputs survive a full disk and say when something failed (issue 14, item 10 and `run`'s exit
status of item 14). A full disk is a file-size limit set in the child process."""
from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.cli.common import atomic_text
from newsledger.records import Rejection

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _cli(*args: str, cwd: Path, file_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:       # in the child: writes past `file_limit` bytes fail as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([sys.executable, "-m", "newsledger.cli", *args], capture_output=True, text=True, cwd=cwd,
                          preexec_fn=limit if file_limit else None, timeout=300)


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_behind(tmp_path: Path):
    target = tmp_path / "report.md"
    target.write_text("the previous report\n")
    with pytest.raises(RuntimeError), atomic_text(target) as out:
        out.write("half of the new report")
        raise RuntimeError("killed mid-write")
    assert target.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    with atomic_text(target) as out:
        out.write("the new report\n")
    assert target.read_text() == "the new report\n" and (target.stat().st_mode & 0o777) != 0o600


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs a file-size limit")
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_on_a_full_disk_keeps_the_previous_export(tmp_path: Path, fmt: str):
    assert _cli("ingest", str(EXAMPLES), "--db", "l.db", "--quiet", cwd=tmp_path).returncode == 0
    first = _cli("export", "--db", "l.db", "--format", fmt, "-o", f"out.{fmt}", cwd=tmp_path)
    assert first.returncode == 0
    before = (tmp_path / f"out.{fmt}").read_bytes()
    assert len(before) > 4000
    full = _cli("export", "--db", "l.db", "--format", fmt, "-o", f"out.{fmt}", cwd=tmp_path, file_limit=4000)
    assert full.returncode != 0 and "Traceback" not in full.stderr.splitlines()[-1:]
    assert (tmp_path / f"out.{fmt}").read_bytes() == before          # was: cut at 4,000 bytes
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


def test_run_and_report_exit_1_after_printing_an_error(tmp_path: Path, monkeypatch):
    # the enrich stage refuses every article (as it does a body longer than the parser takes):
    # each is reported without analysis and the error line printed must show in the exit status
    import newsledger.store.analyses as analyses

    def refuse(ledger, articles, **kwargs):
        return [Rejection(a.source.get("uri", a.id), "too_long", "longer than the parser's limit") for a in articles]

    monkeypatch.setattr(analyses, "current_analyses", refuse)
    page = str(EXAMPLES / "02_kharkiv_evening_post_vovchansk.txt")
    db, out = str(tmp_path / "l.db"), str(tmp_path / "r.md")
    ran = CliRunner().invoke(main, ["run", page, "--db", db, "-o", out, "--quiet"])
    assert "error: " in ran.output and "too_long" in ran.output and Path(out).exists()
    assert ran.exit_code == 1                                  # was 0
    reported = CliRunner().invoke(main, ["report", "--db", db, "-o", out, "--quiet"])
    assert "too_long" in reported.output and reported.exit_code == 1
