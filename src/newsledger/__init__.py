"""newsledger: raw news pages -> a sourced, geocoded, deduplicated ledger of claims and events.

Pipeline (one subpackage per stage): ingest -> extract -> enrich -> events -> stories -> store
-> report. Stages are pure functions on the frozen records in `newsledger.records`.

The Python API mirrors the commands, one function each (see `newsledger.library`):

    import newsledger, pathlib
    article = newsledger.extract(pathlib.Path("page.html").read_bytes())
    analysis = newsledger.analyze(article)
    print(analysis.quotes[0])
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"          # first: `options` reads it, for the user agent

# The stage subpackage is imported first, so that the name `extract` below is the library
# function and stays so (importing a subpackage later would rebind the package attribute).
from . import extract as _extract_stage  # noqa: F401
from .errors import ConfigError, ExtractionError, FetchError, InputError, NewsledgerError, StorageError
from .library import Ledger, analyze, build_stories, code_events, extract, render, run
from .options import ExtractOptions
from .records import Article, Published, RawDocument, Rejection, Removal

if TYPE_CHECKING:
    from .enrich.records import Analysis, Entity, Figure, Place, Quote
    from .events.records import ControlClaim, Event
    from .stories.records import Claim, ClaimGroup, StoryBundle

__all__ = [
    "extract", "analyze", "code_events", "build_stories", "render", "Ledger", "run",
    "Article", "Published", "RawDocument", "Rejection", "Removal", "ExtractOptions",
    "Analysis", "Entity", "Quote", "Figure", "Place", "Event", "ControlClaim",
    "StoryBundle", "Claim", "ClaimGroup",
    "NewsledgerError", "InputError", "FetchError", "ExtractionError", "StorageError", "ConfigError",
]
# The later stages' records, imported when first asked for: `newsledger extract` (and any process
# that only extracts) does not load the enrich, events and stories stages to start.
_LATER = {
    "Analysis": "enrich.records", "Entity": "enrich.records", "Figure": "enrich.records",
    "Place": "enrich.records", "Quote": "enrich.records",
    "ControlClaim": "events.records", "Event": "events.records",
    "Claim": "stories.records", "ClaimGroup": "stories.records", "StoryBundle": "stories.records",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LATER))
