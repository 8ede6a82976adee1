"""Several `newsledger ingest` processes writing one ledger at once lose nothing, duplicate nothing
and miss no near-duplicate link, on SQLite and on PostgreSQL; a ledger that missed links (as
ingests before the shared index did) is repaired by running the ingest again.

The pages are synthetic, made here from the articles of real AEB text dumps: each as an original
and two copies that differ from it by one added sentence, so every dump is one group of three.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.extract import extract
from newsledger.ingest import dedup
from newsledger.ingest.dedup import SCHEME
from newsledger.ingest.run import ingest
from newsledger.records import RawDocument
from newsledger.store import Ledger

DUMPS = 10
PROCESSES = 4


def _write_pages(corpus: Path, folder: Path) -> list[Path]:
    folder.mkdir()
    pages = []
    dumps = sorted((corpus / "aeb" / "dumps").glob("*.txt"))[:DUMPS]
    for number, dump in enumerate(dumps):
        article = extract(RawDocument(str(dump), dump.read_bytes()))
        paragraphs = article.body.split("\n\n")
        longest = max(range(len(paragraphs)), key=lambda n: len(paragraphs[n]))
        for variant in range(3):
            edited = list(paragraphs)
            if variant:                       # a sentence added to the article's longest paragraph
                edited[longest] += (f" Officials later reported {number * 3 + variant} further incidents "
                                    f"overnight, according to a statement seen by reporters.")
            path = folder / f"{number:02d}-{variant}.txt"
            path.write_text("\n\n".join([article.title or "Report"] + edited), encoding="utf-8")
            pages.append(path)
    return pages


def _shares(pages: list[Path]) -> list[list[Path]]:
    """Each page to two of the processes, the three pages of a group to different ones."""
    return [[p for n, p in enumerate(pages) if (n + k) % PROCESSES in (0, 1)] for k in range(PROCESSES)]


def _groups(ledger: Ledger) -> set[frozenset[str]]:
    """Articles grouped by the original they resolve to."""
    groups: dict[str, set[str]] = {}
    for article in ledger.articles():
        groups.setdefault(ledger.duplicate_of(article.id) or article.id, set()).add(article.id)
    return {frozenset(g) for g in groups.values()}


def _expected(pages: list[Path], tmp_path: Path) -> tuple[dict, set]:
    with Ledger.open(tmp_path / "alone.db") as alone:
        ingest([str(p) for p in pages], alone)
        return _counts(alone), _groups(alone)


def _counts(ledger: Ledger) -> dict:
    status = ledger.status()
    return {name: status[name] for name in ("pages", "page_origins", "articles", "near_duplicates", "rejections")}


@pytest.mark.slow
def test_four_concurrent_ingests_store_every_page_once_and_every_link(corpus, tmp_path, ledger_target):
    pages = _write_pages(corpus, tmp_path / "pages")
    counts, groups = _expected(pages, tmp_path)
    assert counts == {"pages": 30, "page_origins": 30, "articles": 30, "near_duplicates": 20, "rejections": 0}
    assert len(groups) == DUMPS and all(len(g) == 3 for g in groups)
    Ledger.open(ledger_target).close()         # created before the race, as a team's shared ledger is
    processes = [subprocess.Popen([sys.executable, "-m", "newsledger.cli", "ingest", *map(str, share),
                                   "--db", ledger_target, "--quiet", "--batch-size", "1"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for share in _shares(pages)]
    for process in processes:
        _out, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors[-2000:]
    with Ledger.open(ledger_target) as ledger:
        assert _counts(ledger) == counts
        assert _groups(ledger) == groups


def test_a_rerun_repairs_links_an_older_ingest_missed(corpus, tmp_path, ledger_target, monkeypatch):
    pages = _write_pages(corpus, tmp_path / "pages")
    counts, groups = _expected(pages, tmp_path)
    with monkeypatch.context() as blind, Ledger.open(ledger_target) as ledger:
        # as concurrent ingests before the shared index left it: copies stored, links missing
        blind.setattr(dedup.NearDuplicateIndex, "find", lambda self, sig: None)
        ingest([str(p) for p in pages], ledger)
        ledger._run("DELETE FROM dedup_checked")      # and no record of what was compared
        assert ledger.status()["near_duplicates"] == 0
    with Ledger.open(ledger_target) as ledger:
        again = ingest([str(p) for p in pages], ledger)
        assert again.pages_known == len(pages) and again.articles_new == 0
        assert _counts(ledger) == counts and _groups(ledger) == groups
        assert ledger.dedup_checked(SCHEME) > 0
