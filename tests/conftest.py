"""Shared fixtures: the corpus beside the project, and the bundled synthetic pages."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus, or a skip that says where it was looked for."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}: clone the project beside ../shared")
    return CORPUS


@pytest.fixture(scope="session")
def seeds(corpus: Path) -> dict[str, Path]:
    """The two seed pages by their number prefix: {"000": path, "001": path}."""
    return {p.name[:3]: p for p in sorted((corpus / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


# -- ledgers on both backends ---------------------------------------------------------------------

# The PostgreSQL server the ledger tests use (`.ci/run` starts one on 127.0.0.1:5432).
POSTGRES_URL = os.environ.get("NEWSLEDGER_TEST_POSTGRES", "postgresql://127.0.0.1:5432/test")


def _postgres_or_skip():
    """A psycopg connection to the test server; outside CI a missing server is a skip that says so."""
    try:
        import psycopg

        return psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5)
    except Exception as exc:   # ImportError or any connection failure (re-raised in CI)
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL} ({type(exc).__name__}); `bash .ci/run` starts one")


@pytest.fixture
def postgres_url():
    """A PostgreSQL ledger URL in a schema of its own, dropped afterwards (parallel runs never meet)."""
    conn = _postgres_or_skip()
    schema = f"nl_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_target(request, tmp_path):
    """Where a ledger goes, on each backend in turn: a file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("postgres_url")


def pytest_terminal_summary(terminalreporter, config) -> None:
    """The fuzzers' case counts and run time (tests/test_fuzz.py), when they ran."""
    tally = getattr(config, "fuzz_tally", None)
    if not tally:
        return
    terminalreporter.write_sep("-", "fuzzing (tests/test_fuzz.py)")
    for name, (cases, seconds) in sorted(tally.items()):
        terminalreporter.write_line(f"fuzz {name:<16} {cases:>6} cases in {seconds:6.1f} s")
    total_cases = sum(c for c, _ in tally.values())
    total_seconds = sum(s for _, s in tally.values())
    terminalreporter.write_line(f"fuzz {'total':<16} {total_cases:>6} cases in {total_seconds:6.1f} s")
