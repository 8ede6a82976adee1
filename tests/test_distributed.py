"""Batches on Dask: partitions extracted (and analysed) on a real LocalCluster of separate worker
processes are stored once, row for row as one process stores them, even when a worker is killed
mid-partition.

Inputs: real AEB pages and text dumps from ../shared/corpus, a JSONL file written here from some
of them, the seeds, and the SYNTHETIC example pages in examples/pages.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.ingest.distributed import cluster_client, ingest_on_cluster, partitions
from newsledger.ingest.run import ingest
from newsledger.store import Ledger

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
TABLES = {
    "pages": "raw_hash, uri, article_id, rejection_reason, size",
    "page_origins": "raw_hash, uri",
    "articles": "id, json",
    "duplicates": "article_id, duplicate_of, similarity",
    "signatures": "article_id, hashvalues",
    "rejections": "uri, reason, detail",
}


@pytest.fixture
def batch(corpus: Path, tmp_path: Path) -> list[str]:
    """Three folders of pages, a JSONL file, a missing path; one page twice, in two folders."""
    aeb = corpus / "aeb"
    for name, files in (("html", sorted((aeb / "html").glob("*.html.gz"))[:14]),
                        ("dumps", sorted((aeb / "dumps").glob("*.txt"))[:14])):
        (tmp_path / name).mkdir()
        for path in files:
            shutil.copy(path, tmp_path / name / path.name)
    shutil.copytree(corpus / "seeds", tmp_path / "seeds")
    shutil.copy(sorted((aeb / "dumps").glob("*.txt"))[0], tmp_path / "seeds" / "again.txt")
    with open(tmp_path / "more.jsonl", "w", encoding="utf-8") as out:
        for path in sorted((aeb / "dumps").glob("*.txt"))[14:20]:
            out.write(json.dumps({"url": f"https://example.org/{path.stem}", "text": path.read_text("utf-8")}) + "\n")
        out.write("not json\n")
    return [str(tmp_path / "html"), str(tmp_path / "dumps"), str(tmp_path / "more.jsonl"),
            str(tmp_path / "seeds"), str(tmp_path / "missing")]


def _rows(target: str) -> dict[str, list[tuple]]:
    with Ledger.open(target) as ledger:
        return {table: [tuple(row) for row in ledger._run(f"SELECT {columns} FROM {table} ORDER BY rowid")]
                for table, columns in TABLES.items()}


def _alone(sources: list[str], tmp_path: Path) -> dict[str, list[tuple]]:
    target = str(tmp_path / "alone.db")
    with Ledger.open(target) as ledger:
        ingest(sources, ledger)
    return _rows(target)


def test_sources_are_split_in_reading_order_shards_apart(batch):
    parts = partitions(batch, files_per_partition=5)
    entries = [entry for part in parts for entry in part]
    paths = [entry[1] for entry in entries if entry[0] == "path"]
    assert len(paths) == 14 + 14 + 1 + 3 and paths == sorted(paths[:14]) + sorted(paths[14:28]) + paths[28:]
    assert [part for part in parts if any(e[1] == batch[2] for e in part)] == [[("path", batch[2], True)]]
    assert all(len(part) <= 5 for part in parts) and len(parts) >= 8
    assert entries[-1][0] == "rejection" and entries[-1][1].reason == "not_found"


@pytest.mark.slow
def test_a_local_cluster_stores_row_for_row_what_one_process_stores(batch, tmp_path, ledger_target):
    expected = _alone(batch, tmp_path)
    assert len(expected["articles"]) >= 30 and expected["duplicates"] and expected["rejections"]
    with cluster_client(workers=2) as client, Ledger.open(ledger_target) as ledger:
        assert len(client.scheduler_info()["workers"]) == 2
        summary = ingest_on_cluster(batch, ledger, client, files_per_partition=5)
        again = ingest_on_cluster(batch, ledger, client, files_per_partition=5)
    assert summary.pages_known == 1 and summary.articles_new == len(expected["articles"])
    assert again.pages_new == 0 and again.articles_new == 0
    assert _rows(ledger_target) == expected


@pytest.mark.slow
def test_a_killed_worker_has_its_partition_rerun_and_nothing_is_lost_or_doubled(batch, tmp_path):
    expected = _alone(batch, tmp_path)
    target = str(tmp_path / "cluster.db")
    killed: list[str] = []
    with cluster_client(workers=2) as client:
        pids = client.run(os.getpid)
        done = threading.Event()

        def drive() -> None:
            with Ledger.open(target) as ledger:
                ingest_on_cluster(batch, ledger, client, files_per_partition=3)
            done.set()

        worker = threading.Thread(target=drive)
        worker.start()
        deadline = time.monotonic() + 120
        while not killed and not done.is_set() and time.monotonic() < deadline:
            busy = [address for address, tasks in client.processing().items() if tasks and address in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)       # mid-partition: its task is running there
                killed.append(busy[0])
            time.sleep(0.02)
        worker.join(timeout=300)
        assert done.is_set(), "the ingest did not finish after a worker was killed"
    assert killed, "no worker was seen busy"
    assert _rows(target) == expected


@pytest.mark.slow
def test_run_on_workers_writes_the_report_one_process_writes(tmp_path):
    runner = CliRunner()
    alone = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "alone.md"), "--quiet"])
    assert alone.exit_code == 0, alone.output
    db = tmp_path / "cluster.db"
    spread = runner.invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "cluster.md"), "--db", str(db),
                                  "--workers", "2", "--quiet"])
    assert spread.exit_code == 0, spread.output
    with Ledger.open(db) as ledger:
        assert ledger.status()["analyses"] == 6            # made on the workers, stored once here
    again = runner.invoke(main, ["report", "--db", str(db), "-o", str(tmp_path / "again.md")])
    assert "0 analysed now" in again.output
    lines = [[line for line in (tmp_path / name).read_text("utf-8").splitlines() if "Generated" not in line]
             for name in ("alone.md", "cluster.md")]
    assert lines[0] == lines[1]
