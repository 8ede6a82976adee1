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

# The stage subpackage is imported first, so that the name `extract` below is the library
# function and stays so (importing a subpackage later would rebind the package attribute).
from . import extract as _extract_stage  # noqa: F401
from .enrich.records import Analysis, Entity, Figure, Place, Quote
from .errors import ConfigError, ExtractionError, FetchError, InputError, NewsledgerError, StorageError
from .events.records import ControlClaim, Event
from .library import Ledger, analyze, build_stories, code_events, extract, render, run
from .options import ExtractOptions
from .records import Article, Published, RawDocument, Rejection, Removal
from .stories.records import Claim, ClaimGroup, StoryBundle

__all__ = [
    "extract", "analyze", "code_events", "build_stories", "render", "Ledger", "run",
    "Article", "Published", "RawDocument", "Rejection", "Removal", "ExtractOptions",
    "Analysis", "Entity", "Quote", "Figure", "Place", "Event", "ControlClaim",
    "StoryBundle", "Claim", "ClaimGroup",
    "NewsledgerError", "InputError", "FetchError", "ExtractionError", "StorageError", "ConfigError",
]
__version__ = "0.1.0"
