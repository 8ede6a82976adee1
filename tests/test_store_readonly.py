"""A ledger on a read-only mount can be read: `status`, `export` and `report` work, nothing is
written, and the report is the one a writable ledger gives.

The mount is real: each command runs in a private mount namespace (`unshare -m`) where the
ledger's folder is bind-mounted read-only. Inputs: the SYNTHETIC example pages in examples/pages.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def _read_only(folder: Path, *command: str) -> subprocess.CompletedProcess:
    """`newsledger COMMAND` with `folder` mounted read-only around it."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is needed to mount a folder read-only")
    cli = " ".join([sys.executable, "-m", "newsledger.cli", *command])
    script = f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} && {cli}"
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    if "mount:" in result.stderr and not os.environ.get("CI"):
        pytest.skip(f"cannot mount here: {result.stderr.strip()[:200]}")
    return result


@pytest.mark.slow
def test_a_ledger_on_a_read_only_mount_can_be_read_and_reported(tmp_path):
    folder = tmp_path / "ledger"
    folder.mkdir()
    db = folder / "l.db"
    written = subprocess.run([sys.executable, "-m", "newsledger.cli", "run", str(EXAMPLES), "--db", str(db),
                              "-o", str(tmp_path / "writable.md"), "--quiet"], capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}

    denied = _read_only(folder, "ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    assert denied.returncode == 1 and "Traceback" not in denied.stderr and "writable" in denied.stderr

    status = _read_only(folder, "status", "--db", str(db), "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["articles"] == 6
    exported = _read_only(folder, "export", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == 6
    report = _read_only(folder, "report", "--db", str(db), "-o", str(tmp_path / "readonly.md"))
    assert report.returncode == 0, report.stderr
    assert "0 analysed now" in report.stderr
    fresh, reread = ((tmp_path / name).read_text("utf-8").splitlines() for name in ("writable.md", "readonly.md"))
    assert [line for line in reread if "Generated" not in line] == [line for line in fresh if "Generated" not in line]
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
