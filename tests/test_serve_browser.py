"""The workbench in a real browser: Playwright drives Debian's headless Chromium through an
analyst's path (stories index, a story, claims filtered by place and verdict, an article with its
evidence sentence highlighted, the CSV download) with no console error and no request leaving
the machine.

Install-free: Playwright's Python package drives /usr/bin/chromium (never a browser download of
its own); skips with a message when either is missing. Every request the page makes is recorded
and any request to another origin is aborted; a self-check proves the detector sees a remote
request and a script error. With NEWSLEDGER_SCREENSHOTS=DIR, full-page screenshots of every page
are written there.
"""
from __future__ import annotations

import csv
import re
import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from serve_support import app_for, example_ledger, running

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class Watch:
    """Console errors, page errors and every request a browser context makes."""

    def __init__(self, origin: str):
        self.origin = origin
        self.errors: list[str] = []
        self.requests: list[str] = []

    def attach(self, context) -> None:
        context.route("**/*", self._route)
        context.on("page", self._page)

    def _page(self, page) -> None:
        page.on("console", lambda msg: self.errors.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("data:", "about:")) or _origin(url) == self.origin:
            route.continue_()
        else:
            route.abort()            # recorded, and it never leaves the machine

    @property
    def remote(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("data:", "about:")) and _origin(u) != self.origin]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    if not shutil.which(CHROMIUM):
        pytest.skip("no /usr/bin/chromium (apt-get install -y chromium); the browser test needs it")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS, accept_downloads=True,
            viewport={"width": 1400, "height": 1000})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def workbench(tmp_path_factory):
    app = app_for(example_ledger(str(tmp_path_factory.mktemp("serve-browser"))))
    with running(app) as base:
        yield base


def _shot(page, name: str, *, full_page: bool = True) -> None:
    folder = os.environ.get("NEWSLEDGER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full_page)


def test_the_detector_sees_remote_requests_and_script_errors(browser_context):
    # synthetic: a page that does both things the workbench must never do
    watch = Watch("http://127.0.0.1:9")
    page = browser_context.new_page()
    watch._page(page)
    page.route("**/*", watch._route)
    page.set_content('<img src="http://example.invalid/x.png"><script>undefinedFunction();</script>')
    page.wait_for_timeout(300)
    page.close()
    assert "http://example.invalid/x.png" in watch.remote
    assert any("undefinedFunction" in e for e in watch.errors)


def test_an_analyst_follows_a_claim_to_its_sentence_and_takes_the_rows_away(browser_context, workbench, tmp_path):
    watch = Watch(workbench)
    watch.attach(browser_context)
    page = browser_context.new_page()

    page.goto(workbench + "/")
    assert page.title().startswith("Stories")
    stories = page.locator("table.stories tbody tr")
    assert stories.count() == 2
    _shot(page, "1-stories")

    page.locator("a.story", has_text="Vovchansk").click()
    page.wait_for_load_state()
    assert page.locator("#findings").is_visible() and page.locator("#claims .group").count() >= 3
    _shot(page, "2-story")
    _shot(page, "2-story-top", full_page=False)

    page.goto(workbench + "/claims")
    page.locator('.facet a[data-facet="place"]', has_text="Vovchansk").click()
    page.locator('.facet a[data-facet="verdict"]', has_text="contradicted").click()
    page.wait_for_load_state()
    assert "place=Vovchansk" in page.url and "verdict=contradicted" in page.url
    rows = page.locator("table.claims tbody tr")
    assert rows.count() >= 2
    assert all(t.strip() == "contradicted" for t in page.locator("table.claims tbody .badge").all_inner_texts())
    _shot(page, "3-claims-filtered")

    with page.expect_download() as download_info:
        page.locator("#download-csv").click()
    saved = tmp_path / "claims.csv"
    download_info.value.save_as(saved)
    downloaded = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert len(downloaded) == rows.count()
    assert {r["verdict"] for r in downloaded} == {"contradicted"} and all(r["url"] for r in downloaded)

    # the row Marchenko claims (his denial), not the ministry's row that he disputes
    claimant_cell = page.locator("td", has_text=re.compile(r"^\s*Andriy Marchenko\s*$"))
    denial = rows.filter(has=claimant_cell).first
    assert "denies" in denial.inner_text()
    denial.locator("a.cite").click()
    page.wait_for_load_state()
    mark = page.locator("mark#evidence")
    assert mark.is_visible() and "Andriy Marchenko" in mark.inner_text()
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    _shot(page, "4-article")

    for path, name in (("/events", "5-events"), ("/places/Vovchansk", "6-place"), ("/places", "7-places")):
        page.goto(workbench + path)
        assert page.locator("main h1").count() == 1
        _shot(page, name)
    page.close()
    assert watch.errors == []
    assert watch.remote == []
    assert any(u.endswith("/static/workbench.css") for u in watch.requests)
