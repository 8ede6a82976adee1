"""JSONL page dumps -> RawDocument: html and text lines, bad lines reported by number.

The JSONL files are written in the test from the shared corpus (an AEB page and a seed text dump);
the bad lines are synthetic.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.extract import extract
from newsledger.ingest.jsonl import iter_jsonl, parse_jsonl_line
from newsledger.ingest.sources import iter_sources
from newsledger.records import RawDocument, Rejection


@pytest.fixture(scope="module")
def aeb_page(corpus: Path) -> tuple[str, str]:
    gold = json.loads((corpus / "aeb" / "ground-truth.json").read_text())
    name = sorted(gold)[5]
    return gold[name]["url"], gzip.decompress((corpus / "aeb" / "html" / f"{name}.html.gz").read_bytes()).decode("utf-8")


def _lines(aeb_page, seeds) -> list[str]:
    url, html = aeb_page
    return [
        json.dumps({"url": url, "html": html, "fetched_at": "2024-10-26T08:00:00Z"}),
        "",
        "{not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://example.org/empty", "text": "   "}),
        json.dumps({"url": "https://www.almayadeen.net/kursk", "text": seeds["001"].read_text()}),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_lines_become_documents_and_bad_lines_are_numbered(tmp_path, aeb_page, seeds, suffix):
    text = "\n".join(_lines(aeb_page, seeds)) + "\n"
    path = tmp_path / f"pages{suffix}"
    path.write_bytes(gzip.compress(text.encode()) if suffix.endswith(".gz") else text.encode())

    items = list(iter_jsonl(path))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Rejection", "Rejection", "Rejection", "RawDocument"]
    html_doc, text_doc = items[0], items[4]
    assert html_doc.uri == f"{path}#L1" and html_doc.url == aeb_page[0]
    assert html_doc.media_type == "text/html" and html_doc.format_hint == "jsonl"
    assert html_doc.fetched_at == "2024-10-26T08:00:00Z"
    assert html_doc.content.decode("utf-8") == aeb_page[1]
    assert text_doc.media_type == "text/plain" and text_doc.uri.endswith("#L6")
    assert [(r.uri.rsplit("#", 1)[1], r.reason) for r in items[1:4]] == [
        ("L3", "bad_jsonl_line"), ("L4", "bad_jsonl_line"), ("L5", "bad_jsonl_line")]
    assert "expected an object" in items[2].detail


def test_jsonl_text_line_extracts_through_the_dump_path(tmp_path, seeds):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"url": "https://www.almayadeen.net/kursk", "text": seeds["001"].read_text()}) + "\n")
    [doc] = list(iter_sources([str(path)]))
    article = extract(doc)
    assert not isinstance(article, Rejection), article
    assert article.source == {"uri": "https://www.almayadeen.net/kursk", "format": "jsonl"}
    assert "Kursk" in article.body


def test_truncated_gzip_keeps_earlier_lines(tmp_path, aeb_page, seeds):
    data = gzip.compress(("\n".join(_lines(aeb_page, seeds)) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) - 40])
    items = list(iter_jsonl(path))
    assert isinstance(items[0], RawDocument)
    assert items[-1].reason == "unreadable" and items[-1].uri == str(path)


@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_any_line_gives_a_document_or_a_reason(line):
    result = parse_jsonl_line("x.jsonl#L1", line)
    if isinstance(result, Rejection):
        assert result.reason == "bad_jsonl_line" and result.detail
    else:
        assert isinstance(result, RawDocument) and result.content.strip()
