"""The report in a real browser: headless Chromium loads it with no console error and no request.

Install-free for CI: uses /usr/bin/chromium (or chromium / chromium-browser / google-chrome on
PATH) and skips with a message when none is present. Requests are read from Chromium's own net
log; the browser's background services (update checks, account probes) are not the page's and
are ignored. A self-check page with a remote image and a failing script proves the detector sees
both kinds of fault.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
_BROWSER_SERVICES = re.compile(r"^https?://([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|"
                               r"googleusercontent\.com|chromium\.org)(/|:|$)")


def _chromium() -> str:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium found (apt-get install -y chromium); the browser check needs it")


def _load(page: Path, tmp_path: Path, *, screenshot: Path | None = None) -> tuple[str, list[str], list[str]]:
    """(DOM, console lines, URLs the page requested) for one page opened from disk."""
    netlog = tmp_path / f"{page.stem}.netlog.json"
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / ('profile-' + page.stem)}", "--enable-logging=stderr", "--v=0",
               f"--log-net-log={netlog}"]
    command += [f"--screenshot={screenshot}", "--window-size=1280,2400"] if screenshot else ["--dump-dom"]
    done = subprocess.run(command + [page.resolve().as_uri()], capture_output=True, text=True, timeout=90)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    events = json.loads(netlog.read_text()).get("events", []) if netlog.exists() else []
    urls = {e["params"]["url"] for e in events if isinstance(e.get("params"), dict) and "url" in e["params"]}
    requested = sorted(u for u in urls if not u.startswith(("file:", "data:", "about:", "chrome"))
                       and not _BROWSER_SERVICES.match(u))
    return done.stdout, console, requested


def test_the_detector_sees_remote_requests_and_script_errors(tmp_path):
    # synthetic: a page that does both things the report must never do
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><body><img src="http://example.invalid/x.png">'
                   "<script>undefinedFunction();</script></body></html>")
    _, console, requested = _load(bad, tmp_path)
    assert any("undefinedFunction" in line for line in console)
    assert "http://example.invalid/x.png" in requested


def test_example_report_loads_offline_without_errors(tmp_path):
    report = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(report), "--quiet"])
    assert result.exit_code == 0, result.output
    dom, console, requested = _load(report, tmp_path)
    assert console == []
    assert requested == []
    assert "Vovchansk" in dom and "<svg" in dom


def test_seed_report_screenshot_renders(seeds, tmp_path):
    report = tmp_path / "seeds.html"
    result = CliRunner().invoke(main, ["run", str(seeds["000"].parent), "-o", str(report), "--quiet"])
    assert result.exit_code == 0, result.output
    shot = tmp_path / "seeds.png"
    _, console, requested = _load(report, tmp_path, screenshot=shot)
    assert console == [] and requested == []
    assert shot.exists() and shot.stat().st_size > 20_000     # a blank page compresses to a few KB
