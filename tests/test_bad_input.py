"""Bad input never stops a batch: each bad file gets one line naming it and its reason."""
from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger import RawDocument, Rejection, extract
from newsledger.options import ExtractOptions

GOOD_TEXT = (
    "Synthetic example page written for newsledger tests.\n\n"
    + "The river crossing near the town was rebuilt after the spring floods, officials said on Monday. " * 6
)


def _reason(content: bytes, name: str = "page.html", **opts) -> str:
    result = extract(RawDocument(uri=name, content=content), ExtractOptions(**opts))
    assert isinstance(result, Rejection), result
    return result.reason


def test_binary_file_is_rejected_as_binary():
    assert _reason(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20) == "binary"
    assert _reason(b"abc\x00def" * 100, "x.txt") == "binary"


def test_empty_and_whitespace_files_are_rejected_as_empty():
    assert _reason(b"") == "empty"
    assert _reason(b"  \n\t\n", "x.txt") == "empty"


def test_undecodable_bytes_are_rejected():
    garbage = bytes([0x80 + (i * 37) % 120 for i in range(4000)])
    assert _reason(garbage, "x.txt") in {"undecodable", "binary"}


def test_enormous_page_is_rejected_before_parsing():
    big = b"<html><body>" + b"<p>word</p>" * 5_000_000 + b"</body></html>"
    assert len(big) > 50_000_000
    assert _reason(big) == "too_large"


def test_gzip_bomb_is_cut_at_the_limit():
    bomb = gzip.compress(b"<p>a</p>" * 5_000_000)
    assert _reason(bomb, "x.html.gz", max_bytes=1_000_000) == "too_large"


def test_truncated_gzip_is_rejected():
    data = gzip.compress(GOOD_TEXT.encode() * 5)
    assert _reason(data[: len(data) // 2], "x.txt.gz") == "corrupt_gzip"


def test_html_without_article_is_not_an_article():
    assert _reason(b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")\
        .startswith("not_article")


def test_hostile_html_does_not_crash():
    deep = b"<html><body>" + b"<div>" * 20000 + b"text" + b"</div>" * 20000 + b"</body></html>"
    result = extract(RawDocument(uri="deep.html", content=deep))
    assert isinstance(result, Rejection) or result.body


def test_a_fault_of_our_own_reader_on_one_page_is_a_rejection_not_a_crash(monkeypatch):
    import importlib

    text = importlib.import_module("newsledger.extract.text")      # the package's name is taken by the function

    def broken(*args, **kwargs):
        raise ValueError("Invalid IPv6 URL\nsecond line")

    monkeypatch.setattr(text, "extract_text", broken)
    page = RawDocument(uri="brief.txt", content=b"Synthetic brief written for this test.\n\n" + b"Words of a story. " * 30)
    result = extract(page)
    assert isinstance(result, Rejection) and result.reason == "extractor_error"
    assert result.message() == "brief.txt: extractor_error (ValueError: Invalid IPv6 URL)"


def test_cli_reports_each_bad_file_and_processes_the_rest(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    proc = subprocess.run([sys.executable, "-m", "newsledger.cli", "extract", str(tmp_path), "--quiet"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("image.html" in line and "binary" in line for line in errors)
    assert len(proc.stdout.strip().splitlines()) == 1   # the good page is still printed


@pytest.mark.parametrize("missing", ["does/not/exist.html", "nothing-*.html"])
def test_missing_paths_are_reported_not_fatal(tmp_path: Path, missing: str):
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    proc = subprocess.run([sys.executable, "-m", "newsledger.cli", "extract", str(tmp_path / missing),
                           str(tmp_path / "good.txt"), "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "not_found" in proc.stderr
    assert proc.stdout.count('"id"') == 1
