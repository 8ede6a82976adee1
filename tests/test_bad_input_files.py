"""Hostile files and folders (issue 14, items 1, 2, 5, 6, 7 and the forged-line item of 14).

Each test is one reproduction of the fault audit, on inputs generated in a tmp folder (synthetic
pages written for these tests; big inputs are made here, never committed).
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from newsledger.ingest import iter_sources
from newsledger.ingest.fetch import FetchOptions, Fetcher
from newsledger.ingest.files import expand_paths
from newsledger.ingest.jsonl import iter_jsonl
from newsledger.records import RawDocument, Rejection

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
PROSE = "The river crossing near the town was rebuilt after the spring floods, officials said on Monday. "


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsledger.cli", *args], capture_output=True, text=True, cwd=cwd)


def _page_line(n: int) -> str:
    return json.dumps({"url": f"https://synthetic.test/{n}", "text": f"Synthetic page {n}.\n\n" + PROSE * 5})


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_one_error_and_the_batch_is_stored(tmp_path: Path):
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(EXAMPLES / "01_steppe_observer_vovchansk.html", folder)
    (folder / os.fsdecode(b"x\xe9.txt")).write_bytes(b"")
    for command in (["ingest", "d", "--db", "d.db", "--quiet"], ["run", "d", "--db", "r.db", "-o", "r.html"]):
        proc = _cli(*command, cwd=tmp_path)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert "error: d/x\\xe9.txt: empty" in proc.stderr        # its bytes shown as \xNN
        assert proc.returncode == 1
    status = _cli("status", "--db", "d.db", "--json", cwd=tmp_path)
    assert json.loads(status.stdout)["articles"] == 1


def test_a_newline_in_a_file_name_cannot_forge_an_error_line(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Synthetic page.\n\n" + PROSE * 5)
    (tmp_path / "a\nerror: forged.txt").write_bytes(b"")
    proc = _cli("extract", str(tmp_path), "--quiet", cwd=tmp_path)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "a\\x0aerror: forged.txt: empty" in errors[0]
    assert proc.stdout.count('"id"') == 1


def test_a_deeply_nested_jsonl_line_is_one_bad_line_and_the_rest_is_read(tmp_path: Path):
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "a.jsonl").write_text(_page_line(1) + "\n")
    (folder / "b.jsonl").write_text("[" * 50000 + "]" * 50000 + "\n" + _page_line(2) + "\n")
    (folder / "c.jsonl").write_text(_page_line(3) + "\n")
    items = list(iter_sources([str(folder)]))
    pages = [i.url for i in items if isinstance(i, RawDocument)]
    assert pages == ["https://synthetic.test/1", "https://synthetic.test/2", "https://synthetic.test/3"]
    [bad] = [i for i in items if isinstance(i, Rejection)]
    assert (bad.uri, bad.reason) == (f"{folder / 'b.jsonl'}#L1", "bad_jsonl_line") and "nested too deeply" in bad.detail


def test_a_lone_surrogate_in_jsonl_does_not_stop_the_file(tmp_path: Path):
    path = tmp_path / "s.jsonl"
    bad = json.dumps({"url": "https://synthetic.test/\ud800", "text": "Synthetic. " + PROSE * 4 + "\ud800"})
    path.write_text(bad + "\n" + _page_line(2) + "\n")
    items = list(iter_sources([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument"]
    assert items[0].url == "https://synthetic.test/\\ud800" and items[0].content.endswith(b"?")


def test_a_jsonl_line_is_rejected_before_it_is_read_whole(tmp_path: Path):
    path = tmp_path / "b.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as out:      # one 64 MB line, then a good one
        chunk = b"a" * (1 << 20)
        for _ in range(64):
            out.write(chunk)
        out.write(b"\n" + _page_line(2).encode() + b"\n")
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    items = list(iter_jsonl(path, max_bytes=2_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 12_000_000, f"peak {peak:,} bytes"      # a few MB: the limit plus one read chunk
    assert [type(i).__name__ for i in items] == ["Rejection", "RawDocument"]
    assert items[0].reason == "too_large" and "2,000,000 bytes (--max-bytes)" in items[0].detail
    assert f"{64 << 20:,}" in items[0].detail


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Synthetic feed</title>
<item><title>Loopback</title><link>http://127.0.0.1:9/secret</link><description>summary only</description></item>
</channel></rss>"""


class _Recorder:
    def __init__(self):
        self.asked: list[str] = []

    def request(self, url, headers, opts):
        self.asked.append(url)
        raise AssertionError("a folder walk fetched " + url)


def test_a_feed_found_in_a_folder_never_fetches(tmp_path: Path):
    (tmp_path / "news.rss").write_text(FEED)
    transport = _Recorder()
    fetcher = Fetcher(FetchOptions(per_host_delay=0), transport)
    for source in (str(tmp_path), str(tmp_path / "*.rss")):
        [item] = list(iter_sources([source], fetcher=fetcher))
        assert isinstance(item, Rejection) and item.reason == "not_fetched"
        assert "found in a folder" in item.detail
    assert transport.asked == []


def test_recursive_globs_do_not_follow_links_to_folders(tmp_path: Path):
    (tmp_path / "d" / "a" / "b").mkdir(parents=True)
    (tmp_path / "d" / ".hidden").mkdir()
    shutil.copy(EXAMPLES / "01_steppe_observer_vovchansk.html", tmp_path / "d")
    shutil.copy(EXAMPLES / "03_danube_daily_copy.html", tmp_path / "d" / "a" / "b")
    shutil.copy(EXAMPLES / "03_danube_daily_copy.html", tmp_path / "d" / ".hidden")
    os.symlink("..", tmp_path / "d" / "a" / "up")               # a link back up: glob.glob loops on it
    found = list(expand_paths([str(tmp_path / "d" / "**" / "*.html")]))
    assert found == [tmp_path / "d" / "01_steppe_observer_vovchansk.html", tmp_path / "d" / "a" / "b" / "03_danube_daily_copy.html"]
    assert list(expand_paths([str(tmp_path / "d" / "*" / "b" / "*.html")])) == found[1:]
