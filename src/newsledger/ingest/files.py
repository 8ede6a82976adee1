"""Files, folders and globs -> RawDocument, with unreadable paths reported as Rejections."""
from __future__ import annotations

import fnmatch
import glob
import os
from datetime import datetime, timezone
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import RawDocument, Rejection

__all__ = ["PAGE_SUFFIXES", "iter_files", "read_file", "expand_paths"]

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".txt", ".md", ".txt.gz")


def _is_page(path: Path) -> bool:
    return path.name.lower().endswith(PAGE_SUFFIXES)


def expand_paths(sources: Iterable[str], suffixes: tuple[str, ...] = PAGE_SUFFIXES) -> Iterator[Path | Rejection]:
    """Files named directly, files under folders (sorted, recursive), and glob matches."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(suffixes):
                        yield Path(root) / name
        elif path.is_file():
            yield path
        elif glob.has_magic(source):
            matches = sorted(_recursive_glob(source) if "**" in source else glob.glob(source))
            if not matches:
                yield Rejection(source, "not_found", "the pattern matches no file")
            for match in matches:
                if Path(match).is_file():
                    yield Path(match)
        else:
            yield Rejection(source, "not_found", "no such file or folder")


def _recursive_glob(pattern: str) -> Iterator[str]:
    """Files matching a `**` pattern, found by walking WITHOUT following symbolic links to folders
    (glob.glob follows them, and a link to a parent folder makes it loop for ever)."""
    parts = pattern.split(os.sep)
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    root = os.sep.join(parts[:fixed]) or ("." if not pattern.startswith(os.sep) else os.sep)
    wanted = parts[fixed:]
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        relative = os.path.relpath(folder, root)
        here = [] if relative == "." else relative.split(os.sep)
        for name in sorted(files):
            if _matches(here + [name], wanted):
                yield os.path.join(folder, name)


def _matches(names: list[str], parts: list[str]) -> bool:
    """Path components against pattern components; `**` stands for any number of folders, and
    names starting with "." match only a pattern part that does too (as in glob)."""
    if not parts:
        return not names
    if parts[0] == "**":
        return any(_matches(names[skip:], parts[1:]) for skip in range(len(names) + 1)
                   if not any(n.startswith(".") for n in names[:skip]))
    if not names or (names[0].startswith(".") and not parts[0].startswith(".")):
        return False
    return fnmatch.fnmatchcase(names[0], parts[0]) and _matches(names[1:], parts[1:])


def read_file(path: Path) -> RawDocument | Rejection:
    """The file's bytes; its modification time (when the page was saved) is its fetch time, the
    latest date the page can have (it bounds dates printed without a year)."""
    try:
        content = path.read_bytes()
        saved = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError as exc:
        return Rejection(str(path), "unreadable", exc.strerror or str(exc))
    return RawDocument(uri=str(path), content=content, fetched_at=saved.isoformat(timespec="seconds").replace("+00:00", "Z"))


def iter_files(sources: Iterable[str]) -> Iterator[RawDocument | Rejection]:
    """Every page file the sources name, read into a RawDocument (or a Rejection saying why not)."""
    for item in expand_paths(sources):
        yield item if isinstance(item, Rejection) else read_file(item)
