"""Shared fixtures: the corpus beside the project, and the bundled synthetic pages."""
from __future__ import annotations

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
